import AshbyAPI

/// One shared copy of each repeated string (job ids and titles, stage and plan ids, statuses,
/// source titles), so 100,000 records hold references instead of 100,000 copies. A hit costs a
/// hash and a byte comparison against the input, no allocation.
public struct StringInterner {
    /// Beyond this many distinct strings new ones are returned uninterned: interning is for
    /// small vocabularies, and an adversarial input must not grow the table without bound.
    public static let maxEntries = 1 << 16

    private var strings: [String] = []
    /// The UTF-8 of every interned string, back to back; `spans[i]` locates `strings[i]`.
    private var bytes: [UInt8] = []
    private var spans: [(start: Int, count: Int)] = []
    /// Open addressing: index into `strings`, or -1.
    private var slots: [Int32]
    private var hashes: [UInt64] = []

    public init(expectedDistinct: Int = 256) {
        var capacity = 16
        while capacity < expectedDistinct * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
    }

    /// Distinct strings held.
    public var count: Int { strings.count }

    /// The shared copy of the string `token` stands for.
    public mutating func intern(_ token: JSONString) throws(JSONReaderError) -> String {
        if token.hasEscapes { return intern(try token.decoded()) }
        let raw = token.rawBytes
        let hash = StringInterner.hash(raw)
        if let found = find(raw, hash: hash) { return strings[found] }
        guard let string = String(validating: raw, as: UTF8.self) else { throw JSONReaderError(offset: token.offset, .invalidUTF8) }
        insert(string, raw, hash: hash)
        return string
    }

    /// The shared copy of `string`.
    public mutating func intern(_ string: String) -> String {
        var copy = string
        return copy.withUTF8 { raw in
            let hash = StringInterner.hash(raw)
            if let found = find(raw, hash: hash) { return strings[found] }
            insert(string, raw, hash: hash)
            return string
        }
    }

    private func find(_ raw: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, spans[index].count == raw.count, equalBytes(at: spans[index].start, raw) { return index }
            slot = (slot + 1) & mask
        }
    }

    private func equalBytes(at start: Int, _ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBytes { stored in
            guard let other = raw.baseAddress else { return true }
            let mine = stored.baseAddress! + start
            var offset = 0
            while offset &+ 8 <= raw.count {
                if mine.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    != UnsafeRawPointer(other).loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
                offset &+= 8
            }
            while offset < raw.count {
                if mine.load(fromByteOffset: offset, as: UInt8.self) != other[offset] { return false }
                offset &+= 1
            }
            return true
        }
    }

    private mutating func insert(_ string: String, _ raw: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        guard strings.count < StringInterner.maxEntries else { return }
        if (strings.count + 1) * 2 > slots.count { grow() }
        let index = strings.count
        strings.append(string)
        spans.append((bytes.count, raw.count))
        bytes.append(contentsOf: raw)
        hashes.append(hash)
        place(index)
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[index]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for index in strings.indices { place(index) }
    }

    /// Eight bytes per multiply (FNV-style, word-wide), then a final mix so the low bits (the
    /// slot) depend on every byte. Not for adversaries: collisions only cost a longer probe.
    private static func hash(_ raw: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(raw.count)
        guard let base = raw.baseAddress else { return hash }
        let bytes = UnsafeRawPointer(base)
        var offset = 0
        while offset &+ 8 <= raw.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01B3
            hash ^= hash >> 29
            offset &+= 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(base[offset]) << shift
            shift &+= 8
            offset &+= 1
        }
        hash = (hash ^ tail) &* 0x100_0000_01B3
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 33)
    }
}

extension JSONReader {
    /// The string field `name` of the object at the reader, interned; other fields are skipped
    /// (a source's title, an archive reason's or a user's id).
    mutating func internedField(_ name: StaticString, _ strings: inout StringInterner) throws(JSONReaderError) -> String {
        let start = try beginObject()
        var value: String?
        while let key = try nextKey() {
            if key == name { value = try strings.intern(readRawString()) } else { try skipValue() }
        }
        guard let value else { throw JSONReaderError(offset: start, .missingField("\(name)")) }
        return value
    }
}
