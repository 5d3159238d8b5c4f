import AshbyAPI
import Foundation
import XCTest
@testable import Workspace

/// A crafted small tenant whose overdue feedback, double-bookings, card flags and approvals are
/// known by hand, then changed by a delta and by the clock.
final class StoreDerivedFactsTests: XCTestCase {
    typealias F = StoreFixture
    let hour = 3600.0

    private func crafted() -> EntityStore {
        let h = hour
        let store = EntityStore(actingUserId: "u1")
        store.apply(F.delta {
            $0.applications = [F.application("a1"), F.application("a2"), F.application("a3")]
            $0.interviewSchedules = [
                // e1 ended 30 h ago: u1 submitted, u2 owes feedback, u3 need not give any.
                F.schedule("s1", application: "a1", events: [
                    F.event("e1", schedule: "s1", start: -31 * h, end: -30 * h, interviewers: [("u1", true), ("u2", true), ("u3", false)]),
                ]),
                // e2 ended 2 h ago: due in 22 h.
                F.schedule("s2", application: "a2", events: [F.event("e2", schedule: "s2", start: -3 * h, end: -2 * h, interviewers: [("u1", true)])]),
                // Cancelled: owes nothing, books nobody.
                F.schedule("s3", application: "a3", status: .cancelled, events: [
                    F.event("e3", schedule: "s3", start: -49 * h, end: -48 * h, interviewers: [("u2", true)]),
                    F.event("e7", schedule: "s3", start: 1 * h, end: 2 * h, interviewers: [("u1", true)]),
                ]),
                // The event says feedback was submitted and no per-user record is known: counts as given.
                F.schedule("s4", application: "a2", events: [
                    F.event("e4", schedule: "s4", start: -41 * h, end: -40 * h, interviewers: [("u3", true)], submitted: true),
                ]),
                F.schedule("s5", application: "a1", events: [F.event("e5", schedule: "s5", start: 1 * h, end: 2 * h, interviewers: [("u1", true)])]),
                // e6 overlaps e5 for u1; e8 only touches e6's end.
                F.schedule("s6", application: "a2", events: [
                    F.event("e6", schedule: "s6", start: 1.5 * h, end: 2.5 * h, interviewers: [("u1", true)]),
                    F.event("e8", schedule: "s6", start: 2.5 * h, end: 3 * h, interviewers: [("u1", true)]),
                ]),
            ]
            $0.feedback = [F.feedback("f1", application: "a1", user: "u1", event: "e1")]
            $0.offers = [F.offer("o3", application: "a3"),
                         F.offer("o4", application: "a1", acceptance: .declined, status: .candidateRejected)]
            $0.approvals = [
                F.approval("ap1", entity: "o3-v1", created: 1, steps: [(true, [("u9", .approve)]), (false, [("u1", .pending), ("u2", .approve)])]),
                F.approval("ap2", entity: "o3-v1", created: 2, steps: [(false, [("u2", .pending)])]),
                F.approval("ap4", entity: "other", created: 3, steps: [(false, [("u1", .reject), ("u2", .pending)])]),
            ]
        }, now: F.date(0))
        return store
    }

    private func overdue(_ event: String, _ user: String, _ application: String, end: Double) -> FeedbackOverdue {
        FeedbackOverdue(eventId: event, applicationId: application, interviewId: "interview-1", interviewerUserId: user,
                        endTime: F.time(end), dueAt: F.time(end + 24 * hour))
    }

