/// Appends the cache's binary primitives: LEB128 varints, little-endian doubles, length-prefixed
/// UTF-8, and strings interned into a table written once ahead of the records.
struct SnapshotByteWriter {
    private(set) var bytes: [UInt8] = []
    /// Interned strings in first-use order; their index is what the records hold.
    private(set) var table: [String] = []
    private var tableIndex: [String: Int] = [:]

    init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func count(_ value: Int) { varint(UInt64(max(0, value))) }

    /// Zigzag, so small negative numbers stay short.
    mutating func signed(_ value: Int64) { varint(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A string written in place: its UTF-8 length, then its bytes.
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// An optional string in place: 0 for nil, else length + 1 and the bytes.
    mutating func optionalString(_ value: String?) {
        guard var value else { return byte(0) }
        value.withUTF8 { utf8 in
            count(utf8.count + 1)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A string by its index in the table (for values that repeat: ids of jobs, stages, users…).
    mutating func interned(_ value: String) { count(intern(value)) }

    /// 0 for nil, else the table index + 1.
    mutating func optionalInterned(_ value: String?) {
        guard let value else { return byte(0) }
        count(intern(value) + 1)
    }

    mutating func optionalDouble(_ value: Double?) {
        guard let value else { return byte(0) }
        byte(1)
        double(value)
    }

    mutating func raw(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    private mutating func intern(_ value: String) -> Int {
        if let index = tableIndex[value] { return index }
        let index = table.count
        table.append(value)
        tableIndex[value] = index
        return index
    }
}
