import AshbyAPI
import AshbySandbox
import XCTest

/// Reads survive a server that misbehaves on a quarter of its requests.
final class FaultToleranceTests: XCTestCase {
    func testFullSyncSurvivesRandomFaultsAndMatchesTheServer() throws {
        let sandbox = try startSandbox { $0.faultProbability = 0.25; $0.seed = 11 }
        let client = sandbox.client(retry: RetryPolicy(maxAttempts: 12, baseDelay: 0.01, maxDelay: 0.05), timeout: 5)
        var ids: [String] = []
        let outcome = try client.sync(AshbyList.applications, token: nil, pageSize: 25) { page, _ in ids += page.items.map(\.id) }
        XCTAssertEqual(Set(ids), Set(sandbox.tenant.snapshot(of: "application").compactMap { $0["id"]?.stringValue }))
        XCTAssertEqual(Set(ids).count, ids.count)
        XCTAssertNotNil(outcome.syncToken)
        XCTAssertGreaterThan(sandbox.requests.count, outcome.pages, "faults were injected and retried")

        sandbox.tenant.applyChurn(count: 10)
        var changed = 0
        let incremental = try client.sync(AshbyList.applications, token: outcome.syncToken) { page, _ in changed += page.items.count }
        XCTAssertEqual(incremental.kind, .incremental)
        XCTAssertGreaterThan(changed, 0)
    }

    func testConnectionsAreReusedAcrossRequests() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        for _ in 0..<20 { _ = try client.apiKeyInfo() }
        XCTAssertEqual(sandbox.server.acceptedConnections, 1, "keep-alive: one connection for twenty requests")
    }
}
