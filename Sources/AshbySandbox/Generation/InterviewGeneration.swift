import AshbyAPI

extension TenantGenerator {
    mutating func generateSchedulesAndFeedback() {
        let landmarkRow = OfferScenario.allCases.count < store.candidates.count
            ? store.candidates[OfferScenario.allCases.count].applicationRows.first : nil
        var doubleBooking: (userRow: Int, start: Millis, end: Millis)? = nil
        for applicationRow in 0..<store.applications.count {
            let application = store.applications[applicationRow]
            let job = store.jobs[application.jobRow]
            let isLandmark = applicationRow == landmarkRow
            // Past stages with interviews: completed schedules, mostly with feedback.
            for entry in application.history.dropLast() where !store.stages[entry.stageRow].interviewRows.isEmpty && random.chance(0.7) {
                let leftAt = entry.leftAt ?? now
                let start = min(entry.enteredAt + Millis(random.int(in: 1...3)) * TenantTime.day, leftAt - 2 * TenantTime.hour)
                let dayStart = TenantTime.startOfDay(start) + Millis(random.int(in: 9...14)) * TenantTime.hour
                _ = makeSchedule(applicationRow: applicationRow, stageRow: entry.stageRow, job: job, firstStart: dayStart, feedbackChance: 0.92)
            }
            let stage = store.stages[application.stageRow]
            guard application.status == "Active", !stage.interviewRows.isEmpty else { continue }
            if isLandmark {
                let pastStart = TenantTime.startOfDay(now) - 2 * TenantTime.day + 10 * TenantTime.hour
                let schedule = makeSchedule(applicationRow: applicationRow, stageRow: application.stageRow, job: job, firstStart: pastStart,
                                            feedbackChance: 0, interviewerLimit: 1)
                let upcoming = TenantTime.startOfDay(now) + TenantTime.day + 15 * TenantTime.hour
                addEvent(scheduleRow: schedule, interviewRow: stage.interviewRows[0], job: job, start: upcoming,
                         duration: 60 * TenantTime.minute, feedbackChance: 0)
                refreshScheduleStatus(schedule)
                let event = store.events[store.schedules[schedule].eventRows[0]]
                landmarks.applicationID = application.id
                landmarks.candidateID = store.candidates[application.candidateRow].id
                landmarks.interviewEventID = event.id
                landmarks.interviewerUserID = store.users[event.interviewers[0].userRow].id
                landmarks.feedbackFormDefinitionID = store.feedbackForms[store.interviews[event.interviewRow].formRow].id
                let upcomingEvent = store.events[store.schedules[schedule].eventRows[1]]
                doubleBooking = (upcomingEvent.interviewers[0].userRow, upcomingEvent.start, upcomingEvent.end)
                continue
            }
            let roll = random.unit()
            if roll < 0.55 {
                var start = TenantTime.startOfDay(now) + Millis(random.below(14)) * TenantTime.day
                    + Millis(random.int(in: 9...16)) * TenantTime.hour + Millis(random.below(4) * 15) * TenantTime.minute
                if start < now + 30 * TenantTime.minute { start += TenantTime.day }
                let schedule = makeSchedule(applicationRow: applicationRow, stageRow: application.stageRow, job: job, firstStart: start, feedbackChance: 0)
                if let booking = doubleBooking, let eventRow = store.schedules[schedule].eventRows.first {
                    // A deliberate conflict: this interviewer is already on the landmark's upcoming interview.
                    store.events[eventRow].start = booking.start
                    store.events[eventRow].end = booking.end
                    store.events[eventRow].interviewers[0].userRow = booking.userRow
                    doubleBooking = nil
                }
            } else if roll < 0.75 {
                let created = max(store.applications[applicationRow].updatedAt, now - TenantTime.day * 3)
                let schedule = InterviewScheduleRecord(id: uuid(), applicationRow: applicationRow, stageRow: application.stageRow,
                                                       status: "NeedsScheduling", scheduledByRow: nil, eventRows: [], createdAt: created, updatedAt: created)
                appendSchedule(schedule)
            } else if roll < 0.9 {
                let start = now - Millis(random.int(in: 3...120)) * TenantTime.hour
                _ = makeSchedule(applicationRow: applicationRow, stageRow: application.stageRow, job: job, firstStart: start, feedbackChance: 0.6)
            }
        }
    }

    @discardableResult
    mutating func appendSchedule(_ schedule: InterviewScheduleRecord) -> Int {
        let row = store.schedules.insert(schedule, sequence: 0, logged: false)
        store.schedulesByApplication[schedule.applicationRow].append(row)
        while store.schedulesByStage.count <= schedule.stageRow { store.schedulesByStage.append([]) }
        store.schedulesByStage[schedule.stageRow].append(row)
        return row
    }

    /// A schedule with one event per interview of the stage, back to back from `firstStart`.
    mutating func makeSchedule(applicationRow: Int, stageRow: Int, job: JobRecord, firstStart: Millis, feedbackChance: Double,
                               interviewerLimit: Int = 2) -> Int {
        let coordinator = job.hiringTeam.first { $0.role == "Coordinator" }?.userRow
        let created = firstStart - Millis(random.int(in: 2...6)) * TenantTime.day
        let scheduleRow = appendSchedule(InterviewScheduleRecord(
            id: uuid(), applicationRow: applicationRow, stageRow: stageRow, status: "Scheduled", scheduledByRow: coordinator,
            eventRows: [], createdAt: created, updatedAt: created))
        var start = firstStart
        for interviewRow in store.stages[stageRow].interviewRows {
            let duration = Millis([30, 45, 60][random.below(3)]) * TenantTime.minute
            addEvent(scheduleRow: scheduleRow, interviewRow: interviewRow, job: job, start: start, duration: duration,
                     feedbackChance: feedbackChance, interviewerLimit: interviewerLimit)
            start += duration + 15 * TenantTime.minute
        }
        refreshScheduleStatus(scheduleRow)
        return scheduleRow
    }

