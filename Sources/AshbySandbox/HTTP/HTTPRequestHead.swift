import Foundation

/// The request line and headers of one HTTP/1.x request, as read off the wire.
struct HTTPRequestHead: Equatable, Sendable {
    enum Version: Equatable, Sendable {
        case http10
        case http11
    }

    var method: String
    /// The request target exactly as sent, e.g. `/candidate.list?x=1`.
    var target: String
    var version: Version
    /// Header names lower-cased; the last value wins when a name repeats (as `SandboxRequest` keeps them).
    var headers: [String: String]
    /// Zero when the request has no `Content-Length`: without one an HTTP/1.1 request has no body.
    var contentLength: Int
    var expectsContinue: Bool

    /// The target without query or fragment: what the sandbox routes on.
    var path: String {
        var rest = Substring(target)
        // Absolute form (`http://host/path`) is legal in a request line; keep only its path.
        // (Checked only when needed: Foundation's `range(of:)` showed up in profiles.)
        if rest.first != "/", let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            guard let slash = rest.firstIndex(of: "/") else { return "/" }
            rest = rest[slash...]
        }
        return String(rest.prefix { $0 != "?" && $0 != "#" })
    }

    /// HTTP/1.1 keeps the connection unless told `close`; HTTP/1.0 closes unless told `keep-alive`.
    var keepAlive: Bool {
        let tokens = (headers["connection"] ?? "").lowercased()
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        switch version {
        case .http11: return !tokens.contains("close")
        case .http10: return tokens.contains("keep-alive")
        }
    }
}
