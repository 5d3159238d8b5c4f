#if canImport(Glibc)
import Glibc
#endif
import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// Each write through the outbox against the sandbox over HTTP: optimistic merge, the server's
/// version on confirmation, rollback and a notice on permanent failure, read-only refusal.
final class OutboxTests: XCTestCase {
    func testAStageMoveIsOptimisticThenConfirmedWithTheServersVersion() throws {
        let fixture = try OutboxFixture(self)
        let landmarks = fixture.landmarks
        let (optimistic, rollback) = try fixture.moveDeltas(landmarks.applicationID, to: landmarks.offerStageID)
        let id = try XCTUnwrap(fixture.outbox.submit(.moveApplication(applicationId: landmarks.applicationID, toStageId: landmarks.offerStageID,
                                                                      archiveReasonId: nil),
                                                     optimistic: optimistic, rollback: rollback, summary: "Move to Offer"))

        XCTAssertEqual(fixture.waitForOutcome(id), [.queued, .sending(attempt: 1), .confirmed])
        let merges = fixture.merges(of: id)
        XCTAssertEqual(merges.map(\.origin), [.optimistic(actionId: id), .confirmed(actionId: id)])
        XCTAssertEqual(merges[0].delta.applications, optimistic.applications)
        let server = try XCTUnwrap(fixture.serverApplication(landmarks.applicationID))
        XCTAssertEqual(server.stageId, landmarks.offerStageID)
        XCTAssertEqual(merges[1].delta.applications, [server])
        XCTAssertEqual(fixture.pump.store.applicationsAsServed[landmarks.applicationID], server)
        XCTAssertEqual(fixture.journalFiles, [])
        XCTAssertEqual(fixture.outbox.pending, [])
    }

    func testArchivingCarriesTheReason() throws {
        let fixture = try OutboxFixture(self)
        let landmarks = fixture.landmarks
        let (optimistic, rollback) = try fixture.moveDeltas(landmarks.applicationID, to: landmarks.archivedStageID,
                                                            archiveReasonId: landmarks.archiveReasonID)
        let id = try XCTUnwrap(fixture.outbox.submit(.moveApplication(applicationId: landmarks.applicationID, toStageId: landmarks.archivedStageID,
                                                                      archiveReasonId: landmarks.archiveReasonID),
                                                     optimistic: optimistic, rollback: rollback, summary: "Archive"))
        XCTAssertEqual(fixture.waitForOutcome(id).last, .confirmed)
        let server = try XCTUnwrap(fixture.serverApplication(landmarks.applicationID))
        XCTAssertEqual(server.status, .archived)
        XCTAssertEqual(server.archiveReasonId, landmarks.archiveReasonID)
        XCTAssertEqual(fixture.pump.store.applicationsAsServed[landmarks.applicationID], server)
    }

    func testANoteIsCreatedOnce() throws {
        let fixture = try OutboxFixture(self)
        let text = "Great conversation about distributed systems. \(UUID().uuidString)"
        let id = try XCTUnwrap(fixture.outbox.submit(.addNote(candidateId: fixture.landmarks.candidateID, text: text),
                                                     optimistic: StoreDelta(), rollback: StoreDelta(), summary: "Add a note"))
        XCTAssertEqual(fixture.waitForOutcome(id), [.queued, .sending(attempt: 1), .confirmed])
        XCTAssertEqual(fixture.notes(withText: text), 1)
        XCTAssertEqual(fixture.merges(of: id).map(\.origin), [.confirmed(actionId: id)])
    }

    func testFeedbackReplacesItsTemporaryRecordWithTheServersOne() throws {
        let fixture = try OutboxFixture(self, actingUserId: nil)
        let landmarks = fixture.landmarks
        let (action, optimistic, rollback) = try fixture.feedbackAction()
        let id = try XCTUnwrap(fixture.outbox.submit(action, optimistic: optimistic, rollback: rollback, summary: "Submit feedback"))
        XCTAssertEqual(fixture.waitForOutcome(id).last, .confirmed)

        let submitted = fixture.feedbackSubmissions(eventId: landmarks.interviewEventID, userId: landmarks.interviewerUserID)
        XCTAssertEqual(submitted.count, 1)
        let store = fixture.pump.store
        XCTAssertNil(store.feedback["temporary-feedback"])
        let record = try XCTUnwrap(store.feedback[submitted[0].id])
        XCTAssertEqual(record, FeedbackRecord.split(submitted[0]).0)
        XCTAssertEqual(fixture.merges(of: id).last?.delta.removals[.applicationFeedback], ["temporary-feedback"])
    }

