import AshbyAPI
import AshbySandbox
import XCTest

final class TenantFaultTests: XCTestCase {
    func testScriptedRateLimit() {
        let tenant = TenantHarness.tenant()
        tenant.scheduleFault(.rateLimited(retryAfterSeconds: 1), times: 2, path: "/candidate.list")
        XCTAssertTrue(tenant.call("/user.list").success) // other paths are untouched
        for _ in 0..<2 {
            let limited = tenant.call("/candidate.list")
            XCTAssertEqual(limited.reply.status, 429)
            XCTAssertEqual(limited.reply.headers.first { $0.name == "retry-after" }?.value, "1")
            XCTAssertEqual(limited.code, "rate_limit_exceeded")
        }
        XCTAssertTrue(tenant.call("/candidate.list").success)
    }

    func testScriptedStatusFaults() {
        let tenant = TenantHarness.tenant()
        tenant.scheduleFault(.serverError(status: 503))
        XCTAssertEqual(tenant.call("/candidate.list").reply.status, 503)
        tenant.scheduleFault(.unauthorized)
        XCTAssertEqual(tenant.call("/candidate.list").reply.status, 401)
        tenant.scheduleFault(.forbidden)
        XCTAssertEqual(tenant.call("/candidate.list").reply.status, 403)
        tenant.scheduleFault(.envelopeFailure(code: "internal_error"))
        let envelope = tenant.call("/candidate.list")
        XCTAssertEqual(envelope.reply.status, 200)
        XCTAssertEqual(envelope.code, "internal_error")
        tenant.scheduleFault(.nonJSONBody)
        let html = tenant.call("/candidate.list").reply
        XCTAssertEqual(html.status, 502)
        XCTAssertThrowsError(try JSONValue.parse(html.body))
    }

    func testWireFaults() {
        let tenant = TenantHarness.tenant()
        tenant.scheduleFault(.slow(seconds: 0.5))
        XCTAssertEqual(tenant.call("/candidate.list").reply.wireFault, .delay(seconds: 0.5))
        tenant.scheduleFault(.truncatedBody)
        let truncated = tenant.call("/candidate.list", ["limit": 10]).reply
        guard case .truncateBody(let keep)? = truncated.wireFault else { return XCTFail("expected truncation") }
        XCTAssertEqual(keep, truncated.body.count / 2)
    }

    func testDroppedWriteIsAppliedWithTheAnswerLost() {
        let tenant = TenantHarness.tenant()
        let candidate = JSONValue.string(tenant.landmarks.candidateID)
        let before = tenant.pass("/candidate.listNotes", ["candidateId": candidate]).records.count
        tenant.scheduleFault(.dropConnection, path: "/candidate.createNote")
        XCTAssertEqual(tenant.call("/candidate.createNote", ["candidateId": candidate, "note": "lost answer"]).reply.wireFault, .dropConnection)
        XCTAssertEqual(tenant.pass("/candidate.listNotes", ["candidateId": candidate]).records.count, before + 1)
        // A rate-limited write is not applied.
        tenant.scheduleFault(.rateLimited(retryAfterSeconds: 1), path: "/candidate.createNote")
        XCTAssertEqual(tenant.call("/candidate.createNote", ["candidateId": candidate, "note": "refused"]).reply.status, 429)
        XCTAssertEqual(tenant.pass("/candidate.listNotes", ["candidateId": candidate]).records.count, before + 1)
    }

    func testRandomFaultsAreSeededAndVaried() {
        func run() -> [String] {
            var configuration = TenantHarness.configuration()
            configuration.faultProbability = 0.5
            let tenant = SandboxTenant(configuration: configuration)
            return (0..<80).map { _ in
                let reply = tenant.call("/user.list").reply
                let wire: String
                switch reply.wireFault {
                case nil: wire = "nil"
                case .delay?: wire = "delay"
                case .dropConnection?: wire = "drop"
                case .truncateBody?: wire = "truncate"
                }
                return "\(reply.status)/\(wire)"
            }
        }
        let first = run()
        XCTAssertEqual(first, run())
        let kinds = Set(first)
        XCTAssertTrue(kinds.contains("200/nil"))
        XCTAssertTrue(kinds.contains("429/nil"))
        XCTAssertTrue(kinds.contains { $0.hasPrefix("5") })
        XCTAssertTrue(kinds.contains { $0.contains("delay") })
        XCTAssertGreaterThan(first.filter { $0 == "200/nil" }.count, 20)
    }
}
