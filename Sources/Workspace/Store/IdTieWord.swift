/// The first 8 bytes of an id as an integer, so sorted columns can break ties between equal keys
/// without reading the id string (in a big store each string read is a cache miss).
enum IdTieWord {
    /// Marks an id that is not all ASCII: only the strings can tell its order. No ASCII id packs
    /// to it (its bytes would be 0xFF).
    static let unknown = UInt64.max

    /// The id's first 8 UTF-8 bytes, big-endian and zero-padded, when the whole id is ASCII: then
    /// integer order agrees with `String` order wherever two words differ (a shorter id that is a
    /// prefix of a longer one packs lower, and sorts first). `unknown` otherwise: `String`
    /// compares non-ASCII text by its canonical form, which bytes alone do not give.
    static func of(_ id: String) -> UInt64 {
        var copy = id
        return copy.withUTF8 { bytes in
            var packed: UInt64 = 0
            var ascii: UInt8 = 0
            for byte in bytes { ascii |= byte }
            guard ascii < 0x80 else { return unknown }
            for (position, byte) in bytes.prefix(8).enumerated() { packed |= UInt64(byte) << UInt64(8 * (7 - position)) }
            return packed
        }
    }

    /// Whether two tie words decide an order: both known and different.
    @inline(__always)
    static func decides(_ lhs: UInt64, _ rhs: UInt64) -> Bool {
        lhs != rhs && lhs != unknown && rhs != unknown
    }
}
