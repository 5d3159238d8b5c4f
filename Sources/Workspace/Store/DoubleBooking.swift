import AshbyAPI

/// Two events of one interviewer that overlap in time (ends touching starts do not overlap).
public struct DoubleBooking: Sendable, Hashable {
    public var interviewerUserId: String
    /// The earlier-starting event (ties by id).
    public var firstEventId: String
    public var secondEventId: String

    public init(interviewerUserId: String, firstEventId: String, secondEventId: String) {
        self.interviewerUserId = interviewerUserId
        self.firstEventId = firstEventId
        self.secondEventId = secondEventId
    }

    /// Every overlapping pair among one interviewer's events, by a sweep in start order:
    /// O(m log m + pairs) for m events.
    static func find(interviewerUserId: String, events: [InterviewEventRecord]) -> [DoubleBooking] {
        let ordered = events.sorted { lhs, rhs in
            lhs.startTime != rhs.startTime ? lhs.startTime < rhs.startTime : lhs.id < rhs.id
        }
        var open: [InterviewEventRecord] = []
        var pairs: [DoubleBooking] = []
        for event in ordered {
            open.removeAll { $0.endTime <= event.startTime }
            for earlier in open where event.startTime < earlier.endTime && earlier.startTime < event.endTime {
                pairs.append(DoubleBooking(interviewerUserId: interviewerUserId, firstEventId: earlier.id, secondEventId: event.id))
            }
            open.append(event)
        }
        return pairs
    }
}
