import Foundation

/// One request as the sandbox sees it, however it arrived (loopback HTTP or in-process).
public struct SandboxRequest: Sendable {
    public var method: String
    /// The request path, e.g. `/candidate.list`.
    public var path: String
    /// Header names lower-cased; the last value wins when a name repeats.
    public var headers: [String: String]
    public var body: Data

    public init(method: String = "POST", path: String, headers: [String: String] = [:], body: Data = Data()) {
        self.method = method
        self.path = path
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
    }
}

/// A misbehaviour of the wire that the sandbox can inject on top of an answer.
public enum WireFault: Sendable, Equatable {
    /// Close the connection without answering.
    case dropConnection
    /// Announce the full Content-Length, send only this many body bytes, then close.
    case truncateBody(keepBytes: Int)
    /// Wait this long before answering.
    case delay(seconds: Double)
}

/// The sandbox's answer: an HTTP response, possibly damaged on the wire.
public struct SandboxReply: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data
    public var wireFault: WireFault?

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data(), wireFault: WireFault? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.wireFault = wireFault
    }
}

/// Anything that answers sandbox requests: the tenant itself, or a wrapper around it (recording, scripted faults).
public typealias SandboxService = @Sendable (SandboxRequest) -> SandboxReply