    func testFactsOfTheCraftedTenant() {
        let store = crafted()
        XCTAssertEqual(store.overdueFeedback, [overdue("e1", "u2", "a1", end: -30 * hour)])
        XCTAssertEqual(store.overdueFeedback(ofApplication: "a1"), [overdue("e1", "u2", "a1", end: -30 * hour)])
        XCTAssertEqual(store.overdueFeedback(ofApplication: "a2"), [])
        XCTAssertEqual(store.flags(ofApplication: "a1"), [.interviewScheduled, .feedbackMissing])
        XCTAssertEqual(store.flags(ofApplication: "a2"), [.interviewScheduled])
        XCTAssertEqual(store.flags(ofApplication: "a3"), [.offerOut])
        XCTAssertEqual(store.doubleBookings, ["u1": [DoubleBooking(interviewerUserId: "u1", firstEventId: "e5", secondEventId: "e6")]])
        XCTAssertEqual(["e5", "e6", "e7", "e8"].map(store.isDoubleBooked), [true, true, false, false])
        XCTAssertEqual(store.awaitingMyApproval.map(\.id), ["ap1"])
        XCTAssertEqual(store.approvals(awaitingUserId: "u2").map(\.id), ["ap2"], "ap4 was rejected: it awaits nobody")
        XCTAssertEqual(store.approvals(forEntityId: "o3-v1").map(\.id), ["ap1", "ap2"])
    }

    func testIndexesOfTheCraftedTenant() {
        let store = crafted()
        XCTAssertEqual(store.interviewEvents(ofInterviewer: "u1").map(\.id), ["e1", "e2", "e5", "e7", "e6", "e8"])
        let day = EntityStore.dayNumber(of: F.time(0))
        XCTAssertEqual(day, 19_675, "1_700_000_000 s is 2023-11-14T22:13:20Z")
        XCTAssertEqual(store.interviewEvents(onDay: day).map(\.id), ["e2", "e5", "e7", "e6"])
        XCTAssertEqual(store.interviewEvents(onDay: day + 1).map(\.id), ["e8"])
        XCTAssertEqual(store.interviewEvents(days: (day - 2)..<day).map(\.id), ["e3", "e4", "e1"])
        XCTAssertEqual(store.interviewSchedules(ofApplication: "a2").map(\.id), ["s2", "s4", "s6"])
        XCTAssertEqual(store.schedule(ofEvent: "e8")?.id, "s6")
        XCTAssertEqual(store.feedback(ofApplication: "a1").map(\.id), ["f1"])
        XCTAssertEqual(store.offers(ofApplication: "a1").map(\.id), ["o4"])
        XCTAssertEqual(store.offers(withStatus: .waitingOnOfferApproval).map(\.id), ["o3"])
        XCTAssertEqual(store.offer(withVersionId: "o4-v1")?.id, "o4")
    }

    func testADeltaUpdatesOnlyTheFactsItTouches() {
        let store = crafted()
        var cancelled = store.interviewSchedules["s6"]!
        cancelled.status = .cancelled
        let changes = store.apply(F.delta {
            $0.feedback = [F.feedback("f2", application: "a1", user: "u2", event: "e1")]
            $0.interviewSchedules = [cancelled]
            $0.approvals = [F.approval("ap1", entity: "o3-v1", created: 1, steps: [(true, [("u9", .approve)]), (true, [("u1", .approve), ("u2", .approve)])])]
        }, now: F.date(60))
        XCTAssertEqual(changes[.applicationFeedback], ResourceChanges(inserted: ["f2"]))
        XCTAssertEqual(changes[.interviewSchedules], ResourceChanges(updated: ["s6"]))
        XCTAssertEqual(changes[.approvals], ResourceChanges(updated: ["ap1"]))
        XCTAssertTrue(changes.overdueFeedbackChanged)
        XCTAssertEqual(changes.flagsChanged, ["a1", "a2"])
        XCTAssertEqual(changes.doubleBookingsChanged, ["u1"])
        XCTAssertTrue(changes.awaitingMyApprovalChanged)

        XCTAssertEqual(store.overdueFeedback, [])
        XCTAssertEqual(store.flags(ofApplication: "a1"), [.interviewScheduled])
        XCTAssertEqual(store.flags(ofApplication: "a2"), [])
        XCTAssertEqual(store.doubleBookings, [:])
        XCTAssertFalse(store.isDoubleBooked(eventId: "e5"))
        XCTAssertEqual(store.awaitingMyApproval, [])
    }

