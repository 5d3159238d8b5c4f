import AshbyAPI
import XCTest
@testable import Workspace

final class ScheduleModelTests: XCTestCase {
    typealias F = ViewModelFixture
    let utc = TimeZone(identifier: "UTC")!
    /// Seconds from the fixture's now (2023-11-14 22:13:20 UTC) to that day's 00:00 UTC.
    let midnight: TimeInterval = -80_000

    private func store() -> EntityStore {
        let store = F.store(F.pipelineApplications)
        var delta = StoreDelta()
        delta.interviews = [Interview(id: "i1", title: "Technical interview", isArchived: false, isFeedbackRequired: true,
                                      isFeedbackRequested: true, feedbackFormDefinitionId: "form-1")]
        let hour: TimeInterval = 3600
        delta.interviewSchedules = [
            InterviewScheduleRecord(id: "sch1", applicationId: "a4", interviewStageId: "s-phone", status: .scheduled,
                                    events: [F.event("e1", schedule: "sch1", start: midnight + 10 * hour, minutes: 60, interviewers: ["u-ivan", "u-me"])]),
            InterviewScheduleRecord(id: "sch2", applicationId: "a5", interviewStageId: "s-phone", status: .scheduled,
                                    events: [F.event("e2", schedule: "sch2", start: midnight + 10.5 * hour, minutes: 60, interviewers: ["u-ivan"])]),
            InterviewScheduleRecord(id: "sch3", applicationId: "a6", interviewStageId: "s-phone", status: .scheduled,
                                    events: [F.event("e3", schedule: "sch3", start: midnight + 14 * hour, minutes: 45, interviewers: ["u-jo"])]),
            InterviewScheduleRecord(id: "sch4", applicationId: "a1", interviewStageId: "s-review", status: .scheduled,
                                    events: [F.event("e4", schedule: "sch4", start: midnight + 33 * hour, minutes: 30, interviewers: ["u-me"])]),
            InterviewScheduleRecord(id: "sch5", applicationId: "a3", interviewStageId: "s-review", status: .cancelled,
                                    events: [F.event("e5", schedule: "sch5", start: midnight + 15 * hour, minutes: 30, interviewers: ["u-kim"])]),
            InterviewScheduleRecord(id: "sch6", applicationId: "a2", interviewStageId: "s-review", status: .needsScheduling),
        ]
        store.apply(delta, now: F.now)
        return store
    }

    private func model(_ store: EntityStore) -> ScheduleModel {
        var model = ScheduleModel(timeZone: utc)
        model.refreshAwaiting(store: store)
        return model
    }

    private func lanes(_ screen: ScheduleScreen) -> [String] {
        screen.lanes.map { lane in "\(lane.title): " + lane.events.map { "\($0.eventId)@\($0.startMinute)-\($0.endMinute)\($0.isConflict ? "!" : "")" }
            .joined(separator: " ") }
    }

    func testDayLanesPerInterviewerWithConflictsAndNowMarker() {
        let store = store()
        let screen = model(store).screen(store: store, now: F.now)
        XCTAssertEqual(screen.windowStart, F.now.addingTimeInterval(midnight))
        XCTAssertEqual(screen.windowMinutes, 1440)
        XCTAssertEqual(screen.nowMinute, 22 * 60 + 13)
        XCTAssertEqual(lanes(screen), ["Mia Moss: e1@600-660", "Ivan Ives: e1@600-660! e2@630-690!", "Jo Jones: e3@840-885"])
        XCTAssertEqual(screen.lanes.map(\.isMine), [true, false, false])
        XCTAssertEqual(screen.conflicts, [ScheduleConflict(interviewerUserId: "u-ivan", interviewerName: "Ivan Ives",
                                                           firstEventId: "e1", secondEventId: "e2")])
        XCTAssertEqual(screen.lanes[1].events.map(\.candidateName), ["Dan Brown", "Eve Polastri"])
    }

