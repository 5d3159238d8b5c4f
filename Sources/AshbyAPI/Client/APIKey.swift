import Foundation

/// The Ashby API key. It prints, dumps and reflects as redacted, so it cannot leak into a log,
/// an error or a crash message by accident; only `authorizationHeader` reveals it, to the wire.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let secret: String

    public init(_ secret: String) throws(AshbyError) {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .invalidConfiguration("The Ashby API key is empty.") }
        guard !trimmed.contains(where: { $0.isNewline || $0 == ":" }) else {
            throw .invalidConfiguration("The Ashby API key contains a line break or ':'; check how it was stored.")
        }
        self.secret = trimmed
    }

    /// `Basic base64(key + ":")`: the key is the user name and the password is empty.
    public var authorizationHeader: String {
        "Basic " + Data((secret + ":").utf8).base64EncodedString()
    }

    /// A stable, one-way digest of the key (FNV-1a 64 over a salted copy, 16 hex digits): tells
    /// one key's cache from another's without the key ever reaching the disk.
    public var fingerprint: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in ("ashby-tui cache\u{0}" + secret).utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public var description: String { "APIKey(redacted)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// Replaces every occurrence of the key (and its Basic encoding) in untrusted text.
    public func scrub(_ text: String) -> String {
        text.replacingOccurrences(of: secret, with: "[redacted]")
            .replacingOccurrences(of: Data((secret + ":").utf8).base64EncodedString(), with: "[redacted]")
    }

    /// The key from `ASHBY_API_KEY`, else from a key file (`ASHBY_API_KEY_FILE`, default
    /// `$XDG_CONFIG_HOME/ashby-tui/api-key`) that only its owner may read.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(AshbyError) -> APIKey {
        if let value = environment["ASHBY_API_KEY"], !value.isEmpty {
            return try APIKey(value)
        }
        let explicitPath = environment["ASHBY_API_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        let path = explicitPath ?? configHome + "/ashby-tui/api-key"
        guard FileManager.default.fileExists(atPath: path) else {
            if explicitPath != nil { throw .invalidConfiguration("The key file \(path) (ASHBY_API_KEY_FILE) does not exist.") }
            throw .invalidConfiguration(
                "No Ashby API key: set ASHBY_API_KEY, or put the key in \(path) with mode 600 (or run with --demo).")
        }
        return try fromFile(path)
    }

    /// Reads a key file, refusing it when group or others may read or write it.
    public static func fromFile(_ path: String) throws(AshbyError) -> APIKey {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .invalidConfiguration("Cannot read the key file \(path): \(String(cString: strerror(errno))).")
        }
        guard info.st_mode & 0o077 == 0 else {
            let mode = String(info.st_mode & 0o777, radix: 8)
            throw .invalidConfiguration(
                "Refusing the key file \(path): its mode is \(mode), so others can read it. Run: chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidConfiguration("Cannot read the key file \(path).")
        }
        do {
            return try APIKey(String(decoding: data, as: UTF8.self))
        } catch {
            throw .invalidConfiguration("The key file \(path) holds no usable key.")
        }
    }
}
