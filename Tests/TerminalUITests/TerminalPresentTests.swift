import Foundation
import XCTest
@testable import TerminalUI
import Workspace

/// The presenter on a real ncurses screen over a pseudo-terminal, reading back the bytes sent.
final class TerminalPresentTests: XCTestCase {
    private func session(width: Int = 80, height: Int = 24, theme: String = "default", term: String = "xterm-256color")
        throws -> (TerminalSession, PseudoTerminalOutput) {
        let theme = try ThemeCatalog.load(name: theme, userDirectory: nil)
        let (session, output) = try TerminalSession.onPseudoTerminal(width: width, height: height, theme: theme, term: term)
        _ = output.drain()
        return (session, output)
    }

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private func screen(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        for row in 0..<height {
            canvas.write("row \(row): candidate Ada Lovelace · Onsite · 3d 日本", x: 0, y: row, style: row % 2 == 0 ? .card : .normal)
        }
        canvas.write(" Pipeline ", x: 0, y: 0, style: .tabActive)
        return canvas
    }

    func testFirstFrameDrawsTheTextAndSetsUpTheScreen() throws {
        let (session, output) = try session()
        defer { session.close() }
        XCTAssertEqual(session.size.width, 80)
        XCTAssertEqual(session.size.height, 24)
        XCTAssertEqual(session.colorCapability, .indexed256)
        session.present(screen(width: 80, height: 24))
        let first = text(output.drain())
        XCTAssertTrue(first.contains("row 23: candidate Ada Lovelace"), first)
        XCTAssertTrue(first.contains("日本"))
        // The tab style: black on colour 75, bold.
        XCTAssertTrue(first.contains("\u{1B}[38;5;16m") || first.contains("\u{1B}[30m"), first)
        XCTAssertTrue(first.contains("48;5;75m"), first)
    }

    func testAnIdenticalCanvasWritesNothingAndOneChangedCellWritesLittle() throws {
        let (session, output) = try session(width: 160, height: 48)
        defer { session.close() }
        var canvas = screen(width: 160, height: 48)
        session.present(canvas)
        let full = output.drain().count
        XCTAssertGreaterThan(full, 2500)

        session.present(canvas)
        XCTAssertEqual(output.drain().count, 0)

        canvas.put(Cell("X", style: .cardSelected), x: 100, y: 30)
        session.present(canvas)
        let change = output.drain()
        // Move, attributes and colours, the character, attributes back: nothing else.
        XCTAssertEqual(text(change), "\u{1B}[31;101H\u{1B}(B\u{1B}[0;1m\u{1B}[38;5;255m\u{1B}[48;5;24mX\u{1B}[39;49m\u{1B}(B\u{1B}[m")
    }

    func testMovingTheSelectionBetweenTwoCardsStaysSmall() throws {
        let (session, output) = try session(width: 160, height: 48)
        defer { session.close() }
        var canvas = screen(width: 160, height: 48)
        canvas.restyle(Rect(x: 40, y: 10, width: 38, height: 3), style: .cardSelected)
        session.present(canvas)
        _ = output.drain()
        canvas.restyle(Rect(x: 40, y: 10, width: 38, height: 3), style: .card)
        canvas.restyle(Rect(x: 40, y: 13, width: 38, height: 3), style: .cardSelected)
        session.present(canvas)
        let bytes = output.drain().count
        XCTAssertLessThanOrEqual(bytes, 300)
        print("terminal-bytes one-card selection move at 160x48: \(bytes)")
    }

    func testHostileTextNeverReachesTheTerminalAsAnEscape() throws {
        let (session, output) = try session()
        defer { session.close() }
        var canvas = Canvas(width: 80, height: 24)
        canvas.write("name\u{1B}]0;pwned title\u{07} \u{1B}]52;c;aGk=\u{07} \u{9B}2J \u{1B}[31mred \u{202E}evil", x: 0, y: 3)
        session.present(canvas)
        let bytes = output.drain()
        let sent = text(bytes)
        XCTAssertFalse(sent.contains("\u{1B}]"), "an OSC sequence reached the terminal: \(sent.debugDescription)")
        XCTAssertFalse(sent.contains("\u{07}"))
        XCTAssertFalse(sent.contains("\u{9B}"))
        XCTAssertFalse(sent.contains("\u{202E}"))
        XCTAssertFalse(sent.contains("\u{1B}[31m"))
        // The data is still visible, as placeholders in their own style.
        XCTAssertTrue(sent.contains("name\u{1B}[38;5;16m\u{1B}[48;5;214m␛"), sent.debugDescription)
        XCTAssertTrue(sent.contains("]0;pwned title"))
    }

    func testCellsPutDirectlyWithControlsAreStillDrawnSafely() throws {
        let (session, output) = try session()
        defer { session.close() }
        var canvas = Canvas(width: 80, height: 24)
        canvas.put(Cell("\u{9B}"), x: 0, y: 0)
        canvas.put(Cell("\u{1B}"), x: 1, y: 0)
        canvas.put(Cell("\u{202E}"), x: 2, y: 0)
        canvas.put(Cell("a"), x: 3, y: 0)
        session.present(canvas)
        let sent = text(output.drain())
        XCTAssertTrue(sent.contains("\u{FFFD}\u{FFFD}\u{FFFD}a"), sent.debugDescription)
        XCTAssertFalse(sent.contains("\u{9B}"))
        XCTAssertFalse(sent.contains("^["))
    }

