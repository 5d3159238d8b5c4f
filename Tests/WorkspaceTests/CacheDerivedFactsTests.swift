import AshbyAPI
import Foundation
import XCTest
@testable import Workspace

/// A cache start derives overdue feedback and card flags from facts gathered while the file is
/// decoded: they must be what the store's own records say, including an event id filed twice
/// (it keeps its first home in the order the schedules are walked).
final class CacheDerivedFactsTests: XCTestCase {
    private typealias F = StoreFixture
    private let hour = 3600.0

    func testAnEventIdInTwoSchedulesCountsOnlyInItsFirstHome() throws {
        let directory = try CacheFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = SnapshotCache(directory: directory, tenant: CacheTenant(baseURL: "https://api.ashbyhq.com", fingerprint: "facts"))
        var snapshot = StoreSnapshot()
        for (index, status) in [InterviewScheduleStatus.cancelled, .scheduled, .scheduled, .cancelled].enumerated() {
            let id = "s\(index)"
            // Every schedule holds the shared event "dup" (ended 30 hours ago, feedback missing)
            // and one of its own, in the future.
            snapshot.interviewSchedules[id] = F.schedule(id, application: "a\(index)", status: status, events: [
                F.event("dup", schedule: id, start: -31 * hour, end: -30 * hour, interviewers: [("u1", true)]),
                F.event("own-\(index)", schedule: id, start: 5 * hour, end: 6 * hour, interviewers: [("u2", true)]),
            ])
        }
        snapshot.feedback["f1"] = F.feedback("f1", application: "a1", user: "u2", event: "own-1")
        try cache.save(snapshot: snapshot, tokens: [:])
        let store = try cache.load().get().makeStore(now: F.date(0))

        let walked = store.snapshot.interviewSchedules.values.map { $0 }
        let home = try XCTUnwrap(walked.first { $0.events.contains { $0.id == "dup" } })
        let expectedOverdue: [FeedbackOverdue] = home.status == .cancelled ? [] : [
            FeedbackOverdue(eventId: "dup", applicationId: home.applicationId, interviewId: "interview-1", interviewerUserId: "u1",
                            endTime: F.time(-30 * hour), dueAt: F.time(-6 * hour)),
        ]
        XCTAssertEqual(store.overdueFeedback, expectedOverdue)
        for schedule in walked {
            var expected: ApplicationFlags = schedule.status == .cancelled ? [] : [.interviewScheduled]
            if schedule.id == home.id, schedule.status != .cancelled { expected.insert(.feedbackMissing) }
            XCTAssertEqual(store.flags(ofApplication: schedule.applicationId), expected, schedule.id)
        }
    }
}
