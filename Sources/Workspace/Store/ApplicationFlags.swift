/// The flags a pipeline card shows, derived by the store once per change.
public struct ApplicationFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// An interview event of a schedule that is not cancelled starts after now.
    public static let interviewScheduled = ApplicationFlags(rawValue: 1 << 0)
    /// Feedback on one of its interviews is overdue (see `FeedbackOverdue`).
    public static let feedbackMissing = ApplicationFlags(rawValue: 1 << 1)
    /// An offer exists that is neither declined nor cancelled.
    public static let offerOut = ApplicationFlags(rawValue: 1 << 2)
}
