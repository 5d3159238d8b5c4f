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
}
