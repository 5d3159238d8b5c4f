import AshbyAPI
import Foundation

/// What a change touched, to re-derive only that.
struct PendingDerivations {
    var events: Set<String> = []
    var interviewers: Set<String> = []
    var applications: Set<String> = []
}

extension EntityStore {
    /// Merges a delta: upserts whole records by id, then applies `removals`, then sweeps each
    /// resource of `completedFullPasses` down to the ids its pass returned; then re-derives the
    /// facts the change touched at `now`. Costs O(k log n) for k changed records (a sweep also
    /// reads the resource's ids once).
    ///
    /// Applications keep `stageEnteredAt` current: a changed `stageId` sets it to the new
    /// record's `updatedAt` (the move time) unless the record brings its own (a rollback
    /// restores the original); an unchanged stage keeps the old value when the new record has none.
    @discardableResult
    public func apply(_ delta: StoreDelta, now: Date) -> StoreChanges {
        var changes = StoreChanges()
        var pending = PendingDerivations()
        let awaitingBefore = actingUserId.map { approvalIndex.idsAwaitingUser[$0] ?? [] }

        upsert(delta.users, into: \StoreSnapshot.users, as: .users, &changes)
        upsert(delta.departments, into: \StoreSnapshot.departments, as: .departments, &changes)
        upsert(delta.locations, into: \StoreSnapshot.locations, as: .locations, &changes)
        upsert(delta.jobs, into: \StoreSnapshot.jobs, as: .jobs, &changes)
        upsert(delta.openings, into: \StoreSnapshot.openings, as: .openings, &changes)
        upsert(delta.jobPostings, into: \StoreSnapshot.jobPostings, as: .jobPostings, &changes)
        upsert(delta.interviewPlans, into: \StoreSnapshot.interviewPlans, as: .interviewPlans, &changes)
        for (planId, stages) in delta.interviewStagesByPlan.sorted(by: { $0.key < $1.key }) {
            replaceStages(ofPlan: planId, with: stages, &changes)
        }
        upsert(delta.archiveReasons, into: \StoreSnapshot.archiveReasons, as: .archiveReasons, &changes)
        upsert(delta.sources, into: \StoreSnapshot.sources, as: .sources, &changes)
        upsert(delta.customFields, into: \StoreSnapshot.customFields, as: .customFields, &changes)
        for role in delta.hiringTeamRoles {
            let key = Self.key(of: role)
            let old = records.hiringTeamRoles.updateValue(role, forKey: key)
            if old == nil { changes[.hiringTeamRoles].noteInserted(key) } else if old != role { changes[.hiringTeamRoles].noteUpdated(key) }
        }
        upsert(delta.interviews, into: \StoreSnapshot.interviews, as: .interviews, &changes)
        upsert(delta.feedbackFormDefinitions, into: \StoreSnapshot.feedbackFormDefinitions, as: .feedbackFormDefinitions, &changes)
        records.feedbackForms.merge(delta.feedbackForms) { _, new in new }

        if !delta.applications.isEmpty {
            // One change log for the batch: noting into `changes` would look the resource up per record.
            var log = changes[.applications]
            for application in delta.applications { upsertApplication(application, &log, &changes.movedApplications) }
            changes[.applications] = log
        }
        for schedule in delta.interviewSchedules { upsertSchedule(schedule, &changes, &pending) }
        for record in delta.feedback { upsertFeedback(record, &changes, &pending) }
        for offer in delta.offers { upsertOffer(offer, &changes, &pending) }
        for approval in delta.approvals { upsertApproval(approval, &changes) }

        for (resource, ids) in delta.removals.sorted(by: { $0.key < $1.key }) {
            for id in ids.sorted() { remove(id, of: resource, &changes, &pending) }
        }
        for (resource, kept) in delta.completedFullPasses.sorted(by: { $0.key < $1.key }) {
            for id in records.ids(of: resource) where !kept.contains(id) { remove(id, of: resource, &changes, &pending) }
        }

        rederive(now: now, &pending, &changes)
        if let actingUserId, approvalIndex.idsAwaitingUser[actingUserId] ?? [] != awaitingBefore {
            changes.awaitingMyApprovalChanged = true
        }
        return changes
    }

    /// Sets an application's `stageEnteredAt` exactly (from its history); nothing changes when the
    /// store has no such application.
    @discardableResult
    public func recordStageEntry(applicationId: String, at time: Timestamp) -> StoreChanges {
        var changes = StoreChanges()
        guard let old = records.applications[applicationId], old.stageEnteredAt != time else { return changes }
        var record = old
        record.stageEnteredAt = time
        // The pipeline first: sorting a column still gathered reads the records as they were.
        pipeline.update(from: old, to: record, records: records.applications)
        records.applications[applicationId] = record
        changes[.applications].noteUpdated(applicationId)
        return changes
    }

