import AshbyAPI
import AshbySandbox
import Foundation
import XCTest

/// A sandbox tenant served over loopback HTTP, and a client talking to it through libcurl.
/// Every request the server receives is kept, headers included, so tests can check the wire.
final class SandboxServer: @unchecked Sendable {
    static let key = "sbx_integration_3b1f9c2e7a"

    let tenant: SandboxTenant
    let server: LoopbackHTTPServer
    let port: UInt16

    init(configure: (inout SandboxConfiguration) -> Void = { _ in },
         wrap: (@escaping SandboxService) -> SandboxService = { $0 }) throws {
        var configuration = SandboxConfiguration()
        configuration.seed = 7
        configuration.candidates = 120
        configuration.jobs = 4
        configuration.apiKeys = [
            SandboxAPIKey(key: SandboxServer.key),
            SandboxAPIKey(key: SandboxServer.readOnlyKey, permissions: ["candidatesRead"]),
            SandboxAPIKey(key: SandboxServer.disabledKey, isActive: false),
        ]
        configure(&configuration)
        tenant = SandboxTenant(configuration: configuration)
        let inner = wrap(tenant.service)
        let log = RequestLog()
        server = LoopbackHTTPServer(port: 0) { request in
            log.append(request)
            return inner(request)
        }
        port = try server.start()
        requestLog = log
    }

    static let readOnlyKey = "sbx_read_only_key"
    static let disabledKey = "sbx_disabled_key"

    private let requestLog: RequestLog

    /// Requests the server received, oldest first.
    var requests: [SandboxRequest] { requestLog.all }

    var baseURL: BaseURL { try! BaseURL("http://127.0.0.1:\(port)") }

    /// A client with fast retries, so fault tests finish quickly.
    func client(key: String = SandboxServer.key, retry: RetryPolicy = RetryPolicy(maxAttempts: 8, baseDelay: 0.01, maxDelay: 0.1),
                timeout: TimeInterval = 10, transport: Transport = CurlTransport()) -> AshbyClient {
        AshbyClient(baseURL: baseURL, apiKey: try! APIKey(key), transport: transport, retryPolicy: retry, requestTimeout: timeout)
    }

    func stop() { server.stop() }

    deinit { server.stop() }
}

/// Requests seen by a server, shared across its connection threads.
final class RequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [SandboxRequest] = []

    func append(_ request: SandboxRequest) {
        lock.lock()
        requests.append(request)
        lock.unlock()
    }

    var all: [SandboxRequest] {
        lock.lock()
        defer { lock.unlock() }
        return requests
    }
}

extension XCTestCase {
    /// Starts a sandbox server that is stopped when the test ends.
    func startSandbox(configure: (inout SandboxConfiguration) -> Void = { _ in },
                      wrap: (@escaping SandboxService) -> SandboxService = { $0 }) throws -> SandboxServer {
        let sandbox = try SandboxServer(configure: configure, wrap: wrap)
        addTeardownBlock { sandbox.stop() }
        return sandbox
    }
}

extension AshbyError {
    /// The same error without what the server chooses freely (request ids, messages), for exact comparisons.
    var withoutServerDetails: AshbyError {
        switch self {
        case .unauthorized(let endpoint, _): return .unauthorized(endpoint: endpoint, requestId: nil)
        case .forbidden(let endpoint, _, _): return .forbidden(endpoint: endpoint, message: nil, requestId: nil)
        case .missingPermission(let endpoint, _): return .missingPermission(endpoint: endpoint, requestId: nil)
        case .invalidInput(let endpoint, let code, _, _): return .invalidInput(endpoint: endpoint, code: code, message: nil, requestId: nil)
        case .notFound(let endpoint, let code, _, _): return .notFound(endpoint: endpoint, code: code, message: nil, requestId: nil)
        case .serverError(let endpoint, let status, let code, _): return .serverError(endpoint: endpoint, status: status, code: code, requestId: nil)
        default: return self
        }
    }
}
