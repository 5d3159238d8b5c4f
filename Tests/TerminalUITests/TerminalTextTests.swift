import XCTest
@testable import TerminalUI

final class TerminalTextTests: XCTestCase {
    func testControlAndEscapeSequencesBecomeVisiblePictures() {
        XCTAssertEqual(TerminalText.sanitized("a\u{1B}]0;pwned\u{07}b"), "a␛]0;pwned␇b")
        XCTAssertEqual(TerminalText.sanitized("x\u{9B}31m\u{7F}"), "x\u{FFFD}31m␡")
        XCTAssertEqual(TerminalText.sanitized("line\nnext\r\ttab"), "line␊next␍ tab")
    }

    func testBidiAndInvisibleFormatCharactersArePlaceholders() {
        XCTAssertEqual(TerminalText.sanitized("abc\u{202E}fed\u{2066}x\u{2069}\u{200B}\u{FEFF}"), "abc�fed�x���")
        let glyphs = Array(TerminalText.glyphs(of: "\u{202E}"))
        XCTAssertEqual(glyphs, [Glyph("\u{FFFD}", width: 1, isPlaceholder: true)])
    }

    func testWidthsCountWideAndCombiningCharacters() {
        XCTAssertEqual(TerminalText.width(of: "abc"), 3)
        XCTAssertEqual(TerminalText.width(of: "日本語"), 6)
        XCTAssertEqual(TerminalText.width(of: "e\u{301}te\u{301}"), 3)
        XCTAssertEqual(TerminalText.width(of: "🎉"), 2)
        XCTAssertEqual(Array(TerminalText.glyphs(of: "e\u{301}")).map(\.text), ["e\u{301}"])
    }

    func testZalgoMarksAreCappedAndLoneMarksSitOnADottedCircle() {
        let zalgo = "a" + String(repeating: "\u{300}", count: 40)
        let glyphs = Array(TerminalText.glyphs(of: zalgo))
        XCTAssertEqual(glyphs.count, 1)
        XCTAssertEqual(glyphs[0].text.unicodeScalars.count, 5)
        XCTAssertEqual(Array(TerminalText.glyphs(of: "\u{301}x")).map(\.text), ["\u{25CC}\u{301}", "x"])
    }

    func testTruncationNeverSplitsAWideCharacter() {
        XCTAssertEqual(TerminalText.truncated("abcdef", toWidth: 4).map(\.text).joined(), "abc…")
        XCTAssertEqual(TerminalText.truncated("abcd", toWidth: 4).map(\.text).joined(), "abcd")
        // 日本語 is 6 cells; in 4 cells: 日 (2) + … (1), one cell unused rather than half a 本.
        XCTAssertEqual(TerminalText.truncated("日本語", toWidth: 4).map(\.text).joined(), "日…")
        XCTAssertEqual(TerminalText.truncated("日本語", toWidth: 5).map(\.text).joined(), "日本…")
        XCTAssertEqual(TerminalText.truncated("x", toWidth: 0), [])
    }

    func testAHugeValueCostsOnlyWhatIsDrawn() {
        let huge = String(repeating: "名前", count: 2_000_000)
        let glyphs = TerminalText.truncated(huge, toWidth: 10)
        XCTAssertEqual(glyphs.map(\.text).joined(), "名前名前…")
    }
}

final class CanvasTests: XCTestCase {
    func testRowsKeepTheScreenWidthWithWideAndHostileText() {
        var canvas = Canvas(width: 12, height: 3)
        canvas.write("日本語の名前です", x: 0, y: 0)
        canvas.write("\u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{07}", x: 0, y: 1)
        canvas.write("ab", x: 11, y: 2)
        XCTAssertEqual(canvas.lines, ["日本語の名… ", "␛[2J␛]52;c;…", "           …"])
        for y in 0..<3 { XCTAssertEqual(TerminalText.width(of: canvas.line(y)), 12) }
        XCTAssertEqual(canvas[0, 1].style, .unsafePlaceholder)
        XCTAssertTrue(canvas.cells.allSatisfy { cell in !cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) } })
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.write("日本", x: 0, y: 0)
        canvas.write("x", x: 1, y: 0)
        XCTAssertEqual(canvas.line(0), " x本")
        canvas.write("y", x: 2, y: 0)
        XCTAssertEqual(canvas.line(0), " xy ")
        // A wide character cannot start in the last column: a blank, never half a character.
        canvas.put(Cell("語", width: 2), x: 3, y: 0)
        XCTAssertEqual(canvas.line(0), " xy ")
        canvas.write("語", x: 3, y: 0)
        XCTAssertEqual(canvas.line(0), " xy…")
    }

    func testBoxAndHitRegions() {
        var canvas = Canvas(width: 8, height: 3)
        canvas.box(canvas.bounds, title: "Hi")
        canvas.addHitRegion(Rect(x: 0, y: 0, width: 8, height: 3), .toasts)
        canvas.addHitRegion(Rect(x: 1, y: 1, width: 2, height: 1), .tab(.offers))
        XCTAssertEqual(canvas.lines, ["┌ Hi ──┐", "│      │", "└──────┘"])
        XCTAssertEqual(canvas.target(atX: 1, y: 1), .tab(.offers))
        XCTAssertEqual(canvas.target(atX: 5, y: 1), .toasts)
        XCTAssertNil(canvas.target(atX: 9, y: 1))
    }
}

final class TextWrapTests: XCTestCase {
    func text(_ lines: [[Glyph]]) -> [String] { lines.map { $0.map(\.text).joined() } }

    func testWrapsAtSpacesAndLineBreaks() {
        XCTAssertEqual(text(TerminalText.wrapped("the quick brown fox\njumps", toWidth: 10)), ["the quick", "brown fox", "jumps"])
        XCTAssertEqual(text(TerminalText.wrapped("a\n\nb", toWidth: 10)), ["a", "", "b"])
    }

    func testBreaksWordsWiderThanTheLineAndWideCharacters() {
        XCTAssertEqual(text(TerminalText.wrapped("abcdefghij", toWidth: 4)), ["abcd", "efgh", "ij"])
        XCTAssertEqual(text(TerminalText.wrapped("日本語です", toWidth: 5)), ["日本", "語で", "す"])
    }

    func testStopsAtMaxLinesWithAnEllipsis() {
        XCTAssertEqual(text(TerminalText.wrapped("one two three four five", toWidth: 9, maxLines: 2)), ["one two", "three…"])
        XCTAssertEqual(text(TerminalText.wrapped("one\ntwo\nthree", toWidth: 9, maxLines: 2)), ["one", "two…"])
        XCTAssertEqual(text(TerminalText.wrapped("one\ntwo", toWidth: 9, maxLines: 2)), ["one", "two"])
    }
}