    // MARK: Upserts

    private func upsert<Record: Identifiable & Equatable>(
        _ items: [Record], into path: WritableKeyPath<StoreSnapshot, [String: Record]>, as resource: SyncedResource,
        _ changes: inout StoreChanges
    ) where Record.ID == String {
        guard !items.isEmpty else { return }
        var log = changes[resource]
        for item in items {
            let old = records[keyPath: path].updateValue(item, forKey: item.id)
            if old == nil { log.noteInserted(item.id) } else if old != item { log.noteUpdated(item.id) }
        }
        changes[resource] = log
    }

    private func replaceStages(ofPlan planId: String, with stages: [InterviewStage], _ changes: inout StoreChanges) {
        let incoming = Set(stages.map(\.id))
        for id in stageIdsByPlan[planId] ?? [] where !incoming.contains(id) {
            removeStage(id, &changes)
        }
        for stage in stages {
            let old = records.interviewStages.updateValue(stage, forKey: stage.id)
            if let old, old.interviewPlanId != stage.interviewPlanId { reorderStages(ofPlan: old.interviewPlanId) }
            if old == nil { changes[.interviewStages].noteInserted(stage.id) } else if old != stage { changes[.interviewStages].noteUpdated(stage.id) }
        }
        reorderStages(ofPlan: planId)
        for planOfStage in Set(stages.map(\.interviewPlanId)) where planOfStage != planId { reorderStages(ofPlan: planOfStage) }
    }

    /// Re-reads a plan's stage list from the stored stages (a plan has a handful).
    func reorderStages(ofPlan planId: String) {
        let ids = records.interviewStages.values.lazy.filter { $0.interviewPlanId == planId }
            .sorted { $0.orderInInterviewPlan != $1.orderInInterviewPlan ? $0.orderInInterviewPlan < $1.orderInInterviewPlan : $0.id < $1.id }
            .map(\.id)
        stageIdsByPlan[planId] = ids.isEmpty ? nil : ids
    }

    private func removeStage(_ id: String, _ changes: inout StoreChanges) {
        guard let old = records.interviewStages.removeValue(forKey: id) else { return }
        stageIdsByPlan[old.interviewPlanId]?.removeAll { $0 == id }
        if stageIdsByPlan[old.interviewPlanId]?.isEmpty == true { stageIdsByPlan[old.interviewPlanId] = nil }
        changes[.interviewStages].noteRemoved(id)
    }

    private func upsertApplication(_ incoming: ApplicationRecord, _ log: inout ResourceChanges, _ moves: inout [ApplicationMove]) {
        var record = incoming
        // One hash of the id: the slot found is where the new version goes.
        guard let slot = records.applications.index(forKey: record.id) else {
            pipeline.insert(record, records: records.applications)
            records.applications[record.id] = record
            candidateIndex?.insert(record.id, under: record.candidateId)
            log.noteInserted(record.id)
            return
        }
        let old = records.applications.values[slot]
        if old.stageId != record.stageId {
            // A record that knows its entry time (a rollback, an optimistic move) keeps it.
            record.stageEnteredAt = record.stageEnteredAt ?? record.updatedAt
            moves.append(ApplicationMove(applicationId: record.id, fromStageId: old.stageId, toStageId: record.stageId))
        } else if record.stageEnteredAt == nil {
            record.stageEnteredAt = old.stageEnteredAt
        }
        guard record != old else { return }
        pipeline.update(from: old, to: record, records: records.applications)
        records.applications.values[slot] = record
        if old.candidateId != record.candidateId {
            candidateIndex?.remove(old.id, under: old.candidateId)
            candidateIndex?.insert(record.id, under: record.candidateId)
        }
        log.noteUpdated(record.id)
    }

    private func upsertSchedule(_ schedule: InterviewScheduleRecord, _ changes: inout StoreChanges, _ pending: inout PendingDerivations) {
        let old = records.interviewSchedules[schedule.id]
        guard old != schedule else { return }
        // A lazily built calendar must be filed from the schedules as they were.
        buildCalendarIfNeeded()
        if let old {
            calendar.remove(old, clock: clock.timeIntervalSince1970)
            scheduleIndex?.remove(old.id, under: old.applicationId)
            touch(old, &pending)
        }
        records.interviewSchedules[schedule.id] = schedule
        calendar.insert(schedule, clock: clock.timeIntervalSince1970)
        scheduleIndex?.insert(schedule.id, under: schedule.applicationId)
        touch(schedule, &pending)
        if old == nil { changes[.interviewSchedules].noteInserted(schedule.id) } else { changes[.interviewSchedules].noteUpdated(schedule.id) }
    }

