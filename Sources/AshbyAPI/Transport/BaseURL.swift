import Foundation

/// The API's base URL, checked: HTTPS anywhere, plain HTTP only to this machine.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    public static let ashby = BaseURL(trusted: "https://api.ashbyhq.com")
    private static let loopbackHosts: Set<String> = ["127.0.0.1", "localhost", "::1", "[::1]"]

    /// Without a trailing slash, e.g. `https://api.ashbyhq.com`.
    public let string: String

    private init(trusted string: String) { self.string = string }

    public init(_ text: String) throws(AshbyError) {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        let lower = trimmed.lowercased()
        guard let host = BaseURL.host(of: trimmed), !host.isEmpty else {
            throw .invalidConfiguration("ASHBY_API_URL \"\(text)\" is not a URL; expected e.g. https://api.ashbyhq.com")
        }
        if lower.hasPrefix("https://") {
            self.string = trimmed
        } else if lower.hasPrefix("http://") {
            guard BaseURL.loopbackHosts.contains(host.lowercased()) else {
                throw .invalidConfiguration(
                    "ASHBY_API_URL \"\(text)\" uses plain http to \(host); only https is allowed except to 127.0.0.1 or localhost")
            }
            self.string = trimmed
        } else {
            throw .invalidConfiguration("ASHBY_API_URL \"\(text)\" must start with https://")
        }
    }

    /// The full URL of an RPC endpoint such as `candidate.list`.
    public func url(for endpoint: String) -> String { "\(string)/\(endpoint)" }

    public var description: String { string }

    /// The host of a URL string, without port or credentials; nil when there is none.
    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var authority = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            return String(authority[...close])
        }
        return String(authority.prefix { $0 != ":" })
    }
}
