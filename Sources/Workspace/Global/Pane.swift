/// The five panes of the workspace, numbered as their tabs (1–5).
public enum Pane: Int, Sendable, CaseIterable, Hashable, Comparable, CustomStringConvertible {
    case pipeline = 1, candidate, schedule, feedback, offers

    /// The lowercase name used in keymap sections, command names and the palette.
    public var name: String {
        switch self {
        case .pipeline: return "pipeline"
        case .candidate: return "candidate"
        case .schedule: return "schedule"
        case .feedback: return "feedback"
        case .offers: return "offers"
        }
    }

    /// The tab title.
    public var title: String {
        switch self {
        case .pipeline: return "Pipeline"
        case .candidate: return "Candidate"
        case .schedule: return "Schedule"
        case .feedback: return "Feedback"
        case .offers: return "Offers"
        }
    }

    /// A pane from its name or tab number ("offers", "5").
    public init?(name: String) {
        let lowered = name.lowercased()
        if let number = Int(lowered), let pane = Pane(rawValue: number) {
            self = pane
            return
        }
        guard let pane = Pane.allCases.first(where: { $0.name == lowered }) else { return nil }
        self = pane
    }

    /// The next pane, wrapping from 5 to 1 (Tab).
    public var next: Pane { Pane(rawValue: rawValue % 5 + 1)! }
    /// The previous pane, wrapping from 1 to 5 (Shift-Tab).
    public var previous: Pane { Pane(rawValue: (rawValue + 3) % 5 + 1)! }

    public var description: String { name }
    public static func < (lhs: Pane, rhs: Pane) -> Bool { lhs.rawValue < rhs.rawValue }
}
