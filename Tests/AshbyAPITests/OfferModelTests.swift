import AshbyAPI
import Foundation
import XCTest

final class OfferModelTests: XCTestCase {
    private let versionJSON = """
        {"id":"ov2","startDate":"2024-02-15T00:00:00.000Z","salary":{"currencyCode":"USD","value":185000},
         "createdAt":"2024-01-14T10:30:00.000Z","openingId":"o1",
         "customFields":[{"id":"cf1","title":"Signing bonus","value":{"value":10000,"currencyCode":"USD"}}],
         "fileHandles":[{"id":"fh1","name":"offer.pdf","handle":"h1"}],
         "author":\(sarahJSON),"approvalStatus":"WaitingOnApprovals"}
        """

    func testOfferInfoWithVersionsAndForm() throws {
        let json = """
            {"id":"off1","decidedAt":null,"applicationId":"a1","acceptanceStatus":"Pending","offerStatus":"WaitingOnOfferApproval",
             "latestVersion":\(versionJSON),
             "versions":[\(versionJSON),{"id":"ov1","createdAt":"2024-01-10T10:30:00.000Z","approvalStatus":null}],
             "formDefinition":{"sections":[]}}
            """
        let offer = try decodeModel(Offer.self, json)
        let latest = OfferVersion(
            id: "ov2", startDate: timestamp("2024-02-15T00:00:00.000Z"), salary: CurrencyAmount(currencyCode: "USD", value: 185_000),
            createdAt: timestamp("2024-01-14T10:30:00.000Z"), openingId: "o1",
            customFields: [CustomFieldValue(id: "cf1", title: "Signing bonus", value: ["value": 10000, "currencyCode": "USD"])],
            fileHandles: [FileHandle(id: "fh1", name: "offer.pdf", handle: "h1")], author: sarah,
            approvalStatus: .waitingOnApprovals)
        XCTAssertEqual(
            offer,
            Offer(
                id: "off1", applicationId: "a1", acceptanceStatus: .pending, offerStatus: .waitingOnOfferApproval,
                latestVersion: latest,
                versions: [latest, OfferVersion(id: "ov1", createdAt: timestamp("2024-01-10T10:30:00.000Z"))],
                formDefinition: FormDefinition(sections: [])))
        try assertRoundTrip(offer)
    }

    func testOfferFromListKeepsDecidedAtAsSentAndToleratesDateOnlyStart() throws {
        let json = """
            {"id":"off2","decidedAt":"2024-03-01","applicationId":"a2","acceptanceStatus":"Accepted","offerStatus":"CandidateAccepted",
             "latestVersion":{"id":"ov9","startDate":"2024-04-01","createdAt":"2024-02-01T00:00:00Z","approvalStatus":"Approved"}}
            """
        let offer = try decodeModel(Offer.self, json)
        XCTAssertEqual(offer.decidedAt, "2024-03-01")
        XCTAssertEqual(offer.acceptanceStatus, .accepted)
        XCTAssertEqual(offer.offerStatus, .candidateAccepted)
        XCTAssertEqual(offer.latestVersion?.startDate, timestamp("2024-04-01T00:00:00Z"))
        XCTAssertEqual(offer.latestVersion?.approvalStatus, .approved)
        XCTAssertNil(offer.versions)
        XCTAssertNil(offer.formDefinition)
    }

    private func approval(completedAt: String?, steps: String) throws -> Approval {
        let completed = completedAt.map { "\"\($0)\"" } ?? "null"
        return try decodeModel(Approval.self, """
            {"id":"ap1","approvalDefinitionId":"ad1","entityId":"ov2","entityType":"offer",
             "createdAt":"2024-01-14T10:30:00.000Z","submittedAt":"2024-01-14T10:31:00.000Z","completedAt":\(completed),
             "steps":\(steps)}
            """)
    }

    func testApprovalDecodesStepsAndApprovers() throws {
        let steps = """
            [{"id":"st1","approvalsRequired":1,"completedAt":"2024-01-15T09:00:00.000Z","approvers":[
               {"id":"apr1","userId":"u1","decision":"approve","decidedAt":"2024-01-15T09:00:00.000Z","requestedAt":"2024-01-14T10:31:00.000Z"}]},
             {"id":"st2","approvalsRequired":2,"completedAt":null,"approvers":[
               {"id":"apr2","userId":"u2","decision":"approve","decidedAt":"2024-01-16T09:00:00.000Z"},
               {"id":"apr3","userId":"u3","decision":"pending"}]},
             {"id":"st3","approvalsRequired":1,"approvers":[{"id":"apr4","userId":"u4","decision":"pending"}]}]
            """
        let approval = try approval(completedAt: nil, steps: steps)
        XCTAssertEqual(approval.entityType, .offer)
        XCTAssertEqual(approval.entityId, "ov2")
        XCTAssertEqual(approval.submittedAt, timestamp("2024-01-14T10:31:00.000Z"))
        XCTAssertEqual(approval.steps.map(\.id), ["st1", "st2", "st3"])
        XCTAssertEqual(
            approval.steps[0].approvers,
            [Approver(id: "apr1", userId: "u1", decision: .approve, decidedAt: timestamp("2024-01-15T09:00:00.000Z"),
                      requestedAt: timestamp("2024-01-14T10:31:00.000Z"))])
        XCTAssertEqual(approval.steps[1].approvalsRequired, 2)
        XCTAssertEqual(approval.status, .pending)
        XCTAssertEqual(approval.currentStep?.id, "st2")
        try assertRoundTrip(approval)
    }

    func testApprovalStatusDerivation() throws {
        let approvedSteps = #"[{"id":"st1","approvalsRequired":1,"completedAt":"2024-01-15T09:00:00Z","approvers":[{"id":"a","userId":"u1","decision":"approve"}]}]"#
        let completed = try approval(completedAt: "2024-01-15T09:00:00Z", steps: approvedSteps)
        XCTAssertEqual(completed.status, .approved)
        XCTAssertNil(completed.currentStep)

        let rejectedSteps = #"[{"id":"st1","approvalsRequired":1,"approvers":[{"id":"a","userId":"u1","decision":"reject"},{"id":"b","userId":"u2","decision":"pending"}]}]"#
        XCTAssertEqual(try approval(completedAt: nil, steps: rejectedSteps).status, .declined)
        XCTAssertEqual(try approval(completedAt: "2024-01-15T09:00:00Z", steps: rejectedSteps).status, .declined,
                       "a reject outweighs completedAt")

        let untouched = try approval(completedAt: nil, steps: #"[{"id":"st1","approvalsRequired":1,"approvers":[{"id":"a","userId":"u1","decision":"pending"}]}]"#)
        XCTAssertEqual(untouched.status, .pending)
        XCTAssertEqual(untouched.currentStep?.id, "st1")

        let unknownDecision = try approval(completedAt: nil, steps: #"[{"id":"st1","approvalsRequired":1,"approvers":[{"id":"a","userId":"u1","decision":"abstain"}]}]"#)
        XCTAssertEqual(unknownDecision.steps[0].approvers[0].decision.rawValue, "abstain")
        XCTAssertEqual(unknownDecision.status, .pending)

        XCTAssertEqual(try approval(completedAt: nil, steps: "[]").status, .pending)
        XCTAssertNil(try approval(completedAt: nil, steps: "[]").currentStep)
    }
}
