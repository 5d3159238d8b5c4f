import AshbyAPI
import AshbySandbox
import XCTest

/// Full and incremental sync through libcurl against the sandbox server.
final class SyncTests: XCTestCase {
    func testFullSyncAcrossManyPagesDeliversEveryApplicationOnce() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        var pages: [Page<Application>] = []
        let outcome = try client.sync(AshbyList.applications, token: nil, pageSize: 17) { page, kind in
            XCTAssertEqual(kind, .full)
            pages.append(page)
        }
        let ids = pages.flatMap { $0.items.map(\.id) }
        XCTAssertEqual(Set(ids).count, ids.count, "no application twice")
        XCTAssertEqual(Set(ids), Set(sandbox.tenant.snapshot(of: "application").compactMap { $0["id"]?.stringValue }))
        XCTAssertGreaterThan(pages.count, 5)
        XCTAssertEqual(outcome, SyncOutcome(kind: .full, syncToken: pages.last?.syncToken, pages: pages.count, items: ids.count))
        XCTAssertNotNil(outcome.syncToken)
        XCTAssertEqual(pages.map(\.number), Array(1...pages.count))
        XCTAssertEqual(pages.dropLast().filter { $0.syncToken != nil || !$0.moreDataAvailable }.count, 0, "token only on the last page")
        XCTAssertEqual(pages.last?.itemsSoFar, ids.count)
        // Every page asked for 17; none got more.
        XCTAssertTrue(pages.allSatisfy { $0.items.count <= 17 })
    }

    func testIncrementalSyncReturnsOnlyChangesIncludingArchivedAndConverges() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        var store: [String: Application] = [:]
        let full = try client.sync(AshbyList.applications, token: nil) { page, _ in
            for application in page.items { store[application.id] = application }
        }
        let token = try XCTUnwrap(full.syncToken)

        // Archive one application ourselves, and let colleagues make changes.
        let target = try XCTUnwrap(store.values.sorted { $0.id < $1.id }.first { $0.status == .active })
        let stages = try client.interviewStages(interviewPlanId: target.currentInterviewStage.interviewPlanId)
        let archived = try XCTUnwrap(stages.first { $0.type == .archived })
        let reason = try XCTUnwrap(client.archiveReasons().first)
        _ = try client.changeStage(applicationId: target.id, interviewStageId: archived.id, archiveReasonId: reason.id)
        sandbox.tenant.applyChurn(count: 25)

        var changed: [Application] = []
        let incremental = try client.sync(AshbyList.applications, token: token) { page, kind in
            XCTAssertEqual(kind, .incremental)
            changed += page.items
        }
        XCTAssertEqual(incremental.kind, .incremental)
        XCTAssertNotEqual(incremental.syncToken, token)
        XCTAssertGreaterThan(changed.count, 0)
        XCTAssertLessThan(changed.count, store.count / 2, "only what changed")
        let mine = try XCTUnwrap(changed.first { $0.id == target.id })
        XCTAssertEqual(mine.status, .archived)
        XCTAssertEqual(mine.currentInterviewStage.id, archived.id)
        XCTAssertEqual(mine.archiveReason?.id, reason.id)

        for application in changed { store[application.id] = application }
        let server = Dictionary(uniqueKeysWithValues: sandbox.tenant.snapshot(of: "application").map {
            ($0["id"]!.stringValue!, $0["currentInterviewStage"]!["id"]!.stringValue!)
        })
        XCTAssertEqual(store.mapValues(\.currentInterviewStage.id), server, "the merged store equals the server")

        // Nothing changed since: an empty pass that still hands back a token.
        let quiet = try client.sync(AshbyList.applications, token: incremental.syncToken) { _, _ in }
        XCTAssertEqual(quiet.items, 0)
        XCTAssertNotNil(quiet.syncToken)
    }

    func testExpiredTokenIsReportedAndFallsBackToAFullSync() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        let full = try client.sync(AshbyList.candidates, token: nil) { _, _ in }
        sandbox.tenant.expireSyncTokens()

        XCTAssertThrowsError(try client.forEachPage(AshbyList.candidates, syncToken: full.syncToken) { _ in }) { error in
            XCTAssertEqual(error as? AshbyError, .syncTokenRejected(endpoint: "candidate.list", code: "sync_token_expired"))
        }
        var kinds: Set<String> = []
        let fallback = try client.sync(AshbyList.candidates, token: full.syncToken) { _, kind in kinds.insert("\(kind)") }
        XCTAssertEqual(fallback.kind, .fullAfterRejectedToken(code: "sync_token_expired"))
        XCTAssertEqual(fallback.items, full.items)
        XCTAssertEqual(kinds, ["\(SyncPassKind.fullAfterRejectedToken(code: "sync_token_expired"))"])
        XCTAssertNotNil(fallback.syncToken)
    }

    func testGarbageTokenFallsBackToAFullSync() throws {
        let sandbox = try startSandbox()
        let outcome = try sandbox.client().sync(AshbyList.offers, token: "not-a-token") { _, _ in }
        XCTAssertEqual(outcome.kind, .fullAfterRejectedToken(code: "sync_token_invalid"))
        XCTAssertEqual(outcome.items, sandbox.tenant.snapshot(of: "offer").count)
    }

    func testEverySyncableListFullSyncsThenComesBackEmpty() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        func check<Item>(_ endpoint: ListEndpoint<Item>, _ parameters: [String: JSONValue] = [:], atLeast minimum: Int = 1,
                         line: UInt = #line) throws {
            let full = try client.sync(endpoint, token: nil, parameters: parameters, pageSize: 40) { _, _ in }
            XCTAssertGreaterThanOrEqual(full.items, minimum, "\(endpoint)", line: line)
            XCTAssertNotNil(full.syncToken, "\(endpoint)", line: line)
            let again = try client.sync(endpoint, token: full.syncToken, parameters: parameters) { _, _ in }
            XCTAssertEqual(again.kind, .incremental, "\(endpoint)", line: line)
            XCTAssertEqual(again.items, 0, "\(endpoint)", line: line)
        }
        try check(AshbyList.users, atLeast: 5)
        try check(AshbyList.departments)
        try check(AshbyList.locations)
        try check(AshbyList.jobs, atLeast: 3)  // drafts are hidden unless asked for
        try check(AshbyList.openings)
        try check(AshbyList.surveyFormDefinitions)
        try check(AshbyList.surveySubmissions, ["surveyType": "CandidateExperience"])
        try check(AshbyList.interviewPlans)
        try check(AshbyList.candidates, atLeast: 120)
        try check(AshbyList.applications, atLeast: 120)
        try check(AshbyList.interviews)
        try check(AshbyList.interviewSchedules)
        try check(AshbyList.applicationFeedback)
        try check(AshbyList.feedbackFormDefinitions)
        try check(AshbyList.offers)
        try check(AshbyList.approvals)

        let schedule = try XCTUnwrap(client.listAll(AshbyList.interviewSchedules).first { !($0.interviewEvents ?? []).isEmpty })
        try check(AshbyList.interviewEvents, ["interviewScheduleId": .string(schedule.id)])
        let candidate = try XCTUnwrap(client.listAll(AshbyList.candidates).first)
        try check(AshbyList.candidateNotes, ["candidateId": .string(candidate.id)], atLeast: 0)
    }

    func testListsWithoutSyncTokens() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        XCTAssertFalse(try client.jobPostings().isEmpty)
        XCTAssertFalse(try client.customFields().isEmpty)
        XCTAssertFalse(try client.archiveReasons().isEmpty)
        XCTAssertFalse(try client.sources().isEmpty)
        XCTAssertFalse(try client.hiringTeamRoles().isEmpty)
        let plan = try XCTUnwrap(client.listAll(AshbyList.interviewPlans).first)
        let stages = try client.interviewStages(interviewPlanId: plan.id)
        XCTAssertEqual(stages.map(\.orderInInterviewPlan), stages.map(\.orderInInterviewPlan).sorted(), "plan order")
        XCTAssertTrue(stages.contains { $0.type == .archived })
        let application = try XCTUnwrap(client.listAll(AshbyList.applications).first { $0.status == .archived })
        let history = try client.applicationHistory(applicationId: application.id)
        XCTAssertEqual(history.last?.stageId, application.currentInterviewStage.id)
    }
}
