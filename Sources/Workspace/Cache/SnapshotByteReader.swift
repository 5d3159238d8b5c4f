/// Why bytes could not be read as a snapshot; becomes `CacheProblem.corrupt`.
struct SnapshotFormatError: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

/// Reads what `SnapshotByteWriter` wrote, bounds-checking every read: a hostile or truncated file
/// throws, it never traps.
struct SnapshotByteReader {
    private let base: UnsafeRawPointer
    private let end: Int
    private(set) var offset: Int
    /// The interned strings, once read.
    var table: [String] = []

    /// `buffer` must outlive the reader (read inside `withUnsafeBytes`).
    init(_ buffer: UnsafeRawBufferPointer, from start: Int = 0) {
        base = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        end = buffer.count
        offset = min(start, buffer.count)
    }

    var remaining: Int { end - offset }

    @inline(__always)
    mutating func byte() throws(SnapshotFormatError) -> UInt8 {
        guard offset < end else { throw SnapshotFormatError("truncated at byte \(offset)") }
        let value = base.load(fromByteOffset: offset, as: UInt8.self)
        offset += 1
        return value
    }

    @inline(__always)
    mutating func varint() throws(SnapshotFormatError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64, shift < 63 || next <= 1 else { throw SnapshotFormatError("varint too long at byte \(offset)") }
            result |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return result }
            shift += 7
        }
    }

    /// A count of things that each take at least `minimumBytes`: bounded by what is left, so a
    /// corrupt count cannot ask for a huge allocation.
    mutating func count(minimumBytes: Int = 1) throws(SnapshotFormatError) -> Int {
        let value = try varint()
        guard value <= UInt64(remaining / max(1, minimumBytes)) else {
            throw SnapshotFormatError("count \(value) exceeds the file at byte \(offset)")
        }
        return Int(value)
    }

    mutating func signed() throws(SnapshotFormatError) -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    @inline(__always)
    mutating func double() throws(SnapshotFormatError) -> Double {
        guard end - offset >= 8 else { throw SnapshotFormatError("truncated at byte \(offset)") }
        let bits = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return Double(bitPattern: UInt64(littleEndian: bits))
    }

    mutating func bool() throws(SnapshotFormatError) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        case let other: throw SnapshotFormatError("bad bool \(other) at byte \(offset - 1)")
        }
    }

    mutating func bytes(_ count: Int) throws(SnapshotFormatError) -> UnsafeRawBufferPointer {
        guard count >= 0, end - offset >= count else { throw SnapshotFormatError("truncated at byte \(offset)") }
        let slice = UnsafeRawBufferPointer(start: base + offset, count: count)
        offset += count
        return slice
    }

    mutating func string() throws(SnapshotFormatError) -> String {
        let length = try count()
        return String(decoding: try bytes(length), as: UTF8.self)
    }

    mutating func optionalString() throws(SnapshotFormatError) -> String? {
        // The tag is length + 1, so it may exceed what is left by one: not `count()`.
        let tag = try varint()
        guard tag > 0 else { return nil }
        guard tag - 1 <= UInt64(remaining) else { throw SnapshotFormatError("string of \(tag - 1) bytes exceeds the file at byte \(offset)") }
        return String(decoding: try bytes(Int(tag - 1)), as: UTF8.self)
    }

    @inline(__always)
    mutating func interned() throws(SnapshotFormatError) -> String {
        table[try internedIndex()]
    }

    /// The table index of an interned string, checked.
    @inline(__always)
    mutating func internedIndex() throws(SnapshotFormatError) -> Int {
        let index = try varint()
        guard index < UInt64(table.count) else { throw SnapshotFormatError("string \(index) outside the table at byte \(offset)") }
        return Int(index)
    }

    mutating func optionalInterned() throws(SnapshotFormatError) -> String? {
        let tag = try varint()
        guard tag > 0 else { return nil }
        guard tag <= UInt64(table.count) else { throw SnapshotFormatError("string \(tag - 1) outside the table at byte \(offset)") }
        return table[Int(tag - 1)]
    }

    mutating func optionalDouble() throws(SnapshotFormatError) -> Double? {
        try bool() ? try double() : nil
    }
}

extension SnapshotByteReader {
    /// A count, then that many records read by `read`, filed by id into `dictionary`.
    mutating func records<Record: Identifiable>(into dictionary: inout [String: Record], minimumBytes: Int,
                                                _ read: (inout SnapshotByteReader) throws -> Record)
        throws where Record.ID == String {
        let count = try count(minimumBytes: minimumBytes)
        dictionary.reserveCapacity(dictionary.count + count)
        for _ in 0..<count {
            let record = try read(&self)
            dictionary[record.id] = record
        }
    }

    /// The section must end here.
    func expectEnd() throws(SnapshotFormatError) {
        guard remaining == 0 else { throw SnapshotFormatError("\(remaining) bytes after the last") }
    }
}
