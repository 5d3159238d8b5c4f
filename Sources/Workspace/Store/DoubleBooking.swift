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

    /// Every overlapping pair among one interviewer's live events, from the interviewer's
    /// column in (start, id) order, by a sweep: O(m + pairs) for m events.
    static func find(interviewerUserId: String, column: [SortedColumn<InterviewIndex.EventSpan>.Entry]) -> [DoubleBooking] {
        var open: [SortedColumn<InterviewIndex.EventSpan>.Entry] = []
        var pairs: [DoubleBooking] = []
        for event in column where event.key.isLive {
            open.removeAll { $0.key.end <= event.key.start }
            for earlier in open where event.key.start < earlier.key.end && earlier.key.start < event.key.end {
                pairs.append(DoubleBooking(interviewerUserId: interviewerUserId, firstEventId: earlier.id, secondEventId: event.id))
            }
            open.append(event)
        }
        return pairs
    }
}
