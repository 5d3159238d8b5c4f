import AshbyAPI
import Foundation

extension EntityStore {
    /// Moves the clock to `now` and re-derives only what time passing changed: events whose
    /// overdue moment (end + `overdueAfterHours`) or start lies between the old and the new
    /// clock, found by binary search in the end and start orders. Works backwards too.
    @discardableResult
    public func advanceClock(to now: Date) -> StoreChanges {
        var changes = StoreChanges()
        var pending = PendingDerivations()
        rederive(now: now, &pending, &changes)
        return changes
    }

    /// Collects what moving the clock touches, sets it, then re-derives everything pending.
    func rederive(now: Date, _ pending: inout PendingDerivations, _ changes: inout StoreChanges) {
        let old = clock.timeIntervalSince1970
        let new = now.timeIntervalSince1970
        if old != new {
            // One second of slack on each side: re-deriving an untouched event is harmless,
            // missing one because of rounding is not.
            let low = min(old, new) - 1
            let high = max(old, new) + 1
            let afterSeconds = overdueAfterHours * 3600
            pending.events.formUnion(calendar.byEnd.ids(keysIn: (low - afterSeconds)...(high - afterSeconds)))
            pending.applications.formUnion(calendar.moveClock(from: old, to: new))
            clock = now
        }
        for eventId in pending.events { rederiveOverdue(eventId: eventId, &pending, &changes) }
        for userId in pending.interviewers { rederiveDoubleBookings(userId: userId, &changes) }
        for applicationId in pending.applications { rederiveFlags(applicationId: applicationId, &changes) }
    }

    /// Re-derives every overdue fact (after `overdueAfterHours` changes, or a bulk load).
    func rederiveAllOverdue() -> StoreChanges {
        var changes = StoreChanges()
        var pending = PendingDerivations()
        pending.events = Set(calendar.events.keys).union(overdueByEvent.keys)
        for eventId in pending.events { rederiveOverdue(eventId: eventId, &pending, &changes) }
        for applicationId in pending.applications { rederiveFlags(applicationId: applicationId, &changes) }
        return changes
    }

    func rederiveOverdue(eventId: String, _ pending: inout PendingDerivations, _ changes: inout StoreChanges) {
        let old = overdueByEvent[eventId] ?? []
        var new: [FeedbackOverdue] = []
        if let filed = calendar.events[eventId], filed.isLive {
            new = FeedbackOverdue.seats(of: filed.record, applicationId: filed.applicationId, feedback: feedbackIndex,
                                        now: clock.timeIntervalSince1970, afterHours: overdueAfterHours)
        }
        guard old != new else { return }
        noteOverdue(eventId: eventId, old: old, new: new, &pending, &changes)
    }

    private func noteOverdue(eventId: String, old: [FeedbackOverdue], new: [FeedbackOverdue],
                             _ pending: inout PendingDerivations, _ changes: inout StoreChanges) {
        overdueByEvent[eventId] = new.isEmpty ? nil : new
        for seat in old {
            let count = (overdueCountByApplication[seat.applicationId] ?? 1) - 1
            overdueCountByApplication[seat.applicationId] = count > 0 ? count : nil
            pending.applications.insert(seat.applicationId)
        }
        for seat in new {
            overdueCountByApplication[seat.applicationId, default: 0] += 1
            pending.applications.insert(seat.applicationId)
        }
        sortedOverdue = nil
        changes.overdueFeedbackChanged = true
    }

    func rederiveDoubleBookings(userId: String, _ changes: inout StoreChanges) {
        // Not computed yet (after a bulk load): the first read computes them all, current.
        guard doubleBookingsComputed else { return }
        let new = DoubleBooking.find(interviewerUserId: userId, column: calendar.byInterviewer[userId]?.entries ?? [])
        let old = bookingsByInterviewer[userId] ?? []
        guard old != new else { return }
        for booking in old {
            for eventId in [booking.firstEventId, booking.secondEventId] {
                let count = (doubleBookingCountByEvent[eventId] ?? 1) - 1
                doubleBookingCountByEvent[eventId] = count > 0 ? count : nil
            }
        }
        for booking in new {
            doubleBookingCountByEvent[booking.firstEventId, default: 0] += 1
            doubleBookingCountByEvent[booking.secondEventId, default: 0] += 1
        }
        bookingsByInterviewer[userId] = new.isEmpty ? nil : new
        changes.doubleBookingsChanged.insert(userId)
    }

    func rederiveFlags(applicationId: String, _ changes: inout StoreChanges) {
        var flags: ApplicationFlags = []
        if calendar.futureCountByApplication[applicationId] != nil { flags.insert(.interviewScheduled) }
        if overdueCountByApplication[applicationId] != nil { flags.insert(.feedbackMissing) }
        if (offerIndex.idsByApplication[applicationId] ?? []).contains(where: { records.offers[$0]?.isOut == true }) {
            flags.insert(.offerOut)
        }
        let old = flagsByApplication[applicationId] ?? []
        guard old != flags else { return }
        flagsByApplication[applicationId] = flags.isEmpty ? nil : flags
        changes.flagsChanged.insert(applicationId)
    }
}
