import Foundation

/// HTTP Basic with the API key as the user name and an empty password.
enum Authorization {
    /// The key named by an `Authorization` header, or nil when it is missing or garbled.
    static func key(fromHeader header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "basic", let data = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces)),
              let decoded = String(data: data, encoding: .utf8), let colon = decoded.firstIndex(of: ":") else { return nil }
        let key = String(decoded[..<colon])
        return key.isEmpty ? nil : key
    }

    /// The header a client sends for `key`.
    static func header(forKey key: String) -> String {
        "Basic " + Data("\(key):".utf8).base64EncodedString()
    }
}
