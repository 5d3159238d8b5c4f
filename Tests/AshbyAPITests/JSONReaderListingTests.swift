@testable import AshbyAPI
import Foundation
import XCTest

/// The client's `JSONReader` listing against its `JSONDecoder` listing over the same scripted
/// answers: the same pages, tokens, requests and typed errors, with and without prefetching.
final class JSONReaderListingTests: XCTestCase {
    /// An item with a required and an optional field, decodable both ways.
    struct Probe: Decodable, Sendable, Equatable {
        var id: String
        var n: Int?

        static func read(_ reader: inout JSONReader) throws -> Probe {
            let start = try reader.beginObject()
            var id: String?, n: Int?
            while let key = try reader.nextKey() {
                if key == "id" { id = try reader.readString() }
                else if key == "n" { n = try reader.skipNull() ? nil : reader.readInt() }
                else { try reader.skipValue() }
            }
            guard let id else { throw JSONReaderError(offset: start, .missingField("id")) }
            return Probe(id: id, n: n)
        }
    }

    static let endpoint = ListEndpoint<Probe>("probe.list", paginated: true, syncToken: true)

    /// Answers by request body (so prefetching cannot reorder the script); a body's answers are
    /// used in turn, the last one repeating. Thread-safe: prefetches arrive from another thread.
    final class ScriptedTransport: Transport, @unchecked Sendable {
        private let lock = NSLock()
        private var script: [String: [Result<HTTPResponse, TransportFailure>]]
        private var log: [String] = []

        init(_ script: [String: [Result<HTTPResponse, TransportFailure>]]) { self.script = script }

        func send(_ request: HTTPRequest) throws(TransportFailure) -> HTTPResponse {
            let body = String(decoding: request.body, as: UTF8.self)
            let answer: Result<HTTPResponse, TransportFailure> = lock.withLock {
                log.append(body)
                guard var answers = script[body], let first = answers.first else { return .failure(.other("unscripted \(body)")) }
                if answers.count > 1 { answers.removeFirst() }
                script[body] = answers
                return first
            }
            return try answer.get()
        }

        var sent: [String] { lock.withLock { log } }
    }

    struct PageSummary: Equatable {
        var items: [Probe]
        var number: Int
        var itemsSoFar: Int
        var more: Bool
        var token: String?
    }

    struct Run: Equatable {
        var pages: [PageSummary] = []
        var outcome: SyncOutcome?
        var error: AshbyError?
        var sent: [String] = []
    }

    enum Path: CaseIterable { case codable, fast, fastSequential }

    static func ok(_ body: String) -> Result<HTTPResponse, TransportFailure> {
        .success(HTTPResponse(status: 200, headers: ["x-ashby-request-id": "req-h"], body: Data(body.utf8)))
    }

