/// What sits on top of the active pane and takes the keys until it closes.
public enum Modal: Sendable {
    case palette(CommandPalette)
    case picker(Picker)
    case textInput(TextInput)
    case confirmation(Confirmation)
    case help(HelpScreen)
    case scorecard(ScorecardDraft)
}

/// The help screen: the active keymap's bindings for a pane (its own, then the global ones).
public struct HelpScreen: Sendable, Equatable {
    public var pane: Pane
    public var rows: [BindingRow]
    public var offset: Int

    public init(pane: Pane, rows: [BindingRow], offset: Int = 0) {
        self.pane = pane
        self.rows = rows
        self.offset = offset
    }
}
