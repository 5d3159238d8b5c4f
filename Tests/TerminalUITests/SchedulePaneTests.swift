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
}
