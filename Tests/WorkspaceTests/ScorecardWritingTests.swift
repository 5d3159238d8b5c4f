import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// Writing a scorecard through `WorkspaceModel`'s keys and clicks: where the interview comes
/// from, the dialog, drafts kept and reopened, the confirmed submission, and every refusal.
final class ScorecardWritingTests: XCTestCase {
    typealias F = ViewModelFixture
    private let hour: TimeInterval = 3600
    private let midnight: TimeInterval = -80_000  // today's 00:00 UTC, from the fixture's now

    static let formDefinition = FeedbackFormDefinition(id: "form-1", organizationId: "org", title: "Engineering scorecard",
                                                       isArchived: false, isDefaultForm: false, formDefinition: F.scorecardForm)

    /// a4's interview three days ago (me and Ivan), a5's four days ago (Ivan), a6's today (me and
    /// Jo) and a1's today (Jo and Kim); the interview's form synced unless `formSynced` is false.
    private func workspace(actingUserId: String? = "u-me", readOnly: Bool = false, formSynced: Bool = true) -> WorkspaceModel {
        let store = F.store(F.pipelineApplications, actingUserId: actingUserId)
        var delta = StoreDelta()
        delta.interviews = [Interview(id: "i1", title: "Technical interview", isArchived: false, isFeedbackRequired: true,
                                      isFeedbackRequested: true, feedbackFormDefinitionId: "form-1")]
        if formSynced { delta.feedbackFormDefinitions = [Self.formDefinition] }
        delta.interviewSchedules = [
            InterviewScheduleRecord(id: "sch1", applicationId: "a4", interviewStageId: "s-phone", status: .scheduled,
                                    events: [F.event("e1", schedule: "sch1", start: -3 * F.day, minutes: 60, interviewers: ["u-me", "u-ivan"])]),
            InterviewScheduleRecord(id: "sch2", applicationId: "a5", interviewStageId: "s-phone", status: .scheduled,
                                    events: [F.event("e2", schedule: "sch2", start: -4 * F.day, minutes: 60, interviewers: ["u-ivan"])]),
            InterviewScheduleRecord(id: "sch3", applicationId: "a6", interviewStageId: "s-onsite", status: .scheduled,
                                    events: [F.event("e3", schedule: "sch3", start: midnight + 10 * hour, minutes: 45, interviewers: ["u-me", "u-jo"])]),
            InterviewScheduleRecord(id: "sch4", applicationId: "a1", interviewStageId: "s-review", status: .scheduled,
                                    events: [F.event("e4", schedule: "sch4", start: midnight + 12 * hour, minutes: 30, interviewers: ["u-jo", "u-kim"])]),
        ]
        store.apply(delta, now: F.now)
        let model = WorkspaceModel(store: store, tenant: "Acme", isReadOnly: readOnly, timeZone: TimeZone(identifier: "UTC")!)
        model.setViewport(Viewport(width: 160, height: 50))
        return model
    }

    @discardableResult
    private func press(_ model: WorkspaceModel, _ chords: KeyChord...) -> [Effect] {
        chords.flatMap { model.handleKey($0, now: F.now) }
    }

    @discardableResult
    private func type(_ model: WorkspaceModel, _ text: String) -> [Effect] {
        text.flatMap { model.handleKey(.character($0), now: F.now) }
    }

    private func draft(_ model: WorkspaceModel) -> ScorecardDraft? {
        if case .scorecard(let draft)? = model.modal { return draft }
        return nil
    }

    private func toasts(_ model: WorkspaceModel) -> [Notice] { model.toasts.visible(now: F.now).map(\.notice) }

    /// The overdue list in the feedback pane, with the cursor on a4's interview (e1).
    private func overdueOnMyInterview(_ model: WorkspaceModel) {
        type(model, "4o")
        XCTAssertEqual(model.activePane, .feedback)
        XCTAssertEqual(model.feedback.mode, .overdue)
        XCTAssertEqual(model.feedback.overdueRows(store: model.store, now: F.now).map(\.eventId), ["e2", "e1", "e1"])
        type(model, "j")
        XCTAssertEqual(model.feedback.overdueIndex, 1)
    }

    // MARK: Opening

    func testSFromTheOverdueListOpensTheInterviewsForm() throws {
        let model = workspace()
        overdueOnMyInterview(model)
        XCTAssertTrue(type(model, "s").isEmpty)
        let draft = try XCTUnwrap(draft(model))
        XCTAssertEqual(draft.applicationId, "a4")
        XCTAssertEqual(draft.interviewEventId, "e1")
        XCTAssertEqual(draft.userId, "u-me")
        XCTAssertEqual(draft.formDefinitionId, "form-1")
        XCTAssertEqual([draft.candidateName, draft.interviewTitle, draft.formTitle], ["Dan Brown", "Technical interview", "Engineering scorecard"])
        XCTAssertEqual(draft.fields.map(\.path), ["overall_recommendation", "technical", "communication", "notes"])
        XCTAssertEqual(draft.focus, .field(0))
        XCTAssertTrue(toasts(model).isEmpty)
    }

