import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// The "done when": a session against the sandbox with colleagues making 600 changes a
/// minute and 20% of requests meeting a fault, the engine polling every 1.5 s into a store
/// drained on this thread like the UI loop, and the outbox sending scripted writes throughout.
/// At the end the store equals the server and every write took effect exactly once.
/// `ASHBY_SESSION_SECONDS` sets the length (default 120).
final class SessionTests: XCTestCase {
    func testScriptedSessionUnderChurnAndFaultsEndsEqualToTheServer() throws {
        let seconds = ProcessInfo.processInfo.environment["ASHBY_SESSION_SECONDS"].flatMap(Double.init) ?? 120
        let sandbox = try startLoopbackSandbox(candidates: 600, jobs: 8, seed: 2026) { $0.faultProbability = 0.2 }
        let tenant = sandbox.tenant
        let churn = ColleagueChurn(tenant: tenant, perMinute: 600)
        addTeardownBlock { churn.stop() }
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let engine = startEngine(sandbox, inbox: inbox) {
            $0.pollInterval = 1.5
            $0.actingUserEmail = tenant.landmarks.actingUserEmail
        }
        let outbox = try Outbox(client: sandbox.client(), inbox: inbox, directory: temporaryDirectory(),
                                retryBackoff: RetryBackoff(baseDelay: 0.05, maxDelay: 1), onConfirmed: { engine.actionConfirmed($0) })
        addTeardownBlock { outbox.stop() }
        XCTAssertTrue(pump.pump(timeout: 120) { $0.lastStatus?.isUpToDate ?? false }, "first sync: \(pump.statuses.suffix(2))")
        XCTAssertEqual(pump.actingUsers.first?.userId, tenant.landmarks.actingUserID)

        var script = SessionScript(pump: pump, outbox: outbox, churn: churn, tenant: tenant,
                                   client: sandbox.client(retry: RetryPolicy(maxAttempts: 12, baseDelay: 0.01, maxDelay: 0.05)))
        // Offer approvals first: the sandbox generates only a few offers waiting on approval, and
        // colleagues at 600 changes a minute approve every one of them within seconds.
        try script.perform(.approval)
        try script.perform(.approval)
        churn.start()
        let plan: [SessionScript.Kind] = [.move, .note, .archive, .feedback, .move, .note, .archive, .feedback, .move, .note]
        let start = Date()
        for (index, kind) in plan.enumerated() {
            let due = start.addingTimeInterval(seconds * Double(index + 1) / Double(plan.count + 1))
            pump.pump(timeout: .infinity) { _ in Date() >= due }
            try script.perform(kind)
        }
        pump.pump(timeout: .infinity) { _ in Date() >= start.addingTimeInterval(seconds) }

        // Colleagues stop; the outbox empties; then a poll that began after both ends clean.
        churn.stop()
        XCTAssertTrue(pump.pump(timeout: 120) { _ in outbox.pending.isEmpty }, "outbox still holds \(outbox.pending)")
        let ends = pump.passEnds
        engine.refreshNow()
        XCTAssertTrue(pump.pump(timeout: 120) { $0.passEnds >= ends + 2 && ($0.lastStatus?.isUpToDate ?? false) },
                      "no clean final poll: \(pump.statuses.suffix(3))")

        assertStoreEqualsServer(pump.store, tenant)
        XCTAssertEqual(script.submitted.count, plan.count + 2)
        let outcomes = Dictionary(pump.outboxStates.map { ($0.actionId, $0.phase) }, uniquingKeysWith: { _, last in last })
        for write in script.submitted {
            XCTAssertEqual(outcomes[write.actionId], .confirmed, write.summary)
            XCTAssertEqual(try write.effects(), 1, "\(write.summary) must have taken effect exactly once")
        }
    }
}
