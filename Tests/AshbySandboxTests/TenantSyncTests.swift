import AshbyAPI
import AshbySandbox
import XCTest

final class TenantSyncTests: XCTestCase {
    /// Ids whose JSON differs between two snapshots (new records included).
    func changedIDs(_ before: [JSONValue], _ after: [JSONValue]) -> Set<String> {
        let old = Dictionary(uniqueKeysWithValues: before.map { ($0["id"]!.stringValue!, $0) })
        return Set(after.filter { old[$0["id"]!.stringValue!] != $0 }.map { $0["id"]!.stringValue! })
    }

    func testIncrementalPassReturnsExactlyTheChangedRecords() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        let full = tenant.pass("/application.list", limit: 50)
        let token = try! XCTUnwrap(full.token)
        XCTAssertEqual(full.records.count, tenant.stats.applications)
        let before = tenant.snapshot(of: "application")

        XCTAssertTrue(tenant.call("/application.changeStage", ["applicationId": .string(marks.applicationID), "interviewStageId": .string(marks.archivedStageID),
                                                              "archiveReasonId": .string(marks.archiveReasonID)]).success)
        tenant.applyChurn(count: 25)
        let after = tenant.snapshot(of: "application")
        let expected = changedIDs(before, after)
        XCTAssertTrue(expected.contains(marks.applicationID))

