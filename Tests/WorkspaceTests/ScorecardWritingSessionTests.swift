import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// The landmark interviewer writes the landmark scorecard by keys in a real session: synced over
/// HTTP from the sandbox, sent through the outbox, and stored once on the server as answered.
final class ScorecardWritingSessionTests: XCTestCase {
    private func press(_ session: WorkspaceSession, _ chords: [KeyChord]) {
        for chord in chords { XCTAssertTrue(session.perform(session.model.handleKey(chord)).isEmpty) }
    }

    private func type(_ session: WorkspaceSession, _ text: String) { press(session, text.map(KeyChord.character)) }

    func testTheLandmarkInterviewerWritesTheLandmarkScorecardOverHTTP() throws {
        let sandbox = try startLoopbackSandbox(candidates: 80, jobs: 3, seed: 5)
        let tenant = sandbox.tenant
        let marks = tenant.landmarks
        let users = ServerState.decode(User.self, tenant.snapshot(of: "user"))
        let email = try XCTUnwrap(users.first { $0.id == marks.interviewerUserID }?.email)
        var settings = SessionSettings(tenantName: "Sandbox")
        settings.outboxDirectory = temporaryDirectory()
        settings.actingUserEmail = email
        settings.timeZone = TimeZone(identifier: "UTC")!
        let session = try WorkspaceSession(client: sandbox.client(), settings: settings)
        defer { session.close() }
        let model = session.model
        XCTAssertTrue(session.pump(timeout: 60) { model.status.sync.isUpToDate && model.store.actingUserId != nil }, "\(model.status.sync)")
        XCTAssertEqual(model.store.actingUserId, marks.interviewerUserID)
        let form = try XCTUnwrap(model.store.feedbackFormDefinitions[marks.feedbackFormDefinitionID], "the landmark form is synced")

        // The schedule pane, the landmark interview selected, s.
        type(session, "3")
        model.handle(.click(.scheduleEvent(marks.interviewEventID)))
        type(session, "s")
        guard case .scorecard(let opened)? = model.modal else { return XCTFail("expected the scorecard: \(model.toasts.visible(now: Date()))") }
        XCTAssertEqual(opened.interviewEventId, marks.interviewEventID)
        XCTAssertEqual(opened.applicationId, marks.applicationID)
        XCTAssertEqual(opened.userId, marks.interviewerUserID)
        XCTAssertEqual(opened.fields.map(\.path), form.formDefinition.fields.map(\.path))

        // Every question answered by keys, Enter to the next one.
        let marker = UUID().uuidString
        var expected: [String: JSONValue] = [:]
        for field in opened.fields {
            switch field.kind {
            case .score:
                type(session, "3")
                expected[field.path] = ["score": 3]
            case .choice(let options), .choices(let options):
                type(session, "2")
                let value = JSONValue.string(options[1].value)
                if case .choice = field.kind { expected[field.path] = value } else { expected[field.path] = [value] }
            case .flag:
                type(session, "n")
                expected[field.path] = false
            case .number:
                type(session, "-7")
                expected[field.path] = -7
            case .text(.date):
                type(session, "2026-03-02")
                expected[field.path] = "2026-03-02"
            case .text(.email):
                type(session, "interviewer@example.com")
                expected[field.path] = "interviewer@example.com"
            case .text(.paragraphs):
                type(session, "Solid on design")
                press(session, [.ctrl("j")])
                type(session, "jk \(marker)")
                expected[field.path] = .string("Solid on design\njk \(marker)")
            case .text(.richText):
                type(session, "Clear \(marker)")
                expected[field.path] = ["type": "PlainText", "value": .string("Clear \(marker)")]
            case .text:
                type(session, "Sharp \(marker)")
                expected[field.path] = .string("Sharp \(marker)")
            case .unsupported:
                XCTAssertFalse(field.isRequired, "\(field.path) cannot be answered here")
            }
            press(session, [KeyChord(.enter)])
        }
        XCTAssertEqual(Set(expected.keys), Set(form.formDefinition.fields.map(\.path)), "every question answered")
        guard case .scorecard(let written)? = model.modal else { return XCTFail("the dialog closed") }
        XCTAssertEqual(written.focus, .submit)
        XCTAssertNil(written.problem)
        press(session, [KeyChord(.enter)])
        guard case .confirmation(let dialog)? = model.modal else { return XCTFail("expected the confirmation, got \(String(describing: written.problem))") }
        XCTAssertEqual(dialog.effects.count, 1)
        let effects = model.handleKey(.character("y"))
        XCTAssertEqual(effects.count, 1)
        XCTAssertTrue(session.perform(effects).isEmpty)
        XCTAssertNil(model.modal)
        XCTAssertTrue(model.scorecardDrafts.isEmpty)
        // The optimistic record shows at the loop's next drain, before the server answers.
        XCTAssertTrue(session.drain(now: Date()).changed)
        let temporaryId = "pending-feedback-\(marks.interviewEventID)"
        XCTAssertEqual(model.store.feedback[temporaryId]?.values, expected)

        XCTAssertTrue(session.pump(timeout: 30) { session.pendingWrites == 0 && model.pendingActions.isEmpty && model.store.feedback[temporaryId] == nil })
        let submitted = ServerState.decode(ApplicationFeedback.self, tenant.snapshot(of: "applicationFeedback")).filter {
            $0.interviewEventId == marks.interviewEventID && $0.submittedByUser.id == marks.interviewerUserID
        }
        XCTAssertEqual(submitted.count, 1)
        XCTAssertEqual(submitted.first?.submittedValues, expected)
        XCTAssertEqual(submitted.first?.applicationId, marks.applicationID)
        XCTAssertEqual(submitted.first?.feedbackFormDefinitionId, marks.feedbackFormDefinitionID)
        // The server's record replaced the temporary one in the store.
        let stored = try XCTUnwrap(model.store.feedback[try XCTUnwrap(submitted.first?.id)])
        XCTAssertEqual(stored.values, expected)
        XCTAssertEqual(stored.submittedByUserId, marks.interviewerUserID)
        XCTAssertEqual(stored.interviewEventId, marks.interviewEventID)
        // Nothing waits for this interviewer on that interview any more.
        XCTAssertFalse(model.store.overdueFeedback.contains { $0.eventId == marks.interviewEventID && $0.interviewerUserId == marks.interviewerUserID })
    }
}
