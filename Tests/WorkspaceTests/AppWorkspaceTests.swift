import AshbyAPI
import XCTest
@testable import Workspace

final class AppWorkspaceTests: XCTestCase {
    typealias F = ViewModelFixture

    private func workspace(readOnly: Bool = false) -> WorkspaceModel {
        let store = F.store(F.pipelineApplications)
        store.apply(F.offersDelta(), now: F.now)
        store.apply(F.feedbackDelta(), now: F.now)
        let model = WorkspaceModel(store: store, tenant: "Acme", isReadOnly: readOnly, timeZone: TimeZone(identifier: "UTC")!)
        model.setViewport(Viewport(width: 160, height: 50))
        return model
    }

    private func type(_ text: String, into model: WorkspaceModel) -> [Effect] {
        text.flatMap { model.handleKey(.character($0), now: F.now) }
    }

    private func toastTexts(_ model: WorkspaceModel) -> [String] { model.toasts.visible(now: F.now).map(\.notice.text) }

    func testStartsOnTheFirstOpenJob() {
        let model = workspace()
        XCTAssertEqual(model.activePane, .pipeline)
        XCTAssertEqual(model.pipeline.jobId, "job-1")
        XCTAssertEqual(model.status.activeJob, "Backend Engineer")
        model.handle(.job("Product Designer"), now: F.now)
        XCTAssertEqual(model.status.activeJob, "Product Designer")
        model.handle(.job("Backend Engineer"), now: F.now)
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a2")
    }

    func testMoveByKeysThroughPickerAndConfirmation() throws {
        let model = workspace()
        XCTAssertEqual(model.handleKey(.character("m"), now: F.now).count, 0)
        guard case .picker(let picker)? = model.modal else { return XCTFail("expected the stage picker") }
        XCTAssertEqual(picker.title, "Move bo chen to…")
        XCTAssertEqual(type("ons", into: model).count, 0)
        guard case .picker(let narrowed)? = model.modal else { return XCTFail("picker closed") }
        XCTAssertEqual(narrowed.selectedItem?.title, "Onsite")
        model.handleKey(KeyChord(.enter), now: F.now)
        guard case .confirmation(let dialog)? = model.modal else { return XCTFail("expected a confirmation") }
        XCTAssertEqual(dialog.title, "Move bo chen to Onsite?")
        let effects = model.handleKey(.character("y"), now: F.now)
        XCTAssertNil(model.modal)
        XCTAssertEqual(effects.compactMap(\.submission).map(\.action),
                       [.moveApplication(applicationId: "a2", toStageId: "s-onsite", archiveReasonId: nil)])
    }

    func testConfirmationCanBeCancelled() {
        let model = workspace()
        model.handleKey(.character(">"), now: F.now)
        guard case .confirmation? = model.modal else { return XCTFail("expected a confirmation") }
        XCTAssertEqual(model.handleKey(KeyChord(.escape), now: F.now).count, 0)
        XCTAssertNil(model.modal)
    }

    func testReadOnlyRefusesEveryWrite() {
        let model = workspace(readOnly: true)
        for key: Character in [">", "<", "m", "a"] {
            XCTAssertEqual(model.handleKey(.character(key), now: F.now).count, 0)
            XCTAssertNil(model.modal, "no picker or dialog opens for \(key)")
        }
        model.handleKey(.character("5"), now: F.now)
        XCTAssertEqual(model.handle(.approveStep, now: F.now).count, 0)
        XCTAssertEqual(model.handle(.approveOffer, now: F.now).count, 0)
        model.handleKey(.character("2"), now: F.now)
        XCTAssertEqual(model.handle(.addNote("hello"), now: F.now).count, 0)
        XCTAssertEqual(toastTexts(model), [WorkspaceModel.readOnlyRefusal])
        XCTAssertEqual(model.toasts.toasts.first?.count, 7)
        XCTAssertEqual(WorkspaceModel.readOnlyRefusal, "Read-only mode: moves, archiving, notes, scorecards and approvals are turned off")
        XCTAssertEqual(model.status.segments(now: F.now).map(\.text).last, "read-only")
    }

    func testPaneSwitchingAndFollowingTheSelection() {
        let model = workspace()
        model.handle(.down, now: F.now)  // a1
        model.handleKey(KeyChord(.tab), now: F.now)
        XCTAssertEqual(model.activePane, .candidate)
        XCTAssertEqual(model.candidate.candidateId, "c-a1")
        model.handleKey(KeyChord(.tab), now: F.now)
        model.handleKey(KeyChord(.tab), now: F.now)
        XCTAssertEqual(model.activePane, .feedback)
        XCTAssertEqual(model.feedback.applicationId, "a1")
        let effects = model.handleKey(.character("5"), now: F.now)
        XCTAssertEqual(model.activePane, .offers)
        XCTAssertEqual(effects.compactMap(\.detailKey), [.offer(id: "o1")])
        XCTAssertEqual(model.details.state(of: .offer(id: "o1")), .loading)
        model.handleKey(KeyChord(.tab, modifiers: .shift), now: F.now)
        XCTAssertEqual(model.activePane, .feedback)
        model.handleKey(KeyChord(.tab), now: F.now)
        model.handleKey(KeyChord(.tab), now: F.now)
        XCTAssertEqual(model.activePane, .pipeline)
    }

