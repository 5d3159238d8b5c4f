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

    /// Builds the column from parallel arrays by sorting a permutation of small integers, so the
    /// sort moves no reference-counted strings; each entry is then built once.
    init(keys: [Key], ids: [String]) {
        precondition(keys.count == ids.count && keys.count < Int(Int32.max))
        var order = (0..<Int32(keys.count)).map { $0 }
        keys.withUnsafeBufferPointer { keys in
            ids.withUnsafeBufferPointer { ids in
                order.sort { lhs, rhs in
                    let (left, right) = (Int(lhs), Int(rhs))
                    if keys[left] < keys[right] { return true }
                    if keys[right] < keys[left] { return false }
                    return ids[left] < ids[right]
                }
            }
        }
        entries = order.map { Entry(key: keys[Int($0)], id: ids[Int($0)]) }
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

    /// Moves an entry whose key changed to its new place, shifting only the entries between the
    /// old and the new place (a remove and an insert would each shift a whole tail).
    mutating func move(id: String, from oldKey: Key, to newKey: Key) {
        guard let old = position(key: oldKey, id: id) else { return insert(key: newKey, id: id) }
        let entry = Entry(key: newKey, id: id)
        var new = lowerBound(entry)
        if new > old { new -= 1 }
        guard new != old else {
            entries[old] = entry
            return
        }
        entries.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            _ = (base + old).move()
            if new > old {
                (base + old).moveInitialize(from: base + old + 1, count: new - old)
            } else {
                (base + new + 1).moveInitialize(from: base + new, count: old - new)
            }
            (base + new).initialize(to: entry)
        }
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
