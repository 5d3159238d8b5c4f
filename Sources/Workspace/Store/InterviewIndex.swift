import AshbyAPI

/// Interview events by id, by UTC day, by interviewer and in start and end order, plus
/// schedules by application. Events belong to the schedule that carried them.
struct InterviewIndex: Sendable {
    private(set) var events: [String: InterviewEventRecord] = [:]
    private(set) var scheduleIdByEvent: [String: String] = [:]
    /// Keyed by `EntityStore.dayNumber(of: startTime)`: an event is filed under the UTC day it starts.
    private(set) var eventIdsByDay: [Int: Set<String>] = [:]
    private(set) var eventIdsByInterviewer: [String: Set<String>] = [:]
    private(set) var scheduleIdsByApplication: [String: Set<String>] = [:]
    /// Events by end time: the clock finds the ones whose feedback just became overdue.
    private(set) var byEnd = SortedColumn<Double>()
    /// Events by start time: the clock finds the ones that stopped being in the future.
    private(set) var byStart = SortedColumn<Double>()

    init() {}

    /// Files every schedule at once, sorting the time orders once (the bulk-load path).
    init<Schedules: Sequence>(bulk schedules: Schedules) where Schedules.Element == InterviewScheduleRecord {
        var ends: [SortedColumn<Double>.Entry] = []
        var starts: [SortedColumn<Double>.Entry] = []
        for schedule in schedules {
            scheduleIdsByApplication[schedule.applicationId, default: []].insert(schedule.id)
            for event in schedule.events where events[event.id] == nil {
                fileEvent(event, scheduleId: schedule.id)
                ends.append(.init(key: Self.orderable(event.endTime), id: event.id))
                starts.append(.init(key: Self.orderable(event.startTime), id: event.id))
            }
        }
        byEnd = SortedColumn(unsorted: ends)
        byStart = SortedColumn(unsorted: starts)
    }

    mutating func insert(_ schedule: InterviewScheduleRecord) {
        scheduleIdsByApplication[schedule.applicationId, default: []].insert(schedule.id)
        for event in schedule.events {
            // An id seen twice keeps its first home; the second copy is not filed.
            guard events[event.id] == nil else { continue }
            fileEvent(event, scheduleId: schedule.id)
            byEnd.insert(key: Self.orderable(event.endTime), id: event.id)
            byStart.insert(key: Self.orderable(event.startTime), id: event.id)
        }
    }

    mutating func remove(_ schedule: InterviewScheduleRecord) {
        scheduleIdsByApplication[schedule.applicationId]?.remove(schedule.id)
        if scheduleIdsByApplication[schedule.applicationId]?.isEmpty == true {
            scheduleIdsByApplication[schedule.applicationId] = nil
        }
        for event in schedule.events where scheduleIdByEvent[event.id] == schedule.id {
            guard let filed = events[event.id] else { continue }
            events[event.id] = nil
            scheduleIdByEvent[event.id] = nil
            let day = EntityStore.dayNumber(of: filed.startTime)
            eventIdsByDay[day]?.remove(filed.id)
            if eventIdsByDay[day]?.isEmpty == true { eventIdsByDay[day] = nil }
            for seat in filed.interviewers {
                eventIdsByInterviewer[seat.userId]?.remove(filed.id)
                if eventIdsByInterviewer[seat.userId]?.isEmpty == true { eventIdsByInterviewer[seat.userId] = nil }
            }
            byEnd.remove(key: Self.orderable(filed.endTime), id: filed.id)
            byStart.remove(key: Self.orderable(filed.startTime), id: filed.id)
        }
    }

    private mutating func fileEvent(_ event: InterviewEventRecord, scheduleId: String) {
        events[event.id] = event
        scheduleIdByEvent[event.id] = scheduleId
        eventIdsByDay[EntityStore.dayNumber(of: event.startTime), default: []].insert(event.id)
        for seat in event.interviewers {
            eventIdsByInterviewer[seat.userId, default: []].insert(event.id)
        }
    }

    static func orderable(_ time: Timestamp) -> Double {
        time.secondsSince1970.isNaN ? 0 : time.secondsSince1970
    }
}
