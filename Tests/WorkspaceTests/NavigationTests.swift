import AshbyAPI
import XCTest
@testable import Workspace

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
