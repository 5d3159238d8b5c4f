/// A set of interview events for one application and stage (`interviewSchedule.list`).
public struct InterviewSchedule: Codable, Sendable, Hashable, Identifiable {
    /// Untyped string in the spec (not tagged uuid), as are `applicationId` and `interviewStageId`.
    public var id: String
    public var status: InterviewScheduleStatus
    public var applicationId: String
    public var interviewStageId: String
    /// Nil while the schedule has not been scheduled.
    public var scheduledBy: User?
    public var createdAt: Timestamp?
    public var updatedAt: Timestamp?
    public var interviewEvents: [InterviewEvent]?
    /// Webhook payloads only.
    public var candidateId: String?

    public init(
        id: String, status: InterviewScheduleStatus, applicationId: String, interviewStageId: String,
        scheduledBy: User? = nil, createdAt: Timestamp? = nil, updatedAt: Timestamp? = nil,
        interviewEvents: [InterviewEvent]? = nil, candidateId: String? = nil
    ) {
        self.id = id
        self.status = status
        self.applicationId = applicationId
        self.interviewStageId = interviewStageId
        self.scheduledBy = scheduledBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.interviewEvents = interviewEvents
        self.candidateId = candidateId
    }
}

/// Where a schedule is in its lifecycle.
public struct InterviewScheduleStatus: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let needsScheduling: Self = "NeedsScheduling"
    public static let waitingOnCandidateBooking: Self = "WaitingOnCandidateBooking"
    public static let waitingOnCandidateAvailability: Self = "WaitingOnCandidateAvailability"
    public static let candidateAvailabilitySubmitted: Self = "CandidateAvailabilitySubmitted"
    public static let scheduled: Self = "Scheduled"
    public static let waitingOnFeedback: Self = "WaitingOnFeedback"
    public static let complete: Self = "Complete"
    public static let cancelled: Self = "Cancelled"
    public static let onHold: Self = "OnHold"
    public static let unknown: Self = "Unknown"
}
