/// Application ids kept sorted by a key, with binary-search insert and remove: one pipeline
/// column in one sort order. Ties break by id, so the order is total and removal finds the entry.
struct SortedColumn<Key: Comparable & Sendable>: Sendable {
    struct Entry: Comparable, Sendable {
        var key: Key
        var id: String

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.key != rhs.key ? lhs.key < rhs.key : lhs.id < rhs.id
        }
    }

    private(set) var entries: [Entry] = []

    init() {}

    /// Builds the column at once by sorting (the bulk-load path), instead of n inserts.
    init(unsorted: [Entry]) {
        entries = unsorted
        entries.sort()
    }

    var count: Int { entries.count }

    /// The first position whose entry is not below `entry`.
    func lowerBound(_ entry: Entry) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle] < entry { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The position of the entry, or nil when it is not in the column.
    func position(key: Key, id: String) -> Int? {
        let entry = Entry(key: key, id: id)
        let index = lowerBound(entry)
        return index < entries.count && entries[index] == entry ? index : nil
    }

    mutating func insert(key: Key, id: String) {
        let entry = Entry(key: key, id: id)
        entries.insert(entry, at: lowerBound(entry))
    }

    @discardableResult
    mutating func remove(key: Key, id: String) -> Bool {
        guard let index = position(key: key, id: id) else { return false }
        entries.remove(at: index)
        return true
    }

    /// Ids whose key lies in `range`, in order.
    func ids(keysIn range: ClosedRange<Key>) -> [String] {
        var index = lowerBound(Entry(key: range.lowerBound, id: ""))
        var found: [String] = []
        while index < entries.count, entries[index].key <= range.upperBound {
            found.append(entries[index].id)
            index += 1
        }
        return found
    }

    /// Removes the entry if present; returns the new count.
    mutating func removeReturningCount(key: Key, id: String) -> Int {
        remove(key: key, id: id)
        return entries.count
    }

    /// Ids in `[offset, offset + count)`, clamped to the column.
    func ids(offset: Int, count: Int) -> [String] {
        let start = max(0, min(offset, entries.count))
        let end = max(start, min(start + max(0, count), entries.count))
        return entries[start..<end].map(\.id)
    }
}