    func testACanvasOfAnotherSizeRepaintsEverything() throws {
        let (session, output) = try session()
        defer { session.close() }
        session.present(screen(width: 80, height: 24))
        _ = output.drain()
        output.resize(width: 100, height: 30)
        XCTAssertEqual(session.readEvents(), [.resize(width: 100, height: 30)])
        XCTAssertEqual(session.size.width, 100)
        session.present(screen(width: 100, height: 30))
        let repaint = text(output.drain())
        XCTAssertTrue(repaint.contains("\u{1B}[H\u{1B}[2J") || repaint.contains("\u{1B}[2J"), repaint.debugDescription)
        for row in [1, 12, 29] { XCTAssertTrue(repaint.contains("row \(row): candidate"), "row \(row)") }
    }

    func testInvalidateAndThemeChangeRepaintEverything() throws {
        let (session, output) = try session()
        defer { session.close() }
        let canvas = screen(width: 80, height: 24)
        session.present(canvas)
        _ = output.drain()
        session.invalidate()
        session.present(canvas)
        let redraw = text(output.drain())
        XCTAssertTrue(redraw.contains("\u{1B}[2J"), redraw.debugDescription)
        XCTAssertTrue(redraw.contains("row 17: candidate"))

        session.setTheme(try ThemeCatalog.load(name: "monochrome", userDirectory: nil))
        session.present(canvas)
        let restyled = text(output.drain())
        // Only the cells whose look changed are sent: `card` rows (even) lose their colour,
        // `normal` rows look the same in both themes.
        XCTAssertTrue(restyled.contains("row 4: candidate"), restyled.debugDescription)
        XCTAssertFalse(restyled.contains("row 5: candidate"), restyled.debugDescription)
        XCTAssertFalse(restyled.contains("38;5;"), "monochrome sends no colour")
    }

    func testCursorIsShownOnlyWhereTheCanvasAsks() throws {
        let (session, output) = try session()
        defer { session.close() }
        var canvas = screen(width: 80, height: 24)
        session.present(canvas)
        _ = output.drain()
        canvas.cursor = (x: 10, y: 5)
        session.present(canvas)
        let shown = text(output.drain())
        XCTAssertTrue(shown.contains("\u{1B}[?25h"), shown.debugDescription)
        XCTAssertTrue(shown.hasSuffix("\u{1B}[6;11H"), shown.debugDescription)
        canvas.cursor = nil
        session.present(canvas)
        XCTAssertTrue(text(output.drain()).contains("\u{1B}[?25l"))
    }

    func testEightColourTerminalGetsPaletteColours() throws {
        let (session, output) = try session(term: "xterm")
        defer { session.close() }
        XCTAssertEqual(session.colorCapability, .eight)
        var canvas = Canvas(width: 80, height: 24)
        canvas.write("selected", x: 0, y: 0, style: .cardSelected)
        session.present(canvas)
        let sent = text(output.drain())
        XCTAssertFalse(sent.contains("38;5;"), sent.debugDescription)
        XCTAssertTrue(sent.contains("selected"))
    }

    func testEveryTerminalTypeWeSupportDrawsAndRestores() throws {
        let expected: [String: ColorCapability] = ["xterm": .eight, "xterm-256color": .indexed256, "screen-256color": .indexed256,
                                                   "tmux-256color": .indexed256]
        for (term, capability) in expected.sorted(by: { $0.key < $1.key }) {
            let (session, output) = try session(term: term)
            XCTAssertEqual(session.colorCapability, capability, term)
            var canvas = screen(width: 80, height: 24)
            canvas.write("日本語 wide", x: 70, y: 23, style: .conflict)
            session.present(canvas)
            let sent = text(output.drain())
            XCTAssertTrue(sent.contains("row 12: candidate Ada Lovelace · Onsite · 3d 日本"), term)
            // Cut to the screen's edge; ncurses writes the bottom-right cell without scrolling.
            XCTAssertTrue(sent.contains("日本語 wi"), "\(term): \(sent.suffix(300).debugDescription)")
            XCTAssertTrue(sent.contains("…"), term)
            session.close()
            XCTAssertNotEqual(output.modes().c_lflag & tcflag_t(ICANON), 0, term)
        }
    }

    func testUnknownTermIsAClearError() throws {
        let theme = try ThemeCatalog.load(name: "default", userDirectory: nil)
        XCTAssertThrowsError(try TerminalSession.onPseudoTerminal(width: 80, height: 24, theme: theme, term: "no-such-terminal")) { error in
            XCTAssertEqual((error as? TerminalError)?.description,
                           "cannot start the terminal UI: TERM=no-such-terminal is not a terminal type this system knows (no terminfo entry); try TERM=xterm-256color, or install ncurses-term")
        }
    }

    func testCloseRestoresTheScreenAndModes() throws {
        let (session, output) = try session()
        session.present(screen(width: 80, height: 24))
        _ = output.drain()
        XCTAssertEqual(output.modes().c_lflag & tcflag_t(ICANON | ECHO | ISIG), 0, "raw mode while running")
        session.close()
        let restore = text(output.drain())
        XCTAssertTrue(restore.contains("\u{1B}[?1049l"), "leaves the alternate screen: \(restore.debugDescription)")
        XCTAssertTrue(restore.contains("\u{1B}[?1000l") || restore.contains("\u{1B}[?1006;1000l"), "mouse off: \(restore.debugDescription)")
        XCTAssertNotEqual(output.modes().c_lflag & tcflag_t(ICANON), 0, "cooked mode after close")
        session.close()
        XCTAssertEqual(output.drain(), [])
    }
}
