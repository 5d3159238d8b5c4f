import Foundation

/// Packs a few integers into an opaque, tamper-evident string (cursors and sync tokens).
///
/// The checksum is keyed by the tenant seed, so a token from another tenant, a truncated
/// token or an edited offset never decodes.
struct Seal: Sendable {
    let secret: UInt64

    init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed, stream: 0x5EA1)
        secret = mixer.next()
    }

    func seal(_ fields: [UInt64], kind: UInt8) -> String {
        var bytes: [UInt8] = [kind]
        for field in fields { withUnsafeBytes(of: field.littleEndian) { bytes.append(contentsOf: $0) } }
        withUnsafeBytes(of: checksum(fields, kind: kind).littleEndian) { bytes.append(contentsOf: $0) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The fields, or nil if the text is not a sealed value of this kind and size.
    func open(_ text: String, kind: UInt8, count: Int) -> [UInt64]? {
        guard text.count < 200 else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), data.count == 1 + 8 * (count + 1), data.first == kind else { return nil }
        let bytes = [UInt8](data)
        func word(_ index: Int) -> UInt64 {
            var value: UInt64 = 0
            for offset in 0..<8 { value |= UInt64(bytes[1 + index * 8 + offset]) << (8 * UInt64(offset)) }
            return value
        }
        let fields = (0..<count).map(word)
        return word(count) == checksum(fields, kind: kind) ? fields : nil
    }

    private func checksum(_ fields: [UInt64], kind: UInt8) -> UInt64 {
        var mixer = SplitMix64(seed: secret ^ UInt64(kind))
        var hash = mixer.next()
        for field in fields {
            var step = SplitMix64(seed: hash ^ field)
            hash = step.next()
        }
        return hash
    }

    /// A stable 64-bit hash of a list's name, binding cursors and tokens to their endpoint.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
