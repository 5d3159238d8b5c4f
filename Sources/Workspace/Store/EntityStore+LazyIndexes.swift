extension EntityStore {
    // Indexes only some panes read (candidate profile, feedback list, an application's
    // schedules), built from the records on first use and kept current from then on, so a
    // start from the cache does not pay for them.

    var applicationsByCandidate: IdMultimap {
        if let candidateIndex { return candidateIndex }
        candidateIndex = Self.index(records.applications, by: \.candidateId)
        return candidateIndex!
    }

    var schedulesByApplication: IdMultimap {
        if let scheduleIndex { return scheduleIndex }
        scheduleIndex = Self.index(records.interviewSchedules, by: \.applicationId)
        return scheduleIndex!
    }

    var feedbackByApplication: IdMultimap {
        if let feedbackIndexByApplication { return feedbackIndexByApplication }
        feedbackIndexByApplication = Self.index(records.feedback, by: \.applicationId)
        return feedbackIndexByApplication!
    }

    /// Record ids filed under the id each record points to.
    static func index<Record>(_ records: [String: Record], by owner: KeyPath<Record, String>) -> IdMultimap {
        var built = IdMultimap(minimumCapacity: records.count)
        for (id, record) in records { built.insert(id, under: record[keyPath: owner]) }
        return built
    }

    /// Interview events by id, start, end and interviewer. A bulk load derives its facts
    /// straight from the schedules and leaves this unbuilt: only the schedule pane, the overdue
    /// list, the clock and merges need it. Every change and clock move builds it first.
    var calendar: InterviewIndex {
        _read {
            buildCalendarIfNeeded()
            yield builtCalendar.unsafelyUnwrapped
        }
        _modify {
            buildCalendarIfNeeded()
            yield &builtCalendar!
        }
    }

    /// Files every schedule (the bulk path), with the future counts the load derived.
    func buildCalendarIfNeeded() {
        guard builtCalendar == nil else { return }
        var built = InterviewIndex(bulk: records.interviewSchedules.values)
        built.adoptFutureCounts(bulkFutureCounts)
        bulkFutureCounts = [:]
        builtCalendar = built
    }
}
