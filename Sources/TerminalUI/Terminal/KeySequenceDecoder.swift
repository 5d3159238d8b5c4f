import Workspace

/// xterm key sequences that reach the program undecoded because the terminfo entry spells the
/// key differently (`ESC [ A` where the entry says `ESC O A`, `ESC [ 1 ; 5 C` where it has no
/// `kRIT5`). Anything else is consumed and dropped.
enum KeySequenceDecoder {
    /// Decodes the sequence whose body starts at `start` (after `ESC [` or `ESC O`): the index
    /// after it, and its key when it is one.
    static func decode(_ inputs: [RawInput], from start: Int, isCSI: Bool) -> (next: Int, chord: KeyChord?) {
        guard isCSI else {
            // SS3: one final character.
            guard case .character(let code) = inputs[start] else { return (start, nil) }
            return (start + 1, chord(final: code, parameters: []))
        }
        var index = start
        var parameterText = ""
        while index < inputs.count {
            guard case .character(let code) = inputs[index] else { return (index, nil) }
            index += 1
            if (0x40...0x7E).contains(code) {
                return (index, chord(final: code, parameters: parameterText.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }))
            }
            if !(0x20...0x3F).contains(code) { return (index - 1, nil) }
            parameterText.unicodeScalars.append(UnicodeScalar(UInt8(code)))
        }
        return (index, nil)
    }

    private static let finals: [UInt32: KeyChord.Key] = [
        0x41: .up, 0x42: .down, 0x43: .right, 0x44: .left, 0x48: .home, 0x46: .end,
        0x50: .function(1), 0x51: .function(2), 0x52: .function(3), 0x53: .function(4),
    ]

    private static let tildeKeys: [Int: KeyChord.Key] = [
        1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
    ]

    private static func chord(final: UInt32, parameters: [Int?]) -> KeyChord? {
        if final == 0x5A, parameters.allSatisfy({ $0 == nil }) { return KeyChord(.tab, modifiers: .shift) }
        let key: KeyChord.Key?
        let modifierParameter: Int?
        if final == 0x7E {
            key = parameters.first.flatMap { $0 }.flatMap { tildeKeys[$0] }
            modifierParameter = parameters.count > 1 ? parameters[1] : 1
        } else {
            key = finals[final]
            modifierParameter = parameters.count > 1 ? parameters[1] : 1
        }
        guard let key, let modifierParameter, (1...8).contains(modifierParameter) else { return nil }
        let bits = modifierParameter - 1
        var modifiers: KeyChord.Modifiers = []
        if bits & 1 != 0 { modifiers.insert(.shift) }
        if bits & 2 != 0 { modifiers.insert(.alt) }
        if bits & 4 != 0 { modifiers.insert(.ctrl) }
        return KeyChord(key, modifiers: modifiers)
    }
}