    mutating func addEvent(scheduleRow: Int, interviewRow: Int, job: JobRecord, start: Millis, duration: Millis, feedbackChance: Double,
                           interviewerLimit: Int = 2) {
        var panel: [EventInterviewer] = []
        let manager = job.hiringTeam.first { $0.role == "Hiring Manager" }!.userRow
        let first = store.interviews[interviewRow].title == "Hiring Manager Chat" ? manager : random.pick(job.interviewerRows)
        panel.append(EventInterviewer(userRow: first, trainingRole: nil, isFeedbackRequired: true))
        if interviewerLimit > 1, random.chance(0.35) {
            let second = random.pick(job.interviewerRows)
            if second != first {
                let shadow = random.chance(0.3)
                panel.append(EventInterviewer(userRow: second, trainingRole: shadow ? (random.chance(0.5) ? "Shadow" : "Reverse-Shadow") : nil,
                                              isFeedbackRequired: !shadow))
            }
        }
        let schedule = store.schedules[scheduleRow]
        let eventRow = store.events.count
        let remote = random.chance(0.6)
        let event = InterviewEventRecord(
            id: uuid(), scheduleRow: scheduleRow, interviewRow: interviewRow, start: start, end: start + duration, interviewers: panel,
            location: remote ? nil : "\(store.locations[job.locationRow].name), Room \(random.int(in: 1...12))",
            meetingLink: remote ? "https://meet.example.com/\(random.next() % 1_000_000_000)" : nil,
            feedbackRows: [], createdAt: schedule.createdAt, updatedAt: schedule.createdAt)
        store.events.insert(event, sequence: 0, logged: false)
        store.schedules[scheduleRow].eventRows.append(eventRow)
        // Feedback only for interviews that have ended.
        guard start + duration < now else { return }
        for interviewer in panel where interviewer.isFeedbackRequired && random.chance(feedbackChance) {
            let submittedAt = min(start + duration + Millis(random.int(in: 1...30)) * TenantTime.hour, now - TenantTime.minute)
            let form = store.interviews[interviewRow].formRow
            let values = sampleValues(formRow: form)
            let application = store.applications[schedule.applicationRow]
            let historyID = application.history.first { $0.stageRow == schedule.stageRow }?.id
            let feedback = FeedbackRecord(id: uuid(), applicationRow: schedule.applicationRow, formRow: form, userRow: interviewer.userRow,
                                          eventRow: eventRow, interviewRow: interviewRow, historyID: historyID, values: values, submittedAt: submittedAt)
            let feedbackRow = store.feedback.insert(feedback, sequence: 0, logged: false)
            store.events[eventRow].feedbackRows.append(feedbackRow)
            store.feedbackByApplication[schedule.applicationRow].append(feedbackRow)
        }
    }

    /// Scheduled while anything is upcoming; WaitingOnFeedback while required feedback is missing; else Complete.
    mutating func refreshScheduleStatus(_ scheduleRow: Int) {
        store.schedules[scheduleRow].status = TenantGenerator.scheduleStatus(store: store, scheduleRow: scheduleRow, now: now)
    }

    static func scheduleStatus(store: TenantStore, scheduleRow: Int, now: Millis) -> String {
        let schedule = store.schedules[scheduleRow]
        if schedule.eventRows.isEmpty { return schedule.status == "Cancelled" ? "Cancelled" : "NeedsScheduling" }
        var missing = false
        for eventRow in schedule.eventRows {
            let event = store.events[eventRow]
            if event.end > now { return "Scheduled" }
            for interviewer in event.interviewers where interviewer.isFeedbackRequired {
                if !event.feedbackRows.contains(where: { store.feedback[$0].userRow == interviewer.userRow }) { missing = true }
            }
        }
        return missing ? "WaitingOnFeedback" : "Complete"
    }

    /// Plausible submitted values for every field of a form.
    mutating func sampleValues(formRow: Int) -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        let leaning = random.below(4) // 0 strong hire … 3 strong no hire
        for section in store.feedbackForms[formRow].sections {
            for field in section.fields {
                switch field.type {
                case "ValueSelect":
                    let index = min(3, max(0, leaning + random.int(in: -1...1) / 2))
                    values[field.path] = .string(field.selectableValues[min(index, field.selectableValues.count - 1)].value)
                case "Score":
                    let score = min(4, max(1, 4 - leaning + random.int(in: -1...0)))
                    values[field.path] = random.chance(0.1) ? .string(String(score)) : .object(["score": .number(Double(score))])
                case "LongText":
                    values[field.path] = .string(hostile.apply(random.pick(Vocabulary.feedbackSentences) + " " + random.pick(Vocabulary.feedbackSentences)))
                case "String":
                    if random.chance(0.5) { values[field.path] = .string("$\(120 + random.below(80))k base") }
                case "Boolean":
                    if random.chance(0.7) { values[field.path] = .bool(leaning < 2) }
                case "Date":
                    if random.chance(0.5) { values[field.path] = .string(TenantTime.day(now + Millis(random.int(in: 14...90)) * TenantTime.day)) }
                default:
                    break
                }
            }
        }
        return values
    }
}