        let incremental = tenant.pass("/application.list", ["syncToken": .string(token)], limit: 4)
        let ids = incremental.records.compactMap { $0["id"]?.stringValue }
        XCTAssertEqual(ids.count, Set(ids).count)
        XCTAssertEqual(Set(ids), expected)
        XCTAssertEqual(incremental.records.first { $0["id"]?.stringValue == marks.applicationID }?["status"], "Archived")
        let next = try! XCTUnwrap(incremental.token)
        XCTAssertNotEqual(next, token)
        // Nothing changed since: the next incremental pass is one empty page with a fresh token.
        let quiet = tenant.call("/application.list", ["syncToken": .string(next)])
        XCTAssertTrue(quiet.success)
        XCTAssertEqual(quiet.results.count, 0)
        XCTAssertEqual(quiet.more, false)
        XCTAssertNotNil(quiet.syncToken)
    }

    func testIncrementalIncludesArchivedRecordsHiddenFromFullPasses() {
        let tenant = TenantHarness.tenant()
        let token = tenant.pass("/job.list").token!
        // Jobs do not churn; a full pass hides drafts but an archived department shows up only with the flag.
        XCTAssertEqual(tenant.call("/job.list", ["syncToken": .string(token)]).results.count, 0)
        let departments = tenant.pass("/department.list")
        XCTAssertFalse(departments.records.contains { $0["isArchived"] == true })
        XCTAssertTrue(tenant.pass("/department.list", ["includeArchived": true]).records.contains { $0["isArchived"] == true })
    }

    func testNotesSyncPerCandidate() {
        let tenant = TenantHarness.tenant()
        let candidateID = tenant.landmarks.candidateID
        let full = tenant.pass("/candidate.listNotes", ["candidateId": .string(candidateID)], limit: 2)
        let created = tenant.call("/candidate.createNote", ["candidateId": .string(candidateID), "note": "Synced note"])
        XCTAssertTrue(created.success)
        let incremental = tenant.call("/candidate.listNotes", ["candidateId": .string(candidateID), "syncToken": .string(full.token!)])
        XCTAssertEqual(incremental.ids, [created.json["results"]!["id"]!.stringValue!])
        let again = tenant.pass("/candidate.listNotes", ["candidateId": .string(candidateID)], limit: 2)
        XCTAssertEqual(again.records.count, full.records.count + 1)
    }

    func testApprovalChangesApprovalAndOfferSync() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        let approvalToken = tenant.pass("/approval.list").token!
        let offerToken = tenant.pass("/offer.list").token!
        for user in marks.pendingApproverUserIDs.prefix(1) {
            XCTAssertTrue(tenant.call("/offer.approve", ["offerVersionId": .string(marks.offerVersionID), "approvalStepId": .string(marks.currentApprovalStepID),
                                                         "userId": .string(user)]).success)
        }
        XCTAssertEqual(tenant.call("/approval.list", ["syncToken": .string(approvalToken)]).results.compactMap { $0["entityId"]?.stringValue }, [marks.offerVersionID])
        // The first step completed but the offer's own JSON did not change yet.
        XCTAssertEqual(tenant.call("/offer.list", ["syncToken": .string(offerToken)]).results.count, 0)
        XCTAssertTrue(tenant.call("/offer.approve", ["offerVersionId": .string(marks.offerVersionID), "approvalStepId": .string(marks.laterApprovalStepID),
                                                     "userId": .string(marks.laterStepApproverUserID)]).success)
        XCTAssertEqual(tenant.call("/offer.list", ["syncToken": .string(offerToken)]).ids, [marks.offerID])
    }

    func testFilteredIncrementalPassStaysInsideItsFilter() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        let filter: [String: JSONValue] = ["applicationId": .string(marks.applicationID)]
        let token = tenant.pass("/interviewSchedule.list", filter).token!
        let everyToken = tenant.pass("/interviewSchedule.list").token!
        let submitted = tenant.call("/applicationFeedback.submit", [
            "formDefinitionId": .string(marks.feedbackFormDefinitionID), "applicationId": .string(marks.applicationID),
            "userId": .string(marks.interviewerUserID), "interviewEventId": .string(marks.interviewEventID),
            "feedbackForm": ["fieldSubmissions": [["path": "overall_recommendation", "value": "no_hire"], ["path": "technical_skills", "value": ["score": 1]],
                                                  ["path": "problem_solving", "value": ["score": 2]], ["path": "detailed_feedback", "value": "Not yet."]]],
        ])
        XCTAssertTrue(submitted.success)
        tenant.applyChurn(count: 30)
        var body = filter
        body["syncToken"] = .string(token)
        let changed = tenant.pass("/interviewSchedule.list", body).records
        XCTAssertFalse(changed.isEmpty)
        XCTAssertTrue(changed.allSatisfy { $0["applicationId"]?.stringValue == marks.applicationID })
        XCTAssertTrue(changed.contains { ($0["interviewEvents"]?.arrayValue ?? []).contains { $0["id"]?.stringValue == marks.interviewEventID } })
        let all = tenant.pass("/interviewSchedule.list", ["syncToken": .string(everyToken)]).records
        XCTAssertGreaterThanOrEqual(all.count, changed.count)
    }

    func testTokenErrors() {
        let clock = TenantHarness.Clock()
        let tenant = TenantHarness.tenant(clock: clock)
        let token = tenant.pass("/candidate.list").token!
        XCTAssertEqual(tenant.call("/candidate.list", ["syncToken": "garbage"]).code, "sync_token_invalid")
        XCTAssertEqual(tenant.call("/application.list", ["syncToken": .string(token)]).code, "sync_token_invalid")
        XCTAssertEqual(TenantHarness.tenant(seed: 99).call("/candidate.list", ["syncToken": .string(token)]).code, "sync_token_invalid")
        XCTAssertTrue(tenant.call("/candidate.list", ["syncToken": .string(token)]).success)
        tenant.expireSyncTokens()
        let expired = tenant.call("/candidate.list", ["syncToken": .string(token)])
        XCTAssertEqual(expired.reply.status, 200)
        XCTAssertEqual(expired.code, "sync_token_expired")
        XCTAssertEqual(expired.json["errors"], ["sync_token_expired"])
        // Tokens issued after the expiry work, until their lifetime runs out.
        let fresh = tenant.pass("/candidate.list").token!
        XCTAssertTrue(tenant.call("/candidate.list", ["syncToken": .string(fresh)]).success)
        clock.advance(7 * 24 * 3600 + 1)
        XCTAssertEqual(tenant.call("/candidate.list", ["syncToken": .string(fresh)]).code, "sync_token_expired")
    }

    func testIncrementalSyncTooLarge() {
        let clock = TenantHarness.Clock()
        var configuration = TenantHarness.configuration(clock: clock)
        configuration.maxIncrementalPages = 2
        let tenant = SandboxTenant(configuration: configuration)
        let token = tenant.pass("/candidate.list").token!
        tenant.applyChurn(count: 60) // several new and edited candidates
        let changed = tenant.call("/candidate.list", ["syncToken": .string(token), "limit": 100])
        XCTAssertTrue(changed.success)
        let tooLarge = tenant.call("/candidate.list", ["syncToken": .string(token), "limit": 1])
        XCTAssertEqual(tooLarge.code, "incremental_sync_too_large")
        XCTAssertEqual(tooLarge.reply.status, 200)
    }
}
