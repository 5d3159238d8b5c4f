import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// Crash and restart: the outbox is abandoned (a) after the durable write, before sending, and
/// (b) after the server applied the write, before the confirmation — the journal is then what
/// `kill -9` leaves. A new outbox over the same directory completes each action; the server
/// ends with exactly one effect.
final class OutboxRecoveryTests: XCTestCase {
    private struct Scenario {
        var action: OutboxAction
        var optimistic = StoreDelta()
        var rollback = StoreDelta()
        var actingUserId: String?
        /// How many times the action took effect on the server.
        var effects: () throws -> Int
    }

    /// Submits, crashes at `point`, checks the server (`effectsAtCrash`), restarts, recovers, checks again.
    private func crashAndRecover(_ fixture: OutboxFixture, _ scenario: Scenario, at point: OutboxCrashPoint,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        fixture.outbox.actingUserId = scenario.actingUserId
        fixture.outbox.crashPoint = point
        let id = try XCTUnwrap(fixture.outbox.submit(scenario.action, optimistic: scenario.optimistic, rollback: scenario.rollback,
                                                     summary: "crash test"), file: file, line: line)
        let deadline = Date(timeIntervalSinceNow: 30)
        while !fixture.outbox.hasAbandoned && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        XCTAssertTrue(fixture.outbox.hasAbandoned, file: file, line: line)

        let journal = try fixture.journalEntries()
        XCTAssertEqual(journal.map(\.id), [id], file: file, line: line)
        switch point {
        case .afterDurableWrite:
            XCTAssertNil(journal.first?.attemptedAt, file: file, line: line)
            XCTAssertEqual(try scenario.effects(), 0, "sent before the crash", file: file, line: line)
        case .afterSend:
            XCTAssertNotNil(journal.first?.attemptedAt, "the attempt must be on disk before sending", file: file, line: line)
            XCTAssertEqual(try scenario.effects(), 1, "not applied before the crash", file: file, line: line)
        }

        let restarted = try fixture.restart(actingUserId: scenario.actingUserId)
        XCTAssertEqual(restarted.recoverPending(), 1, file: file, line: line)
        XCTAssertTrue(restarted.waitUntilEmpty(timeout: 30), file: file, line: line)
        fixture.pump.drainNow()
        XCTAssertEqual(fixture.pump.outboxStates.last { $0.actionId == id }?.phase, .confirmed, file: file, line: line)
        XCTAssertEqual(try scenario.effects(), 1, "the server must end with exactly one effect", file: file, line: line)
        XCTAssertEqual(fixture.journalFiles, [], file: file, line: line)
    }

    private func stageMove(_ fixture: OutboxFixture) throws -> Scenario {
        let landmarks = fixture.landmarks
        let (optimistic, rollback) = try fixture.moveDeltas(landmarks.applicationID, to: landmarks.offerStageID)
        return Scenario(action: .moveApplication(applicationId: landmarks.applicationID, toStageId: landmarks.offerStageID, archiveReasonId: nil),
                        optimistic: optimistic, rollback: rollback) {
            let stage = fixture.serverApplication(landmarks.applicationID)?.stageId
            let entries = try fixture.historyEntries(landmarks.applicationID, into: landmarks.offerStageID)
            return stage == landmarks.offerStageID ? entries : 0
        }
    }

    private func note(_ fixture: OutboxFixture) -> Scenario {
        let text = "Recovered after a crash. \(UUID().uuidString)"
        return Scenario(action: .addNote(candidateId: fixture.landmarks.candidateID, text: text)) { fixture.notes(withText: text) }
    }

    private func feedback(_ fixture: OutboxFixture) throws -> Scenario {
        let (action, optimistic, rollback) = try fixture.feedbackAction()
        let landmarks = fixture.landmarks
        return Scenario(action: action, optimistic: optimistic, rollback: rollback) {
            fixture.feedbackSubmissions(eventId: landmarks.interviewEventID, userId: landmarks.interviewerUserID).count
        }
    }