    func testSFromTheSchedulePaneOpensTheSelectedEvent() throws {
        let model = workspace()
        type(model, "3")
        XCTAssertEqual(model.activePane, .schedule)
        model.handle(.click(.scheduleEvent("e3")), now: F.now)
        XCTAssertEqual(model.schedule.selectedEventId, "e3")
        type(model, "s")
        let draft = try XCTUnwrap(draft(model))
        XCTAssertEqual([draft.applicationId, draft.interviewEventId, draft.candidateName], ["a6", "e3", "Fay Wray"])
    }

    func testSInTheScorecardsViewPicksTheLatestStartedInterviewWaitingForMe() throws {
        let model = workspace()
        type(model, "4")
        model.feedback.show(applicationId: "a4")
        type(model, "s")
        XCTAssertEqual(try XCTUnwrap(draft(model)).interviewEventId, "e1")
        press(model, KeyChord(.escape))
        // Once my scorecard is in, nothing waits.
        var delta = StoreDelta()
        delta.feedback = [FeedbackRecord(id: "fb-1", applicationId: "a4", submittedByUserId: "u-me", interviewId: "i1",
                                         interviewEventId: "e1", formKey: "form-1", submittedAt: F.stamp(-F.day))]
        model.store.apply(delta, now: F.now)
        type(model, "s")
        XCTAssertNil(model.modal)
        XCTAssertEqual(toasts(model), [Notice(.info, "No interview with Dan Brown waits for your scorecard")])
    }

    // MARK: Writing and sending

    func testAnswerSubmitConfirmSendsOneSubmissionWithTheOptimisticRecord() throws {
        let model = workspace()
        overdueOnMyInterview(model)
        type(model, "s")
        type(model, "2")                                    // recommendation: Hire
        press(model, KeyChord(.enter))                      // next field
        type(model, "4")                                    // technical
        press(model, KeyChord(.down), KeyChord(.right), KeyChord(.right))  // communication: 2
        press(model, KeyChord(.tab))                        // notes
        type(model, "Good")
        press(model, .ctrl("j"))
        type(model, "sj k")                                 // letters are text here, not shortcuts
        press(model, KeyChord(.enter, modifiers: .alt))
        type(model, "ok")
        var written = try XCTUnwrap(draft(model))
        XCTAssertEqual(written.fields.map(\.score), [nil, 4, 2, nil])
        XCTAssertEqual(written.fields[0].option, 1)
        XCTAssertEqual(written.fields[3].text, "Good\nsj k\nok")
        press(model, KeyChord(.enter))
        written = try XCTUnwrap(draft(model))
        XCTAssertEqual(written.focus, .submit)
        XCTAssertTrue(press(model, KeyChord(.enter)).isEmpty)

        guard case .confirmation(let dialog)? = model.modal else { return XCTFail("expected the confirmation") }
        XCTAssertEqual(dialog.title, "Submit scorecard?")
        XCTAssertEqual(dialog.confirmLabel, "Submit")
        XCTAssertEqual(dialog.lines, ["Candidate: Dan Brown", "Interview: Technical interview", "Form: Engineering scorecard",
                                      "Recommendation: Hire", "4 of 4 questions answered; a scorecard cannot be edited here once sent"])
        XCTAssertNotNil(model.scorecardDrafts["e1"], "kept until it is sent")

        let effects = type(model, "y")
        XCTAssertNil(model.modal)
        XCTAssertEqual(effects.count, 1)
        let submission = try XCTUnwrap(effects.first?.submission)
        let answers = [FeedbackAnswer(path: "overall_recommendation", value: "hire"), FeedbackAnswer(path: "technical", value: ["score": 4]),
                       FeedbackAnswer(path: "communication", value: ["score": 2]), FeedbackAnswer(path: "notes", value: "Good\nsj k\nok")]
        XCTAssertEqual(submission.action, .submitFeedback(applicationId: "a4", formDefinitionId: "form-1", interviewEventId: "e1",
                                                          userId: "u-me", fields: answers))
        XCTAssertEqual(submission.summary, "Scorecard for Dan Brown (Technical interview)")
        XCTAssertEqual(submission.optimistic.feedback, [FeedbackRecord(
            id: "pending-feedback-e1", applicationId: "a4", submittedByUserId: "u-me", interviewId: "i1", interviewEventId: "e1",
            formKey: "form-1", submittedAt: Timestamp(F.now),
            values: ["overall_recommendation": "hire", "technical": ["score": 4], "communication": ["score": 2], "notes": "Good\nsj k\nok"])])
        XCTAssertEqual(submission.optimistic.feedbackForms, ["form-1": F.scorecardForm])
        XCTAssertEqual(submission.rollback.removals, [.applicationFeedback: ["pending-feedback-e1"]])
        XCTAssertTrue(submission.rollback.feedback.isEmpty)
        XCTAssertNil(model.scorecardDrafts["e1"], "a confirmed scorecard forgets its draft")
        XCTAssertEqual(model.feedback.applicationId, "a4", "the scorecards view shows the application written for")

        // The next s starts afresh.
        type(model, "s")
        XCTAssertEqual(try XCTUnwrap(draft(model)).fields.filter(\.isAnswered).count, 0)
    }

