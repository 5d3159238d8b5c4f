/// Application ids kept sorted by a key, with binary-search insert and remove: one pipeline
/// column in one sort order. Ties break by id, so the order is total and removal finds the entry.
///
/// Keys and ids live in two parallel arrays: a binary search reads only the dense keys (a
/// Double column is 8 bytes an entry), so it touches a third of the cache lines it would
/// touch through (key, id) pairs — in a big store those lines are cache misses.
struct SortedColumn<Key: Comparable & Sendable>: Sendable {
    struct Entry: Comparable, Sendable {
        var key: Key
        var id: String

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.key != rhs.key ? lhs.key < rhs.key : lhs.id < rhs.id
        }
    }

    private(set) var keys: [Key] = []
    private(set) var ids: [String] = []

    init() {}

    /// Builds the column at once by sorting (the bulk-load path), instead of n inserts.
    init(unsorted: [Entry]) {
        self.init(keys: unsorted.map(\.key), ids: unsorted.map(\.id))
    }

    /// Builds the column from parallel arrays by sorting a permutation of small integers, so the
    /// sort moves no reference-counted strings; each array is then laid out once.
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
        self.keys = order.map { keys[Int($0)] }
        self.ids = order.map { ids[Int($0)] }
    }

    var count: Int { keys.count }

    /// The entries in order (O(n): for sweeps over a whole column, not per frame).
    var entries: [Entry] { zip(keys, ids).map { Entry(key: $0, id: $1) } }

    /// The first position whose entry is not below (key, id).
    func lowerBound(key: Key, id: String) -> Int {
        var low = 0
        var high = keys.count
        keys.withUnsafeBufferPointer { keys in
            while low < high {
                let middle = (low + high) / 2
                let probe = keys[middle]
                if probe < key || (!(key < probe) && ids[middle] < id) { low = middle + 1 } else { high = middle }
            }
        }
        return low
    }

    /// The position of the entry, or nil when it is not in the column.
    func position(key: Key, id: String) -> Int? {
        let index = lowerBound(key: key, id: id)
        return index < keys.count && keys[index] == key && ids[index] == id ? index : nil
    }

    mutating func insert(key: Key, id: String) {
        let index = lowerBound(key: key, id: id)
        keys.insert(key, at: index)
        ids.insert(id, at: index)
    }

    @discardableResult
    mutating func remove(key: Key, id: String) -> Bool {
        guard let index = position(key: key, id: id) else { return false }
        keys.remove(at: index)
        ids.remove(at: index)
        return true
    }

    /// Moves an entry whose key changed to its new place, shifting only the entries between the
    /// old and the new place (a remove and an insert would each shift a whole tail).
    mutating func move(id: String, from oldKey: Key, to newKey: Key) {
        guard let old = position(key: oldKey, id: id) else { return insert(key: newKey, id: id) }
        var new = lowerBound(key: newKey, id: id)
        if new > old { new -= 1 }
        Self.shift(&keys, from: old, to: new, placing: newKey)
        Self.shift(&ids, from: old, to: new, placing: id)
    }

    /// Takes the element at `old` out, closes the gap, opens one at `new`, and puts `value` there.
    private static func shift<Element>(_ array: inout [Element], from old: Int, to new: Int, placing value: Element) {
        guard new != old else {
            array[old] = value
            return
        }
        array.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            _ = (base + old).move()
            if new > old {
                (base + old).moveInitialize(from: base + old + 1, count: new - old)
            } else {
                (base + new + 1).moveInitialize(from: base + new, count: old - new)
            }
            (base + new).initialize(to: value)
        }
    }

    /// Removes the entry if present; returns the new count.
    mutating func removeReturningCount(key: Key, id: String) -> Int {
        remove(key: key, id: id)
        return keys.count
    }

    /// Ids whose key lies in `range`, in order.
    func ids(keysIn range: ClosedRange<Key>) -> [String] {
        var index = lowerBound(key: range.lowerBound, id: "")
        var found: [String] = []
        while index < keys.count, keys[index] <= range.upperBound {
            found.append(ids[index])
            index += 1
        }
        return found
    }

    /// Ids in `[offset, offset + count)`, clamped to the column.
    func ids(offset: Int, count: Int) -> [String] {
        let start = max(0, min(offset, keys.count))
        let end = max(start, min(start + max(0, count), keys.count))
        return Array(ids[start..<end])
    }
}
