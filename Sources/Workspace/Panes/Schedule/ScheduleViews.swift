import AshbyAPI
import Foundation

/// What the schedule pane shows now: a day or week window, lanes of event blocks, the "now"
/// marker, conflicts, and what awaits scheduling.
public struct ScheduleScreen: Sendable, Equatable {
    public var windowStart: Date
    public var windowEnd: Date
    /// Minutes from `windowStart` to `windowEnd` (1,440 for a day, more or less on DST days).
    public var windowMinutes: Int
    public var span: ScheduleModel.Span
    public var lanesBy: ScheduleModel.LaneGrouping
    /// Minutes from the window's start to now, when now is inside the window.
    public var nowMinute: Int?
    /// Only the visible lanes; `laneOffset` is the position of the first.
    public var lanes: [ScheduleLane]
    public var laneOffset: Int
    public var totalLanes: Int
    /// Double-bookings among the window's events.
    public var conflicts: [ScheduleConflict]
    public var awaiting: [AwaitingSchedulingRow]
    /// How many await scheduling in all (`awaiting` holds only the first rows).
    public var awaitingTotal: Int
    /// "mine", "job: Backend Engineer", "interviewer: Ivan Ives".
    public var filterLabels: [String]
}

/// One lane: an interviewer's (or a candidate's) events in the window.
public struct ScheduleLane: Sendable, Equatable {
    /// A user id, or an application id when lanes are per candidate.
    public var id: String
    public var title: String
    public var isMine: Bool
    public var isSelected: Bool
    public var events: [ScheduleEventBlock]
}

/// An interview event positioned in the window.
public struct ScheduleEventBlock: Sendable, Equatable {
    public var eventId: String
    public var applicationId: String
    public var candidateName: String
    public var jobTitle: String
    public var interviewTitle: String
    /// Minutes from the window's start, clamped to the window.
    public var startMinute: Int
    public var endMinute: Int
    public var startTime: Timestamp
    public var endTime: Timestamp
    /// The lane's interviewer (or, per candidate, any interviewer) is booked twice at this time.
    public var isConflict: Bool
    public var isSelected: Bool
}

/// Two overlapping events of one interviewer.
public struct ScheduleConflict: Sendable, Equatable {
    public var interviewerUserId: String
    public var interviewerName: String
    public var firstEventId: String
    public var secondEventId: String
}

/// An application waiting for interviews to be scheduled.
public struct AwaitingSchedulingRow: Sendable, Equatable {
    public var applicationId: String
    public var candidateName: String
    public var jobTitle: String
    public var stageTitle: String
    /// "Needs scheduling", "Waiting on candidate availability"…, or "No interviews scheduled".
    public var reason: String
}
