import Foundation
import XCTest
import Workspace
@testable import TerminalUI

/// The Schedule pane drawn from the sandbox fixture: day and week, 80x24 and 160x48.
final class SchedulePaneTests: XCTestCase {
    let now = SandboxWorkspace.now

    func frame(_ model: WorkspaceModel, width: Int, height: Int) -> Canvas {
        let screen = model.schedule.screen(store: model.store, now: now)
        return ChromeTestFrame.draw(model, width: width, height: height) { area, canvas in
            SchedulePane.draw(screen, in: area, on: &canvas, timeZone: SandboxWorkspace.utc, now: now)
        }
    }

    func testDayAt80x24() throws {
        let model = try ChromeTestFrame.model(width: 80, height: 24, pane: .schedule)
        model.handle(.down, now: now)
        GoldenFile.assertCanvas(frame(model, width: 80, height: 24), matches: "Schedule-day-80x24")
    }

    func testDayAt160x48() throws {
        // Wednesday: Kenji Nakamura is double-booked.
        let model = try ChromeTestFrame.model(width: 160, height: 48, pane: .schedule)
        model.handle(.laterWindow, now: now)
        model.handle(.down, now: now)
        model.handle(.down, now: now)
        GoldenFile.assertCanvas(frame(model, width: 160, height: 48), matches: "Schedule-day-160x48")
    }

    func testWeekAt80x24() throws {
        let model = try ChromeTestFrame.model(width: 80, height: 24, pane: .schedule)
        model.handle(.toggleWeek, now: now)
        GoldenFile.assertCanvas(frame(model, width: 80, height: 24), matches: "Schedule-week-80x24")
    }

    func testWeekAt160x48() throws {
        let model = try ChromeTestFrame.model(width: 160, height: 48, pane: .schedule)
        model.handle(.toggleWeek, now: now)
        model.handle(.down, now: now)
        GoldenFile.assertCanvas(frame(model, width: 160, height: 48), matches: "Schedule-week-160x48")
    }

    func testHostileDataAt80x24And160x48() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            let model = try ChromeTestFrame.model(width: width, height: height, pane: .schedule, hostile: true)
            model.handle(.down, now: now)
            GoldenFile.assertCanvas(frame(model, width: width, height: height), matches: "Schedule-hostile-\(width)x\(height)")
        }
    }

    func testByCandidateAt160x48() throws {
        let model = try ChromeTestFrame.model(width: 160, height: 48, pane: .schedule)
        model.handle(.toggleLanes, now: now)
        GoldenFile.assertCanvas(frame(model, width: 160, height: 48), matches: "Schedule-candidates-160x48")
    }

    func testNowMarkerSitsAtItsMinuteOnTheAxisAndThroughTheLanes() throws {
        let model = try ChromeTestFrame.model(width: 80, height: 24, pane: .schedule)
        let canvas = frame(model, width: 80, height: 24)
        // 08:00–19:00 over the 63 cells right of the 16-cell titles and their rule: 14:30 is cell 17 + 37.
        XCTAssertEqual(canvas[54, 2], Cell("▼", style: .nowMarker))
        XCTAssertEqual(canvas[54, 3], Cell("│", style: .nowMarker))
        XCTAssertEqual(canvas[54, 6], Cell("│", style: .nowMarker))
        XCTAssertEqual(canvas[17, 2].text, "0", "the axis starts at 08")
    }

    func testBothEventsOfADoubleBookingAreMarkedAndClickable() throws {
        let model = try ChromeTestFrame.model(width: 160, height: 48, pane: .schedule)
        model.handle(.laterWindow, now: now)
        let screen = model.schedule.screen(store: model.store, now: now)
        let canvas = frame(model, width: 160, height: 48)
        let lane = try XCTUnwrap(screen.lanes.first { $0.title == "Kenji Nakamura" })
        XCTAssertEqual(lane.events.filter(\.isConflict).count, 2)
        let y = try XCTUnwrap(canvas.lines.firstIndex { $0.contains(" Kenji Nakamura ") })
        for (row, event) in zip([y, y + 1], lane.events) {
            let x = canvas.line(row).cellColumn(of: "‼" + event.candidateName.prefix(5))
            XCTAssertGreaterThan(x, 24, "row \(row): \(canvas.line(row))")
            XCTAssertEqual(canvas[x, row].style, .conflict)
            XCTAssertEqual(canvas[x + 3, row].style, .conflict)
            XCTAssertEqual(canvas.target(atX: x + 1, y: row), .scheduleEvent(event.eventId))
        }
        XCTAssertEqual(canvas.target(atX: 3, y: y), .scheduleLane(lane.id))
        XCTAssertTrue(canvas.line(1).contains("‼ 1 double-booking"))
    }

    func testAnEmptyWindowSaysSo() throws {
        let model = try ChromeTestFrame.model(width: 80, height: 24, pane: .schedule)
        for _ in 0..<60 { model.handle(.earlierWindow, now: now) }
        let canvas = frame(model, width: 80, height: 24)
        XCTAssertTrue(canvas.text.contains("No interviews on this day"), canvas.text)
    }
}
