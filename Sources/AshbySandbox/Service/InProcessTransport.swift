import AshbyAPI
import Foundation

/// A `Transport` that hands requests straight to a sandbox service: `--demo` runs the whole
/// product on it. Wire faults become the transport failures a real network would give.
public struct InProcessTransport: Transport {
    private let service: SandboxService

    public init(service: @escaping SandboxService) {
        self.service = service
    }

    public func send(_ request: HTTPRequest) throws(TransportFailure) -> HTTPResponse {
        var headers: [String: String] = [:]
        for header in request.headers { headers[header.name.lowercased()] = header.value }
        let reply = service(SandboxRequest(method: request.method, path: InProcessTransport.path(of: request.url), headers: headers, body: request.body))
        var responseHeaders: [String: String] = ["content-length": String(reply.body.count)]
        for header in reply.headers { responseHeaders[header.name.lowercased()] = header.value }
        switch reply.wireFault {
        case nil:
            break
        case .dropConnection:
            throw .connectionReset
        case .truncateBody:
            throw .truncatedBody
        case .delay(let seconds):
            if seconds >= request.timeout {
                Thread.sleep(forTimeInterval: request.timeout)
                throw .timedOut
            }
            Thread.sleep(forTimeInterval: seconds)
        }
        return HTTPResponse(status: reply.status, headers: responseHeaders, body: reply.body)
    }

    /// `https://host:port/candidate.list?x` → `/candidate.list`.
    static func path(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = rest[slash...]
        return String(path.prefix { $0 != "?" && $0 != "#" })
    }
}
