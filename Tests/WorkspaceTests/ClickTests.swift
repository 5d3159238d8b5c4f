import AshbyAPI
import XCTest
@testable import Workspace

/// Mouse clicks: a click selects, a click on the selection opens it, dialogs answer only their own targets.
final class ClickTests: XCTestCase {
    typealias F = ViewModelFixture

    private func workspace() -> WorkspaceModel {
        let store = F.store(F.pipelineApplications)
        store.apply(F.offersDelta(), now: F.now)
        let model = WorkspaceModel(store: store, tenant: "Acme", timeZone: TimeZone(identifier: "UTC")!)
        model.setViewport(Viewport(width: 160, height: 50))
        return model
    }

    func testATabClickShowsItsPane() {
        let model = workspace()
        model.handle(.click(.tab(.offers)), now: F.now)
        XCTAssertEqual(model.activePane, .offers)
    }

    func testClickingACardSelectsItAndClickingItAgainOpensTheCandidate() {
        let model = workspace()
        model.handle(.click(.application("a5")), now: F.now)
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a5")
        XCTAssertEqual(model.pipeline.focusedStageId, "s-phone")
        XCTAssertEqual(model.activePane, .pipeline)
        let effects = model.handle(.click(.application("a5")), now: F.now)
        XCTAssertEqual(model.activePane, .candidate)
        XCTAssertEqual(model.candidate.candidateId, "c-a5")
        XCTAssertEqual(effects.compactMap(\.detailKey).first, .candidate(id: "c-a5"))
    }

    func testClickingAnAwaitingSchedulingRowOpensItsCandidate() {
        let model = workspace()
        model.handle(.showPane(.schedule), now: F.now)
        model.handle(.click(.application("a4")), now: F.now)
        XCTAssertEqual(model.activePane, .candidate)
        XCTAssertEqual(model.candidate.candidateId, "c-a4")
        XCTAssertEqual(model.returnPane, .schedule)
    }

    func testClickingAColumnHeaderFocusesTheColumn() {
        let model = workspace()
        model.handle(.click(.stageColumn("s-onsite")), now: F.now)
        XCTAssertEqual(model.pipeline.focusedStageId, "s-onsite")
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a6")
    }

    func testDialogButtonsAndPickerRowsAnswerClicksAndNothingBehindThemDoes() {
        let model = workspace()
        model.handle(.click(.application("a1")), now: F.now)
        model.handle(.moveTo(nil), now: F.now)
        guard case .picker(let picker)? = model.modal else { return XCTFail("expected the stage picker") }
        let onsite = try! XCTUnwrap(picker.matches.firstIndex { picker.items[$0.index].title == "Onsite" })
        // A click behind the dialog does nothing.
        model.handle(.click(.application("a4")), now: F.now)
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a1")
        model.handle(.click(.listRow(onsite)), now: F.now)
        guard case .picker(let moved)? = model.modal else { return XCTFail("the first click only selects") }
        XCTAssertEqual(moved.selectedItem?.title, "Onsite")
        model.handle(.click(.listRow(onsite)), now: F.now)
        guard case .confirmation? = model.modal else { return XCTFail("the second click chooses: expected a confirmation") }
        model.handle(.click(.dialogButton(.cancel)), now: F.now)
        XCTAssertNil(model.modal)

        model.handle(.moveTo("Onsite"), now: F.now)
        let effects = model.handle(.click(.dialogButton(.confirm)), now: F.now)
        XCTAssertEqual(effects.compactMap(\.submission).map(\.action),
                       [.moveApplication(applicationId: "a1", toStageId: "s-onsite", archiveReasonId: nil)])
    }
}

/// Esc from a candidate opened elsewhere goes back where the user came from.
final class ReturnPaneTests: XCTestCase {
    typealias F = ViewModelFixture

