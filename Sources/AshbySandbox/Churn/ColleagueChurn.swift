import AshbyAPI

/// What colleagues do to a live tenant: move and archive candidates, add people and notes,
/// submit feedback, reschedule, approve offers, edit profiles. Deterministic for a seed.
extension TenantEngine {
    enum ChurnAction: Int, CaseIterable {
        case stageMove, archive, newCandidate, note, feedback, reschedule, offerApproval, candidateEdit
        static let weights: [Double] = [38, 14, 12, 12, 8, 6, 4, 6]
    }

    func applyChurn(count: Int) {
        guard store.candidates.count > 0 else { return }
        for _ in 0..<max(0, count) {
            let action = ChurnAction(rawValue: churnRandom.weighted(ChurnAction.weights))!
            let now = self.now
            let sequence = beginChange()
            if !apply(action, now: now, sequence: sequence) { churnNote(now: now, sequence: sequence) }
        }
    }

    /// Applies one change; false when no suitable record was found (the caller adds a note instead).
    private func apply(_ action: ChurnAction, now: Millis, sequence: UInt64) -> Bool {
        switch action {
        case .stageMove: return churnStageMove(now: now, sequence: sequence)
        case .archive: return churnArchive(now: now, sequence: sequence)
        case .newCandidate: return churnNewCandidate(now: now, sequence: sequence)
        case .note: churnNote(now: now, sequence: sequence); return true
        case .feedback: return churnFeedback(now: now, sequence: sequence)
        case .reschedule: return churnReschedule(now: now, sequence: sequence)
        case .offerApproval: return churnOfferApproval(now: now, sequence: sequence)
        case .candidateEdit: return churnCandidateEdit(now: now, sequence: sequence)
        }
    }

    private func randomRow(_ count: Int, tries: Int = 12, where predicate: (Int) -> Bool) -> Int? {
        guard count > 0 else { return nil }
        for _ in 0..<tries {
            let row = churnRandom.below(count)
            if predicate(row) { return row }
        }
        return nil
    }

    private func recruiterRow(forJob jobRow: Int) -> Int { store.jobs[jobRow].hiringTeam[0].userRow }

    private func churnStageMove(now: Millis, sequence: UInt64) -> Bool {
        guard let row = randomRow(store.applications.count, where: { ["Active", "Lead"].contains(store.applications[$0].status) }) else { return false }
        let application = store.applications[row]
        let stages = store.plans[store.jobs[application.jobRow].planRow].stageRows
        let order = store.stages[application.stageRow].order
        let next = order == 6 ? (churnRandom.chance(0.3) ? 7 : nil) : order + 1
        guard let next, next < stages.count, store.stages[stages[next]].type != .archived else { return false }
        moveApplication(row, to: stages[next], reasonRow: nil, actorRow: recruiterRow(forJob: application.jobRow), now: now, sequence: sequence)
        return true
    }

    private func churnArchive(now: Millis, sequence: UInt64) -> Bool {
        guard let row = randomRow(store.applications.count, where: { ["Active", "Lead"].contains(store.applications[$0].status) }) else { return false }
        let application = store.applications[row]
        let stages = store.plans[store.jobs[application.jobRow].planRow].stageRows
        guard let archived = stages.first(where: { store.stages[$0].type == .archived }) else { return false }
        let reasons = store.archiveReasons.rows.indices.filter { !store.archiveReasons[$0].isArchived }
        moveApplication(row, to: archived, reasonRow: churnRandom.pick(reasons), actorRow: recruiterRow(forJob: application.jobRow), now: now, sequence: sequence)
        return true
    }

    private func churnNewCandidate(now: Millis, sequence: UInt64) -> Bool {
        let openJobs = store.jobs.rows.indices.filter { store.jobs[$0].status == "Open" }
        guard !openJobs.isEmpty else { return false }
        let first = churnRandom.pick(Vocabulary.firstNames), last = churnRandom.pick(Vocabulary.lastNames)
        let candidateRow = store.candidates.count
        let email = "\(TenantGenerator.slug(first)).\(TenantGenerator.slug(last)).\(candidateRow)@example.com"
        let sourceRow = churnRandom.pick(store.sources.rows.indices.filter { !store.sources[$0].isArchived })
        let jobRow = churnRandom.pick(openJobs)
        let stages = store.plans[store.jobs[jobRow].planRow].stageRows
        let stageRow = stages[churnRandom.chance(0.2) ? 0 : 1]
        let applicationRow = store.applications.count
        let application = ApplicationRecord(
            id: store.ids.uuid(), candidateRow: candidateRow, jobRow: jobRow, stageRow: stageRow, status: store.stages[stageRow].type.applicationStatus,
            sourceRow: sourceRow, archiveReasonRow: nil, archivedAt: nil, creditedToUserRow: nil, postingRow: store.jobs[jobRow].postingRows.first,
            createdAt: now, updatedAt: now,
            history: [ApplicationHistoryEntry(id: store.ids.uuid(), stageRow: stageRow, enteredAt: now, leftAt: nil, actorRow: nil)], customFields: [])
        let candidate = CandidateRecord(
            id: store.ids.uuid(), name: hostile.apply("\(first) \(last)"), emails: [ContactInfo(value: email, type: "Personal", isPrimary: true)],
            phones: [], socialLinks: [], tagRows: [], position: churnRandom.pick(Vocabulary.positions), company: churnRandom.pick(Vocabulary.companies),
            school: nil, applicationRows: [applicationRow], sourceRow: sourceRow, creditedToUserRow: nil, timezone: nil, locationRow: nil,
            customFields: [], fraudStatus: nil, createdAt: now, updatedAt: now)
        store.candidates.insert(candidate, sequence: sequence, logged: true)
        store.notesByCandidate.append([])
        store.candidatesByEmail[email.lowercased(), default: []].append(candidateRow)
        store.applications.insert(application, sequence: sequence, logged: true)
        store.applicationsByJob[jobRow].append(applicationRow)
        store.schedulesByApplication.append([])
        store.feedbackByApplication.append([])
        store.offersByApplication.append([])
        return true
    }

