/// One scheduled interview on the calendar, part of an interview schedule.
public struct InterviewEvent: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var interviewId: String
    public var interviewScheduleId: String
    /// Deprecated by Ashby; use `interviewers`.
    public var interviewerUserIds: [String]?
    public var interviewers: [Interviewer]
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var startTime: Timestamp
    public var endTime: Timestamp
    public var feedbackLink: String
    public var location: String?
    public var meetingLink: String?
    public var interviewerCalendarEventId: String?
    /// True if any feedback exists for the event.
    public var hasSubmittedFeedback: Bool
    /// Only with `expand: ["interview"]`.
    public var interview: Interview?
    public var notetakerTranscriptId: String?
    public var extraData: [String: JSONValue]?

    public init(
        id: String, interviewId: String, interviewScheduleId: String, interviewerUserIds: [String]? = nil,
        interviewers: [Interviewer] = [], createdAt: Timestamp, updatedAt: Timestamp, startTime: Timestamp,
        endTime: Timestamp, feedbackLink: String, location: String? = nil, meetingLink: String? = nil,
        interviewerCalendarEventId: String? = nil, hasSubmittedFeedback: Bool, interview: Interview? = nil,
        notetakerTranscriptId: String? = nil, extraData: [String: JSONValue]? = nil
    ) {
        self.id = id
        self.interviewId = interviewId
        self.interviewScheduleId = interviewScheduleId
        self.interviewerUserIds = interviewerUserIds
        self.interviewers = interviewers
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.startTime = startTime
        self.endTime = endTime
        self.feedbackLink = feedbackLink
        self.location = location
        self.meetingLink = meetingLink
        self.interviewerCalendarEventId = interviewerCalendarEventId
        self.hasSubmittedFeedback = hasSubmittedFeedback
        self.interview = interview
        self.notetakerTranscriptId = notetakerTranscriptId
        self.extraData = extraData
    }
}

/// An interviewer on an event: the user's fields plus, in the same JSON object, the interviewer extras.
public struct Interviewer: Codable, Sendable, Hashable, Identifiable {
    public var user: User
    /// Nil means a fully qualified interviewer.
    public var trainingRole: TrainingRole?
    public var interviewerPool: InterviewerPool?
    public var isFeedbackRequired: Bool

    public var id: String { user.id }

    public init(user: User, trainingRole: TrainingRole? = nil, interviewerPool: InterviewerPool? = nil, isFeedbackRequired: Bool) {
        self.user = user
        self.trainingRole = trainingRole
        self.interviewerPool = interviewerPool
        self.isFeedbackRequired = isFeedbackRequired
    }

    private enum CodingKeys: String, CodingKey { case trainingRole, interviewerPool, isFeedbackRequired }

    public init(from decoder: Decoder) throws {
        user = try User(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        trainingRole = try container.decodeIfPresent(TrainingRole.self, forKey: .trainingRole)
        interviewerPool = try container.decodeIfPresent(InterviewerPool.self, forKey: .interviewerPool)
        isFeedbackRequired = try container.decode(Bool.self, forKey: .isFeedbackRequired)
    }

    public func encode(to encoder: Encoder) throws {
        try user.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(trainingRole, forKey: .trainingRole)
        try container.encodeIfPresent(interviewerPool, forKey: .interviewerPool)
        try container.encode(isFeedbackRequired, forKey: .isFeedbackRequired)
    }
}

/// An interviewer in training on an event (events spell the reverse role with a hyphen).
public struct TrainingRole: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let shadow: Self = "Shadow"
    public static let reverseShadow: Self = "Reverse-Shadow"
}
