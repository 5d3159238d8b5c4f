import AshbyAPI
import Foundation

extension ScheduleModel {
    /// The window's events after the filters (cancelled schedules left out).
    func windowEvents(store: EntityStore, now: Date) -> [(event: InterviewEventRecord, schedule: InterviewScheduleRecord)] {
        let (start, end) = window(now: now)
        // Store days are UTC days; take one more on each side for events crossing midnight.
        let first = EntityStore.dayNumber(of: Timestamp(start)) - 1
        let last = EntityStore.dayNumber(of: Timestamp(end)) + 1
        let (low, high) = (start.timeIntervalSince1970, end.timeIntervalSince1970)
        let me = store.actingUserId
        return store.interviewEvents(days: first..<(last + 1)).compactMap { event in
            guard event.startTime.secondsSince1970 < high, event.endTime.secondsSince1970 > low,
                let schedule = store.schedule(ofEvent: event.id), schedule.status != .cancelled
            else { return nil }
            let seats = Set(event.interviewers.map(\.userId))
            if mineOnly, let me, !seats.contains(me) { return nil }
            if let interviewerFilter, !seats.contains(interviewerFilter) { return nil }
            if let jobFilter, store.applications[schedule.applicationId]?.jobId != jobFilter { return nil }
            return (event, schedule)
        }
    }

    /// Every lane of the window, in order: my lane first, then by name.
    func allLanes(store: EntityStore, now: Date) -> [ScheduleLane] {
        let (start, end) = window(now: now)
        let me = store.actingUserId
        var byLane: [String: [ScheduleEventBlock]] = [:]
        var titles: [String: String] = [:]
        var conflicting: [String: Set<String>] = [:]
        for (event, schedule) in windowEvents(store: store, now: now) {
            let record = store.applications[schedule.applicationId]
            func block(conflict: Bool) -> ScheduleEventBlock {
                ScheduleEventBlock(
                    eventId: event.id, applicationId: schedule.applicationId, candidateName: record?.candidateName ?? "Unknown candidate",
                    jobTitle: record?.jobTitle ?? "", interviewTitle: store.interviews[event.interviewId]?.title ?? "Interview",
                    startMinute: Self.minutes(from: start, to: event.startTime, end: end),
                    endMinute: Self.minutes(from: start, to: event.endTime, end: end),
                    startTime: event.startTime, endTime: event.endTime, isConflict: conflict, isSelected: event.id == selectedEventId)
            }
            switch lanesBy {
            case .interviewer:
                var seen: Set<String> = []
                for seat in event.interviewers where seen.insert(seat.userId).inserted {
                    if mineOnly, seat.userId != me { continue }
                    if let interviewerFilter, seat.userId != interviewerFilter { continue }
                    if conflicting[seat.userId] == nil {
                        conflicting[seat.userId] = Set(store.doubleBookings(ofInterviewer: seat.userId).flatMap { [$0.firstEventId, $0.secondEventId] })
                    }
                    titles[seat.userId] = OffersModel.name(of: seat.userId, store: store)
                    byLane[seat.userId, default: []].append(block(conflict: conflicting[seat.userId]!.contains(event.id)))
                }
            case .candidate:
                titles[schedule.applicationId] = record.map { "\($0.candidateName) · \($0.jobTitle)" } ?? "Unknown candidate"
                byLane[schedule.applicationId, default: []].append(block(conflict: store.isDoubleBooked(eventId: event.id)))
            }
        }
        let lanes = byLane.map { id, events in
            ScheduleLane(id: id, title: titles[id] ?? id, isMine: lanesBy == .interviewer && id == me, isSelected: id == selectedLaneId,
                         events: events.sorted { $0.startTime != $1.startTime ? $0.startTime < $1.startTime : $0.eventId < $1.eventId })
        }
        return lanes.sorted { lhs, rhs in
            if lhs.isMine != rhs.isMine { return lhs.isMine }
            return lhs.title != rhs.title ? lhs.title < rhs.title : lhs.id < rhs.id
        }
    }

    static func minutes(from start: Date, to time: Timestamp, end: Date) -> Int {
        let clamped = min(max(time.secondsSince1970, start.timeIntervalSince1970), end.timeIntervalSince1970)
        return Int(((clamped - start.timeIntervalSince1970) / 60).rounded(.down))
    }