    func testEnterOnACardOpensTheCandidateAndAsksForDetails() {
        let model = workspace()
        let effects = model.handleKey(KeyChord(.enter), now: F.now)
        XCTAssertEqual(model.activePane, .candidate)
        XCTAssertEqual(effects.compactMap(\.detailKey), [.candidate(id: "c-a2"), .notes(candidateId: "c-a2"),
                                                         .applicationHistory(applicationId: "a2"), .application(id: "a2")])
        // A note typed into the editor goes through a confirmation into the outbox.
        model.handleKey(.character("n"), now: F.now)
        _ = type("Call me", into: model)
        model.handleKey(KeyChord(.enter), now: F.now)
        guard case .confirmation(let dialog)? = model.modal else { return XCTFail("expected a confirmation") }
        XCTAssertEqual(dialog.lines, ["Candidate: bo chen", "“Call me”"])
        XCTAssertEqual(model.handleKey(KeyChord(.enter), now: F.now).compactMap(\.submission).map(\.action),
                       [.addNote(candidateId: "c-a2", text: "Call me")])
    }

    func testFilterTypedLiveAndEscRestores() {
        let model = workspace()
        model.handleKey(.character("/"), now: F.now)
        _ = type("lin", into: model)
        XCTAssertEqual(model.pipeline.filterText, "lin")
        XCTAssertEqual(model.pipeline.screen(store: model.store, now: F.now).columns.map(\.count), [2, 0, 1, 0, 0, 0])
        model.handleKey(KeyChord(.backspace), now: F.now)
        XCTAssertEqual(model.pipeline.filterText, "li")
        model.handleKey(KeyChord(.escape), now: F.now)
        XCTAssertEqual(model.pipeline.filterText, "")
        model.handleKey(.character("/"), now: F.now)
        _ = type("novels", into: model)
        model.handleKey(KeyChord(.enter), now: F.now)
        XCTAssertNil(model.modal)
        XCTAssertEqual(model.pipeline.filterText, "novels")
    }

    func testPaletteRunsCommandsWithArguments() {
        let model = workspace()
        model.handleKey(.character(":"), now: F.now)
        _ = type("sort", into: model)
        model.handleKey(KeyChord(.enter), now: F.now)
        guard case .palette(let palette)? = model.modal else { return XCTFail("the palette asks for the order") }
        XCTAssertEqual(palette.input, "pipeline.sort ")
        XCTAssertEqual(palette.items.map(\.value), ["days", "name", "activity"])
        _ = type("nam", into: model)
        model.handleKey(KeyChord(.enter), now: F.now)
        XCTAssertNil(model.modal)
        XCTAssertEqual(model.pipeline.sort, .candidateName)
        XCTAssertEqual(toastTexts(model), ["Sorted by name"])
    }

    func testKeySequencesAndHelp() {
        let model = workspace()
        model.handleKey(.character("G"), now: F.now)
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a3")
        model.handleKey(.character("g"), now: F.now)
        XCTAssertEqual(model.pendingKeys, [.character("g")])
        model.handleKey(.character("g"), now: F.now)
        XCTAssertEqual(model.pendingKeys, [])
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a2")
        // An unfinished sequence followed by another key: that key counts on its own.
        model.handleKey(.character("g"), now: F.now)
        model.handleKey(.character("j"), now: F.now)
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a1")
        model.handleKey(.character("?"), now: F.now)
        guard case .help(let help)? = model.modal else { return XCTFail("expected help") }
        XCTAssertEqual(help.rows.first.map { "\($0.keys) \($0.command)" }, "> pipeline.next-stage")
        XCTAssertTrue(help.rows.contains { $0.keys == "ctrl+l" && $0.scope == .global })
        model.handleKey(KeyChord(.escape), now: F.now)
        XCTAssertNil(model.modal)
        XCTAssertEqual(model.handleKey(.character("q"), now: F.now).count, 1)
    }

