import Foundation

/// One HTTP exchange as the client sees it. Ashby is RPC over POST, so a request is a path and a JSON body.
public struct HTTPRequest: Sendable, Equatable {
    public var url: String
    public var method: String
    /// Header names as sent; order kept so a test can compare exactly.
    public var headers: [(name: String, value: String)]
    public var body: Data
    /// Overall deadline for this exchange, in seconds.
    public var timeout: TimeInterval

    public init(url: String, method: String = "POST", headers: [(name: String, value: String)] = [], body: Data = Data(), timeout: TimeInterval = 60) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.url == rhs.url && lhs.method == rhs.method && lhs.body == rhs.body && lhs.timeout == rhs.timeout
            && lhs.headers.map { "\($0.name)\u{0}\($0.value)" } == rhs.headers.map { "\($0.name)\u{0}\($0.value)" }
    }
}

/// What came back: status, headers (names lower-cased) and the body bytes.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Why an exchange produced no HTTP response at all.
public enum TransportFailure: Error, Sendable, Equatable {
    case timedOut
    case connectionReset
    case couldNotConnect(host: String)
    case hostNotFound(host: String)
    case tls(String)
    /// The body ended before the length the server announced.
    case truncatedBody
    case other(String)

    /// Worth trying again for a read: the next attempt may well succeed.
    public var isTransient: Bool {
        switch self {
        case .timedOut, .connectionReset, .couldNotConnect, .truncatedBody: return true
        case .hostNotFound, .tls, .other: return false
        }
    }
}

/// Moves one request to a server and back. Blocking by design: the client runs on a background queue.
public protocol Transport: Sendable {
    func send(_ request: HTTPRequest) throws(TransportFailure) -> HTTPResponse
}
