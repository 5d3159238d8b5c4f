import AshbyAPI

/// Interview events by id, in start and end order, and per interviewer in start order, with a
/// count of future live events per application. Events belong to the schedule that carried
/// them; a schedule's upsert re-files all its events, so what an event borrows from it stays
/// current.
struct InterviewIndex: Sendable {
    /// An event with what the derived facts need from its schedule, found with one lookup.
    /// Immutable and shared: handing one around costs one retain, not one per field.
    final class FiledEvent: Sendable {
        let record: InterviewEventRecord
        let scheduleId: String
        let applicationId: String
        /// False for events of cancelled schedules: they book nobody and owe no feedback.
        let isLive: Bool

        init(record: InterviewEventRecord, scheduleId: String, applicationId: String, isLive: Bool) {
            self.record = record
            self.scheduleId = scheduleId
            self.applicationId = applicationId
            self.isLive = isLive
        }
    }

    /// An interviewer's event as the double-booking sweep needs it; ordered by start alone
    /// (the column breaks ties by event id).
    struct EventSpan: Comparable, Sendable {
        var start: Double
        var end: Double
        var isLive: Bool

        static func < (lhs: EventSpan, rhs: EventSpan) -> Bool { lhs.start < rhs.start }
        static func == (lhs: EventSpan, rhs: EventSpan) -> Bool { lhs.start == rhs.start }
    }

    private(set) var events: [String: FiledEvent] = [:]
    /// Each interviewer's events by start time.
    private(set) var byInterviewer: [String: SortedColumn<EventSpan>] = [:]
    /// Events by end time: the clock finds the ones whose feedback just became overdue.
    private(set) var byEnd = SortedColumn<Double>()
    /// Events by start time: days and weeks of the calendar, and the clock finds the ones that
    /// stopped being in the future.
    private(set) var byStart = SortedColumn<Double>()
    /// Live events starting after the clock, per application (only non-zero counts): the
    /// "interview scheduled" flag, kept exact as events are filed and the clock moves.
    private(set) var futureCountByApplication: [String: Int] = [:]

    init() {}

    /// Files every schedule at once, sorting each order once (the bulk-load path). Future counts
    /// stay empty until `adoptFutureCounts(_:)`.
    init<Schedules: Collection>(bulk schedules: Schedules) where Schedules.Element == InterviewScheduleRecord {
        var ends: [SortedColumn<Double>.Entry] = []
        var starts: [SortedColumn<Double>.Entry] = []
        var seats: [String: [SortedColumn<EventSpan>.Entry]] = [:]
        events.reserveCapacity(schedules.count * 2)
        ends.reserveCapacity(schedules.count * 2)
        starts.reserveCapacity(schedules.count * 2)
        for schedule in schedules {
            let isLive = schedule.status != .cancelled
            for event in schedule.events {
                // One hash in the usual case; an id seen twice keeps its first home.
                let filed = FiledEvent(record: event, scheduleId: schedule.id, applicationId: schedule.applicationId, isLive: isLive)
                if let first = events.updateValue(filed, forKey: event.id) {
                    events[event.id] = first
                    continue
                }
                let span = Self.span(of: event, isLive: isLive)
                ends.append(.init(key: span.end, id: event.id))
                starts.append(.init(key: span.start, id: event.id))
                for userId in Self.interviewerIds(of: event) { seats[userId, default: []].append(.init(key: span, id: event.id)) }
            }
        }
        byEnd = SortedColumn(unsorted: ends)
        byStart = SortedColumn(unsorted: starts)
        byInterviewer = seats.mapValues { SortedColumn(unsorted: $0) }
    }

    mutating func insert(_ schedule: InterviewScheduleRecord, clock: Double) {
        let isLive = schedule.status != .cancelled
        for event in schedule.events {
            // An id seen twice keeps its first home; the second copy is not filed.
            guard events[event.id] == nil else { continue }
            events[event.id] = FiledEvent(record: event, scheduleId: schedule.id, applicationId: schedule.applicationId, isLive: isLive)
            let span = Self.span(of: event, isLive: isLive)
            byEnd.insert(key: span.end, id: event.id)
            byStart.insert(key: span.start, id: event.id)
            for userId in Self.interviewerIds(of: event) { byInterviewer[userId, default: SortedColumn()].insert(key: span, id: event.id) }
            if isLive, span.start > clock { futureCountByApplication[schedule.applicationId, default: 0] += 1 }
        }
    }

    mutating func remove(_ schedule: InterviewScheduleRecord, clock: Double) {
        for event in schedule.events {
            guard let filed = events[event.id], filed.scheduleId == schedule.id else { continue }
            events[event.id] = nil
            let span = Self.span(of: filed.record, isLive: filed.isLive)
            byEnd.remove(key: span.end, id: event.id)
            byStart.remove(key: span.start, id: event.id)
            for userId in Self.interviewerIds(of: filed.record) {
                guard let remaining = byInterviewer[userId]?.removeReturningCount(key: span, id: event.id) else { continue }
                if remaining == 0 { byInterviewer[userId] = nil }
            }
            if filed.isLive, span.start > clock { countFuture(filed.applicationId, by: -1) }
        }
    }

    /// Takes future counts derived elsewhere from the same schedules at the current clock.
    mutating func adoptFutureCounts(_ counts: [String: Int]) {
        futureCountByApplication = counts
    }

    /// Moves the future counts from clock `old` to `new`; returns the applications of the
    /// events that crossed (started, or un-started when the clock goes back).
    mutating func moveClock(from old: Double, to new: Double) -> [String] {
        guard old != new else { return [] }
        // Events with start in (low, high] change sides: future at `low`, past at `high`.
        let (low, high) = (min(old, new), max(old, new))
        var crossed: [String] = []
        for eventId in byStart.ids(keysIn: low.nextUp...high) {
            guard let filed = events[eventId], filed.isLive else { continue }
            countFuture(filed.applicationId, by: new > old ? -1 : 1)
            crossed.append(filed.applicationId)
        }
        return crossed
    }

    private mutating func countFuture(_ applicationId: String, by change: Int) {
        let count = (futureCountByApplication[applicationId] ?? 0) + change
        futureCountByApplication[applicationId] = count > 0 ? count : nil
    }

    /// Ids of events starting in `[from, to]` seconds, by start time then id.
    func eventIds(startingFrom from: Double, through to: Double) -> [String] {
        from <= to ? byStart.ids(keysIn: from...to) : []
    }

    /// Each interviewer once, even when an event lists a seat twice.
    static func interviewerIds(of event: InterviewEventRecord) -> [String] {
        var ids: [String] = []
        ids.reserveCapacity(event.interviewers.count)
        // A handful of seats: a linear check beats building a set.
        for seat in event.interviewers where !ids.contains(seat.userId) { ids.append(seat.userId) }
        return ids
    }

    static func span(of event: InterviewEventRecord, isLive: Bool) -> EventSpan {
        EventSpan(start: orderable(event.startTime), end: orderable(event.endTime), isLive: isLive)
    }

    static func orderable(_ time: Timestamp) -> Double {
        time.secondsSince1970.isNaN ? 0 : time.secondsSince1970
    }
}