    func testEscapeFromAnOpenedCandidateReturnsToThePaneItCameFrom() {
        let store = F.store(F.pipelineApplications)
        let model = WorkspaceModel(store: store, tenant: "Acme", timeZone: TimeZone(identifier: "UTC")!)
        model.setViewport(Viewport(width: 160, height: 50))
        model.handle(.click(.application("a4")), now: F.now)
        model.handle(.select, now: F.now)
        XCTAssertEqual(model.activePane, .candidate)
        XCTAssertEqual(model.returnPane, .pipeline)
        model.handleKey(KeyChord(.escape), now: F.now)
        XCTAssertEqual(model.activePane, .pipeline)
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a4", "the card is still in hand")
        // Reached by its tab, the candidate pane has nowhere to go back to.
        model.handle(.showPane(.candidate), now: F.now)
        model.handleKey(KeyChord(.escape), now: F.now)
        XCTAssertEqual(model.activePane, .candidate)
    }
}

/// Learning who "me" is reorders the offers: the cursor starts again on the first, mine.
final class ActingUserOffersTests: XCTestCase {
    typealias F = ViewModelFixture

    func testTheOffersCursorStaysOnTheTopRowUntilTheUserMovesIt() {
        let store = F.store(F.pipelineApplications, actingUserId: nil)
        store.apply(F.offersDelta(), now: F.now)
        let model = WorkspaceModel(store: store, tenant: "Acme", timeZone: TimeZone(identifier: "UTC")!)
        model.setViewport(Viewport(width: 160, height: 50))
        model.handle(.showPane(.offers), now: F.now)
        let before = model.offers.selectedOfferId
        model.apply([.actingUser(email: "mia@example.com", userId: "u-me")], now: F.now)
        var screen = model.offers.screen(store: store, details: model.details, now: F.now)
        XCTAssertTrue(screen.rows.first?.awaitsMe ?? false, "an offer awaiting u-me comes first")
        XCTAssertEqual(model.offers.selectedOfferId, screen.rows.first?.offerId)
        XCTAssertNotEqual(before, screen.rows.first?.offerId, "the order did change")

        // Once the user moved, the cursor stays on their offer whatever the order does.
        model.handle(.bottom, now: F.now)
        let chosen = model.offers.selectedOfferId
        model.apply([.actingUser(email: "kim@example.com", userId: "u-kim")], now: F.now)
        XCTAssertEqual(model.offers.selectedOfferId, chosen)
        screen = model.offers.screen(store: store, details: model.details, now: F.now)
        XCTAssertTrue(screen.rows.contains { $0.offerId == chosen && $0.isSelected })
    }
}

/// A keymap's keys for moving and closing work inside dialogs, without stealing typed text.
final class DialogKeymapTests: XCTestCase {
    typealias F = ViewModelFixture

    func testEmacsStyleKeysMoveAndCloseADialogButLettersStillType() throws {
        let keymap = try Keymap.parse("[global]\nctrl+g = cancel\nctrl+n = cursor.down\nj = cursor.down\n", file: "test", base: .standard)
        let model = WorkspaceModel(store: F.store(F.pipelineApplications), tenant: "Acme", keymap: keymap,
                                   timeZone: TimeZone(identifier: "UTC")!)
        model.setViewport(Viewport(width: 160, height: 50))
        model.handle(.moveTo(nil), now: F.now)
        guard case .picker(let before)? = model.modal else { return XCTFail("expected the stage picker") }
        model.handleKey(.ctrl("n"), now: F.now)
        guard case .picker(let moved)? = model.modal else { return XCTFail("picker closed") }
        XCTAssertEqual(moved.selection, before.selection + 1)
        model.handleKey(.character("j"), now: F.now)
        guard case .picker(let typed)? = model.modal else { return XCTFail("picker closed") }
        XCTAssertEqual(typed.input, "j", "a letter bound to a move still types in a text field")
        model.handleKey(.ctrl("g"), now: F.now)
        XCTAssertNil(model.modal)
    }
}
