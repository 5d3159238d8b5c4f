/// A question asked before anything that writes: what will happen, to whom, and the effects to
/// run when the user says yes.
public struct Confirmation: Sendable {
    /// "Approve offer step?"
    public var title: String
    /// What exactly will be written: candidate, job, stage, offer version, approval step…
    public var lines: [String]
    /// The confirm button's label: "Approve", "Move 3 applications".
    public var confirmLabel: String
    public var cancelLabel: String
    /// Destructive or far-reaching confirmations start with Cancel focused, so Enter alone does nothing harmful.
    public var isDestructive: Bool
    public var effects: [Effect]
    /// For offer approvals: the version shown. If a merge brings a newer version while the dialog
    /// is open, the workspace closes it instead of approving terms the user has not seen.
    public var guardedVersion: OfferVersionGuard?
    /// Which button Enter presses.
    public private(set) var focus: Button

    /// A button of the dialog.
    public enum Button: Sendable, Equatable { case confirm, cancel }

    public init(title: String, lines: [String], confirmLabel: String, cancelLabel: String = "Cancel",
                isDestructive: Bool = false, effects: [Effect], guardedVersion: OfferVersionGuard? = nil) {
        self.title = title
        self.lines = lines
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
        self.isDestructive = isDestructive
        self.effects = effects
        self.guardedVersion = guardedVersion
        self.focus = isDestructive ? .cancel : .confirm
    }

    /// Moves focus to the other button (Tab, arrows).
    public mutating func toggleFocus() { focus = focus == .confirm ? .cancel : .confirm }

    /// What a key means in the dialog: `y` confirms, `n`/Esc cancel, Enter presses the focused button.
    public enum Answer: Sendable, Equatable { case confirm, cancel, none }

    public mutating func answer(to chord: KeyChord) -> Answer {
        switch chord.key {
        case .character("y"), .character("Y"): return .confirm
        case .character("n"), .character("N"), .escape: return .cancel
        case .enter: return focus == .confirm ? .confirm : .cancel
        case .tab, .left, .right, .character("h"), .character("l"):
            toggleFocus()
            return .none
        default: return .none
        }
    }
}

/// The offer version a confirmation was built for.
public struct OfferVersionGuard: Sendable, Equatable {
    public var offerId: String
    public var versionId: String

    public init(offerId: String, versionId: String) {
        self.offerId = offerId
        self.versionId = versionId
    }
}
