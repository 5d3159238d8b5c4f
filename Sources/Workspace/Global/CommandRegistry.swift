/// The kind of value a command argument takes; it decides what the palette completes.
public enum ArgumentKind: String, Sendable, Hashable, CaseIterable {
    case pane, job, stage, archiveReason = "reason", sortOrder = "order", interviewer, text
}

/// The argument a command takes.
public struct ArgumentSpec: Sendable, Hashable {
    public var name: String
    public var kind: ArgumentKind
    /// Optional arguments are asked for (picker, input) when left out.
    public var isRequired: Bool

    public init(_ name: String, _ kind: ArgumentKind, required: Bool = false) {
        self.name = name
        self.kind = kind
        self.isRequired = required
    }
}

/// A command as the palette, keymaps and the help screen know it.
public struct CommandSpec: Sendable {
    /// `pipeline.next-stage`, `refresh`.
    public var name: String
    public var summary: String
    public var argument: ArgumentSpec?
    /// Where the command applies; empty means every pane.
    public var panes: Set<Pane>
    fileprivate var make: @Sendable (String?) throws(CommandError) -> Command

    /// `pipeline.move-to [stage]`, `pane <pane>`.
    public var usage: String {
        guard let argument else { return name }
        return argument.isRequired ? "\(name) <\(argument.name)>" : "\(name) [\(argument.name)]"
    }

    public func applies(in pane: Pane) -> Bool { panes.isEmpty || panes.contains(pane) }

    /// The command with `argument` (nil or empty: none given).
    public func command(argument text: String?) throws(CommandError) -> Command {
        let trimmed = text?.trimmingCharacters(in: .whitespaces)
        let given = (trimmed?.isEmpty ?? true) ? nil : trimmed
        if argument == nil, let given { throw CommandError("\(name) takes no argument (got \"\(given)\")") }
        if let argument, argument.isRequired, given == nil { throw CommandError("\(name) needs a \(argument.name)") }
        return try make(given)
    }
}

/// Every command of the workspace, by name.
public struct CommandRegistry: Sendable {
    public private(set) var specs: [CommandSpec]
    private var indexByName: [String: Int]