    func testMergesKeepThePlaceAndReportTheFollow() {
        let model = workspace()
        model.pipeline.select(applicationId: "a4", store: model.store)
        var record = model.store.applications["a4"]!
        record.stageId = "s-onsite"
        record.updatedAt = Timestamp(F.now)
        record.stageEnteredAt = nil  // as synced: Ashby sends no stage entry time
        var delta = StoreDelta()
        delta.applications = [record]
        model.apply([.merge(delta, origin: .incrementalSync),
                     .syncStatus(.upToDate(asOf: F.now)),
                     .notice(Notice(.info, "Synced"))], now: F.now)
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a4")
        XCTAssertEqual(model.pipeline.focusedStageId, "s-onsite")
        XCTAssertEqual(toastTexts(model), ["Dan Brown moved to Onsite; selection followed", "Synced"])
        XCTAssertEqual(model.status.syncText(now: F.now.addingTimeInterval(12)), "synced 12 s ago")
        // The card's highlight ends at +3 s: the loop wakes for it, then each second for the sync age.
        XCTAssertEqual(model.nextWakeup(now: F.now.addingTimeInterval(1)), F.now.addingTimeInterval(2))
        XCTAssertEqual(model.nextWakeup(now: F.now.addingTimeInterval(2.5)), F.now.addingTimeInterval(3))
        XCTAssertTrue(model.tick(now: F.now.addingTimeInterval(12.5)))
        XCTAssertEqual(model.nextWakeup(now: F.now.addingTimeInterval(12.5)), F.now.addingTimeInterval(13))
    }

    func testOutboxEventsFeedStatusPendingNotesAndToasts() {
        let model = workspace()
        let note = OutboxAction.addNote(candidateId: "c-a2", text: "Queued")
        model.apply([.outbox(OutboxActionState(actionId: "1", action: note, phase: .queued, summary: "Add a note to bo chen"))], now: F.now)
        XCTAssertEqual(model.status.pendingCount, 1)
        XCTAssertEqual(model.pendingNotes(candidateId: "c-a2").map(\.text), ["Queued"])
        model.apply([.outbox(OutboxActionState(actionId: "1", action: note, phase: .failed(reason: "candidate not found"),
                                               summary: "Add a note to bo chen"))], now: F.now)
        XCTAssertEqual(model.status.pendingCount, 0)
        XCTAssertEqual(model.status.failedCount, 1)
        XCTAssertEqual(model.status.lastError, "Add a note to bo chen failed: candidate not found")
        XCTAssertTrue(model.pendingNotes(candidateId: "c-a2").isEmpty)
    }

    func testApprovalDialogClosesWhenANewVersionArrives() {
        let model = workspace()
        model.handleKey(.character("5"), now: F.now)
        model.handleKey(.character("a"), now: F.now)
        guard case .confirmation(let dialog)? = model.modal else { return XCTFail("expected a confirmation") }
        XCTAssertEqual(dialog.guardedVersion?.versionId, "v1b")
        var offer = model.store.offers["o1"]!
        offer.latestVersion?.id = "v1c"
        var delta = StoreDelta()
        delta.offers = [offer]
        model.apply([.merge(delta, origin: .incrementalSync)], now: F.now)
        XCTAssertNil(model.modal)
        XCTAssertEqual(toastTexts(model), ["The offer changed to a new version while you were confirming; review it and approve again"])
    }

    func testActingUserEventAndDetails() {
        let model = workspace()
        model.apply([.actingUser(email: "nobody@example.com", userId: nil)], now: F.now)
        XCTAssertNil(model.store.actingUserId)
        XCTAssertEqual(toastTexts(model), ["No Ashby user has the email nobody@example.com: \"mine\" and approvals are off"])
        model.apply([.detail(.notes(candidateId: "c-a2", []))], now: F.now)
        XCTAssertEqual(model.details.state(of: .notes(candidateId: "c-a2")), .loaded(.notes(candidateId: "c-a2", [])))
    }

    func testAwaitingSchedulingIsRecomputedWhenTheScheduleShows() {
        let model = workspace()
        model.handle(.showPane(.schedule), now: F.now)
        XCTAssertEqual(model.schedule.awaiting.map(\.candidateName), ["Dan Brown", "Eve Polastri", "Fay Wray"])
        model.handle(.showPane(.pipeline), now: F.now)
        var delta = StoreDelta()
        delta.interviewSchedules = [InterviewScheduleRecord(id: "s1", applicationId: "a4", interviewStageId: "s-phone", status: .scheduled)]
        model.apply([.merge(delta, origin: .incrementalSync)], now: F.now)
        XCTAssertTrue(model.schedule.awaitingIsStale)
        XCTAssertEqual(model.schedule.awaiting.count, 3, "not recomputed while the pane is hidden")
        model.handle(.showPane(.schedule), now: F.now)
        XCTAssertEqual(model.schedule.awaiting.map(\.candidateName), ["Eve Polastri", "Fay Wray"])
    }

    func testCommandsOfOtherPanesAreRefusedWithAMessage() {
        let model = workspace()
        XCTAssertEqual(model.handle(.approveStep, now: F.now).count, 0)
        XCTAssertEqual(toastTexts(model), ["offers.approve-step does not apply in the Pipeline pane"])
    }
}