    private func approval(_ fixture: OutboxFixture) -> Scenario {
        let landmarks = fixture.landmarks
        let approver = landmarks.pendingApproverUserIDs[0]
        let approvedAlready = fixture.approval(ofVersion: landmarks.offerVersionID)?.steps
            .first { $0.id == landmarks.currentApprovalStepID }?.approvers.filter { $0.decision == .approve }.count ?? 0
        return Scenario(action: .approveOffer(offerId: landmarks.offerID, offerVersionId: landmarks.offerVersionID,
                                              stepId: landmarks.currentApprovalStepID, userId: approver),
                        actingUserId: approver) {
            let steps = fixture.approval(ofVersion: landmarks.offerVersionID)?.steps ?? []
            let current = steps.first { $0.id == landmarks.currentApprovalStepID }
            // Decided once by this approver, and nothing approved beyond it (no second approval on a later step).
            let later = steps.first { $0.id == landmarks.laterApprovalStepID }?.approvers.filter { $0.decision != .pending }.count ?? 0
            XCTAssertEqual(later, 0)
            let mine = current?.approvers.first { $0.userId == approver }?.decision == .approve ? 1 : 0
            XCTAssertEqual(current?.approvers.filter { $0.decision == .approve }.count, approvedAlready + mine)
            return mine
        }
    }

    func testStageMoveCrashBeforeSend() throws {
        let fixture = try OutboxFixture(self)
        try crashAndRecover(fixture, stageMove(fixture), at: .afterDurableWrite)
    }

    func testStageMoveCrashAfterSend() throws {
        let fixture = try OutboxFixture(self)
        try crashAndRecover(fixture, stageMove(fixture), at: .afterSend)
    }

    func testNoteCrashBeforeSend() throws {
        let fixture = try OutboxFixture(self)
        try crashAndRecover(fixture, note(fixture), at: .afterDurableWrite)
    }

    func testNoteCrashAfterSendIsFoundNotResent() throws {
        let fixture = try OutboxFixture(self)
        try crashAndRecover(fixture, note(fixture), at: .afterSend)
    }

    func testFeedbackCrashBeforeSend() throws {
        let fixture = try OutboxFixture(self)
        try crashAndRecover(fixture, feedback(fixture), at: .afterDurableWrite)
    }

    func testFeedbackCrashAfterSendIsFoundNotResent() throws {
        let fixture = try OutboxFixture(self)
        try crashAndRecover(fixture, feedback(fixture), at: .afterSend)
        // The temporary record is dropped and the server's record merged.
        let confirmed = fixture.pump.merges.last { if case .confirmed = $0.origin { return true }; return false }
        XCTAssertEqual(confirmed?.delta.removals[.applicationFeedback], ["temporary-feedback"])
        XCTAssertEqual(confirmed?.delta.feedback.count, 1)
    }

    func testApprovalCrashBeforeSend() throws {
        let fixture = try OutboxFixture(self)
        try crashAndRecover(fixture, approval(fixture), at: .afterDurableWrite)
    }

    func testApprovalCrashAfterSendIsFoundNotResent() throws {
        let fixture = try OutboxFixture(self)
        try crashAndRecover(fixture, approval(fixture), at: .afterSend)
    }

    func testARecoveredActionThatFailsIsUndoneWithTheServersVersion() throws {
        let fixture = try OutboxFixture(self)
        let landmarks = fixture.landmarks
        let before = try XCTUnwrap(fixture.serverApplication(landmarks.applicationID))
        fixture.outbox.crashPoint = .afterDurableWrite
        // Archiving without a reason is refused by the server.
        let id = try XCTUnwrap(fixture.outbox.submit(.moveApplication(applicationId: landmarks.applicationID, toStageId: landmarks.archivedStageID,
                                                                      archiveReasonId: nil),
                                                     optimistic: StoreDelta(), rollback: StoreDelta(), summary: "Archive"))
        let restarted = try fixture.restart()
        XCTAssertEqual(restarted.recoverPending(), 1)
        XCTAssertTrue(restarted.waitUntilEmpty(timeout: 30))
        fixture.pump.drainNow()
        guard case .failed? = fixture.pump.outboxStates.last(where: { $0.actionId == id })?.phase else { return XCTFail() }
        let rollback = fixture.pump.merges.last { $0.origin == .rollback(actionId: id) }
        XCTAssertEqual(rollback?.delta.applications, [before])
        XCTAssertEqual(fixture.journalFiles, [])
    }

    func testAnUnreadableJournalFileIsSetAsideWithANotice() throws {
        let fixture = try OutboxFixture(self)
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: fixture.directory + "/0000000000000001-broken.json"))
        let restarted = try fixture.restart()
        XCTAssertEqual(restarted.recoverPending(), 0)
        fixture.pump.drainNow()
        XCTAssertEqual(fixture.pump.notices.map(\.level), [.error])
        XCTAssertTrue(fixture.pump.notices.first?.text.contains("0000000000000001-broken.json") ?? false)
        XCTAssertEqual(fixture.journalFiles, ["0000000000000001-broken.json.corrupt"])
    }
}