    static let first = #"{"limit":100}"#
    static func page(_ cursor: String) -> String { #"{"cursor":"\#(cursor)","limit":100}"# }
    static func withToken(_ token: String) -> String { #"{"limit":100,"syncToken":"\#(token)"}"# }

    private func run(_ path: Path, _ script: [String: [Result<HTTPResponse, TransportFailure>]], token: String? = nil,
                     retry: RetryPolicy = .none, stopAfter: Int? = nil) -> Run {
        let transport = ScriptedTransport(script)
        let client = AshbyClient(baseURL: try! BaseURL("http://127.0.0.1:1"), apiKey: try! APIKey("k"), transport: transport,
                                 retryPolicy: retry, sleep: { _ in }, unitRandom: { 0 })
        var run = Run()
        let onPage: (Page<Probe>, SyncPassKind) throws -> Void = { page, _ in
            run.pages.append(PageSummary(items: page.items, number: page.number, itemsSoFar: page.itemsSoFar,
                                         more: page.moreDataAvailable, token: page.syncToken))
            if let stopAfter, run.pages.count >= stopAfter { throw CancellationError() }
        }
        do {
            switch path {
            case .codable: run.outcome = try client.sync(Self.endpoint, token: token, onPage: onPage)
            case .fast: run.outcome = try client.sync(Self.endpoint, decodingItems: Probe.read, token: token, onPage: onPage)
            case .fastSequential:
                run.outcome = try client.sync(Self.endpoint, decodingItems: Probe.read, token: token, prefetchingNextPage: false, onPage: onPage)
            }
        } catch let error as AshbyError {
            run.error = error
        } catch {
            run.error = .invalidConfiguration("\(type(of: error))")
        }
        run.sent = transport.sent
        return run
    }

    /// The same run on every path; malformed reasons differ in wording, so they are compared blank.
    private func assertPathsAgree(_ script: [String: [Result<HTTPResponse, TransportFailure>]], token: String? = nil,
                                  retry: RetryPolicy = .none, file: StaticString = #filePath, line: UInt = #line) -> Run {
        let runs = Path.allCases.map { run($0, script, token: token, retry: retry) }
        let blanked = runs.map { run -> Run in
            var run = run
            if case .malformedResponse(let endpoint, _, _) = run.error { run.error = .malformedResponse(endpoint: endpoint, reason: "", excerpt: "") }
            return run
        }
        XCTAssertEqual(blanked[1], blanked[0], "fast vs codable", file: file, line: line)
        XCTAssertEqual(blanked[2], blanked[0], "fast without prefetch vs codable", file: file, line: line)
        return runs[1]
    }

    private func reason(_ run: Run) -> String? {
        if case .malformedResponse(_, let reason, _) = run.error { return reason }
        return nil
    }

    // MARK: - Pages

    func testPagesTokensAndRequestsMatchTheCodablePath() {
        let run = assertPathsAgree([
            Self.first: [Self.ok(#"{"success":true,"results":[{"id":"a","n":1},{"id":"b"}],"moreDataAvailable":true,"nextCursor":"c2"}"#)],
            // Keys in another order, whitespace, an unknown field, results before success.
            Self.page("c2"): [Self.ok(#" { "nextCursor" : "c3", "results" : [ {"extra":{"x":[1,2]},"id":"c","n":null} ], "moreDataAvailable" : true , "success" : true } "#)],
            Self.page("c3"): [Self.ok(#"{"results":null,"moreDataAvailable":false,"syncToken":"t1","success":true}"#)],
        ])
        XCTAssertEqual(run.pages, [
            PageSummary(items: [Probe(id: "a", n: 1), Probe(id: "b")], number: 1, itemsSoFar: 2, more: true, token: nil),
            PageSummary(items: [Probe(id: "c")], number: 2, itemsSoFar: 3, more: true, token: nil),
            PageSummary(items: [], number: 3, itemsSoFar: 3, more: false, token: "t1"),
        ])
        XCTAssertEqual(run.outcome, SyncOutcome(kind: .full, syncToken: "t1", pages: 3, items: 3))
        XCTAssertEqual(run.sent, [Self.first, Self.page("c2"), Self.page("c3")])
        XCTAssertNil(run.error)
    }

    func testRejectedTokenFallsBackToAFullPassAndAnExpiredCursorRestartsIt() {
        let run = assertPathsAgree([
            Self.withToken("old"): [Self.ok(#"{"success":false,"errors":["sync_token_expired"]}"#)],
            Self.first: [Self.ok(#"{"success":true,"results":[{"id":"a"}],"moreDataAvailable":true,"nextCursor":"c2"}"#)],
            Self.page("c2"): [Self.ok(#"{"success":false,"errorInfo":{"code":"next_cursor_expired"}}"#),
                              Self.ok(#"{"success":true,"results":[{"id":"b"}],"moreDataAvailable":false,"syncToken":"new"}"#)],
        ], token: "old")
        // The pass cut short by the cursor counts too: its first page was handed over before the restart.
        XCTAssertEqual(run.outcome, SyncOutcome(kind: .fullAfterRejectedToken(code: "sync_token_expired"), syncToken: "new", pages: 3, items: 3))
        XCTAssertEqual(run.pages.map(\.items), [[Probe(id: "a")], [Probe(id: "a")], [Probe(id: "b")]])
        XCTAssertEqual(run.sent, [Self.withToken("old"), Self.first, Self.page("c2"), Self.first, Self.page("c2")])
    }

    func testTransientFailuresAndAnUnreadablePageAreRetriedAlike() {
        let run = assertPathsAgree([
            Self.first: [.failure(.connectionReset),
                         Self.ok(#"{"success":true,"results":[{"id":"a"}],"moreDataAvailable":true,"nextCursor":"c2"}"#)],
            Self.page("c2"): [.success(HTTPResponse(status: 503, body: Data())),
                              Self.ok(#"{"success":true,"results":[{"n":1}],"moreDataAvailable":false,"syncToken":"t"}"#),
                              Self.ok(#"{"success":true,"results":[{"id":"b"}],"moreDataAvailable":false,"syncToken":"t"}"#)],
        ], retry: RetryPolicy(maxAttempts: 4, baseDelay: 0))
        XCTAssertEqual(run.outcome, SyncOutcome(kind: .full, syncToken: "t", pages: 2, items: 2))
        XCTAssertEqual(run.sent, [Self.first, Self.first, Self.page("c2"), Self.page("c2"), Self.page("c2")])
    }

    func testRetriesEndWithTheSameErrorOnEveryPath() {
        let run = assertPathsAgree([
            Self.first: [Self.ok(#"{"success":true,"results":[{"id":"a"}],"moreDataAvailable":true,"nextCursor":"c2"}"#)],
            Self.page("c2"): [.success(HTTPResponse(status: 502, body: Data()))],
        ], retry: RetryPolicy(maxAttempts: 3, baseDelay: 0))
        XCTAssertEqual(run.error, .serverError(endpoint: "probe.list", status: 502, code: nil, requestId: nil))
        XCTAssertEqual(run.sent, [Self.first, Self.page("c2"), Self.page("c2"), Self.page("c2")])
        XCTAssertEqual(run.pages.count, 1)
    }

    // MARK: - The envelope, both ways

    func testFailureEnvelopesGiveTheSameTypedErrors() {
        func error(_ body: String) -> AshbyError? { assertPathsAgree([Self.first: [Self.ok(body)]]).error }
        XCTAssertEqual(error(#"{"success":false,"errorInfo":{"code":"invalid_input","message":"bad","requestId":"r1"}}"#),
                       .invalidInput(endpoint: "probe.list", code: "invalid_input", message: "bad", requestId: "r1"))
        // Only the failure fields count: results of any shape, before or after `success`.
        XCTAssertEqual(error(#"{"results":[{"id":5}],"success":false,"errorInfo":{"code":"invalid_input"}}"#),
                       .invalidInput(endpoint: "probe.list", code: "invalid_input", message: nil, requestId: "req-h"))
        XCTAssertEqual(error(#"{"success":false,"results":7,"moreDataAvailable":"x","errors":["application_not_found"]}"#),
                       .notFound(endpoint: "probe.list", code: "application_not_found", message: nil, requestId: "req-h"))
        // A malformed errorInfo reads as absent; the deprecated errors are the fallback.
        XCTAssertEqual(error(#"{"success":false,"errorInfo":{"message":"no code"},"errors":["rate_limit_exceeded"]}"#),
                       .rateLimited(endpoint: "probe.list", retryAfter: nil))
        XCTAssertEqual(error(#"{"success":false,"errorInfo":5,"errors":[1]}"#),
                       .invalidInput(endpoint: "probe.list", code: "unknown_error", message: nil, requestId: "req-h"))
    }

    func testUnreadableEnvelopesAreMalformedWithReadableReasons() {
        func reasonOf(_ body: String) -> String? { reason(assertPathsAgree([Self.first: [Self.ok(body)]])) }
        XCTAssertEqual(reasonOf(#"{"results":[]}"#), "success: required field missing")
        XCTAssertEqual(reasonOf(#"{"success":null}"#), "success: required value is null")
        XCTAssertEqual(reasonOf(#"{"success":"yes"}"#), "success: expected bool, found string")
        XCTAssertEqual(reasonOf(#"[]"#), "body: expected object, found array")
        XCTAssertEqual(reasonOf(#"{"success":true,"results":[{"id":"a"},{"n":2}]}"#), "results[1].id: required field missing")
        XCTAssertEqual(reasonOf(#"{"results":[{"id":"a"},{"id":"b","n":"2"}],"success":true}"#), "results[1].n: expected integer, found string")
        XCTAssertEqual(reasonOf(#"{"success":true,"results":{"id":"a"}}"#), "results: expected array, found object")
        XCTAssertEqual(reasonOf(#"{"success":true,"results":[],"moreDataAvailable":"yes"}"#), "moreDataAvailable: expected bool, found string")
        XCTAssertEqual(reasonOf(#"{"success":true,"results":[],"nextCursor":5}"#), "nextCursor: expected string, found number")
        XCTAssertEqual(reasonOf("<html>busy</html>"), "not JSON: expected object, found '<' at byte 0 (in body)")
        XCTAssertEqual(reasonOf(#"{"success":true,"results":[{"id":"a"}"#), "not JSON: unexpected end of input at byte 37 (in results)")
        XCTAssertEqual(reasonOf(#"{"success":true} x"#), "not JSON: unexpected bytes after the value at byte 17 (in body)")
        // Broken JSON fails the page even when `success` is false, as for JSONDecoder.
        XCTAssertEqual(reasonOf(#"{"results":[{"id":tru}],"success":false}"#), "not JSON: invalid literal at byte 18 (in results[0].id)")
    }

    /// The item decoder's own error is a malformed page named by the item, and counts only on success.
    func testAnItemDecodersOwnErrorNamesTheItem() {
        struct Refused: Error, CustomStringConvertible { var description: String { "refused" } }
        func refusing(_ reader: inout JSONReader) throws -> Probe {
            let probe = try Probe.read(&reader)
            if probe.id == "bad" { throw Refused() }
            return probe
        }
        func error(_ body: String) -> AshbyError? {
            let client = AshbyClient(baseURL: try! BaseURL("http://127.0.0.1:1"), apiKey: try! APIKey("k"),
                                     transport: ScriptedTransport([Self.first: [Self.ok(body)]]), retryPolicy: .none)
            do {
                try client.forEachPage(Self.endpoint, decodingItems: refusing) { _ in }
                return nil
            } catch {
                return error as? AshbyError
            }
        }
        let body = #"{"results":[{"id":"a"}, {"id":"bad"}],"success":true}"#
        guard case .malformedResponse(_, let reason, _) = error(body) else { return XCTFail("expected a malformed page") }
        XCTAssertEqual(reason, "results[1]: refused")
        XCTAssertEqual(error(body.replacingOccurrences(of: #""success":true"#, with: #""success":false,"errors":["invalid_input"]"#)),
                       .invalidInput(endpoint: "probe.list", code: "invalid_input", message: nil, requestId: "req-h"))
    }

    // MARK: - Prefetching

    func testTheNextPageIsRequestedWhileThisOneIsHandedOver() {
        let script: [String: [Result<HTTPResponse, TransportFailure>]] = [
            Self.first: [Self.ok(#"{"success":true,"results":[{"id":"a"}],"moreDataAvailable":true,"nextCursor":"c2"}"#)],
            Self.page("c2"): [Self.ok(#"{"success":true,"results":[{"id":"b"}],"moreDataAvailable":false,"syncToken":"t"}"#)],
        ]
        for prefetching in [true, false] {
            let transport = ScriptedTransport(script)
            let client = AshbyClient(baseURL: try! BaseURL("http://127.0.0.1:1"), apiKey: try! APIKey("k"), transport: transport,
                                     retryPolicy: .none)
            var sentDuringFirstPage: [String] = []
            XCTAssertNoThrow(try client.forEachPage(Self.endpoint, decodingItems: Probe.read, prefetchingNextPage: prefetching) { page in
                guard page.number == 1 else { return }
                let deadline = Date().addingTimeInterval(prefetching ? 5 : 0.2)
                while transport.sent.count < 2 && Date() < deadline { usleep(1_000) }
                sentDuringFirstPage = transport.sent
            })
            XCTAssertEqual(sentDuringFirstPage, prefetching ? [Self.first, Self.page("c2")] : [Self.first])
            XCTAssertEqual(transport.sent, [Self.first, Self.page("c2")], "the prefetched page is used, not asked for again")
        }
    }

    func testStoppingEarlyReturnsAtOnceWithTheCallersError() {
        let run = run(.fast, [
            Self.first: [Self.ok(#"{"success":true,"results":[{"id":"a"}],"moreDataAvailable":true,"nextCursor":"c2"}"#)],
            Self.page("c2"): [Self.ok(#"{"success":true,"results":[{"id":"b"}],"moreDataAvailable":false,"syncToken":"t"}"#)],
        ], stopAfter: 1)
        XCTAssertEqual(run.error, .invalidConfiguration("CancellationError"))
        XCTAssertEqual(run.pages.count, 1)
    }

    /// An abandoned prefetch stops retrying: it makes no attempt after it learns it is not wanted.
    func testAbandonedFetchStopsRetrying() {
        let transport = ScriptedTransport([Self.first: [.success(HTTPResponse(status: 503, body: Data()))]])
        let client = AshbyClient(baseURL: try! BaseURL("http://127.0.0.1:1"), apiKey: try! APIKey("k"), transport: transport,
                                 retryPolicy: RetryPolicy(maxAttempts: 10, baseDelay: 0), sleep: { _ in }, unitRandom: { 0 })
        var checks = 0
        let outcome = client.fetch("probe.list", body: ["limit": 100]) {
            checks += 1
            return checks >= 2
        }
        XCTAssertEqual(transport.sent.count, 2)
        XCTAssertEqual(outcome.failedAttempts, 1)
        XCTAssertEqual(outcome.result.failure, .serverError(endpoint: "probe.list", status: 503, code: nil, requestId: nil))
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
