import AshbyAPI
import AshbySandbox
import XCTest

/// The four writes over real HTTP, each followed by the incremental sync that must report it.
final class WriteTests: XCTestCase {
    func testChangeStageMovesTheCardAndTheNextSyncReportsIt() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        let token = try XCTUnwrap(client.sync(AshbyList.applications, token: nil) { _, _ in }.syncToken)
        let application = try XCTUnwrap(client.listAll(AshbyList.applications).first {
            $0.status == .active && $0.currentInterviewStage.type != .offer
        })
        let stages = try client.interviewStages(interviewPlanId: application.currentInterviewStage.interviewPlanId)
        let next = try XCTUnwrap(stages.first { $0.orderInInterviewPlan > application.currentInterviewStage.orderInInterviewPlan && $0.type == .active })
        let moved = try client.changeStage(applicationId: application.id, interviewStageId: next.id)
        XCTAssertEqual(moved.id, application.id)
        XCTAssertEqual(moved.currentInterviewStage.id, next.id)

        var changed: [Application] = []
        _ = try client.sync(AshbyList.applications, token: token) { page, _ in changed += page.items }
        XCTAssertEqual(changed.map(\.id), [application.id])
        XCTAssertEqual(changed.first?.currentInterviewStage.id, next.id)
        let history = try client.applicationHistory(applicationId: application.id)
        XCTAssertEqual(history.last?.stageId, next.id)
        // Moving again to the same stage is harmless: this is why the client retries it.
        XCTAssertEqual(try client.changeStage(applicationId: application.id, interviewStageId: next.id).currentInterviewStage.id, next.id)
    }

    func testCreateNoteAppearsInTheCandidatesNotes() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        let candidate = try XCTUnwrap(client.listAll(AshbyList.candidates).first)
        let token = try XCTUnwrap(client.sync(AshbyList.candidateNotes, token: nil, parameters: ["candidateId": .string(candidate.id)]) { _, _ in }.syncToken)
        let text = "Strong systems answer — 日本語 ✓"
        let note = try client.createNote(candidateId: candidate.id, note: .plain(text))
        XCTAssertEqual(note.content, text)
        XCTAssertTrue(try client.notes(candidateId: candidate.id).contains { $0.id == note.id })
        var changed: [Note] = []
        _ = try client.sync(AshbyList.candidateNotes, token: token, parameters: ["candidateId": .string(candidate.id)]) { page, _ in changed += page.items }
        XCTAssertEqual(changed.map(\.id), [note.id])
    }

    func testSubmitFeedbackWithEveryRequiredField() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        let form = try XCTUnwrap(client.listAll(AshbyList.feedbackFormDefinitions).first { !$0.isArchived })
        let application = try XCTUnwrap(client.listAll(AshbyList.applications).first { $0.status == .active })
        let before = try client.feedback(applicationId: application.id).count
        let fields = form.formDefinition.fields.map { FeedbackFieldSubmission(path: $0.path, value: Self.answer(for: $0)) }
        let result = try client.submitFeedback(formDefinitionId: form.id, applicationId: application.id, fields: fields)
        let instance = try XCTUnwrap(result.submittedFormInstance)
        for field in fields { XCTAssertEqual(instance.submittedValues[field.path], field.value, field.path) }
        XCTAssertEqual(try client.feedback(applicationId: application.id).count, before + 1)

        let bad = Result { try client.submitFeedback(formDefinitionId: form.id, applicationId: application.id, fields: []) }
        guard case .failure(AshbyError.invalidInput) = bad else { return XCTFail("missing required fields must be refused: \(bad)") }
    }

    func testApproveTheCurrentOfferStepAsOneOfItsApprovers() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        let token = try XCTUnwrap(client.sync(AshbyList.approvals, token: nil) { _, _ in }.syncToken)
        let approval = try XCTUnwrap(client.listAll(AshbyList.approvals).first { approval in
            approval.entityType == .offer && approval.currentStep?.approvers.contains { $0.decision == .pending } == true
        })
        let step = try XCTUnwrap(approval.currentStep)
        let approver = try XCTUnwrap(step.approvers.first { $0.decision == .pending })
        let outsider = try XCTUnwrap(client.listAll(AshbyList.users).first { user in !step.approvers.contains { $0.userId == user.id } })

        let refused = Result { try client.approveOffer(offerVersionId: approval.entityId, step: OfferApprovalStep(approvalStepId: step.id, userId: outsider.id)) }
        guard case .failure(AshbyError.invalidInput) = refused else { return XCTFail("a non-approver must be refused: \(refused)") }

        let offer = try client.approveOffer(offerVersionId: approval.entityId, step: OfferApprovalStep(approvalStepId: step.id, userId: approver.userId))
        XCTAssertEqual(offer.latestVersion?.id, approval.entityId)
        var changed: [Approval] = []
        _ = try client.sync(AshbyList.approvals, token: token) { page, _ in changed += page.items }
        let updated = try XCTUnwrap(changed.first { $0.id == approval.id })
        let decided = try XCTUnwrap(updated.steps.first { $0.id == step.id }?.approvers.first { $0.userId == approver.userId })
        XCTAssertEqual(decided.decision, .approve)
    }

    func testApproveTheWholeOffer() throws {
        let sandbox = try startSandbox()
        let client = sandbox.client()
        let offer = try XCTUnwrap(client.listAll(AshbyList.offers).first { $0.latestVersion?.approvalStatus == .waitingOnApprovals })
        let version = try XCTUnwrap(offer.latestVersion)
        let approved = try client.approveOffer(offerVersionId: version.id, step: nil)
        XCTAssertEqual(approved.latestVersion?.approvalStatus, .approved)
        XCTAssertEqual(approved.offerStatus, .waitingOnCandidateResponse)
        XCTAssertEqual(try client.offer(id: offer.id).latestVersion?.approvalStatus, .approved)
    }

    /// A valid answer for any field type, as `applicationFeedback.submit` encodes it.
    static func answer(for field: FormField) -> JSONValue {
        switch field.type {
        case .score: return ["score": 3]
        case .valueSelect: return .string(field.selectableValues?.first?.value ?? "")
        case .multiValueSelect: return .array((field.selectableValues ?? []).prefix(1).map { .string($0.value) })
        case .boolean: return true
        case .number: return 4
        case .date: return "2026-11-30"
        case .email: return "panel@example.com"
        case .richText: return ["type": "PlainText", "value": "Clear communicator."]
        default: return "Clear communicator; strong on trade-offs."
        }
    }
}
