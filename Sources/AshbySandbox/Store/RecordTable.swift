/// A record the tenant can look up by its public id.
protocol IdentifiedRecord {
    var id: String { get }
}

/// One change of one row, in the order changes happened.
struct ChangeEntry: Sendable {
    var sequence: UInt64
    var row: Int32
}

/// Rows of one entity kind in creation order, with the change bookkeeping incremental sync needs.
///
/// Rows are never removed, so a row's index is a stable sort key: full passes page by it, and
/// rows created during a pass land after every row the pass has already returned.
struct RecordTable<Record: IdentifiedRecord> {
    private(set) var rows: [Record] = []
    private(set) var rowByID: [String: Int] = [:]
    /// The change sequence of each row's latest change.
    private(set) var lastChange: [UInt64] = []
    /// Every change after generation, in sequence order (an incremental pass reads only its tail).
    private(set) var changes: [ChangeEntry] = []

    var count: Int { rows.count }

    subscript(row: Int) -> Record {
        get { rows[row] }
        set { rows[row] = newValue }
    }

    func row(of id: String) -> Int? { rowByID[id] }

    @discardableResult
    mutating func insert(_ record: Record, sequence: UInt64, logged: Bool) -> Int {
        let row = rows.count
        rows.append(record)
        rowByID[record.id] = row
        lastChange.append(sequence)
        if logged { changes.append(ChangeEntry(sequence: sequence, row: Int32(row))) }
        return row
    }

    /// Records that a row's JSON changed at `sequence` (sequences only grow).
    mutating func touch(_ row: Int, sequence: UInt64) {
        guard lastChange[row] != sequence else { return }
        lastChange[row] = sequence
        changes.append(ChangeEntry(sequence: sequence, row: Int32(row)))
    }

    /// Index of the first logged change after `watermark` (binary search).
    func firstChange(after watermark: UInt64) -> Int {
        var low = 0
        var high = changes.count
        while low < high {
            let middle = (low + high) / 2
            if changes[middle].sequence <= watermark { low = middle + 1 } else { high = middle }
        }
        return low
    }

    mutating func reserve(_ capacity: Int) {
        rows.reserveCapacity(capacity)
        lastChange.reserveCapacity(capacity)
        rowByID.reserveCapacity(capacity)
    }
}

/// First position in an ascending list whose value is greater than `value` (binary search).
func firstIndex(in sorted: [Int], after value: Int) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
        let middle = (low + high) / 2
        if sorted[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low
}
