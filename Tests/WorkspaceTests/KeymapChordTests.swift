import XCTest
@testable import Workspace

final class KeymapChordTests: XCTestCase {
    func testParsesAndPrintsCanonicalSpellings() {
        let cases: [(String, String)] = [
            ("ctrl+l", "ctrl+l"), ("ctrl+L", "ctrl+l"), ("Control+l", "ctrl+l"), ("shift+tab", "shift+tab"),
            ("alt+x", "alt+x"), ("meta+x", "alt+x"), ("esc", "esc"), ("escape", "esc"), ("enter", "enter"),
            ("return", "enter"), ("space", "space"), ("up", "up"), ("f5", "f5"), ("F12", "f12"), ("?", "?"),
            (":", ":"), ("/", "/"), ("G", "G"), ("shift+g", "G"), ("+", "+"), ("ctrl++", "ctrl++"),
            ("alt+shift+ctrl+up", "ctrl+alt+shift+up"), ("pgdn", "pgdn"), ("PageUp", "pgup"), ("hash", "#"),
        ]
        for (text, canonical) in cases {
            let chord = KeyChord(parsing: text)
            XCTAssertEqual(chord?.description, canonical, text)
            XCTAssertEqual(chord.flatMap { KeyChord(parsing: $0.description) }, chord, "round trip of \(text)")
        }
    }

    func testRejectsMalformedChords() {
        for text in ["", "ctrl+", "hyper+x", "f13", "f0", "ab", "ctrl+ab", "ctrl +l", "shift+"] {
            XCTAssertNil(KeyChord(parsing: text), text)
        }
    }

    func testEquivalentChordsAreEqual() {
        XCTAssertEqual(KeyChord(parsing: "shift+g"), KeyChord.character("G"))
        XCTAssertEqual(KeyChord(parsing: "ctrl+L"), KeyChord.ctrl("l"))
        XCTAssertEqual(KeyChord.character(" "), KeyChord(.space))
        XCTAssertNotEqual(KeyChord(parsing: "g"), KeyChord(parsing: "G"))
    }

    func testSequencesParseAndDetectPrefixes() throws {
        let gg = try XCTUnwrap(KeySequence(parsing: "g  g"))
        XCTAssertEqual(gg.description, "g g")
        let g = try XCTUnwrap(KeySequence(parsing: "g"))
        XCTAssertTrue(g.isPrefix(of: gg))
        XCTAssertFalse(gg.isPrefix(of: g))
        XCTAssertNil(KeySequence(parsing: "g ctrl+"))
        XCTAssertNil(KeySequence(parsing: "   "))
    }

    func testTypedCharacters() {
        XCTAssertEqual(KeyChord.character("a").typedCharacter, "a")
        XCTAssertEqual(KeyChord(.space).typedCharacter, " ")
        XCTAssertNil(KeyChord.ctrl("a").typedCharacter)
        XCTAssertNil(KeyChord(.enter).typedCharacter)
    }
}
