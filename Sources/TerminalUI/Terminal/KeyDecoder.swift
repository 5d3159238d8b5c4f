import CNcursesw
import CTerminalShim
import Workspace

/// Turns what one read of the terminal returned (everything `wget_wch` gave until it had no
/// more) into events. Pure, so every byte and key code sequence is unit-tested.
///
/// Escape: ncurses gives ESC alone only after `ESCDELAY` (25 ms) without a follow-up, so an ESC
/// followed by a key in the same read is Alt with that key (`ESC x` → alt+x), and an ESC that
/// ends the read is the Escape key. `ESC [` or `ESC O` followed by more is an escape sequence
/// ncurses did not know (the terminal's keys differ from its terminfo entry, as with `ESC [ A`
/// in a keypad-mode entry): xterm's key sequences are decoded here, anything else (focus
/// reports, unknown keys) is dropped, never typed.
public enum KeyDecoder {
    public static func decode(_ inputs: [RawInput]) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var escapePending = false
        var index = 0
        while index < inputs.count {
            let input = inputs[index]
            index += 1
            switch input {
            case .character(27):
                if escapePending { events.append(.key(KeyChord(.escape))) }
                escapePending = true
            case .character(let code) where escapePending && (code == 0x5B || code == 0x4F) && index < inputs.count:
                // An unknown CSI (`ESC [ params final`) or SS3 (`ESC O x`) sequence.
                escapePending = false
                let sequence = KeySequenceDecoder.decode(inputs, from: index, isCSI: code == 0x5B)
                index = sequence.next
                if let chord = sequence.chord { events.append(.key(chord)) }
            case .character(let code):
                let alt = escapePending
                escapePending = false
                guard var chord = chord(forCharacter: code) else { continue }
                if alt {
                    chord = KeyChord(chord.key, modifiers: chord.modifiers.union(.alt))
                } else if case .key(let previous)? = events.last, let merged = merged(previous, code) {
                    // A combining mark or joiner typed after its base character: one character.
                    events[events.count - 1] = .key(merged)
                    continue
                }
                events.append(.key(chord))
            case .keyCode(let code, let name):
                let alt = escapePending
                escapePending = false
                guard var chord = chord(forKeyCode: code, name: name) else { continue }
                if alt { chord = KeyChord(chord.key, modifiers: chord.modifiers.union(.alt)) }
                events.append(.key(chord))
            case .mouse(let mouse):
                if escapePending { events.append(.key(KeyChord(.escape))) }
                escapePending = false
                if let mouse { events.append(.mouse(mouse)) }
            case .resize(let width, let height):
                if escapePending { events.append(.key(KeyChord(.escape))) }
                escapePending = false
                events.append(.resize(width: width, height: height))
            }
        }
        if escapePending { events.append(.key(KeyChord(.escape))) }
        return events
    }

    /// The chord for a character code: controls by their key, the rest as typed.
    static func chord(forCharacter code: UInt32) -> KeyChord? {
        switch code {
        case 0: return KeyChord(.space, modifiers: .ctrl)
        case 8, 127: return KeyChord(.backspace)
        case 9: return KeyChord(.tab)
        case 10, 13: return KeyChord(.enter)
        case 1...26: return .ctrl(Character(UnicodeScalar(UInt8(code + 96))))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        case 32: return KeyChord(.space)
        case 0x80..<0xA0: return nil
        default:
            guard let scalar = UnicodeScalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A plain character followed by a scalar that joins it into one character (`e` + U+0301).
    private static func merged(_ previous: KeyChord, _ code: UInt32) -> KeyChord? {
        guard previous.modifiers.isEmpty, case .character(let base) = previous.key, code >= 0x300,
              let scalar = UnicodeScalar(code) else { return nil }
        var text = String(base)
        text.unicodeScalars.append(scalar)
        guard text.count == 1, let character = text.first else { return nil }
        return .character(character)
    }

    private static let keyCodes: [Int32: KeyChord] = [
        KEY_UP: KeyChord(.up), KEY_DOWN: KeyChord(.down), KEY_LEFT: KeyChord(.left), KEY_RIGHT: KeyChord(.right),
        KEY_HOME: KeyChord(.home), KEY_END: KeyChord(.end), KEY_PPAGE: KeyChord(.pageUp), KEY_NPAGE: KeyChord(.pageDown),
        KEY_IC: KeyChord(.insert), KEY_DC: KeyChord(.delete), KEY_BACKSPACE: KeyChord(.backspace),
        KEY_ENTER: KeyChord(.enter), KEY_BTAB: KeyChord(.tab, modifiers: .shift),
        KEY_SR: KeyChord(.up, modifiers: .shift), KEY_SF: KeyChord(.down, modifiers: .shift),
        KEY_SLEFT: KeyChord(.left, modifiers: .shift), KEY_SRIGHT: KeyChord(.right, modifiers: .shift),
        KEY_SHOME: KeyChord(.home, modifiers: .shift), KEY_SEND: KeyChord(.end, modifiers: .shift),
        KEY_SPREVIOUS: KeyChord(.pageUp, modifiers: .shift), KEY_SNEXT: KeyChord(.pageDown, modifiers: .shift),
        KEY_SIC: KeyChord(.insert, modifiers: .shift), KEY_SDC: KeyChord(.delete, modifiers: .shift),
        // The keypad's corner keys when it is not in numeric mode.
        KEY_A1: KeyChord(.home), KEY_A3: KeyChord(.pageUp), KEY_C1: KeyChord(.end), KEY_C3: KeyChord(.pageDown),
    ]

    /// xterm's modified keys, by terminfo name without the modifier digit.
    private static let extendedKeys: [String: KeyChord.Key] = [
        "kUP": .up, "kDN": .down, "kLFT": .left, "kRIT": .right, "kHOM": .home, "kEND": .end,
        "kPRV": .pageUp, "kNXT": .pageDown, "kIC": .insert, "kDC": .delete,
    ]

    /// The chord for an ncurses key code.
    static func chord(forKeyCode code: Int32, name: String?) -> KeyChord? {
        if let chord = keyCodes[code] { return chord }
        if code > KEY_F0, code <= KEY_F0 + 60 {
            // xterm numbers shifted function keys on: F13–F24 are shift+F1–F12, then ctrl, ctrl+shift, alt.
            let number = Int(code - KEY_F0) - 1
            let modifiers: [KeyChord.Modifiers] = [[], .shift, .ctrl, [.ctrl, .shift], .alt]
            return KeyChord(.function(number % 12 + 1), modifiers: modifiers[number / 12])
        }
        // `kUP5`: the digit is xterm's modifier parameter, 1 + (shift 1 | alt 2 | ctrl 4).
        guard let name, let digit = name.last?.wholeNumberValue, (2...8).contains(digit),
              let key = extendedKeys[String(name.dropLast())] else { return nil }
        let bits = digit - 1
        var modifiers: KeyChord.Modifiers = []
        if bits & 1 != 0 { modifiers.insert(.shift) }
        if bits & 2 != 0 { modifiers.insert(.alt) }
        if bits & 4 != 0 { modifiers.insert(.ctrl) }
        return KeyChord(key, modifiers: modifiers)
    }
}

/// Mouse reports from ncurses' button state.
enum MouseDecoding {
    static func event(buttonState: UInt32, x: Int, y: Int) -> MouseEvent? {
        if buttonState & UInt32(ashby_mouse_wheel_up()) != 0 { return .wheelUp(x: x, y: y) }
        if buttonState & UInt32(ashby_mouse_wheel_down()) != 0 { return .wheelDown(x: x, y: y) }
        if buttonState & UInt32(ashby_mouse_button1_pressed() | ashby_mouse_button1_clicked()) != 0 { return .click(x: x, y: y) }
        return nil
    }
}
