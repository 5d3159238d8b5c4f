/// What a pane's answer to a command asks of the workspace: effects to run, messages to show,
/// and a dialog, picker or input to open.
public struct PaneOutcome: Sendable {
    public var effects: [Effect] = []
    public var notices: [Notice] = []
    public var request: ModalRequest?

    public init(effects: [Effect] = [], notices: [Notice] = [], request: ModalRequest? = nil) {
        self.effects = effects
        self.notices = notices
        self.request = request
    }

    public static let none = PaneOutcome()

    public static func notice(_ level: Notice.Level, _ text: String) -> PaneOutcome {
        PaneOutcome(notices: [Notice(level, text)])
    }
}

/// A modal surface a pane wants opened.
public enum ModalRequest: Sendable {
    case picker(Picker)
    case confirmation(Confirmation)
    case textInput(TextInput)
    /// Show a candidate in the Candidate pane (from a card, an event, a scorecard, an offer).
    case showCandidate(candidateId: String, applicationId: String?)
}

/// A text entry and what its text becomes: one line for a filter, several for a note.
public struct TextInput: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// Every keystroke filters the active pane live; Enter keeps it, Esc restores `original`.
        case filter(original: String)
        /// Enter adds the note (after confirmation).
        case note(candidateId: String)
    }

    public var prompt: String
    public var text: String
    public var purpose: Purpose

    public init(prompt: String, text: String = "", purpose: Purpose) {
        self.prompt = prompt
        self.text = text
        self.purpose = purpose
    }

    /// A note can be several lines long: Alt+Enter (or Ctrl+J) starts a new line, Enter saves.
    public var allowsNewlines: Bool {
        if case .note = purpose { return true }
        return false
    }
}
