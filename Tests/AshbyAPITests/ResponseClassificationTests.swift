@testable import AshbyAPI
import Foundation
import XCTest

/// How each HTTP status and envelope maps to an `AshbyError` case. The same paths run over
/// real HTTP in ClientIntegrationTests; these pin every branch exactly and fast.
final class ResponseClassificationTests: XCTestCase {
    private let secret = "sk_test_secret_value"

    /// Answers every request with the next canned response and remembers what it was sent.
    private final class CannedTransport: Transport, @unchecked Sendable {
        var responses: [Result<HTTPResponse, TransportFailure>]
        var sent: [HTTPRequest] = []
        init(_ responses: [Result<HTTPResponse, TransportFailure>]) { self.responses = responses }
        func send(_ request: HTTPRequest) throws(TransportFailure) -> HTTPResponse {
            sent.append(request)
            switch responses.removeFirst() {
            case .success(let response): return response
            case .failure(let failure): throw failure
            }
        }
    }

    private func client(_ responses: [Result<HTTPResponse, TransportFailure>], retry: RetryPolicy = .none) throws -> (AshbyClient, CannedTransport) {
        let transport = CannedTransport(responses)
        let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:1"), apiKey: try APIKey(secret), transport: transport,
                                 retryPolicy: retry, sleep: { _ in }, unitRandom: { 0 })
        return (client, transport)
    }

    private func json(_ status: Int, _ body: String, headers: [String: String] = [:]) -> Result<HTTPResponse, TransportFailure> {
        .success(HTTPResponse(status: status, headers: headers, body: Data(body.utf8)))
    }

    private func error(_ response: Result<HTTPResponse, TransportFailure>, endpoint: String = "candidate.list") throws -> AshbyError {
        let (client, _) = try client([response])
        do {
            _ = try client.results(endpoint, as: [JSONValue].self)
        } catch {
            return error
        }
        XCTFail("expected an error")
        return .invalidConfiguration("none")
    }

    func testRequestCarriesExactHeadersAndBody() throws {
        let (client, transport) = try client([json(200, #"{"success":true,"results":[]}"#)])
        _ = try client.results("candidate.list", body: ["limit": 100], as: [JSONValue].self)
        let request = try XCTUnwrap(transport.sent.first)
        XCTAssertEqual(request.url, "http://127.0.0.1:1/candidate.list")
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.header("Authorization"), "Basic " + Data((secret + ":").utf8).base64EncodedString())
        XCTAssertEqual(request.header("Content-Type"), "application/json")
        XCTAssertEqual(request.header("Accept"), "application/json; version=1")
        XCTAssertEqual(request.header("User-Agent"), AshbyClient.userAgent)
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), #"{"limit":100}"#)
    }

    func testHTTPStatuses() throws {
        XCTAssertEqual(try error(json(401, "Unauthorized")), .unauthorized(endpoint: "candidate.list", requestId: nil))
        XCTAssertEqual(try error(json(403, #"{"success":false,"errors":["missing_endpoint_permission"],"errorInfo":{"code":"missing_endpoint_permission","requestId":"r1"}}"#)),
                       .missingPermission(endpoint: "candidate.list", requestId: "r1"))
        XCTAssertEqual(try error(json(403, "Forbidden", headers: ["x-ashby-request-id": "r2"])),
                       .forbidden(endpoint: "candidate.list", message: nil, requestId: "r2"))
        XCTAssertEqual(try error(json(429, "{}", headers: ["Retry-After": "3"])), .rateLimited(endpoint: "candidate.list", retryAfter: 3))
        XCTAssertEqual(try error(json(429, "{}")), .rateLimited(endpoint: "candidate.list", retryAfter: nil))
        XCTAssertEqual(try error(json(502, "<html>bad gateway</html>")), .serverError(endpoint: "candidate.list", status: 502, code: nil, requestId: nil))
        XCTAssertEqual(try error(json(404, #"{"success":false,"errors":["not_found"],"errorInfo":{"code":"endpoint_not_found","message":"No such endpoint"}}"#)),
                       .notFound(endpoint: "candidate.list", code: "endpoint_not_found", message: "No such endpoint", requestId: nil))
    }

    func testSuccessFalseCodes() throws {
        func envelope(_ code: String) -> Result<HTTPResponse, TransportFailure> {
            json(200, #"{"success":false,"errors":["\#(code)"],"errorInfo":{"code":"\#(code)","message":"m","requestId":"q"}}"#)
        }
        XCTAssertEqual(try error(envelope("sync_token_expired")), .syncTokenRejected(endpoint: "candidate.list", code: "sync_token_expired"))
        XCTAssertEqual(try error(envelope("incremental_sync_too_large")), .syncTokenRejected(endpoint: "candidate.list", code: "incremental_sync_too_large"))
        XCTAssertEqual(try error(envelope("next_cursor_expired")), .cursorRejected(endpoint: "candidate.list", code: "next_cursor_expired"))
        XCTAssertEqual(try error(envelope("application_not_found")), .notFound(endpoint: "candidate.list", code: "application_not_found", message: "m", requestId: "q"))
        XCTAssertEqual(try error(envelope("invalid_input")), .invalidInput(endpoint: "candidate.list", code: "invalid_input", message: "m", requestId: "q"))
        XCTAssertEqual(try error(envelope("internal_error")), .serverError(endpoint: "candidate.list", status: 200, code: "internal_error", requestId: "q"))
        // Only the deprecated errors array: still classified.
        XCTAssertEqual(try error(json(200, #"{"success":false,"errors":["archive_reason_not_found"]}"#)),
                       .notFound(endpoint: "candidate.list", code: "archive_reason_not_found", message: nil, requestId: nil))
    }

    func testMalformedBodiesNameTheEndpointAndAVisibleExcerpt() throws {
        let html = try error(json(200, "<html>\u{1B}]0;pwned\u{07}oops</html>"))
        guard case .malformedResponse(let endpoint, let reason, let excerpt) = html else { return XCTFail("\(html)") }
        XCTAssertEqual(endpoint, "candidate.list")
        XCTAssertEqual(reason, "not JSON")
        XCTAssertEqual(excerpt, "<html>\u{FFFD}]0;pwned\u{FFFD}oops</html>")

        let (typed, _) = try client([json(200, #"{"success":true,"results":[{"name":1}]}"#)])
        XCTAssertThrowsError(try typed.results("candidate.list", as: [[String: String]].self)) { error in
            XCTAssertEqual(error as? AshbyError, .malformedResponse(endpoint: "candidate.list", reason: "results[0].name: expected String",
                                                                   excerpt: #"{"success":true,"results":[{"name":1}]}"#))
        }
        XCTAssertEqual(try error(json(200, #"{"success":true}"#)), .malformedResponse(endpoint: "candidate.list", reason: "success without results", excerpt: ""))
        XCTAssertEqual(try error(json(200, "")), .malformedResponse(endpoint: "candidate.list", reason: "not JSON", excerpt: "(empty body)"))
        XCTAssertEqual(try error(json(200, #"{"results":[]}"#)),
                       .malformedResponse(endpoint: "candidate.list", reason: "success: required field missing", excerpt: #"{"results":[]}"#))
    }

    func testTheKeyEchoedByAServerIsScrubbedFromErrors() throws {
        let echo = try error(json(200, #"{"success":false,"errorInfo":{"code":"invalid_input","message":"bad key \#(secret)"}}"#))
        XCTAssertFalse("\(echo)".contains(secret))
        let garbage = try error(json(200, "key=\(secret)"))
        XCTAssertFalse("\(garbage)".contains(secret), "\(garbage)")
    }

    func testReadsRetryTransientFailuresThenSucceed() throws {
        let (client, transport) = try client([
            .failure(.connectionReset), json(503, ""), json(429, "", headers: ["retry-after": "0"]),
            json(200, "not json"), json(200, #"{"success":true,"results":[1]}"#),
        ], retry: RetryPolicy(maxAttempts: 5))
        XCTAssertEqual(try client.results("candidate.list", as: [JSONValue].self), [1])
        XCTAssertEqual(transport.sent.count, 5)
    }

    func testNonIdempotentWritesAreNotResentAfterAnAmbiguousFailure() throws {
        let (client, transport) = try client([.failure(.timedOut), json(200, #"{"success":true,"results":{}}"#)], retry: RetryPolicy(maxAttempts: 5))
        XCTAssertThrowsError(try client.results("candidate.createNote", as: JSONValue.self, rule: .onlyIfCertainlyNotApplied)) { error in
            XCTAssertEqual(error as? AshbyError, .transport(endpoint: "candidate.createNote", failure: .timedOut))
        }
        XCTAssertEqual(transport.sent.count, 1)
    }

    func testNonIdempotentWritesAreResentWhenCertainlyNotApplied() throws {
        let (client, transport) = try client([
            .failure(.couldNotConnect(host: "127.0.0.1")), json(429, "", headers: ["retry-after": "0"]),
            json(200, #"{"success":true,"results":{}}"#),
        ], retry: RetryPolicy(maxAttempts: 5))
        XCTAssertEqual(try client.results("candidate.createNote", as: JSONValue.self, rule: .onlyIfCertainlyNotApplied), [:])
        XCTAssertEqual(transport.sent.count, 3)
    }
}