    public func screen(store: EntityStore, now: Date) -> ScheduleScreen {
        let (start, end) = window(now: now)
        let lanes = allLanes(store: store, now: now)
        let offset = max(0, min(laneOffset, lanes.count - visibleLanes))
        let nowValue = now.timeIntervalSince1970
        let nowMinute = nowValue >= start.timeIntervalSince1970 && nowValue < end.timeIntervalSince1970
            ? Int((nowValue - start.timeIntervalSince1970) / 60) : nil
        let shownEvents = Set(windowEvents(store: store, now: now).map(\.event.id))
        var conflicts: [ScheduleConflict] = []
        for (userId, bookings) in store.doubleBookings.sorted(by: { $0.key < $1.key }) {
            for booking in bookings where shownEvents.contains(booking.firstEventId) || shownEvents.contains(booking.secondEventId) {
                conflicts.append(ScheduleConflict(interviewerUserId: userId, interviewerName: OffersModel.name(of: userId, store: store),
                                                  firstEventId: booking.firstEventId, secondEventId: booking.secondEventId))
            }
        }
        var labels: [String] = []
        if mineOnly { labels.append("mine") }
        if let jobFilter { labels.append("job: \(store.jobs[jobFilter]?.title ?? jobFilter)") }
        if let interviewerFilter { labels.append("interviewer: \(OffersModel.name(of: interviewerFilter, store: store))") }
        // Rows the lanes leave unused go to the awaiting list.
        let shownLanes = max(1, min(lanes.count - offset, visibleLanes))
        let awaitingShown = awaitingRows + (visibleLanes - shownLanes) * laneHeight
        return ScheduleScreen(
            windowStart: start, windowEnd: end, windowMinutes: Int(end.timeIntervalSince(start) / 60), span: span, lanesBy: lanesBy,
            nowMinute: nowMinute, lanes: Array(lanes.dropFirst(offset).prefix(visibleLanes)), laneOffset: offset,
            totalLanes: lanes.count, conflicts: conflicts, awaiting: Array(awaiting.prefix(awaitingShown)), awaitingTotal: awaiting.count,
            filterLabels: labels)
    }

    /// Recomputes the awaiting list if a merge made it stale.
    public mutating func refreshAwaitingIfStale(store: EntityStore) {
        if awaitingIsStale { refreshAwaiting(store: store) }
    }

    /// Recomputes what awaits scheduling: schedules not yet scheduled, and applications in
    /// interview (Active) stages with no live schedule for their stage. Reads the Active columns of
    /// every job (or the filtered job), so it runs after merges, not per frame.
    public mutating func refreshAwaiting(store: EntityStore) {
        awaitingIsStale = false
        var rows: [AwaitingSchedulingRow] = []
        var listed: Set<String> = []
        let waiting: [InterviewScheduleStatus: String] = [
            .needsScheduling: "Needs scheduling", .waitingOnCandidateAvailability: "Waiting on candidate availability",
            .candidateAvailabilitySubmitted: "Availability submitted", .waitingOnCandidateBooking: "Waiting on candidate booking",
        ]
        for schedule in store.interviewSchedules.values {
            guard let reason = waiting[schedule.status], let record = store.applications[schedule.applicationId],
                record.status == .active, jobFilter == nil || record.jobId == jobFilter, listed.insert(record.id).inserted
            else { continue }
            rows.append(AwaitingSchedulingRow(applicationId: record.id, candidateName: record.candidateName, jobTitle: record.jobTitle,
                                              stageTitle: store.interviewStages[record.stageId]?.title ?? "", reason: reason))
        }
        let jobIds = jobFilter.map { [$0] } ?? store.jobs.values.filter { $0.status == .open }.map(\.id)
        for jobId in jobIds {
            for stageId in store.stageIdsWithApplications(jobId: jobId) where store.interviewStages[stageId]?.type == .active {
                let count = store.applicationCount(jobId: jobId, stageId: stageId)
                for record in store.applications(jobId: jobId, stageId: stageId, sort: .daysInStage, offset: 0, count: count) {
                    guard !listed.contains(record.id) else { continue }
                    let live = store.interviewSchedules(ofApplication: record.id).contains {
                        $0.interviewStageId == stageId && $0.status != .cancelled
                    }
                    guard !live else { continue }
                    listed.insert(record.id)
                    rows.append(AwaitingSchedulingRow(applicationId: record.id, candidateName: record.candidateName,
                                                      jobTitle: record.jobTitle, stageTitle: store.interviewStages[stageId]?.title ?? "",
                                                      reason: "No interviews scheduled"))
                }
            }
        }
        // Schedules that need a coordinator first, then those waiting on candidates, then unscheduled stages.
        func rank(_ row: AwaitingSchedulingRow) -> Int {
            row.reason == "Needs scheduling" ? 0 : row.reason == "No interviews scheduled" ? 2 : 1
        }
        awaiting = rows.sorted { lhs, rhs in
            if rank(lhs) != rank(rhs) { return rank(lhs) < rank(rhs) }
            return lhs.candidateName != rhs.candidateName ? lhs.candidateName < rhs.candidateName : lhs.applicationId < rhs.applicationId
        }
    }

    /// After a merge: the awaiting list goes stale when applications or schedules changed (it is
    /// recomputed by `refreshAwaitingIfStale` when the pane shows); a selected event that
    /// disappeared is dropped.
    public mutating func apply(_ changes: StoreChanges, store: EntityStore) {
        if !changes[.applications].isEmpty || !changes[.interviewSchedules].isEmpty || !changes[.jobs].isEmpty {
            awaitingIsStale = true
        }
        if let selectedEventId, store.interviewEvent(id: selectedEventId) == nil { self.selectedEventId = nil }
    }
}