    func testFiltersMineInterviewerAndJob() {
        let store = store()
        var model = model(store)
        _ = model.handle(.toggleMine, store: store, now: F.now)
        XCTAssertEqual(lanes(model.screen(store: store, now: F.now)), ["Mia Moss: e1@600-660"])
        XCTAssertEqual(model.screen(store: store, now: F.now).filterLabels, ["mine"])
        _ = model.handle(.clearFilters, store: store, now: F.now)
        _ = model.handle(.scheduleInterviewer("jo"), store: store, now: F.now)
        XCTAssertEqual(lanes(model.screen(store: store, now: F.now)), ["Jo Jones: e3@840-885"])
        XCTAssertEqual(model.screen(store: store, now: F.now).filterLabels, ["interviewer: Jo Jones"])
        _ = model.handle(.clearFilters, store: store, now: F.now)
        _ = model.handle(.scheduleJob("Product"), store: store, now: F.now)
        XCTAssertEqual(model.screen(store: store, now: F.now).lanes, [])
        XCTAssertEqual(model.screen(store: store, now: F.now).awaiting, [])
        guard case .picker(let picker)? = model.handle(.scheduleInterviewer(nil), store: store, now: F.now).request else {
            return XCTFail("expected an interviewer picker")
        }
        XCTAssertEqual(picker.items.map(\.title), ["Ivan Ives", "Jo Jones", "Kim Kato", "Mia Moss"])
    }

    func testLanesPerCandidate() {
        let store = store()
        var model = model(store)
        _ = model.handle(.toggleLanes, store: store, now: F.now)
        XCTAssertEqual(lanes(model.screen(store: store, now: F.now)), [
            "Dan Brown · Backend Engineer: e1@600-660!", "Eve Polastri · Backend Engineer: e2@630-690!",
            "Fay Wray · Backend Engineer: e3@840-885",
        ])
    }

    func testDayAndWeekNavigation() {
        let store = store()
        var model = model(store)
        _ = model.handle(.laterWindow, store: store, now: F.now)
        var screen = model.screen(store: store, now: F.now)
        XCTAssertNil(screen.nowMinute)
        XCTAssertEqual(lanes(screen), ["Mia Moss: e4@540-570"])
        _ = model.handle(.today, store: store, now: F.now)
        _ = model.handle(.toggleWeek, store: store, now: F.now)
        screen = model.screen(store: store, now: F.now)
        XCTAssertEqual(screen.windowMinutes, 7 * 1440)
        XCTAssertEqual(lanes(screen).first, "Mia Moss: e1@600-660 e4@1980-2010")
        _ = model.handle(.earlierWindow, store: store, now: F.now)
        XCTAssertEqual(model.screen(store: store, now: F.now).windowStart, F.now.addingTimeInterval(midnight - 7 * 86_400))
    }

    func testAwaitingScheduling() {
        let store = store()
        let screen = model(store).screen(store: store, now: F.now)
        XCTAssertEqual(screen.awaiting.map { "\($0.candidateName) · \($0.stageTitle) · \($0.reason)" }, [
            "bo chen · Application Review · Needs scheduling", "Fay Wray · Onsite · No interviews scheduled",
        ])
    }

    func testSelectingLanesAndEventsOpensTheCandidate() {
        let store = store()
        var model = model(store)
        _ = model.handle(.down, store: store, now: F.now)
        _ = model.handle(.down, store: store, now: F.now)
        XCTAssertEqual(model.selectedLaneId, "u-ivan")
        XCTAssertEqual(model.selectedEventId, "e1")
        _ = model.handle(.right, store: store, now: F.now)
        XCTAssertEqual(model.selectedEventId, "e2")
        XCTAssertEqual(model.screen(store: store, now: F.now).lanes[1].events.map(\.isSelected), [false, true])
        guard case .showCandidate(let candidateId, let applicationId)? = model.handle(.select, store: store, now: F.now).request else {
            return XCTFail("expected the candidate")
        }
        XCTAssertEqual([candidateId, applicationId], ["c-a5", "a5"])
    }
}
