/// What a mouse click landed on, as the drawn frame records it: the front end looks the click up
/// in the frame's hit regions and sends `Command.click` with the target.
public enum ClickTarget: Sendable, Hashable {
    case tab(Pane)
    /// A pipeline card, or an application row elsewhere.
    case application(String)
    /// A pipeline column header.
    case stageColumn(String)
    case candidateSection(CandidateSection)
    case scheduleEvent(String)
    case scheduleLane(String)
    case scorecard(String)
    /// A row of the overdue-feedback list, by interview event id.
    case overdueFeedback(String)
    case offer(String)
    /// A row of the open palette or picker list, by position in the list.
    case listRow(Int)
    case dialogButton(Confirmation.Button)
    case toasts
}