    func testApprovingTheCurrentStepAsAnApprover() throws {
        let fixture = try OutboxFixture(self)
        let landmarks = fixture.landmarks
        let approver = landmarks.pendingApproverUserIDs[0]
        fixture.outbox.actingUserId = approver
        let action = OutboxAction.approveOffer(offerId: landmarks.offerID, offerVersionId: landmarks.offerVersionID,
                                               stepId: landmarks.currentApprovalStepID, userId: approver)
        let id = try XCTUnwrap(fixture.outbox.submit(action, optimistic: StoreDelta(), rollback: StoreDelta(), summary: "Approve offer"))
        XCTAssertEqual(fixture.waitForOutcome(id).last, .confirmed)

        XCTAssertEqual(fixture.approver(approver, step: landmarks.currentApprovalStepID, version: landmarks.offerVersionID)?.decision, .approve)
        let server = ServerState(fixture.tenant)
        let confirmed = try XCTUnwrap(fixture.merges(of: id).last?.delta)
        XCTAssertEqual(confirmed.offers, [try XCTUnwrap(server.offers[landmarks.offerID])])
        XCTAssertEqual(confirmed.approvals, [try XCTUnwrap(fixture.approval(ofVersion: landmarks.offerVersionID))])
    }

    func testAPermanentFailureRollsBackAndSaysWhich() throws {
        let fixture = try OutboxFixture(self)
        let landmarks = fixture.landmarks
        let before = try XCTUnwrap(fixture.serverApplication(landmarks.applicationID))
        let foreignStage = try XCTUnwrap(ServerState.decode(InterviewStage.self, fixture.tenant.snapshot(of: "interviewStage"))
            .first { $0.interviewPlanId != landmarks.interviewPlanID })
        let (optimistic, rollback) = try fixture.moveDeltas(landmarks.applicationID, to: foreignStage.id)
        let id = try XCTUnwrap(fixture.outbox.submit(.moveApplication(applicationId: landmarks.applicationID, toStageId: foreignStage.id,
                                                                      archiveReasonId: nil),
                                                     optimistic: optimistic, rollback: rollback, summary: "Move Ada to Onsite"))
        let phases = fixture.waitForOutcome(id)
        guard case .failed(let reason)? = phases.last else { return XCTFail("\(phases)") }
        XCTAssertTrue(reason.contains("interview_stage_not_found"), reason)

        let merges = fixture.merges(of: id)
        XCTAssertEqual(merges.map(\.origin), [.optimistic(actionId: id), .rollback(actionId: id)])
        XCTAssertEqual(merges[1].delta.applications, [before])
        XCTAssertEqual(fixture.pump.store.applicationsAsServed[landmarks.applicationID], before)
        XCTAssertEqual(fixture.pump.notices.map(\.level), [.error])
        XCTAssertTrue(fixture.pump.notices[0].text.contains("Move Ada to Onsite"))
        XCTAssertEqual(fixture.serverApplication(landmarks.applicationID), before)
        XCTAssertEqual(fixture.journalFiles, [])
    }

    func testApprovingAVersionThatIsNoLongerTheLatestIsRefused() throws {
        let fixture = try OutboxFixture(self)
        let landmarks = fixture.landmarks
        let approver = landmarks.pendingApproverUserIDs[0]
        fixture.outbox.actingUserId = approver
        let action = OutboxAction.approveOffer(offerId: landmarks.offerID, offerVersionId: landmarks.staleOfferVersionID,
                                               stepId: landmarks.currentApprovalStepID, userId: approver)
        let id = try XCTUnwrap(fixture.outbox.submit(action, optimistic: StoreDelta(), rollback: StoreDelta(), summary: "Approve offer"))
        guard case .failed(let reason)? = fixture.waitForOutcome(id).last else { return XCTFail() }
        XCTAssertTrue(reason.contains("no longer the latest"), reason)
        XCTAssertEqual(fixture.approver(approver, step: landmarks.currentApprovalStepID, version: landmarks.offerVersionID)?.decision, .pending)
    }

    func testApprovingAsSomeoneElseIsRefusedBeforeAnythingIsWritten() throws {
        let fixture = try OutboxFixture(self)
        let landmarks = fixture.landmarks
        fixture.outbox.actingUserId = landmarks.pendingApproverUserIDs[0]
        let requests = fixture.tenant.stats.requests
        let action = OutboxAction.approveOffer(offerId: landmarks.offerID, offerVersionId: landmarks.offerVersionID,
                                               stepId: landmarks.currentApprovalStepID, userId: landmarks.pendingApproverUserIDs[1])
        XCTAssertNil(fixture.outbox.submit(action, optimistic: StoreDelta(), rollback: StoreDelta(), summary: "Approve offer"))
        fixture.pump.drainNow()
        XCTAssertEqual(fixture.pump.notices, [Notice(.error, "\"Approve offer\" was not sent: a step can only be approved as yourself")])
        XCTAssertEqual(fixture.journalFiles, [])
        XCTAssertEqual(fixture.tenant.stats.requests, requests)

        // Without a resolved acting user nobody may approve a step.
        fixture.outbox.actingUserId = nil
        XCTAssertNil(fixture.outbox.submit(action, optimistic: StoreDelta(), rollback: StoreDelta(), summary: "Approve offer"))
        fixture.pump.drainNow()
        XCTAssertTrue(fixture.pump.notices.last?.text.contains("acting user is not known") ?? false)
    }

