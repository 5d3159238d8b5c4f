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
        calendar = indexes.calendar
        feedbackIndex = indexes.feedback
        calendar.countFutureEvents(after: now.timeIntervalSince1970)
        for offer in snapshot.offers.values { offerIndex.insert(offer) }
        for approval in snapshot.approvals.values { approvalIndex.insert(approval) }
        var stagesByPlan: [String: [InterviewStage]] = [:]
        for stage in snapshot.interviewStages.values { stagesByPlan[stage.interviewPlanId, default: []].append(stage) }
        for (planId, stages) in stagesByPlan {
            stageIdsByPlan[planId] = stages.sorted {
                $0.orderInInterviewPlan != $1.orderInInterviewPlan ? $0.orderInInterviewPlan < $1.orderInInterviewPlan : $0.id < $1.id
            }.map(\.id)
        }
        deriveEverything()
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

    /// The derived facts of a freshly filed store, without per-item change bookkeeping: only
    /// events that ended before the overdue horizon can owe feedback, and flags are set
    /// straight from their three sources. Double-bookings wait for their first reader.
    private func deriveEverything() {
        let now = clock.timeIntervalSince1970
        let horizon = now - overdueAfterHours * 3600
        // Every event is visited straight from the events table: walking `byEnd` would hash
        // each id again to find its event. Only the ones ended before the horizon can owe.
        overdueByEvent.reserveCapacity(calendar.events.count / 2)
        overdueCountByApplication.reserveCapacity(calendar.events.count / 2)
        for (eventId, filed) in calendar.events where filed.isLive {
            guard InterviewIndex.orderable(filed.record.endTime) <= horizon + 1 else { continue }
            let seats = FeedbackOverdue.seats(of: filed.record, applicationId: filed.applicationId, feedback: feedbackIndex,
                                              now: now, afterHours: overdueAfterHours)
            guard !seats.isEmpty else { continue }
            overdueByEvent[eventId] = seats
            overdueCountByApplication[filed.applicationId, default: 0] += seats.count
        }
        flagsByApplication.reserveCapacity(calendar.futureCountByApplication.count + overdueCountByApplication.count + records.offers.count)
        doubleBookingsComputed = false
        for applicationId in calendar.futureCountByApplication.keys { flagsByApplication[applicationId, default: []].insert(.interviewScheduled) }
        for applicationId in overdueCountByApplication.keys { flagsByApplication[applicationId, default: []].insert(.feedbackMissing) }
        for offer in records.offers.values where offer.isOut { flagsByApplication[offer.applicationId, default: []].insert(.offerOut) }
    }
}

/// The big indexes of a store, built in bulk from its records, off the UI thread if need be.
struct PrebuiltIndexes: Sendable {
    var pipeline: PipelineIndex
    var calendar: InterviewIndex
    var feedback: FeedbackIndex

    init(pipeline: PipelineIndex, calendar: InterviewIndex, feedback: FeedbackIndex) {
        self.pipeline = pipeline
        self.calendar = calendar
        self.feedback = feedback
    }

    /// Builds all three from the records. (Two threads were tried: retaining the same shared
    /// strings from both cost more than they saved.)
    init(building snapshot: StoreSnapshot) {
        self.init(pipeline: PipelineIndex(bulk: snapshot.applications),
                  calendar: InterviewIndex(bulk: snapshot.interviewSchedules.values),
                  feedback: FeedbackIndex(bulk: snapshot.feedback.values))
    }
}
