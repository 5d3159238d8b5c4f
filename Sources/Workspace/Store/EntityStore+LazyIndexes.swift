extension EntityStore {
    // Indexes only some panes read (candidate profile, feedback list, an application's
    // schedules), built from the records on first use and kept current from then on, so a
    // start from the cache does not pay for them.

    var applicationsByCandidate: IdMultimap {
        if let candidateIndex { return candidateIndex }
        var built = IdMultimap(minimumCapacity: records.applications.count)
        for record in records.applications.values { built.insert(record.id, under: record.candidateId) }
        candidateIndex = built
        return built
    }

    var schedulesByApplication: IdMultimap {
        if let scheduleIndex { return scheduleIndex }
        var built = IdMultimap(minimumCapacity: records.interviewSchedules.count)
        for record in records.interviewSchedules.values { built.insert(record.id, under: record.applicationId) }
        scheduleIndex = built
        return built
    }

    var feedbackByApplication: IdMultimap {
        if let feedbackIndexByApplication { return feedbackIndexByApplication }
        var built = IdMultimap(minimumCapacity: records.feedback.count)
        for record in records.feedback.values { built.insert(record.id, under: record.applicationId) }
        feedbackIndexByApplication = built
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