    func testReadOnlyModeRefusesWithANoticeAndWritesAndSendsNothing() throws {
        let fixture = try OutboxFixture(self, readOnly: true)
        let requests = fixture.tenant.stats.requests
        let id = fixture.outbox.submit(.addNote(candidateId: fixture.landmarks.candidateID, text: "hello"), optimistic: StoreDelta(),
                                       rollback: StoreDelta(), summary: "Add a note")
        XCTAssertNil(id)
        fixture.pump.drainNow()
        XCTAssertEqual(fixture.pump.notices.count, 1)
        XCTAssertEqual(fixture.pump.notices.first?.level, .warning)
        XCTAssertTrue(fixture.pump.notices.first?.text.contains("Read-only") ?? false)
        XCTAssertTrue(fixture.pump.merges.isEmpty && fixture.pump.outboxStates.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.directory))
        XCTAssertEqual(fixture.tenant.stats.requests, requests)
    }

    func testTheJournalIsPrivateAndHoldsTheActionBeforeItIsSent() throws {
        let fixture = try OutboxFixture(self)
        fixture.outbox.crashPoint = .afterDurableWrite
        let action = OutboxAction.addNote(candidateId: fixture.landmarks.candidateID, text: "kept safe")
        let id = try XCTUnwrap(fixture.outbox.submit(action, optimistic: StoreDelta(), rollback: StoreDelta(), summary: "Add a note"))
        let entries = try fixture.journalEntries()
        XCTAssertEqual(entries.map(\.id), [id])
        XCTAssertEqual(entries.first?.action, action)
        XCTAssertNil(entries.first?.attemptedAt)
        var info = stat()
        XCTAssertEqual(stat(fixture.directory + "/" + fixture.journalFiles[0], &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        XCTAssertEqual(stat(fixture.directory, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)
    }

    func testATransientFailureIsRetriedThenConfirmed() throws {
        let fixture = try OutboxFixture(self, retry: RetryPolicy.none)
        fixture.tenant.scheduleFault(.serverError(status: 503), times: 2, path: "/application.changeStage")
        let landmarks = fixture.landmarks
        let (optimistic, rollback) = try fixture.moveDeltas(landmarks.applicationID, to: landmarks.offerStageID)
        let id = try XCTUnwrap(fixture.outbox.submit(.moveApplication(applicationId: landmarks.applicationID, toStageId: landmarks.offerStageID,
                                                                      archiveReasonId: nil),
                                                     optimistic: optimistic, rollback: rollback, summary: "Move to Offer"))
        let phases = fixture.waitForOutcome(id)
        XCTAssertEqual(phases.filter(\.isRetrying).count, 2)
        XCTAssertEqual(phases.last, .confirmed)
        XCTAssertEqual(phases.filter { if case .sending = $0 { return true }; return false }, [.sending(attempt: 1), .sending(attempt: 2), .sending(attempt: 3)])
        XCTAssertEqual(try fixture.historyEntries(landmarks.applicationID, into: landmarks.offerStageID), 1)
    }

    func testANoteWhoseAnswerWasLostIsCheckedNotSentAgain() throws {
        let fixture = try OutboxFixture(self, retry: RetryPolicy.none)
        // The server creates the note, then the connection drops before the answer.
        fixture.tenant.scheduleFault(.dropConnection, times: 1, path: "/candidate.createNote")
        let text = "Answer lost on the way back. \(UUID().uuidString)"
        let id = try XCTUnwrap(fixture.outbox.submit(.addNote(candidateId: fixture.landmarks.candidateID, text: text),
                                                     optimistic: StoreDelta(), rollback: StoreDelta(), summary: "Add a note"))
        let phases = fixture.waitForOutcome(id)
        XCTAssertEqual(phases.filter(\.isRetrying).count, 1)
        XCTAssertEqual(phases.last, .confirmed)
        XCTAssertEqual(fixture.notes(withText: text), 1)
    }

    func testActionsAreSentInTheOrderSubmitted() throws {
        let fixture = try OutboxFixture(self)
        let landmarks = fixture.landmarks
        var ids: [String] = []
        for stage in [landmarks.offerStageID, landmarks.leadStageID, landmarks.hiredStageID] {
            let (optimistic, rollback) = try fixture.moveDeltas(landmarks.applicationID, to: stage)
            ids.append(try XCTUnwrap(fixture.outbox.submit(.moveApplication(applicationId: landmarks.applicationID, toStageId: stage,
                                                                            archiveReasonId: nil),
                                                           optimistic: optimistic, rollback: rollback, summary: "Move")))
        }
        XCTAssertTrue(fixture.outbox.waitUntilEmpty(timeout: 30))
        fixture.pump.drainNow()
        let confirmations = fixture.pump.outboxStates.filter { $0.phase == .confirmed }.map(\.actionId)
        XCTAssertEqual(confirmations, ids)
        XCTAssertEqual(fixture.serverApplication(landmarks.applicationID)?.stageId, landmarks.hiredStageID)
    }
}
