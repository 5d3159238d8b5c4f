import AshbyAPI
import AshbySandbox
import Foundation
import XCTest

/// Every error case a UI acts on, produced by a real server over real HTTP; none may leak the key.
final class ErrorTests: XCTestCase {
    private var errors: [Error] = []

    override func tearDown() {
        for error in errors {
            for text in ["\(error)", String(reflecting: error), error.localizedDescription] {
                XCTAssertFalse(text.contains(SandboxServer.key), "the key leaked: \(text)")
                XCTAssertFalse(text.contains(SandboxServer.readOnlyKey), "the key leaked: \(text)")
            }
        }
        super.tearDown()
    }

    /// Runs `body`, expecting `expected` (request ids and server messages aside: they vary),
    /// and keeps the error for the leak check.
    private func expect<T>(_ expected: AshbyError, line: UInt = #line, _ body: () throws -> T) {
        XCTAssertThrowsError(try body(), line: line) { error in
            errors.append(error)
            XCTAssertEqual((error as? AshbyError)?.withoutServerDetails, expected, line: line)
        }
    }

    func testAuthorizationHeaderIsExactlyBasicKeyColon() throws {
        let sandbox = try startSandbox()
        _ = try sandbox.client().apiKeyInfo()
        let request = try XCTUnwrap(sandbox.requests.last)
        XCTAssertEqual(request.headers["authorization"], "Basic " + Data("\(SandboxServer.key):".utf8).base64EncodedString())
        XCTAssertEqual(request.headers["content-type"], "application/json")
        XCTAssertEqual(request.headers["accept"], "application/json; version=1")
        XCTAssertEqual(request.headers["user-agent"], AshbyClient.userAgent)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.path, "/apiKey.info")
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), "{}")
    }

    func testUnauthorizedForbiddenAndMissingPermission() throws {
        let sandbox = try startSandbox()
        sandbox.tenant.scheduleFault(.unauthorized, times: 1)
        expect(.unauthorized(endpoint: "apiKey.info", requestId: nil)) { try sandbox.client().apiKeyInfo() }
        expect(.forbidden(endpoint: "user.list", message: nil, requestId: nil)) {
            try sandbox.client(key: "sbx_no_such_key").listAll(AshbyList.users)
        }
        sandbox.tenant.scheduleFault(.forbidden, times: 1)
        expect(.forbidden(endpoint: "apiKey.info", message: nil, requestId: nil)) { try sandbox.client().apiKeyInfo() }
        let disabled = Result { try sandbox.client(key: SandboxServer.disabledKey).listAll(AshbyList.users) }
        guard case .failure(AshbyError.forbidden) = disabled else { return XCTFail("\(disabled)") }
        let readOnly = sandbox.client(key: SandboxServer.readOnlyKey)
        XCTAssertNoThrow(try readOnly.listAll(AshbyList.candidates))
        let missing = Result { try readOnly.listAll(AshbyList.offers) }
        guard case .failure(AshbyError.missingPermission(endpoint: "offer.list", requestId: let requestId)) = missing else {
            return XCTFail("\(missing)")
        }
        XCTAssertNotNil(requestId, "the request id is kept for support")
    }

    func testInvalidInputAndNotFound() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        let application = try XCTUnwrap(client.listAll(AshbyList.applications).first { $0.status == .active })
        let stages = try client.interviewStages(interviewPlanId: application.currentInterviewStage.interviewPlanId)
        let archived = try XCTUnwrap(stages.first { $0.type == .archived })
        let result = Result { try client.changeStage(applicationId: application.id, interviewStageId: archived.id) }
        guard case .failure(AshbyError.invalidInput(endpoint: "application.changeStage", code: "invalid_input", message: _, requestId: _)) = result else {
            return XCTFail("\(result)")
        }
        let missing = Result { try client.changeStage(applicationId: "00000000-0000-0000-0000-000000000000", interviewStageId: archived.id) }
        guard case .failure(AshbyError.notFound(endpoint: "application.changeStage", code: "application_not_found", message: _, requestId: _)) = missing else {
            return XCTFail("\(missing)")
        }
        let noCandidate = Result { try client.candidate(id: "00000000-0000-0000-0000-000000000000") }
        guard case .failure(AshbyError.notFound) = noCandidate else { return XCTFail("\(noCandidate)") }
        for case .failure(let error) in [result.map { _ in () }, missing.map { _ in () }, noCandidate.map { _ in () }] { errors.append(error) }
    }

    func testRateLimitWithRetryAfterIsWaitedOutThenSucceeds() throws {
        let sandbox = try startSandbox()
        sandbox.tenant.scheduleFault(.rateLimited(retryAfterSeconds: 1), times: 1, path: "/user.list")
        let started = Date()
        let users = try sandbox.client().listAll(AshbyList.users)
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertFalse(users.isEmpty)
        XCTAssertGreaterThanOrEqual(elapsed, 1.0, "Retry-After: 1 honoured")
        XCTAssertLessThan(elapsed, 3.0)
        XCTAssertEqual(sandbox.requests.filter { $0.path == "/user.list" }.count, 2)
    }

    func testRateLimitIsReportedWhenRetriesRunOut() throws {
        let sandbox = try startSandbox()
        sandbox.tenant.scheduleFault(.rateLimited(retryAfterSeconds: 1), times: 1)
        expect(.rateLimited(endpoint: "user.list", retryAfter: 1)) { try sandbox.client(retry: .none).listAll(AshbyList.users) }
    }

    func testServerErrorsAreRetriedThenReported() throws {
        let sandbox = try startSandbox()
        sandbox.tenant.scheduleFault(.serverError(status: 503), times: 2)
        XCTAssertNoThrow(try sandbox.client().apiKeyInfo())
        sandbox.tenant.scheduleFault(.serverError(status: 502), times: 3)
        let retry = RetryPolicy(maxAttempts: 3, baseDelay: 0.01, maxDelay: 0.01)
        let result = Result { try sandbox.client(retry: retry).apiKeyInfo() }
        guard case .failure(AshbyError.serverError(endpoint: "apiKey.info", status: 502, code: _, requestId: _)) = result else {
            return XCTFail("\(result)")
        }
        sandbox.tenant.scheduleFault(.envelopeFailure(code: "internal_error"), times: 1)
        expect(.serverError(endpoint: "apiKey.info", status: 200, code: "internal_error", requestId: nil)) {
            try sandbox.client(retry: .none).apiKeyInfo()
        }
    }

    func testMalformedBodiesAreReportedWithEndpointAndExcerpt() throws {
        let sandbox = try startSandbox { _ in } wrap: { service in
            { request in
                request.path == "/job.list"
                    ? SandboxReply(status: 200, headers: [("Content-Type", "text/html")], body: Data("<html>\u{1B}[2J\u{1B}]0;owned\u{07}Gateway".utf8))
                    : service(request)
            }
        }
        let result = Result { try sandbox.client(retry: .none).listAll(AshbyList.jobs) }
        guard case .failure(AshbyError.malformedResponse(endpoint: "job.list", reason: _, excerpt: let excerpt)) = result else {
            return XCTFail("\(result)")
        }
        XCTAssertEqual(excerpt, "<html>\u{FFFD}[2J\u{FFFD}]0;owned\u{FFFD}Gateway")
        XCTAssertFalse(excerpt.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "no control characters")
    }

    func testTransportFailures() throws {
        let sandbox = try startSandbox()
        sandbox.tenant.scheduleFault(.dropConnection, times: 1)
        expect(.transport(endpoint: "apiKey.info", failure: .connectionReset)) { try sandbox.client(retry: .none).apiKeyInfo() }
        sandbox.tenant.scheduleFault(.truncatedBody, times: 1)
        expect(.transport(endpoint: "job.list", failure: .truncatedBody)) { try sandbox.client(retry: .none).listAll(AshbyList.jobs) }
        sandbox.tenant.scheduleFault(.slow(seconds: 1.5), times: 1)
        expect(.transport(endpoint: "apiKey.info", failure: .timedOut)) { try sandbox.client(retry: .none, timeout: 0.3).apiKeyInfo() }

        let refused = try startSandbox { $0.candidates = 5; $0.jobs = 1 }
        let refusedClient = refused.client(retry: .none)
        refused.stop()
        expect(.transport(endpoint: "apiKey.info", failure: .couldNotConnect(host: "127.0.0.1"))) { try refusedClient.apiKeyInfo() }

        let noHost = AshbyClient(baseURL: try BaseURL("https://ashby-sandbox.invalid"), apiKey: try APIKey(SandboxServer.key),
                                 transport: CurlTransport(), retryPolicy: .none, requestTimeout: 10)
        expect(.transport(endpoint: "apiKey.info", failure: .hostNotFound(host: "ashby-sandbox.invalid"))) { try noHost.apiKeyInfo() }

        // HTTPS to a plain HTTP server: the TLS handshake fails and nothing is sent in clear.
        let tls = AshbyClient(baseURL: try BaseURL("https://127.0.0.1:\(sandbox.port)"), apiKey: try APIKey(SandboxServer.key),
                              transport: CurlTransport(), retryPolicy: .none, requestTimeout: 5)
        let before = sandbox.requests.count
        let tlsResult = Result { try tls.apiKeyInfo() }
        guard case .failure(AshbyError.transport(endpoint: "apiKey.info", failure: .tls)) = tlsResult else { return XCTFail("\(tlsResult)") }
        XCTAssertEqual(sandbox.requests.count, before, "no request reached the server")
    }

    func testSyncTokenAndCursorErrors() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        expect(.syncTokenRejected(endpoint: "application.list", code: "sync_token_invalid")) {
            try client.forEachPage(AshbyList.applications, syncToken: "garbage") { _ in }
        }
        // A garbage cursor restarts the pass a few times, then gives up with the code.
        let raw = Result { try client.forEachPage(AshbyList.applications, parameters: ["cursor": "garbage"]) { _ in } }
        guard case .failure(AshbyError.cursorRejected(endpoint: "application.list", code: "invalid_next_cursor")) = raw else {
            return XCTFail("\(raw)")
        }
    }
}
