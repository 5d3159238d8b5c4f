/// Something the user asked for, by key, palette or mouse: the only input of `WorkspaceModel.handle`.
///
/// Commands that take an argument accept nil to mean "ask for it": `moveTo(nil)` opens the stage
/// picker, `archive(nil)` the reason picker, `addNote(nil)` the note editor.
public enum Command: Sendable, Hashable {
    // Global
    case quit, refresh, redraw, help, palette
    case nextPane, previousPane, showPane(Pane)
    case up, down, left, right, pageUp, pageDown, top, bottom
    /// Enter: open, accept, confirm.
    case select
    /// Esc: close the topmost dialog, picker or input; otherwise clear marks, then the filter.
    case cancel
    /// Opens the filter input of the active pane, or sets the filter to the text.
    case filter(String?)
    case dismissToasts
    /// A mouse click on something drawn (a card, a tab, a button).
    case click(ClickTarget)

    // Pipeline
    /// Choose the job by title (or id); nil opens the job picker.
    case job(String?)
    case nextStage, previousStage
    /// Move the selected (or marked) applications to the stage named; nil opens the stage picker.
    case moveTo(String?)
    /// Archive the selected (or marked) applications with the reason named; nil opens the reason picker.
    case archive(String?)
    case toggleMark, markColumn, clearMarks
    /// Sort cards; nil cycles to the next order.
    case sort(PipelineSort?)
    /// Show the selected application's candidate in the Candidate pane.
    case openCandidate
    /// Open or close the job detail view (department, location, team, openings, postings).
    case jobInfo

    // Candidate
    case addNote(String?)
    case nextSection, previousSection

    // Schedule
    case laterWindow, earlierWindow, today, toggleWeek, toggleMine, toggleLanes, clearFilters
    case scheduleJob(String?)
    case scheduleInterviewer(String?)

    // Feedback
    case toggleOverdue
    /// Write (or go on with) my scorecard for the interview in hand.
    case writeScorecard

    // Offers
    case approveStep, approveOffer

    // Text entry into the open input (palette, filter, note, picker); never bound in a keymap.
    case insertText(String)
    case deleteBackward
}

/// Why a command name and argument do not make a command.
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension Command {
    /// The registry name of the command (`pipeline.move-to`); text entry has names only for logs.
    public var name: String {
        switch self {
        case .quit: return "quit"
        case .refresh: return "refresh"
        case .redraw: return "redraw"
        case .help: return "help"
        case .palette: return "palette"
        case .nextPane: return "pane.next"
        case .previousPane: return "pane.previous"
        case .showPane: return "pane"
        case .up: return "cursor.up"
        case .down: return "cursor.down"
        case .left: return "cursor.left"
        case .right: return "cursor.right"
        case .pageUp: return "cursor.page-up"
        case .pageDown: return "cursor.page-down"
        case .top: return "cursor.top"
        case .bottom: return "cursor.bottom"
        case .select: return "select"
        case .cancel: return "cancel"
        case .filter: return "filter"
        case .dismissToasts: return "toasts.dismiss"
        case .click: return "mouse.click"
        case .job: return "pipeline.job"
        case .nextStage: return "pipeline.next-stage"
        case .previousStage: return "pipeline.previous-stage"
        case .moveTo: return "pipeline.move-to"
        case .archive: return "pipeline.archive"
        case .toggleMark: return "pipeline.mark"
        case .markColumn: return "pipeline.mark-column"
        case .clearMarks: return "pipeline.clear-marks"
        case .sort: return "pipeline.sort"
        case .openCandidate: return "candidate.open"
        case .jobInfo: return "pipeline.job-info"
        case .addNote: return "candidate.add-note"
        case .nextSection: return "candidate.next-section"
        case .previousSection: return "candidate.previous-section"
        case .laterWindow: return "schedule.later"
        case .earlierWindow: return "schedule.earlier"
        case .today: return "schedule.today"
        case .toggleWeek: return "schedule.week"
        case .toggleMine: return "schedule.mine"
        case .toggleLanes: return "schedule.lanes"
        case .clearFilters: return "schedule.clear-filters"
        case .scheduleJob: return "schedule.job"
        case .scheduleInterviewer: return "schedule.interviewer"
        case .toggleOverdue: return "feedback.overdue"
        case .writeScorecard: return "feedback.write"
        case .approveStep: return "offers.approve-step"
        case .approveOffer: return "offers.approve-offer"
        case .insertText: return "input.insert"
        case .deleteBackward: return "input.delete-backward"
        }
    }

    /// True for commands that write to Ashby (refused in read-only mode).
    public var writes: Bool {
        switch self {
        case .nextStage, .previousStage, .moveTo, .archive, .addNote, .writeScorecard, .approveStep, .approveOffer: return true
        default: return false
        }
    }
}