    private func touch(_ schedule: InterviewScheduleRecord, _ pending: inout PendingDerivations) {
        pending.applications.insert(schedule.applicationId)
        for event in schedule.events {
            pending.events.insert(event.id)
            for seat in event.interviewers { pending.interviewers.insert(seat.userId) }
        }
    }

    private func upsertFeedback(_ record: FeedbackRecord, _ changes: inout StoreChanges, _ pending: inout PendingDerivations) {
        let old = records.feedback[record.id]
        guard old != record else { return }
        if let old {
            feedbackIndex.remove(old)
            feedbackIndexByApplication?.remove(old.id, under: old.applicationId)
            if let eventId = old.interviewEventId { pending.events.insert(eventId) }
        }
        records.feedback[record.id] = record
        feedbackIndex.insert(record)
        feedbackIndexByApplication?.insert(record.id, under: record.applicationId)
        if let eventId = record.interviewEventId { pending.events.insert(eventId) }
        if old == nil { changes[.applicationFeedback].noteInserted(record.id) } else { changes[.applicationFeedback].noteUpdated(record.id) }
    }

    private func upsertOffer(_ offer: Offer, _ changes: inout StoreChanges, _ pending: inout PendingDerivations) {
        let old = records.offers[offer.id]
        guard old != offer else { return }
        if let old {
            offerIndex.remove(old)
            pending.applications.insert(old.applicationId)
        }
        records.offers[offer.id] = offer
        offerIndex.insert(offer)
        pending.applications.insert(offer.applicationId)
        if old == nil { changes[.offers].noteInserted(offer.id) } else { changes[.offers].noteUpdated(offer.id) }
    }

    private func upsertApproval(_ approval: Approval, _ changes: inout StoreChanges) {
        let old = records.approvals[approval.id]
        guard old != approval else { return }
        if let old { approvalIndex.remove(old) }
        records.approvals[approval.id] = approval
        approvalIndex.insert(approval)
        if old == nil { changes[.approvals].noteInserted(approval.id) } else { changes[.approvals].noteUpdated(approval.id) }
    }

    // MARK: Removals

    private func remove(_ id: String, of resource: SyncedResource, _ changes: inout StoreChanges, _ pending: inout PendingDerivations) {
        var removed = true
        switch resource {
        case .users: removed = records.users.removeValue(forKey: id) != nil
        case .departments: removed = records.departments.removeValue(forKey: id) != nil
        case .locations: removed = records.locations.removeValue(forKey: id) != nil
        case .jobs: removed = records.jobs.removeValue(forKey: id) != nil
        case .openings: removed = records.openings.removeValue(forKey: id) != nil
        case .jobPostings: removed = records.jobPostings.removeValue(forKey: id) != nil
        case .interviewPlans: removed = records.interviewPlans.removeValue(forKey: id) != nil
        case .interviewStages:
            removeStage(id, &changes)
            return
        case .archiveReasons: removed = records.archiveReasons.removeValue(forKey: id) != nil
        case .sources: removed = records.sources.removeValue(forKey: id) != nil
        case .customFields: removed = records.customFields.removeValue(forKey: id) != nil
        case .hiringTeamRoles: removed = records.hiringTeamRoles.removeValue(forKey: id) != nil
        case .interviews: removed = records.interviews.removeValue(forKey: id) != nil
        case .feedbackFormDefinitions: removed = records.feedbackFormDefinitions.removeValue(forKey: id) != nil
        case .applications:
            guard let old = records.applications[id] else { return }
            pipeline.remove(old, records: records.applications)
            records.applications[id] = nil
            candidateIndex?.remove(old.id, under: old.candidateId)
        case .interviewSchedules:
            guard records.interviewSchedules[id] != nil else { return }
            buildCalendarIfNeeded()
            guard let old = records.interviewSchedules.removeValue(forKey: id) else { return }
            calendar.remove(old, clock: clock.timeIntervalSince1970)
            scheduleIndex?.remove(old.id, under: old.applicationId)
            touch(old, &pending)
        case .applicationFeedback:
            guard let old = records.feedback.removeValue(forKey: id) else { return }
            feedbackIndex.remove(old)
            feedbackIndexByApplication?.remove(old.id, under: old.applicationId)
            if let eventId = old.interviewEventId { pending.events.insert(eventId) }
        case .offers:
            guard let old = records.offers.removeValue(forKey: id) else { return }
            offerIndex.remove(old)
            pending.applications.insert(old.applicationId)
        case .approvals:
            guard let old = records.approvals.removeValue(forKey: id) else { return }
            approvalIndex.remove(old)
        }
        if removed { changes[resource].noteRemoved(id) }
    }
}
