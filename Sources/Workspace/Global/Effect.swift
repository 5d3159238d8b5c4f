/// Work a view model asks for, returned as a value and run by whoever owns the outbox, the sync
/// engine and the terminal: view models never perform it themselves.
public enum Effect: Sendable {
    /// Hand an action to the outbox, with the store changes to apply now and to undo on failure.
    case submit(OutboxSubmission)
    /// Fetch an on-demand detail (the answer arrives as `WorkspaceEvent.detail`).
    case requestDetail(DetailKey)
    /// Run an incremental sync now.
    case refresh
    /// Repaint the whole terminal.
    case redraw
    case quit

    /// The submission, when this effect is one.
    public var submission: OutboxSubmission? {
        if case .submit(let submission) = self { return submission }
        return nil
    }

    /// The detail asked for, when this effect is a request.
    public var detailKey: DetailKey? {
        if case .requestDetail(let key) = self { return key }
        return nil
    }
}

/// Everything `Outbox.submit` takes for one write.
public struct OutboxSubmission: Sendable {
    public var action: OutboxAction
    /// Applied to the store at once, before the server answers.
    public var optimistic: StoreDelta
    /// Restores what `optimistic` replaced, applied if the action fails for good.
    public var rollback: StoreDelta
    /// "Move Ada Lovelace to Onsite" — for toasts and the pending list.
    public var summary: String

    public init(action: OutboxAction, optimistic: StoreDelta, rollback: StoreDelta, summary: String) {
        self.action = action
        self.optimistic = optimistic
        self.rollback = rollback
        self.summary = summary
    }
}
