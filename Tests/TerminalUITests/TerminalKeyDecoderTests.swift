import CNcursesw
import CTerminalShim
import XCTest
@testable import TerminalUI
import Workspace

final class TerminalKeyDecoderTests: XCTestCase {
    private func keys(_ inputs: [RawInput]) -> [String] {
        KeyDecoder.decode(inputs).map { event in
            if case .key(let chord) = event { return chord.description }
            return "\(event)"
        }
    }

    private func characters(_ text: String) -> [RawInput] { text.unicodeScalars.map { .character($0.value) } }

    func testPrintableCharactersIncludingWideAndNonASCII() {
        XCTAssertEqual(keys(characters("aZ?:/ é日🎉")), ["a", "Z", "?", ":", "/", "space", "é", "日", "🎉"])
        XCTAssertEqual(KeyDecoder.decode(characters("G")), [.key(KeyChord(parsing: "G")!)])
    }

    func testCombiningMarksJoinTheCharacterBeforeThem() {
        XCTAssertEqual(KeyDecoder.decode(characters("e\u{301}x")), [.key(.character("e\u{301}")), .key(.character("x"))])
        XCTAssertEqual(keys(characters("🇫🇷")), ["🇫🇷"])
    }

    func testControlKeys() {
        XCTAssertEqual(keys([.character(10), .character(13), .character(9), .character(127), .character(8)]),
                       ["enter", "enter", "tab", "backspace", "backspace"])
        XCTAssertEqual(keys([.character(3), .character(12), .character(1), .character(26), .character(0), .character(31)]),
                       ["ctrl+c", "ctrl+l", "ctrl+a", "ctrl+z", "ctrl+space", "ctrl+_"])
        XCTAssertEqual(KeyDecoder.decode([.character(3)]), [.key(.ctrl("c"))])
        // C1 controls are never keys.
        XCTAssertEqual(keys([.character(0x9B), .character(0x85)]), [])
    }

    func testEscapeAloneAndAltChords() {
        XCTAssertEqual(keys([.character(27)]), ["esc"])
        XCTAssertEqual(keys([.character(27), .character(120)]), ["alt+x"])
        XCTAssertEqual(KeyDecoder.decode([.character(27), .character(120)]), [.key(.alt("x"))])
        XCTAssertEqual(keys([.character(27), .character(88)]), ["alt+x"])
        XCTAssertEqual(keys([.character(27), .character(13)]), ["alt+enter"])
        XCTAssertEqual(keys([.character(27), .character(127)]), ["alt+backspace"])
        XCTAssertEqual(keys([.character(27), .character(4)]), ["ctrl+alt+d"])
        XCTAssertEqual(keys([.character(27), .keyCode(KEY_UP, name: nil)]), ["alt+up"])
        XCTAssertEqual(keys([.character(27), .character(27)]), ["esc", "esc"])
        XCTAssertEqual(keys([.character(27), .character(27), .character(106)]), ["esc", "alt+j"])
        XCTAssertEqual(keys([.character(106), .character(27)]), ["j", "esc"])
        XCTAssertEqual(KeyDecoder.decode([.character(27), .resize(width: 100, height: 30)]),
                       [.key(KeyChord(.escape)), .resize(width: 100, height: 30)])
    }

    func testUnknownEscapeSequencesAreDroppedNotTyped() {
        // Focus-in report and an unknown CSI key, then a real key.
        XCTAssertEqual(keys([.character(27)] + characters("[I") + [.character(27)] + characters("[57;5uq")), ["q"])
        XCTAssertEqual(keys([.character(27)] + characters("OXk")), ["k"])
        // ESC [ at the end of a read is alt+[.
        XCTAssertEqual(keys([.character(27)] + characters("[")), ["alt+["])
    }

    func testXtermSequencesTheTerminfoEntryDidNotKnow() {
        let esc = RawInput.character(27)
        XCTAssertEqual(keys([esc] + characters("[A") + [esc] + characters("OD")), ["up", "left"])
        XCTAssertEqual(keys([esc] + characters("[1;5C") + [esc] + characters("[1;2H") + [esc] + characters("[1;3F")),
                       ["ctrl+right", "shift+home", "alt+end"])
        XCTAssertEqual(keys([esc] + characters("[3~") + [esc] + characters("[6;5~") + [esc] + characters("[24~") + [esc] + characters("[15;2~")),
                       ["delete", "ctrl+pgdn", "f12", "shift+f5"])
        XCTAssertEqual(keys([esc] + characters("OP") + [esc] + characters("[1;5S") + [esc] + characters("[Z")), ["f1", "ctrl+f4", "shift+tab"])
        XCTAssertEqual(keys([esc] + characters("[99~") + [esc] + characters("[1;9A") + [esc] + characters("[200~x")), ["x"])
    }

    func testNamedKeysAndShiftedKeys() {
        let codes: [(Int32, String)] = [
            (KEY_UP, "up"), (KEY_DOWN, "down"), (KEY_LEFT, "left"), (KEY_RIGHT, "right"), (KEY_HOME, "home"),
            (KEY_END, "end"), (KEY_PPAGE, "pgup"), (KEY_NPAGE, "pgdn"), (KEY_IC, "insert"), (KEY_DC, "delete"),
            (KEY_BACKSPACE, "backspace"), (KEY_ENTER, "enter"), (KEY_BTAB, "shift+tab"), (KEY_SR, "shift+up"),
            (KEY_SF, "shift+down"), (KEY_SLEFT, "shift+left"), (KEY_SRIGHT, "shift+right"), (KEY_SHOME, "shift+home"),
            (KEY_SEND, "shift+end"), (KEY_SDC, "shift+delete"), (KEY_F0 + 1, "f1"), (KEY_F0 + 12, "f12"),
            (KEY_F0 + 13, "shift+f1"), (KEY_F0 + 29, "ctrl+f5"),
        ]
        for (code, spelling) in codes {
            XCTAssertEqual(keys([.keyCode(code, name: nil)]), [spelling], spelling)
        }
        XCTAssertEqual(KeyDecoder.decode([.keyCode(KEY_BTAB, name: nil)]), [.key(KeyChord(.tab, modifiers: .shift))])
    }

    func testXtermModifiedKeysByName() {
        let extended = Int32(KEY_MAX) + 10
        XCTAssertEqual(keys([.keyCode(extended, name: "kUP5")]), ["ctrl+up"])
        XCTAssertEqual(keys([.keyCode(extended, name: "kRIT3")]), ["alt+right"])
        XCTAssertEqual(keys([.keyCode(extended, name: "kDN2")]), ["shift+down"])
        XCTAssertEqual(keys([.keyCode(extended, name: "kDC6")]), ["ctrl+shift+delete"])
        XCTAssertEqual(keys([.keyCode(extended, name: "kNXT7")]), ["ctrl+alt+pgdn"])
        XCTAssertEqual(keys([.keyCode(extended, name: "kxIN"), .keyCode(extended, name: "kUP9")]), [])
    }

    func testMouseAndResizePassThrough() {
        XCTAssertEqual(KeyDecoder.decode([.mouse(.click(x: 3, y: 4)), .mouse(nil), .mouse(.wheelDown(x: 0, y: 1))]),
                       [.mouse(.click(x: 3, y: 4)), .mouse(.wheelDown(x: 0, y: 1))])
        XCTAssertEqual(MouseDecoding.event(buttonState: ashby_mouse_wheel_up(), x: 1, y: 2), .wheelUp(x: 1, y: 2))
    }
}
