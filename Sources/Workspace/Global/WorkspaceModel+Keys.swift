import Foundation

extension WorkspaceModel {
    /// Answers a key press. An open dialog reads keys itself (typing, arrows, Enter, Esc; y/n in
    /// confirmations); otherwise the keymap resolves chords (and sequences like `g g`) for the
    /// active pane, a pane binding winning over a global one.
    @discardableResult
    public func handleKey(_ chord: KeyChord, now: Date = Date()) -> [Effect] {
        if let modal { return handleKeyInModal(chord, modal, now: now) }
        pendingKeys.append(chord)
        switch keymap.resolve(KeySequence(pendingKeys), in: activePane) {
        case .command(let command):
            pendingKeys = []
            return handle(command, now: now)
        case .pending:
            return []
        case .unbound:
            let typed = pendingKeys
            pendingKeys = []
            // A sequence that went nowhere: the last key may still mean something on its own.
            if typed.count > 1 { return handleKey(chord, now: now) }
            return []
        }
    }

    func handleKeyInModal(_ chord: KeyChord, _ modal: Modal, now: Date) -> [Effect] {
        // The keymap's own keys for moving, choosing and closing work in dialogs too (emacs'
        // ctrl+g, ctrl+n, ctrl+p): only keys that type nothing, so text stays text.
        if chord.typedCharacter == nil, case .command(let command) = keymap.resolve(KeySequence(chord), in: activePane),
           Self.dialogCommands.contains(command) {
            return handle(command, now: now)
        }
        if case .scorecard(let draft) = modal { return handleKeyInScorecard(chord, draft, now: now) }
        if case .confirmation(var dialog) = modal {
            switch dialog.answer(to: chord) {
            case .confirm: return confirm(dialog, now: now)
            case .cancel:
                self.modal = nil
                return []
            case .none:
                self.modal = .confirmation(dialog)
                return []
            }
        }
        if case .help = modal {
            switch chord.key {
            case .up, .character("k"): return handle(.up, now: now)
            case .down, .character("j"): return handle(.down, now: now)
            default: return handle(.cancel, now: now)
            }
        }
        if case .textInput(let input) = modal, input.allowsNewlines,
            chord == KeyChord(.enter, modifiers: .alt) || chord == .ctrl("j")
        {
            return handle(.insertText("\n"), now: now)
        }
        // Palette, picker, text input: a line editor with a list.
        switch chord.key {
        case .enter: return handle(.select, now: now)
        case .escape: return handle(.cancel, now: now)
        case .backspace: return handle(.deleteBackward, now: now)
        case .up: return handle(.up, now: now)
        case .down: return handle(.down, now: now)
        case .pageUp: return handle(.pageUp, now: now)
        case .pageDown: return handle(.pageDown, now: now)
        case .tab: return handle(.nextPane, now: now)
        default:
            if chord == .ctrl("c") { return handle(.cancel, now: now) }
            if chord == .ctrl("u") {
                // Clear the line.
                var effects: [Effect] = []
                while hasInputText { effects += handle(.deleteBackward, now: now) }
                return effects
            }
            guard let character = chord.typedCharacter else { return [] }
            return handle(.insertText(String(character)), now: now)
        }
    }

    /// What a dialog understands from the keymap.
    static let dialogCommands: Set<Command> = [.cancel, .select, .up, .down, .pageUp, .pageDown]

    var hasInputText: Bool {
        switch modal {
        case .palette(let palette)?: return !palette.input.isEmpty
        case .picker(let picker)?: return !picker.input.isEmpty
        case .textInput(let input)?: return !input.text.isEmpty
        default: return false
        }
    }
}