    /// Where letters type nothing (an option, a score), h/j/k/l act as the arrows; in a text
    /// answer they are text.
    func testVimLettersMoveAndChangeOutsideTextAnswers() throws {
        let model = workspace()
        overdueOnMyInterview(model)
        type(model, "s")
        type(model, "ll")
        XCTAssertEqual(try XCTUnwrap(draft(model)).fields[0].option, 1, "l twice from nothing: the second option")
        type(model, "jlllh")
        XCTAssertEqual(try XCTUnwrap(draft(model)).focus, .field(1))
        XCTAssertEqual(try XCTUnwrap(draft(model)).fields[1].score, 2)
        type(model, "jj")
        XCTAssertEqual(try XCTUnwrap(draft(model)).focus, .field(3))
        type(model, "hjkl")
        XCTAssertEqual(try XCTUnwrap(draft(model)).fields[3].text, "hjkl")
        XCTAssertEqual(try XCTUnwrap(draft(model)).focus, .field(3))
    }

    func testSubmitWithAMissingAnswerStaysOnTheFieldToFix() throws {
        let model = workspace()
        overdueOnMyInterview(model)
        type(model, "s")
        type(model, "3")
        press(model, KeyChord(.down), KeyChord(.down), KeyChord(.down), KeyChord(.down))
        XCTAssertEqual(draft(model)?.focus, .submit)
        XCTAssertTrue(press(model, KeyChord(.enter)).isEmpty)
        let refused = try XCTUnwrap(draft(model))
        XCTAssertEqual(refused.problem, "“Technical skills” is required")
        XCTAssertEqual(refused.focus, .field(1))
        type(model, "1")
        XCTAssertNil(draft(model)?.problem)
    }

    func testEscKeepsTheDraftAndSReopensItUnchanged() throws {
        let model = workspace()
        overdueOnMyInterview(model)
        type(model, "s")
        type(model, "1")
        press(model, KeyChord(.down))
        type(model, "3")
        let left = try XCTUnwrap(draft(model))
        XCTAssertTrue(press(model, KeyChord(.escape)).isEmpty)
        XCTAssertNil(model.modal)
        XCTAssertEqual(model.scorecardDrafts["e1"], left)
        XCTAssertEqual(toasts(model), [Notice(.info, "Scorecard draft kept: press s on the interview to go on")])
        XCTAssertEqual(model.activePane, .feedback)
        XCTAssertEqual(model.feedback.mode, .overdue, "Esc closed the dialog only")
        type(model, "s")
        XCTAssertEqual(draft(model), left)
        // Ctrl-C closes too, keeping what changed since.
        type(model, "2")
        let changed = try XCTUnwrap(draft(model))
        press(model, .ctrl("c"))
        XCTAssertNil(model.modal)
        XCTAssertEqual(model.scorecardDrafts["e1"], changed)
    }

    func testClosingAnEmptyDraftKeepsNothing() {
        let model = workspace()
        overdueOnMyInterview(model)
        type(model, "s")
        press(model, KeyChord(.down), KeyChord(.escape))
        XCTAssertNil(model.modal)
        XCTAssertTrue(model.scorecardDrafts.isEmpty)
        XCTAssertTrue(toasts(model).isEmpty)
    }

    func testDecliningTheConfirmationKeepsTheDraft() throws {
        let model = workspace()
        overdueOnMyInterview(model)
        type(model, "s")
        type(model, "1")
        press(model, KeyChord(.enter))
        type(model, "4")
        press(model, KeyChord(.down), KeyChord(.down), KeyChord(.down), KeyChord(.enter))
        guard case .confirmation? = model.modal else { return XCTFail("expected the confirmation") }
        XCTAssertTrue(type(model, "n").isEmpty)
        XCTAssertNil(model.modal)
        let kept = try XCTUnwrap(model.scorecardDrafts["e1"])
        XCTAssertEqual(kept.fields.map(\.score), [nil, 4, nil, nil])
        type(model, "s")
        XCTAssertEqual(draft(model), kept)
    }

