import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// The sync engine against the sandbox over real HTTP: full sync, incremental polls, expired
/// tokens, statuses, permissions.
final class SyncEngineTests: XCTestCase {
    func testFirstFullSyncFillsTheStoreWithTheServersState() throws {
        let sandbox = try startLoopbackSandbox()
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let engine = startEngine(sandbox, inbox: inbox)

        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })
        XCTAssertTrue(pump.lastStatus?.isUpToDate ?? false, "\(String(describing: pump.lastStatus))")
        // Status: syncing with progress all the way, then up to date.
        XCTAssertTrue(pump.statuses.dropLast().allSatisfy { if case .syncing(.some) = $0 { return true }; return false })
        XCTAssertGreaterThanOrEqual(pump.statuses.count, SyncedResource.syncOrder.count + 1)
        assertStoreEqualsServer(pump.store, sandbox.tenant)
        XCTAssertEqual(pump.store.users.count, sandbox.tenant.snapshot(of: "user").count)
        XCTAssertEqual(pump.store.jobs.count, sandbox.tenant.snapshot(of: "job").count)
        XCTAssertEqual(pump.store.interviewStages.count, sandbox.tenant.snapshot(of: "interviewStage").count)
        XCTAssertEqual(pump.store.archiveReasons.count, sandbox.tenant.snapshot(of: "archiveReason").count)
        XCTAssertEqual(pump.store.interviews.count, sandbox.tenant.snapshot(of: "interview").count)

        // Every merge came from the full sync; applications arrived one page at a time.
        XCTAssertTrue(pump.merges.allSatisfy { $0.origin == .fullSync })
        let applicationPages = pump.merges.filter { !$0.delta.applications.isEmpty }.map(\.delta.applications.count)
        XCTAssertEqual(applicationPages.count, (sandbox.tenant.stats.applications + 99) / 100)
        XCTAssertTrue(applicationPages.allSatisfy { $0 <= 100 })

        // Progress went through the resources in sync order, then "up to date".
        let progress = pump.statuses.compactMap { status -> SyncProgress? in
            if case .syncing(let progress) = status { return progress }
            return nil
        }
        let order = progress.map(\.resource).reduce(into: [SyncedResource]()) { if $0.last != $1 { $0.append($1) } }
        XCTAssertEqual(order, SyncedResource.syncOrder)
        XCTAssertEqual(progress.last(where: { $0.resource == .applications })?.items, sandbox.tenant.stats.applications)
        XCTAssertEqual(Set(pump.tokens?.keys ?? [:].keys), Set(SyncedResource.allCases.filter(\.hasSyncToken)))
        XCTAssertEqual(engine.currentTokens, pump.tokens)
    }

    func testIncrementalPollAfterChurnConvergesWithoutFullPasses() throws {
        let sandbox = try startLoopbackSandbox()
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let engine = startEngine(sandbox, inbox: inbox)
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })
        let mergesBefore = pump.merges.count

        sandbox.tenant.applyChurn(count: 150)
        engine.refreshNow()
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 2 })

        XCTAssertTrue(pump.lastStatus?.isUpToDate ?? false)
        assertStoreEqualsServer(pump.store, sandbox.tenant)
        let incremental = pump.merges[mergesBefore...]
        XCTAssertFalse(incremental.isEmpty)
        XCTAssertTrue(incremental.allSatisfy { $0.origin == .incrementalSync }, "\(incremental.map(\.origin))")
        XCTAssertTrue(incremental.allSatisfy { $0.delta.removals.isEmpty && $0.delta.completedFullPasses.isEmpty })
        let changedApplications = incremental.map(\.delta.applications.count).reduce(0, +)
        XCTAssertGreaterThan(changedApplications, 0)
        XCTAssertLessThan(changedApplications, sandbox.tenant.stats.applications)
    }

    func testStartingWithTokensGoesStraightToIncremental() throws {
        let sandbox = try startLoopbackSandbox()
        let first = Inbox()
        let firstPump = InboxPump(inbox: first)
        let firstEngine = startEngine(sandbox, inbox: first)
        XCTAssertTrue(firstPump.pump(timeout: 30) { $0.passEnds >= 1 })
        firstEngine.stop()
        let tokens = try XCTUnwrap(firstPump.tokens)

        sandbox.tenant.applyChurn(count: 20)
        let second = Inbox()
        let pump = InboxPump(inbox: second)
        _ = startEngine(sandbox, inbox: second, tokens: tokens)
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })

        // No progress bar, no full pass: only what changed (and the token-less lists, listed once per session).
        XCTAssertFalse(pump.statuses.contains { if case .syncing = $0 { return true }; return false })
        XCTAssertTrue(pump.merges.filter { $0.origin == .incrementalSync }.allSatisfy { $0.delta.completedFullPasses.isEmpty })
        let fullSyncResources = Set(pump.merges.filter { $0.origin == .fullSync }.flatMap(\.delta.completedFullPasses.keys))
        XCTAssertEqual(fullSyncResources, Set(SyncedResource.allCases.filter { !$0.hasSyncToken }))
        let changed = pump.merges.map(\.delta.applications.count).reduce(0, +)
        XCTAssertGreaterThan(changed, 0)
        XCTAssertLessThan(changed, sandbox.tenant.stats.applications)
    }

    func testExpiredTokensResyncInFullAndSweepWithoutClearingWhatIsShown() throws {
        let sandbox = try startLoopbackSandbox()
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let engine = startEngine(sandbox, inbox: inbox)
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })

        // A record the server no longer has (as if deleted there): only a completed full pass may remove it.
        var ghost = try XCTUnwrap(pump.store.applications.values.min { $0.id < $1.id })
        ghost.id = "ghost-application"
        var insert = StoreDelta()
        insert.applications = [ghost]
        pump.store.apply(insert, now: Date())
        let shown = Set(pump.store.applications.keys)
        let mergesBefore = pump.merges.count
        var smallestShown = shown.count
        var ghostGoneBeforeSweep = false
        pump.afterBatch = { pump in
            smallestShown = min(smallestShown, Set(pump.store.applications.keys).intersection(shown).count)
            let swept = pump.merges[mergesBefore...].contains { $0.delta.completedFullPasses[.applications] != nil }
            if !swept, pump.store.applications["ghost-application"] == nil { ghostGoneBeforeSweep = true }
        }

        sandbox.tenant.expireSyncTokens()
        sandbox.tenant.applyChurn(count: 30)
        engine.refreshNow()
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 2 })

        XCTAssertTrue(pump.lastStatus?.isUpToDate ?? false)
        XCTAssertNil(pump.store.applications["ghost-application"])
        assertStoreEqualsServer(pump.store, sandbox.tenant)
        // Nothing real was cleared at any point; the ghost went only with the sweep at the very end.
        XCTAssertEqual(smallestShown, shown.count - 1)
        XCTAssertFalse(ghostGoneBeforeSweep)
        let resync = pump.merges[mergesBefore...]
        XCTAssertTrue(resync.allSatisfy { $0.delta.removals.isEmpty })
        let sweeps = resync.filter { $0.delta.completedFullPasses[.applications] != nil }
        XCTAssertEqual(sweeps.count, 1)
        XCTAssertEqual(sweeps.first?.delta.completedFullPasses[.applications], Set(ServerState(sandbox.tenant).applications.keys))
        XCTAssertTrue(resync.filter { !$0.delta.applications.isEmpty }.allSatisfy { $0.origin == .fullSync })
    }

    func testPollingOnATimerPicksUpChanges() throws {
        let sandbox = try startLoopbackSandbox()
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        _ = startEngine(sandbox, inbox: inbox) { $0.pollInterval = 0.3 }
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })
        sandbox.tenant.applyChurn(count: 40)
        let ends = pump.passEnds
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= ends + 2 })
        assertStoreEqualsServer(pump.store, sandbox.tenant)
    }

    func testServerErrorsOnOneListPostOfflineWithTheNextRetryAndTheOthersStillSync() throws {
        let sandbox = try startLoopbackSandbox()
        sandbox.tenant.scheduleFault(.serverError(status: 503), times: 1, path: "/application.list")
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let started = Date()
        _ = startEngine(sandbox, inbox: inbox, retry: .none) {
            $0.retryBaseDelay = 0.2
            $0.retryMaxDelay = 0.2
            $0.unitRandom = { 0.999 }
        }
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })

        guard case .offline(let since, let nextRetry, let reason)? = pump.lastStatus else {
            return XCTFail("expected offline, got \(String(describing: pump.lastStatus))")
        }
        XCTAssertGreaterThanOrEqual(since, started)
        XCTAssertEqual(nextRetry.timeIntervalSince(since), 0.2, accuracy: 0.05)
        XCTAssertTrue(reason.contains("application.list"), reason)
        XCTAssertTrue(pump.store.applications.isEmpty)
        XCTAssertEqual(pump.store.offers.count, ServerState(sandbox.tenant).offers.count)

        // The retry after the backoff completes the applications.
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 2 })
        XCTAssertTrue(pump.lastStatus?.isUpToDate ?? false)
        assertStoreEqualsServer(pump.store, sandbox.tenant)
    }

    func testAKeyWithoutOffersPermissionSaysSoAndSyncsTheRest() throws {
        let sandbox = try startLoopbackSandbox()
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        _ = startEngine(sandbox, inbox: inbox, key: LoopbackSandbox.keyWithoutOffers)
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })

        guard case .permissionMissing(let resources, let asOf)? = pump.lastStatus else {
            return XCTFail("expected permissionMissing, got \(String(describing: pump.lastStatus))")
        }
        XCTAssertEqual(resources, [.offers])
        XCTAssertNotNil(asOf)
        XCTAssertTrue(pump.store.offers.isEmpty)
        XCTAssertEqual(pump.store.applicationsAsServed, ServerState(sandbox.tenant).applications)
        XCTAssertEqual(pump.store.approvals, ServerState(sandbox.tenant).approvals)
    }

    func testARefusedKeyIsReportedAsUnauthorized() throws {
        let sandbox = try startLoopbackSandbox()
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        _ = startEngine(sandbox, inbox: inbox, key: "not-a-key")
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })
        guard case .unauthorized(let message)? = pump.lastStatus else {
            return XCTFail("expected unauthorized, got \(String(describing: pump.lastStatus))")
        }
        XCTAssertTrue(message.contains("API key"), message)
        XCTAssertTrue(pump.merges.isEmpty)
    }

    func testTheActingUserIsResolvedByEmail() throws {
        let sandbox = try startLoopbackSandbox()
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let email = sandbox.tenant.landmarks.actingUserEmail
        let engine = startEngine(sandbox, inbox: inbox) { $0.actingUserEmail = email.uppercased() }
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })
        XCTAssertEqual(pump.actingUsers.map(\.userId), [sandbox.tenant.landmarks.actingUserID])
        XCTAssertEqual(engine.actingUserId, sandbox.tenant.landmarks.actingUserID)
    }

    func testAnUnknownActingUserEmailIsReportedOnce() throws {
        let sandbox = try startLoopbackSandbox()
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        _ = startEngine(sandbox, inbox: inbox) { $0.actingUserEmail = "nobody@nowhere.invalid" }
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })
        XCTAssertEqual(pump.actingUsers.count, 1)
        XCTAssertNil(pump.actingUsers.first?.userId)
        XCTAssertEqual(pump.notices.map(\.level), [.warning])
        XCTAssertTrue(pump.notices.first?.text.contains("nobody@nowhere.invalid") ?? false)
    }

    func testStopIsPromptMidSyncAndPostsNothingAfter() throws {
        let sandbox = try startLoopbackSandbox(candidates: 3_000, jobs: 10)
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let engine = startEngine(sandbox, inbox: inbox)
        XCTAssertTrue(pump.pump(timeout: 30) { !$0.store.applications.isEmpty })
        let stopping = Date()
        engine.stop()
        XCTAssertLessThan(Date().timeIntervalSince(stopping), 2)
        pump.drainNow()
        let seen = pump.merges.count + pump.statuses.count
        XCTAssertLessThan(pump.store.applications.count, sandbox.tenant.stats.applications)
        XCTAssertFalse(inbox.waitForEvents(timeout: 0.3))
        XCTAssertEqual(pump.merges.count + pump.statuses.count, seen)
    }
}
