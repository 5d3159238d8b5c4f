import AshbyAPI
import Foundation
import XCTest
@testable import Workspace
@testable import TerminalUI

/// The scorecard dialog drawn from a draft: each kind of question, the focused one, the problem
/// line, buttons and clickable rows, scrolling in a short terminal, hostile form text.
final class ScorecardOverlayTests: XCTestCase {
    static func field(_ path: String, _ type: FormFieldType, _ title: String, required: Bool = false,
                      options: [String] = []) -> FormFieldEntry {
        FormFieldEntry(isRequired: required, field: FormField(
            id: path, type: type, path: path, humanReadablePath: title, title: title, isNullable: !required,
            selectableValues: options.isEmpty ? nil : options.enumerated().map { FormSelectableValue(label: $1, value: "v\($0)") }))
    }

    static let form = FormDefinition(sections: [
        FormSection(title: "Overall", fields: [
            field("rec", .valueSelect, "Overall recommendation", required: true, options: ["Strong hire", "Hire", "No hire", "Strong no hire"]),
        ]),
        FormSection(title: "Skills", fields: [
            field("tech", .score, "Technical skills", required: true),
            field("areas", .multiValueSelect, "Areas covered", options: ["Design", "Coding", "Testing"]),
            field("again", .boolean, "Interview again?"),
            field("salary", .numberRange, "Salary band"),
        ]),
        FormSection(title: "Notes", fields: [field("notes", .longText, "Detailed feedback", required: true)]),
    ])

    static func draft(form: FormDefinition = form) -> ScorecardDraft {
        ScorecardDraft(applicationId: "app-1", interviewEventId: "event-1", userId: "user-1", formDefinitionId: "form-1",
                       candidateName: "Ada Lovelace", interviewTitle: "System design", formTitle: "Engineering scorecard", form: form)
    }

    func draw(_ draft: ScorecardDraft, width: Int = 80, height: Int = 24) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        ModalOverlay.draw(.scorecard(draft), in: canvas.bounds, on: &canvas, now: Date(timeIntervalSince1970: 0))
        return canvas
    }

    func testEachKindOfQuestionWithTheChoiceInFocus() {
        var draft = Self.draft()
        draft.type("2")
        draft.moveFocus(by: 1)
        draft.type("3")
        draft.moveFocus(by: 1)
        draft.toggle()
        draft.moveFocus(by: -2)
        let canvas = draw(draft)
        GoldenFile.assertCanvas(canvas, matches: "Overlay-scorecard-80x24")
        let text = canvas.text
        XCTAssertTrue(text.contains("Scorecard · Ada Lovelace · System design"), text)
        XCTAssertTrue(text.contains("3/6 answered"), text)
        XCTAssertTrue(text.contains("‹ Hire ›"), text)
        XCTAssertTrue(text.contains("2 (•) Hire"), "the focused choice lists its options, numbered:\n\(text)")
        XCTAssertTrue(text.contains("●●●○ 3/4"), text)
        XCTAssertTrue(text.contains("▸ [x] Design") == false && text.contains("[x] Design"), "ticked, cursor hidden when unfocused:\n\(text)")
        XCTAssertTrue(text.contains("NumberRange: answer in Ashby"), text)
        // The focused question is marked and barred; its row and the buttons are clickable.
        let row = canvas.lines.firstIndex { $0.contains("▶ Overall recommendation *") }!
        XCTAssertEqual(canvas[canvas.line(row).cellColumn(of: "Overall"), row].style, .selection)
        XCTAssertEqual(canvas.target(atX: 30, y: row), .listRow(0))
        let skills = canvas.lines.firstIndex { $0.contains("Technical skills *") }!
        XCTAssertEqual(canvas.target(atX: 30, y: skills), .listRow(1))
        let buttons = canvas.lines.firstIndex { $0.contains("[  Submit  ]") }!
        XCTAssertEqual(canvas.target(atX: canvas.line(buttons).cellColumn(of: "[  Submit  ]") + 3, y: buttons), .dialogButton(.confirm))
        XCTAssertEqual(canvas.target(atX: canvas.line(buttons).cellColumn(of: "[  Cancel  ]") + 3, y: buttons), .dialogButton(.cancel))
    }

    func testTheProblemOfARefusedSubmitAndTheFocusedButton() {
        var draft = Self.draft()
        draft.focus = .submit
        XCTAssertNil(draft.answers())
        draft.focus = .submit
        let canvas = draw(draft)
        XCTAssertTrue(canvas.text.contains("✖ “Overall recommendation” is required"), canvas.text)
        let row = canvas.lines.firstIndex { $0.contains("✖") }!
        XCTAssertEqual(canvas[canvas.line(row).cellColumn(of: "✖"), row].style, .error)
        let buttons = canvas.lines.firstIndex { $0.contains("[▶ Submit ◀]") }!
        XCTAssertEqual(canvas[canvas.line(buttons).cellColumn(of: "[▶ Submit ◀]"), buttons].style, .buttonFocused)
    }

    func testTypingALongAnswerPutsTheCursorAfterTheText() {
        var draft = Self.draft()
        draft.focus = .field(5)
        draft.type("Clear on trade-offs.\nWould hire.")
        let canvas = draw(draft)
        let row = canvas.lines.firstIndex { $0.contains("Would hire.") }!
        XCTAssertTrue(canvas.lines[row - 1].contains("Clear on trade-offs."), canvas.text)
        XCTAssertEqual(canvas.cursor?.y, row)
        XCTAssertEqual(canvas.cursor?.x, canvas.line(row).cellColumn(of: "Would hire.") + TerminalText.width(of: "Would hire."))
    }

    func testAShortTerminalScrollsToTheFocusedQuestion() {
        var draft = Self.draft()
        draft.focus = .field(5)
        let canvas = draw(draft, width: 80, height: 12)
        let text = canvas.text
        XCTAssertTrue(text.contains("▶ Detailed feedback *"), text)
        XCTAssertTrue(text.contains("↑ more"), text)
        XCTAssertFalse(text.contains("Overall recommendation"), "scrolled past the first question:\n\(text)")
        XCTAssertTrue(text.contains("[  Submit  ]"), "the buttons stay in view:\n\(text)")
        for line in canvas.lines { XCTAssertEqual(TerminalText.width(of: line), 80) }
    }

    func testHostileFormTextIsDrawnInert() {
        let hostile = FormDefinition(sections: [FormSection(title: "\u{1B}]0;pwned\u{7}Section", fields: [
            Self.field("a", .valueSelect, "Pick \u{202E}evil\u{202C} 給与", required: true, options: ["\u{1B}[31mred", "ok"]),
        ])])
        var draft = Self.draft(form: hostile)
        draft.type("1")
        let canvas = draw(draft)
        XCTAssertFalse(canvas.text.contains("\u{1B}"), canvas.text)
        XCTAssertFalse(canvas.text.unicodeScalars.contains { $0.value == 0x202E }, canvas.text)
        XCTAssertTrue(canvas.text.contains("給与"), canvas.text)
        for line in canvas.lines { XCTAssertEqual(TerminalText.width(of: line), 80) }
    }
}
