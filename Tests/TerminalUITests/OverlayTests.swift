import Foundation
import XCTest
import AshbySandbox
@testable import Workspace
@testable import TerminalUI

/// Every modal drawn over a blank 80x24 screen, plus what a user relies on: the cursor in the
/// input, the focused button, clickable rows.
final class OverlayTests: XCTestCase {
    let now = SandboxWorkspace.now

    func draw(_ modal: Modal, width: Int = 80, height: Int = 24) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        ModalOverlay.draw(modal, in: canvas.bounds, on: &canvas, now: now)
        return canvas
    }

    var palette: CommandPalette {
        var palette = CommandPalette(context: .init(pane: .pipeline, choices: [.stage: ["Application Review", "Onsite", "Offer"]]))
        palette.setInput("mv")
        palette.moveSelection(by: 1)
        return palette
    }

    func testPaletteWithTypedText() {
        let canvas = draw(.palette(palette))
        GoldenFile.assertCanvas(canvas, matches: "Overlay-palette-80x24")
        // The cursor sits after ": mv" on the input line; each listed command is a clickable row.
        let inputRow = canvas.lines.firstIndex { $0.contains(": mv") }!
        XCTAssertEqual(canvas.cursor?.y, inputRow)
        XCTAssertEqual(canvas.cursor?.x, canvas.line(inputRow).cellColumn(of: ": mv") + 4)
        XCTAssertEqual(canvas.target(atX: 40, y: inputRow + 2), .listRow(0))
        XCTAssertEqual(canvas.target(atX: 40, y: inputRow + 3), .listRow(1))
        XCTAssertTrue(canvas.line(inputRow + 3).contains("▶"), "the selected row is marked")
        XCTAssertEqual(canvas[10, inputRow + 3].style, .selection)
    }

    func testPaletteChoosingAnArgument() {
        var palette = CommandPalette(context: .init(pane: .pipeline, choices: [.stage: ["Application Review", "Onsite", "Offer"]]))
        palette.setInput("pipeline.move-to on")
        GoldenFile.assertCanvas(draw(.palette(palette)), matches: "Overlay-palette-argument-80x24")
    }

    func testPicker() {
        var picker = Picker(title: "Archive reason", target: .archiveReason, items: [
            PickerItem(value: "r1", title: "Hired elsewhere", detail: "candidate"),
            PickerItem(value: "r2", title: "Not a fit: skills", detail: "company"),
            PickerItem(value: "r3", title: "Withdrew", detail: "candidate"),
            PickerItem(value: "r4", title: "Position closed", detail: "company", isDimmed: true),
            PickerItem(value: "r5", title: "\u{1B}]0;pwned\u{7}Salary expectations 給与", detail: "company"),
        ])
        picker.setInput("s")
        let canvas = draw(.picker(picker))
        GoldenFile.assertCanvas(canvas, matches: "Overlay-picker-80x24")
        XCTAssertFalse(canvas.text.contains("\u{1B}"))
    }

    func testConfirmationNamesCandidateJobVersionAndStep() throws {
        let (model, tenant) = try SandboxWorkspace.make()
        model.store.actingUserId = tenant.landmarks.pendingApproverUserIDs[0]
        model.setViewport(Viewport(width: 80, height: 24))
        model.handle(.showPane(.offers), now: now)
        _ = model.offers.select(offerId: tenant.landmarks.offerID, store: model.store, details: model.details)
        model.handle(.approveStep, now: now)
        guard case .confirmation(let dialog)? = model.modal else { return XCTFail("no confirmation: \(String(describing: model.modal))") }
        let canvas = draw(.confirmation(dialog))
        GoldenFile.assertCanvas(canvas, matches: "Overlay-confirmation-80x24")
        XCTAssertTrue(canvas.text.contains("Offer version: \(tenant.landmarks.offerVersionID)"))
        XCTAssertTrue(canvas.text.contains("Step 1 of 2"))
        // Approve is focused: marked and styled; both buttons are clickable.
        let row = canvas.lines.firstIndex { $0.contains("[▶ Approve step ◀]") }!
        let confirmX = canvas.line(row).cellColumn(of: "[▶ Approve step ◀]")
        let cancelX = canvas.line(row).cellColumn(of: "[  Cancel  ]")
        XCTAssertEqual(canvas[confirmX, row].style, .buttonFocused)
        XCTAssertEqual(canvas[cancelX, row].style, .button)
        XCTAssertEqual(canvas.target(atX: confirmX + 2, y: row), .dialogButton(.confirm))
        XCTAssertEqual(canvas.target(atX: cancelX + 2, y: row), .dialogButton(.cancel))
    }

    func testDestructiveConfirmationStartsOnCancel() throws {
        let (model, tenant) = try SandboxWorkspace.make()
        model.setViewport(Viewport(width: 80, height: 24))
        model.handle(.showPane(.offers), now: now)
        _ = model.offers.select(offerId: tenant.landmarks.offerID, store: model.store, details: model.details)
        model.handle(.approveOffer, now: now)
        guard case .confirmation(let dialog)? = model.modal else { return XCTFail("no confirmation") }
        let canvas = draw(.confirmation(dialog))
        GoldenFile.assertCanvas(canvas, matches: "Overlay-confirmation-destructive-80x24")
        let row = canvas.lines.firstIndex { $0.contains("[▶ Cancel ◀]") }!
        XCTAssertEqual(canvas[canvas.line(row).cellColumn(of: "[  Approve whole offer  ]"), row].style, .error)
        XCTAssertTrue(canvas.line(canvas.lines.firstIndex { $0.contains("Confirm") }!).contains("⚠ Confirm"))
    }

    func testHelpWithTheDefaultKeymap() {
        let help = HelpScreen(pane: .schedule, rows: Keymap.standard.bindingTable(for: .schedule))
        let canvas = draw(.help(help))
        GoldenFile.assertCanvas(canvas, matches: "Overlay-help-80x24")
        let row = canvas.lines.firstIndex { $0.contains("q, ctrl+c") }!
        XCTAssertEqual(canvas[canvas.line(row).cellColumn(of: "q, ctrl+c"), row].style, .key)
        XCTAssertTrue(canvas.line(22).contains("1–20 of 38"))
        // Scrolled: the first line shown is the offset's, and the last page stays full.
        var scrolled = help
        scrolled.offset = 5
        XCTAssertEqual(draw(.help(scrolled)).line(2), canvas.line(7))
        scrolled.offset = 10_000
        let bottom = draw(.help(scrolled))
        XCTAssertTrue(bottom.line(22).contains("19–38 of 38"), bottom.line(22))
        XCTAssertTrue(bottom.line(21).contains("down, j") || bottom.text.contains("down, j"))
    }

    func testFilterInputPlacesTheCursorAfterTheText() {
        let canvas = draw(.textInput(TextInput(prompt: "Filter", text: "ada lo", purpose: .filter(original: ""))))
        GoldenFile.assertCanvas(canvas, matches: "Overlay-filter-80x24")
        let row = canvas.lines.firstIndex { $0.contains("/ ada lo") }!
        XCTAssertEqual(canvas.cursor?.y, row)
        XCTAssertEqual(canvas.cursor?.x, canvas.line(row).cellColumn(of: "/ ada lo") + 8)
        XCTAssertEqual(canvas[canvas.cursor!.x, row].style, .inputCursor)
    }

    func testALongFilterShowsItsTail() {
        let text = String(repeating: "abcdefghij", count: 10) + "END"
        let canvas = draw(.textInput(TextInput(prompt: "Filter", text: text, purpose: .filter(original: ""))))
        let row = canvas.lines.firstIndex { $0.contains("END") }!
        XCTAssertTrue(canvas.line(row).contains("/ …"))
        XCTAssertEqual(canvas.cursor?.x, canvas.line(row).cellColumn(of: "END") + 3)
    }

    func testNoteEditorWrapsSeveralLinesAndFollowsTheEnd() {
        let note = "Strong systems background; asked sharp questions about the sync design.\nFollow up:\n- references from Acme\n- "
        let canvas = draw(.textInput(TextInput(prompt: "Note on Ada Lovelace", text: note, purpose: .note(candidateId: "c1"))))
        GoldenFile.assertCanvas(canvas, matches: "Overlay-note-80x24")
        let row = canvas.lines.firstIndex { $0.contains("- references from Acme") }! + 1
        XCTAssertEqual(canvas.cursor?.y, row)
        XCTAssertEqual(canvas.cursor?.x, canvas.line(row).cellColumn(of: "-") + 2)
    }

    func testAltEnterStartsANewLineInANoteAndEnterSavesIt() throws {
        let (model, _) = try SandboxWorkspace.make()
        model.setViewport(Viewport(width: 80, height: 24))
        model.handle(.select, now: now)
        XCTAssertEqual(model.activePane, .candidate)
        model.handle(.addNote(nil), now: now)
        for character in "one" { model.handleKey(.character(character), now: now) }
        model.handleKey(KeyChord(.enter, modifiers: .alt), now: now)
        model.handleKey(.character("t"), now: now)
        model.handleKey(.ctrl("j"), now: now)
        model.handleKey(.character("3"), now: now)
        guard case .textInput(let input)? = model.modal else { return XCTFail("the note editor closed") }
        XCTAssertEqual(input.text, "one\nt\n3")
        model.handleKey(KeyChord(.enter), now: now)
        guard case .confirmation(let dialog)? = model.modal else { return XCTFail("Enter did not ask to save") }
        XCTAssertEqual(dialog.confirmLabel, "Add note")
    }

    func testAFilterStaysOneLine() throws {
        let (model, _) = try SandboxWorkspace.make()
        model.handle(.filter(nil), now: now)
        model.handleKey(.character("a"), now: now)
        model.handleKey(KeyChord(.enter, modifiers: .alt), now: now)
        if case .textInput(let input)? = model.modal { XCTAssertFalse(input.text.contains("\n")) }
    }
}
