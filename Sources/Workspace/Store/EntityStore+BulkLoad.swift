import AshbyAPI
import Foundation

extension EntityStore {
    /// A store holding `snapshot` (a loaded cache), with every index built once by grouping and
    /// sorting rather than by n inserts, and every derived fact computed at `now` in one pass.
    /// Indexes only some panes read are built on their first use.
    public convenience init(snapshot: StoreSnapshot, now: Date, overdueAfterHours: Double = 24, actingUserId: String? = nil) {
        self.init(snapshot: snapshot, prebuilt: nil, now: now, overdueAfterHours: overdueAfterHours, actingUserId: actingUserId)
    }

    /// With indexes already built from exactly these records (by the cache decoder), or nil to
    /// build them here.
    convenience init(snapshot: StoreSnapshot, prebuilt: PrebuiltIndexes?, now: Date, overdueAfterHours: Double,
                     actingUserId: String?) {
        self.init(overdueAfterHours: overdueAfterHours, actingUserId: actingUserId)
        records = snapshot
        clock = now
        let indexes = prebuilt ?? PrebuiltIndexes(building: snapshot)
        pipeline = indexes.pipeline
        feedbackIndex = indexes.feedback
        builtCalendar = nil
        for offer in snapshot.offers.values { offerIndex.insert(offer) }
        for approval in snapshot.approvals.values { approvalIndex.insert(approval) }
        var stagesByPlan: [String: [InterviewStage]] = [:]
        for stage in snapshot.interviewStages.values { stagesByPlan[stage.interviewPlanId, default: []].append(stage) }
        for (planId, stages) in stagesByPlan {
            stageIdsByPlan[planId] = stages.sorted {
                $0.orderInInterviewPlan != $1.orderInInterviewPlan ? $0.orderInInterviewPlan < $1.orderInInterviewPlan : $0.id < $1.id
            }.map(\.id)
        }
        deriveEverything(from: indexes.events)
    }

    /// Every interviewer's double-bookings, on their first read after a bulk load: each
    /// interviewer's events are already in start order, so it is one sweep each.
    func computeDoubleBookingsIfNeeded() {
        guard !doubleBookingsComputed else { return }
        doubleBookingsComputed = true
        doubleBookingCountByEvent.reserveCapacity(calendar.events.count / 4)
        for (userId, column) in calendar.byInterviewer {
            let bookings = DoubleBooking.find(interviewerUserId: userId, column: column.entries)
            guard !bookings.isEmpty else { continue }
            bookingsByInterviewer[userId] = bookings
            for booking in bookings {
                doubleBookingCountByEvent[booking.firstEventId, default: 0] += 1
                doubleBookingCountByEvent[booking.secondEventId, default: 0] += 1
            }
        }
    }

    /// The derived facts of a freshly loaded store, without per-item change bookkeeping and
    /// without filing the events: one walk over the gathered event facts (see `BulkEventFacts`),
    /// counting future live events and the overdue seats of events ended before the horizon.
    /// Flags are set straight from their three sources. Double-bookings wait for their first reader.
    private func deriveEverything(from facts: BulkEventFacts) {
        let now = clock.timeIntervalSince1970
        let horizon = now - overdueAfterHours * 3600
        var futureCounts: [String: Int] = [:]
        futureCounts.reserveCapacity(records.interviewSchedules.count / 2)
        overdueByEvent.reserveCapacity(facts.eventCount / 2)
        overdueCountByApplication.reserveCapacity(records.interviewSchedules.count / 2)
        let schedules = records.interviewSchedules.values
        // One copy of each entry (one retain): reading its fields in place made a copy per field.
        for entry in facts.entries {
            if entry.start > now { futureCounts[entry.applicationId, default: 0] += 1 }
            guard entry.lacksFeedback, entry.end <= horizon + 1 else { continue }
            let event = schedules[entry.schedule].events[entry.position]
            let seats = FeedbackOverdue.seats(of: event, applicationId: entry.applicationId, feedback: feedbackIndex, now: now,
                                              afterHours: overdueAfterHours)
            guard !seats.isEmpty else { continue }
            overdueByEvent[event.id] = seats
            overdueCountByApplication[entry.applicationId, default: 0] += seats.count
        }
        bulkFutureCounts = futureCounts
        flagsByApplication.reserveCapacity(futureCounts.count + overdueCountByApplication.count + records.offers.count)
        doubleBookingsComputed = false
        for applicationId in futureCounts.keys { flagsByApplication[applicationId, default: []].insert(.interviewScheduled) }
        for applicationId in overdueCountByApplication.keys { flagsByApplication[applicationId, default: []].insert(.feedbackMissing) }
        for offer in records.offers.values where offer.isOut { flagsByApplication[offer.applicationId, default: []].insert(.offerOut) }
    }
}

/// The indexes a store needs from its first frame, built in bulk from its records, off the UI
/// thread if need be. (The interview index waits for its first use: see `EntityStore.calendar`.)
struct PrebuiltIndexes: Sendable {
    var pipeline: PipelineIndex
    var feedback: FeedbackIndex
    /// Gathered from the same schedules dictionary the store will hold.
    var events: BulkEventFacts

    init(pipeline: PipelineIndex, feedback: FeedbackIndex, events: BulkEventFacts) {
        self.pipeline = pipeline
        self.feedback = feedback
        self.events = events
    }

    /// Builds all from the records, on this thread.
    init(building snapshot: StoreSnapshot) {
        let feedback = FeedbackIndex(bulk: snapshot.feedback.values)
        self.init(pipeline: PipelineIndex(bulk: snapshot.applications), feedback: feedback,
                  events: BulkEventFacts(schedules: snapshot.interviewSchedules, feedback: feedback))
    }
}
