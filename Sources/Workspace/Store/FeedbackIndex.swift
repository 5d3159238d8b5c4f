/// Counts of submissions per event and per (event, interviewer): what the overdue check asks.
struct FeedbackIndex: Sendable {
    struct Seat: Hashable, Sendable {
        var eventId: String
        var userId: String
    }

    private(set) var countBySeat: [Seat: Int] = [:]
    private(set) var countByEvent: [String: Int] = [:]

    init() {}

    init<Records: Sequence>(bulk records: Records) where Records.Element == FeedbackRecord {
        for record in records { insert(record) }
    }

    mutating func insert(_ record: FeedbackRecord) {
        guard let eventId = record.interviewEventId else { return }
        countBySeat[Seat(eventId: eventId, userId: record.submittedByUserId), default: 0] += 1
        countByEvent[eventId, default: 0] += 1
    }

    mutating func remove(_ record: FeedbackRecord) {
        guard let eventId = record.interviewEventId else { return }
        let seat = Seat(eventId: eventId, userId: record.submittedByUserId)
        if let count = countBySeat[seat] { countBySeat[seat] = count > 1 ? count - 1 : nil }
        if let count = countByEvent[eventId] { countByEvent[eventId] = count > 1 ? count - 1 : nil }
    }

    /// Whether `userId`'s feedback for the event counts as given: a record of theirs exists, or the
    /// event says feedback was submitted and no per-user record for it is known at all.
    func hasSubmitted(userId: String, event: InterviewEventRecord) -> Bool {
        // No per-user record at all (feedback not synced yet, or none tied to events): skip hashing two ids.
        guard !countBySeat.isEmpty else { return event.hasSubmittedFeedback }
        if countBySeat[Seat(eventId: event.id, userId: userId)] != nil { return true }
        return event.hasSubmittedFeedback && countByEvent[event.id] == nil
    }
}
