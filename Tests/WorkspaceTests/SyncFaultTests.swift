import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// The sync engine against a sandbox where 30% of requests meet a fault (rate limits, 5xx, slow,
/// dropped and damaged answers) while colleagues keep changing things.
final class SyncFaultTests: XCTestCase {
    func testConvergesUnderFaultsAndAFailedPollNeverRemovesAnything() throws {
        let sandbox = try startLoopbackSandbox(seed: 23) { $0.faultProbability = 0.3 }
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        // Few client retries, so whole polls fail too and the engine's own backoff is exercised.
        _ = startEngine(sandbox, inbox: inbox, retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01, maxDelay: 0.05, rateLimitFallbackDelay: 0.05)) {
            $0.pollInterval = 0.2
            $0.retryBaseDelay = 0.05
            $0.retryMaxDelay = 0.3
        }
        var everShown = Set<String>()
        var lostApplications = Set<String>()
        pump.afterBatch = { pump in
            let now = Set(pump.store.applications.keys)
            // Churn never deletes: an application once shown must stay shown.
            lostApplications.formUnion(everShown.subtracting(now))
            everShown.formUnion(now)
        }

        XCTAssertTrue(pump.pump(timeout: 120) { $0.lastStatus?.isUpToDate ?? false }, "no clean pass: \(pump.statuses.suffix(3))")
        for _ in 0..<8 {
            sandbox.tenant.applyChurn(count: 25)
            let ends = pump.passEnds
            XCTAssertTrue(pump.pump(timeout: 60) { $0.passEnds > ends })
        }
        // Converged: a clean pass that started after the last change.
        let ends = pump.passEnds
        XCTAssertTrue(pump.pump(timeout: 120) { $0.passEnds >= ends + 2 && ($0.lastStatus?.isUpToDate ?? false) },
                      "no clean pass after churn: \(pump.statuses.suffix(3))")

        assertStoreEqualsServer(pump.store, sandbox.tenant)
        XCTAssertEqual(lostApplications, [])
        for merge in pump.merges where merge.origin == .incrementalSync {
            XCTAssertTrue(merge.delta.removals.isEmpty && merge.delta.completedFullPasses.isEmpty)
        }
        XCTAssertTrue(pump.merges.allSatisfy { $0.delta.removals.isEmpty })
        let offline = pump.statuses.compactMap { status -> (Date, Date)? in
            if case .offline(let since, let nextRetry, _) = status { return (since, nextRetry) }
            return nil
        }
        XCTAssertTrue(offline.allSatisfy { $0.1 > $0.0 })
        // Deterministic for this seed: at least one whole poll failed, so the engine's backoff path ran.
        XCTAssertFalse(offline.isEmpty, "no poll failed: the faults exercised nothing")
    }
}
