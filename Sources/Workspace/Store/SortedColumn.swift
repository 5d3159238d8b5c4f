/// Ids kept sorted by a key, ties broken by id, so the order is total and removal finds the
/// entry: one pipeline column in one sort order, or the calendar's events by start or end.
///
/// Stored in chunks of at most `chunkCapacity` consecutive entries: an insert or removal shifts
/// entries within one chunk, not the tail of the whole column (profiled: in a 100k store the
/// memmove of long flat columns was the largest cost that grew with the store). A search finds
/// the chunk by its last entry, then the place within it.
///
/// Each entry's key sits beside a "tie word", the first 8 bytes of its id (for ASCII ids), so a
/// search between equal keys compares integers and touches no string: in a big store every id
/// string read (and retained) is a cache miss.
struct SortedColumn<Key: Comparable & Sendable>: Sendable {
    struct Entry: Comparable, Sendable {
        var key: Key
        var id: String

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.key != rhs.key ? lhs.key < rhs.key : lhs.id < rhs.id
        }
    }

    /// What a search reads of one entry.
    struct Slot: Sendable {
        var key: Key
        var tie: UInt64
    }

    /// Consecutive entries in order, in parallel arrays; never empty inside a column.
    struct Chunk: Sendable {
        var slots: [Slot]
        var ids: [String]
    }

    private(set) var chunks: [Chunk] = []
    /// Each chunk's last slot, densely: the chunk search reads this array, not every chunk.
    private var lasts: [Slot] = []
    private(set) var count = 0
    /// Most entries a chunk holds; a fuller one is split in halves.
    let chunkCapacity: Int

    init(chunkCapacity: Int = 32) {
        precondition(chunkCapacity >= 4, "a chunk must hold a few entries")
        self.chunkCapacity = chunkCapacity
    }

    /// Builds the column at once by sorting (the bulk-load path), instead of n inserts.
    init(unsorted: [Entry], chunkCapacity: Int = 32) {
        self.init(keys: unsorted.map(\.key), ids: unsorted.map(\.id), chunkCapacity: chunkCapacity)
    }

    /// Builds the column from parallel arrays by sorting a permutation of small integers, so the
    /// sort moves no reference-counted strings; chunks are filled to three quarters, leaving
    /// room for inserts.
    init(keys: [Key], ids: [String], chunkCapacity: Int = 32) {
        precondition(keys.count == ids.count && keys.count < Int(Int32.max))
        self.init(chunkCapacity: chunkCapacity)
        let ties = ids.map(IdTieWord.of)
        var order = (0..<Int32(keys.count)).map { $0 }
        keys.withUnsafeBufferPointer { keys in
            ties.withUnsafeBufferPointer { ties in
                ids.withUnsafeBufferPointer { ids in
                    order.sort { lhs, rhs in
                        let (left, right) = (Int(lhs), Int(rhs))
                        return Self.precedes(Slot(key: keys[left], tie: ties[left]), ids[left], Slot(key: keys[right], tie: ties[right]), ids[right])
                    }
                }
            }
        }
        let fill = max(1, chunkCapacity * 3 / 4)
        var start = 0
        chunks.reserveCapacity((order.count + fill - 1) / fill)
        while start < order.count {
            let end = min(order.count, start + fill)
            let part = order[start..<end]
            var chunk = Chunk(slots: [], ids: [])
            chunk.slots.reserveCapacity(chunkCapacity + 1)
            chunk.ids.reserveCapacity(chunkCapacity + 1)
            for index in part {
                chunk.slots.append(Slot(key: keys[Int(index)], tie: ties[Int(index)]))
                chunk.ids.append(ids[Int(index)])
            }
            lasts.append(chunk.slots[chunk.slots.count - 1])
            chunks.append(chunk)
            start = end
        }
        count = order.count
    }

    // MARK: Order

    /// Whether entry (a, aId) sorts before (b, bId): by key, then by id (the tie words first).
    @inline(__always)
    private static func precedes(_ a: Slot, _ aId: String, _ b: Slot, _ bId: String) -> Bool {
        if a.key < b.key { return true }
        if b.key < a.key { return false }
        if IdTieWord.decides(a.tie, b.tie) { return a.tie < b.tie }
        return aId < bId
    }

    /// Whether the entry at `index` of a chunk sorts before the target; reads the id only when
    /// key and tie word cannot tell.
    @inline(__always)
    private static func isBelow(_ slots: UnsafeBufferPointer<Slot>, _ ids: UnsafeBufferPointer<String>, _ index: Int,
                                _ target: Slot, _ targetId: String) -> Bool {
        // Compared in place: copying a slot would retain a key holding a string.
        if slots[index].key < target.key { return true }
        if target.key < slots[index].key { return false }
        let tie = slots[index].tie
        if IdTieWord.decides(tie, target.tie) { return tie < target.tie }
        return ids[index] < targetId
    }

    /// The chunk the target belongs in: the first whose last entry is not below it, else the
    /// last chunk. The column must not be empty.
    private func chunkIndex(_ target: Slot, _ id: String) -> Int {
        lasts.withUnsafeBufferPointer { lasts in
            var low = 0
            var high = lasts.count - 1
            while low < high {
                let middle = (low + high) / 2
                if isLastBelow(lasts, middle, target, id) { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// Whether chunk `index`'s last entry sorts before the target (its id read from the chunk
    /// only on a full tie).
    @inline(__always)
    private func isLastBelow(_ lasts: UnsafeBufferPointer<Slot>, _ index: Int, _ target: Slot, _ targetId: String) -> Bool {
        if lasts[index].key < target.key { return true }
        if target.key < lasts[index].key { return false }
        let tie = lasts[index].tie
        if IdTieWord.decides(tie, target.tie) { return tie < target.tie }
        return chunks[index].ids[chunks[index].ids.count - 1] < targetId
    }

    /// The first place in a chunk whose entry is not below the target.
    private static func lowerBound(in chunk: Chunk, _ target: Slot, _ id: String) -> Int {
        chunk.slots.withUnsafeBufferPointer { slots in
            chunk.ids.withUnsafeBufferPointer { ids in
                var low = 0
                var high = slots.count
                while low < high {
                    let middle = (low + high) / 2
                    if isBelow(slots, ids, middle, target, id) { low = middle + 1 } else { high = middle }
                }
                return low
            }
        }
    }

    /// Where the entry is (chunk, place), or nil when it is not in the column.
    private func locate(_ target: Slot, _ id: String) -> (chunk: Int, index: Int)? {
        guard !chunks.isEmpty else { return nil }
        let chunk = chunkIndex(target, id)
        let index = Self.lowerBound(in: chunks[chunk], target, id)
        let found = chunks[chunk]
        guard index < found.slots.count, found.slots[index].key == target.key, found.slots[index].tie == target.tie,
              found.ids[index] == id else { return nil }
        return (chunk, index)
    }

    // MARK: Reads

    /// The entries in order (O(n): for sweeps over a whole column, not per frame).
    var entries: [Entry] {
        var all: [Entry] = []
        all.reserveCapacity(count)
        for chunk in chunks {
            for index in chunk.slots.indices { all.append(Entry(key: chunk.slots[index].key, id: chunk.ids[index])) }
        }
        return all
    }

    /// The position of the entry, or nil when it is not in the column; O(log n + chunks).
    func position(key: Key, id: String) -> Int? {
        guard let (chunk, index) = locate(Slot(key: key, tie: IdTieWord.of(id)), id) else { return nil }
        return chunks[..<chunk].reduce(index) { $0 + $1.slots.count }
    }

    /// Ids whose key lies in `range`, in order.
    func ids(keysIn range: ClosedRange<Key>) -> [String] {
        guard !chunks.isEmpty else { return [] }
        // The empty id sorts before every id of an equal key.
        let start = Slot(key: range.lowerBound, tie: 0)
        var chunk = chunkIndex(start, "")
        var index = Self.lowerBound(in: chunks[chunk], start, "")
        var found: [String] = []
        while chunk < chunks.count {
            let slots = chunks[chunk].slots
            while index < slots.count {
                guard slots[index].key <= range.upperBound else { return found }
                found.append(chunks[chunk].ids[index])
                index += 1
            }
            chunk += 1
            index = 0
        }
        return found
    }

    /// Ids in `[offset, offset + count)`, clamped to the column; O(count + chunks).
    func ids(offset: Int, count wanted: Int) -> [String] {
        var skip = max(0, offset)
        var remaining = max(0, wanted)
        var found: [String] = []
        found.reserveCapacity(min(remaining, max(0, count - skip)))
        for chunk in chunks where remaining > 0 {
            let size = chunk.ids.count
            if skip >= size {
                skip -= size
                continue
            }
            let end = min(size, skip + remaining)
            found.append(contentsOf: chunk.ids[skip..<end])
            remaining -= end - skip
            skip = 0
        }
        return found
    }

    // MARK: Changes

    /// `tie` must be `IdTieWord.of(id)` (callers touching several columns compute it once).
    mutating func insert(key: Key, id: String, tie: UInt64? = nil) {
        insert(Slot(key: key, tie: tie ?? IdTieWord.of(id)), id)
    }

    private mutating func insert(_ slot: Slot, _ id: String) {
        count += 1
        guard !chunks.isEmpty else {
            var chunk = Chunk(slots: [], ids: [])
            chunk.slots.reserveCapacity(chunkCapacity + 1)
            chunk.ids.reserveCapacity(chunkCapacity + 1)
            chunk.slots.append(slot)
            chunk.ids.append(id)
            chunks.append(chunk)
            lasts.append(slot)
            return
        }
        let chunk = chunkIndex(slot, id)
        let index = Self.lowerBound(in: chunks[chunk], slot, id)
        chunks[chunk].slots.insert(slot, at: index)
        chunks[chunk].ids.insert(id, at: index)
        if index == chunks[chunk].slots.count - 1 { lasts[chunk] = slot }
        if chunks[chunk].slots.count > chunkCapacity { split(chunk) }
    }

    @discardableResult
    mutating func remove(key: Key, id: String, tie: UInt64? = nil) -> Bool {
        remove(Slot(key: key, tie: tie ?? IdTieWord.of(id)), id)
    }

    private mutating func remove(_ slot: Slot, _ id: String) -> Bool {
        guard let (chunk, index) = locate(slot, id) else { return false }
        chunks[chunk].slots.remove(at: index)
        chunks[chunk].ids.remove(at: index)
        count -= 1
        if index == chunks[chunk].slots.count, index > 0 { lasts[chunk] = chunks[chunk].slots[index - 1] }
        rebalance(chunk)
        return true
    }

    /// Moves an entry whose key changed to its new place (inserts it when it is not found under
    /// the old key); each half shifts entries within one chunk.
    mutating func move(id: String, from oldKey: Key, to newKey: Key, tie: UInt64? = nil) {
        let tie = tie ?? IdTieWord.of(id)
        _ = remove(Slot(key: oldKey, tie: tie), id)
        insert(Slot(key: newKey, tie: tie), id)
    }

    /// Removes the entry if present; returns the new count.
    mutating func removeReturningCount(key: Key, id: String) -> Int {
        remove(key: key, id: id)
        return count
    }

    /// Splits an overfull chunk in halves.
    private mutating func split(_ chunk: Int) {
        let half = chunks[chunk].slots.count / 2
        var tail = Chunk(slots: [], ids: [])
        tail.slots.reserveCapacity(chunkCapacity + 1)
        tail.ids.reserveCapacity(chunkCapacity + 1)
        tail.slots.append(contentsOf: chunks[chunk].slots[half...])
        tail.ids.append(contentsOf: chunks[chunk].ids[half...])
        chunks[chunk].slots.removeSubrange(half...)
        chunks[chunk].ids.removeSubrange(half...)
        chunks.insert(tail, at: chunk + 1)
        lasts.insert(chunks[chunk].slots[half - 1], at: chunk)
    }

    /// Drops an emptied chunk, and joins one under a quarter full with a neighbour when they fit
    /// in one chunk, so a column of n entries keeps O(n / chunkCapacity) chunks.
    private mutating func rebalance(_ chunk: Int) {
        let size = chunks[chunk].slots.count
        if size == 0 {
            chunks.remove(at: chunk)
            lasts.remove(at: chunk)
            return
        }
        guard size < chunkCapacity / 4 else { return }
        if chunk + 1 < chunks.count, size + chunks[chunk + 1].slots.count <= chunkCapacity {
            join(chunk)
        } else if chunk > 0, size + chunks[chunk - 1].slots.count <= chunkCapacity {
            join(chunk - 1)
        }
    }

    /// Appends chunk `first + 1` to chunk `first`.
    private mutating func join(_ first: Int) {
        let next = chunks.remove(at: first + 1)
        lasts.remove(at: first)
        chunks[first].slots.append(contentsOf: next.slots)
        chunks[first].ids.append(contentsOf: next.ids)
    }
}
