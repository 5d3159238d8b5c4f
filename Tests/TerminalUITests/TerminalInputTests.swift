import Foundation
import XCTest
@testable import TerminalUI
import Workspace

/// Keys typed into a pseudo-terminal, read back through ncurses and the decoder.
final class TerminalInputTests: XCTestCase {
    private var session: TerminalSession!
    private var output: PseudoTerminalOutput!

    override func setUpWithError() throws {
        let theme = try ThemeCatalog.load(name: "default", userDirectory: nil)
        (session, output) = try TerminalSession.onPseudoTerminal(width: 80, height: 24, theme: theme, term: "xterm-256color")
        session.present(Canvas(width: 80, height: 24))
        _ = output.drain()
    }

    override func tearDown() {
        session.close()
        session = nil
        output = nil
    }

    /// Types `text` and reads until `count` events arrived or two seconds passed.
    private func type(_ text: String, expecting count: Int) -> [TerminalEvent] {
        output.send(text)
        var events: [TerminalEvent] = []
        let deadline = Date(timeIntervalSinceNow: 2)
        while events.count < count, Date() < deadline {
            if session.waitForInput(wakeDescriptor: nil, timeout: deadline.timeIntervalSinceNow) {
                events += session.readEvents()
            }
        }
        return events
    }

    func testKeysArriveAsChords() {
        XCTAssertEqual(type("j", expecting: 1), [.key(.character("j"))])
        XCTAssertEqual(type("\u{03}", expecting: 1), [.key(.ctrl("c"))])
        XCTAssertEqual(type("\u{1B}x", expecting: 1), [.key(.alt("x"))])
        XCTAssertEqual(type("\u{1B}[A", expecting: 1), [.key(KeyChord(.up))])
        XCTAssertEqual(type("\u{1B}[1;5A", expecting: 1), [.key(KeyChord(.up, modifiers: .ctrl))])
        XCTAssertEqual(type("\u{1B}[Z", expecting: 1), [.key(KeyChord(.tab, modifiers: .shift))])
        XCTAssertEqual(type("\u{1B}[5~", expecting: 1), [.key(KeyChord(.pageUp))])
        XCTAssertEqual(type("\u{1B}OP", expecting: 1), [.key(KeyChord(.function(1)))])
        XCTAssertEqual(type("\r", expecting: 1), [.key(KeyChord(.enter))])
        XCTAssertEqual(type("\u{7F}", expecting: 1), [.key(KeyChord(.backspace))])
        XCTAssertEqual(type("日é", expecting: 2), [.key(.character("日")), .key(.character("é"))])
    }

    func testEscapeAloneArrivesAfterTheShortDelay() {
        let start = Date()
        XCTAssertEqual(type("\u{1B}", expecting: 1), [.key(KeyChord(.escape))])
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.5)
    }

    func testMouseClicksAndWheel() {
        // SGR reports (1-based): left press at column 11, row 6; wheel up and down.
        XCTAssertEqual(type("\u{1B}[<0;11;6M", expecting: 1), [.mouse(.click(x: 10, y: 5))])
        _ = type("\u{1B}[<0;11;6m", expecting: 0)
        XCTAssertEqual(type("\u{1B}[<64;3;4M", expecting: 1), [.mouse(.wheelUp(x: 2, y: 3))])
        XCTAssertEqual(type("\u{1B}[<65;3;4M", expecting: 1), [.mouse(.wheelDown(x: 2, y: 3))])
    }

    func testWakeDescriptorAndTimeoutReturnWithoutInput() {
        var wake: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&wake), 0)
        defer { close(wake[0]); close(wake[1]) }
        var byte: UInt8 = 1
        _ = write(wake[1], &byte, 1)
        XCTAssertFalse(session.waitForInput(wakeDescriptor: wake[0], timeout: 5))
        _ = read(wake[0], &byte, 1)

        let start = Date()
        XCTAssertFalse(session.waitForInput(wakeDescriptor: wake[0], timeout: 0.05))
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.04)
        XCTAssertEqual(session.readEvents(), [])
    }
}
