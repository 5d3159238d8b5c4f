import AshbyAPI
import AshbySandbox
import XCTest

final class TenantOfferApprovalTests: XCTestCase {
    func approve(_ tenant: SandboxTenant, version: String, step: String? = nil, user: String? = nil) -> TenantAnswer {
        var body: [String: JSONValue] = ["offerVersionId": .string(version)]
        if let step { body["approvalStepId"] = .string(step) }
        if let user { body["userId"] = .string(user) }
        return tenant.call("/offer.approve", .object(body))
    }

    func approval(_ tenant: SandboxTenant, _ versionID: String) -> JSONValue {
        tenant.call("/approval.list", ["entityType": "offer", "entityId": .string(versionID)]).results.first!
    }

    func testLandmarkOfferShape() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        let info = tenant.call("/offer.info", ["offerId": .string(marks.offerID)]).json["results"]!
        XCTAssertEqual(info["offerStatus"], "WaitingOnOfferApproval")
        XCTAssertEqual(info["latestVersion"]?["id"]?.stringValue, marks.offerVersionID)
        XCTAssertEqual(info["versions"]?.arrayValue?.compactMap { $0["id"]?.stringValue }, [marks.offerVersionID, marks.staleOfferVersionID])
        XCTAssertNotNil(info["formDefinition"])
        XCTAssertNil(tenant.call("/offer.info", ["offerId": .string(marks.offerID), "excludeFormDefinition": true]).json["results"]?["formDefinition"])
        let steps = approval(tenant, marks.offerVersionID)["steps"]!.arrayValue!
        XCTAssertEqual(steps.first?["approvalsRequired"], 2)
        XCTAssertEqual(steps.first?["approvers"]?.arrayValue?.filter { $0["decision"] == "approve" }.count, 1)
        XCTAssertEqual(marks.pendingApproverUserIDs.count, 2)
    }

    func testStepRules() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        // The later step is not current yet.
        XCTAssertEqual(approve(tenant, version: marks.offerVersionID, step: marks.laterApprovalStepID, user: marks.laterStepApproverUserID).code, "invalid_input")
        // Not an approver of the current step.
        XCTAssertEqual(approve(tenant, version: marks.offerVersionID, step: marks.currentApprovalStepID, user: marks.nonApproverUserID).code, "invalid_input")
        XCTAssertEqual(approve(tenant, version: marks.offerVersionID, step: marks.currentApprovalStepID, user: "missing").code, "user_not_found")
        XCTAssertEqual(approve(tenant, version: marks.offerVersionID, step: "missing-step", user: marks.pendingApproverUserIDs[0]).code, "approval_step_not_found")
        // Step and user go together.
        XCTAssertEqual(approve(tenant, version: marks.offerVersionID, step: marks.currentApprovalStepID).code, "invalid_input")
        // A superseded version.
        XCTAssertEqual(approve(tenant, version: marks.staleOfferVersionID, step: marks.currentApprovalStepID, user: marks.pendingApproverUserIDs[0]).code,
                       "offer_version_not_latest")
        XCTAssertEqual(approve(tenant, version: "missing").code, "offer_not_found")
        XCTAssertEqual(tenant.stats.changes, 0)

        // The second approval completes step 1; step 2 becomes current and requested.
        let first = approve(tenant, version: marks.offerVersionID, step: marks.currentApprovalStepID, user: marks.pendingApproverUserIDs[0])
        XCTAssertTrue(first.success)
        XCTAssertEqual(first.json["results"]?["offerStatus"], "WaitingOnOfferApproval")
        var steps = approval(tenant, marks.offerVersionID)["steps"]!.arrayValue!
        XCTAssertEqual(steps[0]["completedAt"], "2024-03-01T12:00:00.000Z")
        XCTAssertNil(steps[1]["completedAt"])
        XCTAssertEqual(steps[1]["approvers"]?.arrayValue?.first?["requestedAt"], "2024-03-01T12:00:00.000Z")
        // Approving twice is refused; step 1 is no longer current anyway.
        XCTAssertEqual(approve(tenant, version: marks.offerVersionID, step: marks.currentApprovalStepID, user: marks.pendingApproverUserIDs[1]).code, "invalid_input")

        let last = approve(tenant, version: marks.offerVersionID, step: marks.laterApprovalStepID, user: marks.laterStepApproverUserID)
        XCTAssertTrue(last.success)
        XCTAssertEqual(last.json["results"]?["offerStatus"], "WaitingOnCandidateResponse")
        XCTAssertEqual(last.json["results"]?["acceptanceStatus"], "WaitingOnResponse")
        XCTAssertEqual(last.json["results"]?["latestVersion"]?["approvalStatus"], "Approved")
        steps = approval(tenant, marks.offerVersionID)["steps"]!.arrayValue!
        XCTAssertEqual(steps[1]["approvers"]?.arrayValue?.first?["decision"], "approve")
        XCTAssertEqual(approval(tenant, marks.offerVersionID)["completedAt"], "2024-03-01T12:00:00.000Z")
        // Done: further approvals are refused.
        XCTAssertEqual(approve(tenant, version: marks.offerVersionID).code, "invalid_input")
    }

    func testWholeOfferApproval() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        let whole = approve(tenant, version: marks.offerVersionID)
        XCTAssertTrue(whole.success)
        XCTAssertEqual(whole.json["results"]?["offerStatus"], "WaitingOnCandidateResponse")
        XCTAssertEqual(whole.json["results"]?["latestVersion"]?["approvalStatus"], "Approved")
        XCTAssertTrue(approval(tenant, marks.offerVersionID)["steps"]!.arrayValue!.allSatisfy { $0["completedAt"] != nil })
        // An offer that is not waiting on approval cannot be approved.
        let notStarted = tenant.call("/offer.list", ["offerStatus": ["WaitingOnApprovalStart"]]).results.first!
        XCTAssertEqual(approve(tenant, version: notStarted["latestVersion"]!["id"]!.stringValue!).code, "invalid_input")
    }

    func testOfferListFilters() {
        let tenant = TenantHarness.tenant()
        let waiting = tenant.call("/offer.list", ["approvalStatus": ["WaitingOnApprovals"]]).results
        XCTAssertGreaterThanOrEqual(waiting.count, 3)
        XCTAssertTrue(waiting.allSatisfy { $0["latestVersion"]?["approvalStatus"] == "WaitingOnApprovals" && $0["versions"] == nil })
        XCTAssertEqual(tenant.call("/offer.list", ["offerStatus": []]).code, "invalid_input")
        XCTAssertEqual(tenant.call("/offer.list", ["acceptanceStatus": ["Maybe"]]).code, "invalid_input")
    }
}
