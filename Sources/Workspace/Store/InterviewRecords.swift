import AshbyAPI

/// An interview schedule without its embedded users: events refer to interviewers by id.
public struct InterviewScheduleRecord: Sendable, Hashable, Identifiable {
    public var id: String
    public var applicationId: String
    public var interviewStageId: String
    public var status: InterviewScheduleStatus
    public var updatedAt: Timestamp?
    public var events: [InterviewEventRecord]

    public init(id: String, applicationId: String, interviewStageId: String, status: InterviewScheduleStatus,
                updatedAt: Timestamp? = nil, events: [InterviewEventRecord] = []) {
        self.id = id
        self.applicationId = applicationId
        self.interviewStageId = interviewStageId
        self.status = status
        self.updatedAt = updatedAt
        self.events = events
    }

    public init(_ schedule: InterviewSchedule) {
        self.init(id: schedule.id, applicationId: schedule.applicationId, interviewStageId: schedule.interviewStageId,
                  status: schedule.status, updatedAt: schedule.updatedAt,
                  events: (schedule.interviewEvents ?? []).map(InterviewEventRecord.init))
    }
}

/// One interview on the calendar.
public struct InterviewEventRecord: Sendable, Hashable, Identifiable {
    public var id: String
    public var scheduleId: String
    public var interviewId: String
    public var startTime: Timestamp
    public var endTime: Timestamp
    public var interviewers: [InterviewerSeat]
    public var hasSubmittedFeedback: Bool
    public var location: String?
    public var meetingLink: String?

    public init(id: String, scheduleId: String, interviewId: String, startTime: Timestamp, endTime: Timestamp,
                interviewers: [InterviewerSeat], hasSubmittedFeedback: Bool, location: String? = nil, meetingLink: String? = nil) {
        self.id = id
        self.scheduleId = scheduleId
        self.interviewId = interviewId
        self.startTime = startTime
        self.endTime = endTime
        self.interviewers = interviewers
        self.hasSubmittedFeedback = hasSubmittedFeedback
        self.location = location
        self.meetingLink = meetingLink
    }

    public init(_ event: InterviewEvent) {
        self.init(id: event.id, scheduleId: event.interviewScheduleId, interviewId: event.interviewId,
                  startTime: event.startTime, endTime: event.endTime,
                  interviewers: event.interviewers.map {
                      InterviewerSeat(userId: $0.user.id, isFeedbackRequired: $0.isFeedbackRequired, trainingRole: $0.trainingRole)
                  },
                  hasSubmittedFeedback: event.hasSubmittedFeedback, location: event.location, meetingLink: event.meetingLink)
    }
}

/// An interviewer on an event; the user's name and email live once in the store's users.
public struct InterviewerSeat: Sendable, Hashable {
    public var userId: String
    public var isFeedbackRequired: Bool
    /// Nil for a fully qualified interviewer; shadow or reverse-shadow otherwise.
    public var trainingRole: TrainingRole?

    public init(userId: String, isFeedbackRequired: Bool, trainingRole: TrainingRole? = nil) {
        self.userId = userId
        self.isFeedbackRequired = isFeedbackRequired
        self.trainingRole = trainingRole
    }
}