    private func churnNote(now: Millis, sequence: UInt64) {
        let candidateRow = churnRandom.below(store.candidates.count)
        let authors = store.users.rows.indices.filter { [.recruiter, .coordinator, .hiringManager].contains(store.users[$0].function) }
        _ = addNote(candidateRow: candidateRow, content: hostile.apply(churnRandom.pick(Vocabulary.noteSentences)), isPrivate: false,
                    authorRow: churnRandom.pick(authors), createdAt: now, sequence: sequence)
    }

    private func churnFeedback(now: Millis, sequence: UInt64) -> Bool {
        guard let eventRow = randomRow(store.events.count, tries: 24, where: { row in
            let event = store.events[row]
            return event.end < now && event.interviewers.contains { interviewer in
                interviewer.isFeedbackRequired && !event.feedbackRows.contains { store.feedback[$0].userRow == interviewer.userRow }
            }
        }) else { return false }
        let event = store.events[eventRow]
        guard let interviewer = event.interviewers.first(where: { interviewer in
            interviewer.isFeedbackRequired && !event.feedbackRows.contains { store.feedback[$0].userRow == interviewer.userRow }
        }) else { return false }
        let formRow = store.interviews[event.interviewRow].formRow
        var values: [String: JSONValue] = [:]
        let leaning = churnRandom.below(4)
        for field in store.feedbackForms[formRow].sections.flatMap(\.fields) {
            switch field.type {
            case "ValueSelect": values[field.path] = .string(field.selectableValues[min(leaning, field.selectableValues.count - 1)].value)
            case "Score": values[field.path] = .object(["score": .number(Double(4 - leaning))])
            case "LongText": values[field.path] = .string(hostile.apply(churnRandom.pick(Vocabulary.feedbackSentences)))
            default: break
            }
        }
        _ = recordFeedback(applicationRow: store.schedules[event.scheduleRow].applicationRow, formRow: formRow, userRow: interviewer.userRow,
                           eventRow: eventRow, values: values, now: now, sequence: sequence)
        return true
    }

    private func churnReschedule(now: Millis, sequence: UInt64) -> Bool {
        guard let eventRow = randomRow(store.events.count, tries: 24, where: { store.events[$0].start > now }) else { return false }
        let shift = churnRandom.chance(0.5) ? TenantTime.hour : TenantTime.day
        store.events[eventRow].start += shift
        store.events[eventRow].end += shift
        store.events[eventRow].updatedAt = now
        store.events.touch(eventRow, sequence: sequence)
        let scheduleRow = store.events[eventRow].scheduleRow
        store.schedules[scheduleRow].updatedAt = now
        store.schedules.touch(scheduleRow, sequence: sequence)
        return true
    }

    private func churnOfferApproval(now: Millis, sequence: UInt64) -> Bool {
        let waiting = store.offers.rows.indices.filter { store.offers[$0].offerStatus == "WaitingOnOfferApproval" && store.offers[$0].latest.approvalRow != nil }
        guard !waiting.isEmpty else { return false }
        let offerRow = churnRandom.pick(waiting)
        let approvalRow = store.offers[offerRow].latest.approvalRow!
        guard let stepIndex = store.approvals[approvalRow].currentStepIndex,
              let approverIndex = store.approvals[approvalRow].steps[stepIndex].approvers.firstIndex(where: { $0.decision == "pending" }) else { return false }
        approveStep(offerRow: offerRow, approvalRow: approvalRow, stepIndex: stepIndex, approverIndex: approverIndex, now: now, sequence: sequence)
        return true
    }

    private func churnCandidateEdit(now: Millis, sequence: UInt64) -> Bool {
        let row = churnRandom.below(store.candidates.count)
        switch churnRandom.below(3) {
        case 0:
            store.candidates[row].position = hostile.apply(churnRandom.pick(Vocabulary.positions))
            store.candidates[row].company = churnRandom.pick(Vocabulary.companies)
        case 1:
            let phone = ContactInfo(value: "+44 20 7946 \(String(1000 + churnRandom.below(9000)))", type: "Work", isPrimary: store.candidates[row].phones.isEmpty)
            store.candidates[row].phones.append(phone)
            // Applications embed the primary phone: they change only if this one became primary.
            for applicationRow in phone.isPrimary ? store.candidates[row].applicationRows : [] { store.applications.touch(applicationRow, sequence: sequence) }
        default:
            let tags = store.tags.rows.indices.filter { !store.tags[$0].isArchived && !store.candidates[row].tagRows.contains($0) }
            guard !tags.isEmpty else { return false }
            store.candidates[row].tagRows.append(churnRandom.pick(tags))
        }
        store.candidates[row].updatedAt = now
        store.candidates.touch(row, sequence: sequence)
        return true
    }
}