    func testTheClockMakesFeedbackOverdueAndInterviewsPast() {
        let store = crafted()
        let later = store.advanceClock(to: F.date(23 * hour))
        XCTAssertEqual(later.flagsChanged, ["a1", "a2"])
        XCTAssertTrue(later.overdueFeedbackChanged)
        XCTAssertEqual(store.overdueFeedback, [overdue("e1", "u2", "a1", end: -30 * hour), overdue("e2", "u1", "a2", end: -2 * hour)])
        XCTAssertEqual(store.flags(ofApplication: "a1"), [.feedbackMissing], "e5 started: nothing scheduled any more")
        XCTAssertEqual(store.flags(ofApplication: "a2"), [.feedbackMissing])
        XCTAssertEqual(store.clock, F.date(23 * hour))

        XCTAssertTrue(store.advanceClock(to: F.date(23 * hour + 1)).isEmpty, "nothing falls due in that second")

        let back = store.advanceClock(to: F.date(0))
        XCTAssertEqual(back.flagsChanged, ["a1", "a2"])
        XCTAssertEqual(store.overdueFeedback, [overdue("e1", "u2", "a1", end: -30 * hour)])
        XCTAssertEqual(store.flags(ofApplication: "a2"), [.interviewScheduled])
    }

    func testOverdueIsStrictlyMoreThanTheConfiguredHours() {
        let store = crafted()
        store.advanceClock(to: F.date(22 * hour))
        XCTAssertEqual(store.overdueFeedback.map(\.eventId), ["e1"], "exactly 24 h after e2's end is not yet overdue")
        store.advanceClock(to: F.date(22 * hour + 0.5))
        XCTAssertEqual(store.overdueFeedback.map(\.eventId), ["e1", "e2"])
    }

    func testChangingTheAllowedHoursRederivesOverdue() {
        let store = crafted()
        store.overdueAfterHours = 1
        XCTAssertEqual(store.overdueFeedback.map(\.eventId), ["e1", "e2"])
        XCTAssertEqual(store.overdueFeedback.last?.dueAt, F.time(-1 * hour))
        XCTAssertEqual(store.flags(ofApplication: "a2"), [.interviewScheduled, .feedbackMissing])
        store.overdueAfterHours = 48
        XCTAssertEqual(store.overdueFeedback, [])
        XCTAssertEqual(store.flags(ofApplication: "a1"), [.interviewScheduled])
    }

    func testChangingTheActingUserChangesMyApprovals() {
        let store = crafted()
        store.actingUserId = "u2"
        XCTAssertEqual(store.awaitingMyApproval.map(\.id), ["ap2"])
        store.actingUserId = nil
        XCTAssertEqual(store.awaitingMyApproval, [])
    }

    func testRemovingAScheduleClearsItsFacts() {
        let store = crafted()
        let changes = store.apply(F.delta { $0.removals = [.interviewSchedules: ["s1", "s5"]] }, now: F.date(0))
        XCTAssertEqual(changes[.interviewSchedules], ResourceChanges(removed: ["s1", "s5"]))
        XCTAssertEqual(store.overdueFeedback, [])
        XCTAssertEqual(store.flags(ofApplication: "a1"), [])
        XCTAssertEqual(store.doubleBookings, [:])
        XCTAssertNil(store.interviewEvent(id: "e1"))
        XCTAssertEqual(store.interviewEvents(ofInterviewer: "u1").map(\.id), ["e2", "e7", "e6", "e8"])
    }

    func testBulkLoadedStoreDerivesTheSameFacts() {
        let original = crafted()
        let loaded = EntityStore(snapshot: original.snapshot, now: F.date(0), actingUserId: "u1")
        XCTAssertEqual(loaded.overdueFeedback, original.overdueFeedback)
        XCTAssertEqual(loaded.doubleBookings, original.doubleBookings)
        XCTAssertEqual(loaded.awaitingMyApproval, original.awaitingMyApproval)
        for id in ["a1", "a2", "a3"] { XCTAssertEqual(loaded.flags(ofApplication: id), original.flags(ofApplication: id)) }
        XCTAssertEqual(loaded.interviewEvents(ofInterviewer: "u1"), original.interviewEvents(ofInterviewer: "u1"))
    }
}