    public init(_ specs: [CommandSpec]) {
        self.specs = specs
        self.indexByName = Dictionary(specs.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func spec(named name: String) -> CommandSpec? { indexByName[name].map { specs[$0] } }

    /// Builds the command `name argument…`.
    public func command(named name: String, argument: String? = nil) throws(CommandError) -> Command {
        guard let spec = spec(named: name) else { throw CommandError("unknown command '\(name)'") }
        return try spec.command(argument: argument)
    }

    /// Parses a palette or keymap line: the first word names the command, the rest is its argument.
    public func command(parsing line: String) throws(CommandError) -> Command {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.firstIndex(where: \.isWhitespace) else { return try command(named: trimmed) }
        return try command(named: String(trimmed[..<space]), argument: String(trimmed[space...]))
    }

    /// The shipped commands.
    public static let standard = CommandRegistry(standardSpecs)
}

private func spec(_ name: String, _ summary: String, _ command: Command, in panes: Set<Pane> = []) -> CommandSpec {
    CommandSpec(name: name, summary: summary, argument: nil, panes: panes, make: { _ throws(CommandError) in command })
}

private func spec(_ name: String, _ summary: String, in panes: Set<Pane> = [], _ argument: ArgumentSpec,
                  _ make: @escaping @Sendable (String?) throws(CommandError) -> Command) -> CommandSpec {
    CommandSpec(name: name, summary: summary, argument: argument, panes: panes, make: make)
}

private let standardSpecs: [CommandSpec] = [
    spec("quit", "Quit ashby-tui", .quit),
    spec("refresh", "Sync with Ashby now", .refresh),
    spec("redraw", "Redraw the whole screen", .redraw),
    spec("help", "Show key bindings for this pane", .help),
    spec("palette", "Open the command palette", .palette),
    spec("pane.next", "Go to the next pane", .nextPane),
    spec("pane.previous", "Go to the previous pane", .previousPane),
    spec("pane", "Go to a pane by name or number", in: [], ArgumentSpec("pane", .pane, required: true)) { text throws(CommandError) in
        guard let text, let pane = Pane(name: text) else { throw CommandError("no pane named '\(text ?? "")'") }
        return .showPane(pane)
    },
    spec("cursor.up", "Move the cursor up", .up),
    spec("cursor.down", "Move the cursor down", .down),
    spec("cursor.left", "Move the cursor left (previous column)", .left),
    spec("cursor.right", "Move the cursor right (next column)", .right),
    spec("cursor.page-up", "Scroll up one page", .pageUp),
    spec("cursor.page-down", "Scroll down one page", .pageDown),
    spec("cursor.top", "Go to the first item", .top),
    spec("cursor.bottom", "Go to the last item", .bottom),
    spec("select", "Open or accept the selected item", .select),
    spec("cancel", "Close the dialog, or clear marks and filter", .cancel),
    spec("filter", "Filter the pane (fuzzy)", in: [], ArgumentSpec("text", .text)) { .filter($0) },
    spec("toasts.dismiss", "Dismiss all messages", .dismissToasts),

    spec("pipeline.job", "Show another job's pipeline", in: [.pipeline], ArgumentSpec("job", .job)) { .job($0) },
    spec("pipeline.next-stage", "Move to the next stage", .nextStage, in: [.pipeline]),
    spec("pipeline.previous-stage", "Move to the previous stage", .previousStage, in: [.pipeline]),
    spec("pipeline.move-to", "Move to a chosen stage", in: [.pipeline], ArgumentSpec("stage", .stage)) { .moveTo($0) },
    spec("pipeline.archive", "Archive with a reason", in: [.pipeline], ArgumentSpec("reason", .archiveReason)) { .archive($0) },
    spec("pipeline.mark", "Mark or unmark the card for bulk actions", .toggleMark, in: [.pipeline]),
    spec("pipeline.mark-column", "Mark every card of the column", .markColumn, in: [.pipeline]),
    spec("pipeline.clear-marks", "Unmark every card", .clearMarks, in: [.pipeline]),
    spec("pipeline.job-info", "Show or hide the job's details (team, openings, postings)", .jobInfo, in: [.pipeline]),
    spec("pipeline.sort", "Sort cards (days in stage, name, last activity)", in: [.pipeline],
         ArgumentSpec("order", .sortOrder)) { text throws(CommandError) in
        guard let text else { return .sort(nil) }
        guard let order = PipelineSort(name: text) else {
            throw CommandError("no sort order '\(text)' (\(PipelineSort.allCases.map(\.name).joined(separator: ", ")))")
        }
        return .sort(order)
    },
    spec("candidate.open", "Show the selected candidate", .openCandidate, in: [.pipeline, .schedule, .feedback, .offers]),

    spec("candidate.add-note", "Add a note to the candidate", in: [.candidate], ArgumentSpec("text", .text)) { .addNote($0) },
    spec("candidate.next-section", "Go to the next section", .nextSection, in: [.candidate]),
    spec("candidate.previous-section", "Go to the previous section", .previousSection, in: [.candidate]),

    spec("schedule.later", "Show the next day or week", .laterWindow, in: [.schedule]),
    spec("schedule.earlier", "Show the previous day or week", .earlierWindow, in: [.schedule]),
    spec("schedule.today", "Go back to today", .today, in: [.schedule]),
    spec("schedule.week", "Switch between day and week", .toggleWeek, in: [.schedule]),
    spec("schedule.mine", "Only my interviews, or everyone's", .toggleMine, in: [.schedule]),
    spec("schedule.lanes", "Lanes per interviewer or per candidate", .toggleLanes, in: [.schedule]),
    spec("schedule.job", "Only interviews for a job", in: [.schedule], ArgumentSpec("job", .job)) { .scheduleJob($0) },
    spec("schedule.interviewer", "Only one interviewer's interviews", in: [.schedule],
         ArgumentSpec("interviewer", .interviewer)) { .scheduleInterviewer($0) },
    spec("schedule.clear-filters", "Show every interview", .clearFilters, in: [.schedule]),

    spec("feedback.overdue", "Show overdue feedback, or the scorecards", .toggleOverdue, in: [.feedback]),
    spec("feedback.write", "Write my scorecard for the interview", .writeScorecard, in: [.feedback, .schedule]),

    spec("offers.approve-step", "Approve the current step as me", .approveStep, in: [.offers]),
    spec("offers.approve-offer", "Approve the whole offer (needs permission)", .approveOffer, in: [.offers]),
]
