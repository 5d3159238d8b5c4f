/// A list to choose one value from, narrowed by typing (fuzzy): jobs, stages, archive reasons,
/// interviewers. Choosing turns the value into a command (`target`).
public struct Picker: Sendable {
    public var title: String
    public let target: PickerTarget
    public private(set) var input: String = ""
    public let items: [PickerItem]
    /// Indices into `items` that match `input`, best first (all, in order, when it is empty).
    public private(set) var matches: [(index: Int, match: FuzzyMatch)] = []
    public private(set) var selection: Int = 0

    public init(title: String, target: PickerTarget, items: [PickerItem], selectedValue: String? = nil) {
        self.title = title
        self.target = target
        self.items = items
        refresh()
        if let selectedValue, let position = matches.firstIndex(where: { items[$0.index].value == selectedValue }) {
            selection = position
        }
    }

    public var selectedItem: PickerItem? { matches.indices.contains(selection) ? items[matches[selection].index] : nil }

    public mutating func setInput(_ text: String) {
        input = text
        selection = 0
        refresh()
    }

    public mutating func insert(_ text: String) { setInput(input + text) }

    public mutating func deleteBackward() {
        guard !input.isEmpty else { return }
        setInput(String(input.dropLast()))
    }

    public mutating func moveSelection(by offset: Int) {
        guard !matches.isEmpty else { return }
        selection = min(max(0, selection + offset), matches.count - 1)
    }

    /// The command for the selected item, if any is selected.
    public var chosenCommand: Command? { selectedItem.map { target.command(for: $0.value) } }

    private mutating func refresh() {
        let ranked = FuzzyMatch.rank(input, Array(items.indices), key: { items[$0].title })
        matches = ranked.map { ($0.item, $0.match) }
        selection = min(selection, max(0, matches.count - 1))
    }
}

/// One choice of a picker.
public struct PickerItem: Sendable, Equatable {
    /// What the command receives (a title the pane resolves, or an id).
    public var value: String
    public var title: String
    /// A dimmer note beside the title: "12 active", "Active stage".
    public var detail: String?
    /// Shown but not choosable first in the order (e.g. closed jobs after open ones) — only a hint for drawing.
    public var isDimmed: Bool

    public init(value: String, title: String, detail: String? = nil, isDimmed: Bool = false) {
        self.value = value
        self.title = title
        self.detail = detail
        self.isDimmed = isDimmed
    }
}

/// What a picker's choice does.
public enum PickerTarget: Sendable, Equatable {
    case job, stage, archiveReason, scheduleJob, scheduleInterviewer

    public func command(for value: String) -> Command {
        switch self {
        case .job: return .job(value)
        case .stage: return .moveTo(value)
        case .archiveReason: return .archive(value)
        case .scheduleJob: return .scheduleJob(value)
        case .scheduleInterviewer: return .scheduleInterviewer(value)
        }
    }
}
