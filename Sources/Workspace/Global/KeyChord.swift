/// One key press with its modifiers, as the terminal front end decodes it and keymaps spell it.
///
/// Spelling: modifiers joined with `+` before the key, in any order (`ctrl+l`, `shift+tab`,
/// `alt+x`, `ctrl+alt+d`); named keys (`esc`, `enter`, `tab`, `space`, `backspace`, `delete`,
/// `insert`, `up`, `down`, `left`, `right`, `home`, `end`, `pgup`, `pgdn`, `f1`…`f12`); or one
/// character (`?`, `:`, `/`, `G`, `+`). Printing gives the canonical spelling, so
/// `KeyChord(parsing: chord.description) == chord`.
public struct KeyChord: Sendable, Hashable, CustomStringConvertible {
    public var key: Key
    public var modifiers: Modifiers

    public init(_ key: Key, modifiers: Modifiers = []) {
        // One spelling per chord: an uppercase letter is the letter with shift, written as the
        // character (`G`), and ctrl/alt letters ignore case (terminals cannot tell ctrl+L from ctrl+l).
        var key = key
        var modifiers = modifiers
        if case .character(let character) = key {
            if modifiers.contains(.shift), character.isLowercase, character.uppercased().count == 1 {
                key = .character(Character(character.uppercased()))
                modifiers.remove(.shift)
            } else if character.isUppercase && !modifiers.isDisjoint(with: [.ctrl, .alt]) {
                key = .character(Character(character.lowercased()))
            } else if character == " " {
                key = .space
            }
        }
        self.key = key
        self.modifiers = modifiers
    }

    /// A plain character key.
    public static func character(_ character: Character) -> KeyChord { KeyChord(.character(character)) }
    public static func ctrl(_ character: Character) -> KeyChord { KeyChord(.character(character), modifiers: .ctrl) }
    public static func alt(_ character: Character) -> KeyChord { KeyChord(.character(character), modifiers: .alt) }

    /// A key without modifiers.
    public enum Key: Sendable, Hashable {
        case character(Character)
        case escape, enter, tab, space, backspace, delete, insert
        case up, down, left, right, home, end, pageUp, pageDown
        case function(Int)

        fileprivate static let named: [(String, Key)] = [
            ("esc", .escape), ("enter", .enter), ("tab", .tab), ("space", .space), ("backspace", .backspace),
            ("delete", .delete), ("insert", .insert), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
            ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdn", .pageDown),
        ]
        fileprivate static let aliases: [String: Key] = [
            "escape": .escape, "return": .enter, "del": .delete, "ins": .insert, "pageup": .pageUp,
            "pagedown": .pageDown, "bs": .backspace, "hash": .character("#"), "equals": .character("="),
        ]

        var spelling: String {
            switch self {
            case .character(let character): return String(character)
            case .function(let number): return "f\(number)"
            default: return Key.named.first { $0.1 == self }!.0
            }
        }
    }

    /// Modifier keys held with the key.
    public struct Modifiers: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let ctrl = Modifiers(rawValue: 1)
        public static let alt = Modifiers(rawValue: 2)
        public static let shift = Modifiers(rawValue: 4)
    }

    /// Parses one chord; nil when the spelling is not one (`ctrl+`, `hyper+x`, `f13`, `ab`).
    public init?(parsing text: String) {
        guard !text.isEmpty, !text.contains(where: \.isWhitespace) else { return nil }
        var modifiers: Modifiers = []
        var rest = Substring(text)
        // A `+` that ends the text (or is the whole text) is the key itself.
        while let plus = rest.firstIndex(of: "+"), plus != rest.index(before: rest.endIndex) {
            switch rest[..<plus].lowercased() {
            case "ctrl", "control": modifiers.insert(.ctrl)
            case "alt", "meta": modifiers.insert(.alt)
            case "shift": modifiers.insert(.shift)
            default: return nil
            }
            rest = rest[rest.index(after: plus)...]
        }
        let keyText = String(rest)
        let lowered = keyText.lowercased()
        let key: Key
        if keyText.count == 1 {
            key = .character(keyText.first!)
        } else if let named = Key.named.first(where: { $0.0 == lowered })?.1 ?? Key.aliases[lowered] {
            key = named
        } else if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
            key = .function(number)
        } else {
            return nil
        }
        if case .character(let character) = key, character.isWhitespace || character.isNewline { return nil }
        self.init(key, modifiers: modifiers)
    }

    public var description: String {
        var parts: [String] = []
        if modifiers.contains(.ctrl) { parts.append("ctrl") }
        if modifiers.contains(.alt) { parts.append("alt") }
        if modifiers.contains(.shift) { parts.append("shift") }
        parts.append(key.spelling)
        return parts.joined(separator: "+")
    }

    /// The character this chord types into a text field, if it types one.
    public var typedCharacter: Character? {
        guard modifiers.isDisjoint(with: [.ctrl, .alt]) else { return nil }
        switch key {
        case .character(let character): return character
        case .space: return " "
        default: return nil
        }
    }
}

/// Chords pressed one after another (`g g`), written separated by spaces.
public struct KeySequence: Sendable, Hashable, CustomStringConvertible {
    public var chords: [KeyChord]

    public init(_ chords: [KeyChord]) { self.chords = chords }
    public init(_ chord: KeyChord) { self.chords = [chord] }

    /// Parses `g g`, `ctrl+x ctrl+s`; nil when any chord is malformed or there is none.
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard !parts.isEmpty else { return nil }
        var chords: [KeyChord] = []
        for part in parts {
            guard let chord = KeyChord(parsing: String(part)) else { return nil }
            chords.append(chord)
        }
        self.chords = chords
    }

    /// True when `other` starts with every chord of this sequence.
    public func isPrefix(of other: KeySequence) -> Bool {
        chords.count <= other.chords.count && Array(other.chords.prefix(chords.count)) == chords
    }

    public var description: String { chords.map(\.description).joined(separator: " ") }
}
