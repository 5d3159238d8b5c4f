import AshbyAPI

/// One interviewer who owes feedback on an interview that ended more than the configured
/// hours ago (`EntityStore.overdueAfterHours`).
public struct FeedbackOverdue: Sendable, Hashable {
    public var eventId: String
    public var applicationId: String
    public var interviewId: String
    public var interviewerUserId: String
    public var endTime: Timestamp
    /// `endTime` plus the allowed hours: overdue from this instant on.
    public var dueAt: Timestamp

    public init(eventId: String, applicationId: String, interviewId: String, interviewerUserId: String,
                endTime: Timestamp, dueAt: Timestamp) {
        self.eventId = eventId
        self.applicationId = applicationId
        self.interviewId = interviewId
        self.interviewerUserId = interviewerUserId
        self.endTime = endTime
        self.dueAt = dueAt
    }

    /// The overdue seats of one event at `now`: ended more than `afterHours` ago, feedback required,
    /// none given. Events of cancelled schedules owe nothing (the caller passes none).
    static func seats(of event: InterviewEventRecord, applicationId: String, feedback: FeedbackIndex,
                      now: Double, afterHours: Double) -> [FeedbackOverdue] {
        let due = event.endTime.secondsSince1970 + afterHours * 3600
        guard due < now else { return [] }
        var seats: [FeedbackOverdue] = []
        // A handful of seats: a linear check of the earlier seats beats hashing each user id into
        // a set, and needs no array of its own (one allocation per ended event in a bulk load).
        let interviewers = event.interviewers
        for position in interviewers.indices where interviewers[position].isFeedbackRequired {
            let seat = interviewers[position]
            guard !interviewers[..<position].contains(where: { $0.isFeedbackRequired && $0.userId == seat.userId }) else { continue }
            guard !feedback.hasSubmitted(userId: seat.userId, event: event) else { continue }
            seats.append(FeedbackOverdue(eventId: event.id, applicationId: applicationId, interviewId: event.interviewId,
                                         interviewerUserId: seat.userId, endTime: event.endTime,
                                         dueAt: Timestamp(secondsSince1970: due)))
        }
        return seats
    }

    /// The order of the overdue list: longest overdue first, then by event and interviewer.
    static func precedes(_ lhs: FeedbackOverdue, _ rhs: FeedbackOverdue) -> Bool {
        if lhs.dueAt != rhs.dueAt { return lhs.dueAt < rhs.dueAt }
        if lhs.eventId != rhs.eventId { return lhs.eventId < rhs.eventId }
        return lhs.interviewerUserId < rhs.interviewerUserId
    }
}
