/// What a bulk load derives its interview facts from, gathered where the records are decoded (off
/// the UI thread): the first home of each event id, in the order the calendar files them (so an
/// event id seen twice keeps its first home, as there), for live schedules only, with the times
/// and whether any required seat lacks feedback. None of it depends on the clock, so the store
/// only compares times when it is made.
struct BulkEventFacts: Sendable {
    struct Entry: Sendable {
        let applicationId: String
        /// `InterviewIndex.orderable` of the start and end.
        let start: Double
        let end: Double
        let schedule: [String: InterviewScheduleRecord].Index
        let position: Int
        let lacksFeedback: Bool
    }

    /// Valid for exactly the dictionary they were gathered from (the same storage, unchanged).
    let entries: [Entry]
    let eventCount: Int

    init(schedules: [String: InterviewScheduleRecord], feedback: FeedbackIndex) {
        var eventCount = 0
        for schedule in schedules.values { eventCount += schedule.events.count }
        var filed = Set<String>(minimumCapacity: eventCount)
        var entries: [Entry] = []
        entries.reserveCapacity(eventCount)
        // By index, not `for in`: copying each schedule and event out would retain every field.
        let values = schedules.values
        var index = values.startIndex
        while index != values.endIndex {
            let isLive = values[index].status != .cancelled
            let applicationId = values[index].applicationId
            values[index].events.withUnsafeBufferPointer { events in
                for position in events.indices {
                    guard filed.insert(events[position].id).inserted, isLive else { continue }
                    let lacksFeedback = events[position].interviewers.contains {
                        $0.isFeedbackRequired && !feedback.hasSubmitted(userId: $0.userId, event: events[position])
                    }
                    entries.append(Entry(applicationId: applicationId, start: InterviewIndex.orderable(events[position].startTime),
                                         end: InterviewIndex.orderable(events[position].endTime), schedule: index, position: position,
                                         lacksFeedback: lacksFeedback))
                }
            }
            values.formIndex(after: &index)
        }
        self.entries = entries
        self.eventCount = eventCount
    }
}
