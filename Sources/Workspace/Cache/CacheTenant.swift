/// Which tenant a cache file belongs to: the API base URL and an opaque fingerprint the caller
/// derives (never the API key itself). Only a hash of the two reaches the disk.
public struct CacheTenant: Sendable, Hashable {
    public var baseURL: String
    public var fingerprint: String

    public init(baseURL: String, fingerprint: String) {
        self.baseURL = baseURL
        self.fingerprint = fingerprint
    }

    /// 16 bytes: two FNV-1a 64 hashes with different offsets (stable across runs and builds,
    /// unlike `Hasher`). Names the file and is checked in its header.
    public var hash: [UInt8] {
        var bytes = Array(baseURL.utf8)
        bytes.append(0)
        bytes.append(contentsOf: fingerprint.utf8)
        func fnv1a(_ offset: UInt64) -> UInt64 {
            var hash = offset
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
        let halves = [fnv1a(0xCBF2_9CE4_8422_2325), fnv1a(0x6C62_272E_07BB_0142)]
        return halves.flatMap { half in (0..<8).map { UInt8(truncatingIfNeeded: half >> (8 * UInt64($0))) } }
    }

    /// `snapshot-<32 hex digits>.bin`.
    public var fileName: String {
        let digits = Array("0123456789abcdef")
        return "snapshot-" + String(hash.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] }) + ".bin"
    }
}