    // MARK: Refusals

    func testRefusedWithoutAnActingUser() {
        let model = workspace(actingUserId: nil)
        type(model, "4o")
        type(model, "s")
        XCTAssertNil(model.modal)
        XCTAssertEqual(toasts(model), [Notice(.warning, "Scorecards are written as you: start with --user EMAIL (or `user =` in the config)")])
    }

    func testRefusedOnSomeoneElsesInterviewNamingItsInterviewers() {
        let model = workspace()
        type(model, "4o")
        type(model, "s")                                    // the first row: e2, Ivan's
        XCTAssertNil(model.modal)
        XCTAssertEqual(toasts(model), [Notice(.info, "Only Ivan Ives can write a scorecard for this interview")])
        model.toasts.dismissAll()
        type(model, "3")
        model.handle(.click(.scheduleEvent("e4")), now: F.now)
        type(model, "s")
        XCTAssertNil(model.modal)
        XCTAssertEqual(toasts(model), [Notice(.info, "Only Jo Jones, Kim Kato can write a scorecard for this interview")])
    }

    func testRefusedWhenTheFormIsNotSynced() {
        let model = workspace(formSynced: false)
        overdueOnMyInterview(model)
        type(model, "s")
        XCTAssertNil(model.modal)
        XCTAssertEqual(toasts(model), [Notice(.warning, "The scorecard form of Technical interview is not synced yet: press r, then try again")])
    }

    func testRefusedInReadOnlyMode() {
        let model = workspace(readOnly: true)
        overdueOnMyInterview(model)
        XCTAssertTrue(type(model, "s").isEmpty)
        XCTAssertNil(model.modal)
        XCTAssertEqual(toasts(model), [Notice(.warning, WorkspaceModel.readOnlyRefusal)])
        type(model, "3")
        model.handle(.click(.scheduleEvent("e3")), now: F.now)
        type(model, "s")
        XCTAssertNil(model.modal)
        XCTAssertTrue(model.scorecardDrafts.isEmpty)
    }

    func testRefusedInPanesWithoutInterviews() {
        let model = workspace()
        XCTAssertEqual(model.activePane, .pipeline)
        XCTAssertTrue(model.handle(.writeScorecard, now: F.now).isEmpty)
        XCTAssertNil(model.modal)
        XCTAssertEqual(toasts(model), [Notice(.info, "feedback.write does not apply in the Pipeline pane")])
    }

    // MARK: Clicks

    func testClicksFocusAQuestionAndPressTheButtons() throws {
        let model = workspace()
        overdueOnMyInterview(model)
        type(model, "s")
        model.handle(.click(.listRow(2)), now: F.now)
        XCTAssertEqual(draft(model)?.focus, .field(2))
        model.handle(.click(.listRow(9)), now: F.now)
        XCTAssertEqual(draft(model)?.focus, .field(2), "a row past the questions is nothing")
        type(model, "3")
        // Submit with required answers missing: the dialog stays, on the first one.
        model.handle(.click(.dialogButton(.confirm)), now: F.now)
        XCTAssertEqual(draft(model)?.problem, "“Overall Recommendation” is required")
        XCTAssertEqual(draft(model)?.focus, .field(0))
        // Cancel closes, keeping the draft.
        model.handle(.click(.dialogButton(.cancel)), now: F.now)
        XCTAssertNil(model.modal)
        XCTAssertEqual(model.scorecardDrafts["e1"]?.fields.map(\.score), [nil, nil, 3, nil])
        type(model, "s")
        model.handle(.click(.listRow(0)), now: F.now)
        type(model, "4")
        model.handle(.click(.listRow(1)), now: F.now)
        type(model, "2")
        model.handle(.click(.dialogButton(.confirm)), now: F.now)
        guard case .confirmation? = model.modal else { return XCTFail("expected the confirmation") }
        let effects = model.handle(.click(.dialogButton(.confirm)), now: F.now)
        XCTAssertEqual(effects.compactMap(\.submission).map(\.action), [.submitFeedback(
            applicationId: "a4", formDefinitionId: "form-1", interviewEventId: "e1", userId: "u-me",
            fields: [FeedbackAnswer(path: "overall_recommendation", value: "strong_no_hire"), FeedbackAnswer(path: "technical", value: ["score": 2]),
                     FeedbackAnswer(path: "communication", value: ["score": 3])])])
        XCTAssertTrue(model.scorecardDrafts.isEmpty)
    }
}
