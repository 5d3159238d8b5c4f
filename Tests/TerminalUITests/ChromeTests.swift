import Foundation
import XCTest
import Workspace
@testable import TerminalUI

/// Tab bar, status bar in every sync state, toasts.
final class ChromeTests: XCTestCase {
    let now = SandboxWorkspace.now
    let utc = SandboxWorkspace.utc

    func status(_ sync: SyncStatus, readOnly: Bool = false, job: String? = "Senior Backend Engineer") -> StatusModel {
        var status = StatusModel(tenant: "Acme Robotics", isReadOnly: readOnly, timeZone: utc)
        status.activeJob = job
        status.sync = sync
        return status
    }

    /// Every state the bar shows, by name.
    var states: [(String, StatusModel, [KeyChord])] {
        let progress = SyncProgress(resource: .applications, pages: 12, items: 5_400, resourcesDone: 12, resourcesTotal: 19)
        var outbox = status(.upToDate(asOf: now.addingTimeInterval(-40)))
        let move = OutboxAction.moveApplication(applicationId: "a1", toStageId: "s2", archiveReasonId: nil)
        outbox.record(OutboxActionState(actionId: "1", action: move, phase: .queued, summary: "Move Ada Lovelace to Onsite"))
        outbox.record(OutboxActionState(actionId: "2", action: move, phase: .sending(attempt: 1), summary: "Move Bo to Onsite"))
        outbox.record(OutboxActionState(actionId: "3", action: move, phase: .failed(reason: "the stage is not in the job's plan"),
                                        summary: "Move Chidi Anagonye to Offer"))
        return [
            ("starting", status(.starting, job: nil), []),
            ("syncing with progress", status(.syncing(progress: progress), job: nil), []),
            ("syncing", status(.syncing(progress: nil)), []),
            ("up to date, keys pending", status(.upToDate(asOf: now.addingTimeInterval(-12))), [.character("g")]),
            ("offline", status(.offline(since: now.addingTimeInterval(-300), nextRetry: now.addingTimeInterval(20), reason: "timeout")), []),
            ("permission missing", status(.permissionMissing(resources: [.offers, .approvals], asOf: now.addingTimeInterval(-90))), []),
            ("unauthorized", status(.unauthorized(message: "the API key was revoked")), []),
            ("read-only", status(.upToDate(asOf: now.addingTimeInterval(-3)), readOnly: true), []),
            ("pending and failed", outbox, []),
        ]
    }

    func drawStates(width: Int) -> Canvas {
        let active: [Pane] = [.pipeline, .candidate, .schedule, .feedback, .offers]
        var canvas = Canvas(width: width, height: states.count * 3)
        for (index, (name, model, keys)) in states.enumerated() {
            let y = index * 3
            canvas.write("── \(name)", x: 0, y: y, style: .dim)
            TabBar.draw(active: active[index % 5], hint: "? help", in: canvas.bounds.row(y + 1), on: &canvas)
            StatusBar.draw(model, pendingKeys: keys, now: now, in: canvas.bounds.row(y + 2), on: &canvas)
        }
        return canvas
    }

    func testBarsInEverySyncStateAt80Columns() {
        GoldenFile.assertCanvas(drawStates(width: 80), matches: "Chrome-states-80")
    }

    func testBarsInEverySyncStateAt160Columns() {
        GoldenFile.assertCanvas(drawStates(width: 160), matches: "Chrome-states-160")
    }

    func testTabsAreClickableAndTheActiveOneIsMarked() {
        var canvas = Canvas(width: 80, height: 1)
        TabBar.draw(active: .schedule, in: canvas.bounds, on: &canvas)
        XCTAssertTrue(canvas.line(0).hasPrefix(" 1 Pipeline  2 Candidate [3 Schedule] 4 Feedback  5 Offers "))
        let active = canvas.line(0).cellColumn(of: "[3 Schedule]")
        XCTAssertEqual(canvas[active, 0].style, .tabActive)
        XCTAssertEqual(canvas[1, 0].style, .tabInactive)
        XCTAssertEqual(canvas.target(atX: active + 3, y: 0), .tab(.schedule))
        XCTAssertEqual(canvas.target(atX: 2, y: 0), .tab(.pipeline))
        XCTAssertEqual(canvas.target(atX: 78, y: 0), nil)
    }

    func testANarrowBarKeepsTheSyncStateAndTheOutboxOverTenantJobAndErrorText() {
        var canvas = Canvas(width: 50, height: 1)
        StatusBar.draw(states[8].1, pendingKeys: [], now: now, in: canvas.bounds, on: &canvas)
        XCTAssertEqual(canvas.line(0), " ✔ synced 40 s ago │ ↑ 2 pending │ ✘ 1 failed     ")
        XCTAssertEqual(canvas[canvas.line(0).cellColumn(of: "✘"), 0].style, .statusError)
        // With a little more room the tenant comes back, and the error text fills what is left, cut.
        canvas = Canvas(width: 80, height: 1)
        StatusBar.draw(states[8].1, pendingKeys: [], now: now, in: canvas.bounds, on: &canvas)
        XCTAssertEqual(canvas.line(0), " Acme Robotics │ ✔ synced 40 s ago │ ↑ 2 pending │ ✘ 1 failed │ ✘ Move Chidi A… ")
    }

    func testTheProgressBarFillsWithTheFraction() {
        var canvas = Canvas(width: 160, height: 1)
        StatusBar.draw(states[1].1, pendingKeys: [], now: now, in: canvas.bounds, on: &canvas)
        let line = canvas.line(0)
        // 12 of 19 resources: 63 %, 12 of 20 cells.
        XCTAssertTrue(line.contains("████████████░░░░░░░░  63%"), line)
        let start = line.cellColumn(of: "█")
        XCTAssertEqual(canvas[start, 0].style, .progressDone)
        XCTAssertEqual(canvas[start + 12, 0].style, .progressTodo)
    }

    func testToastsStackAboveTheStatusBarWithSymbolsAndCounts() {
        var queue = ToastQueue()
        queue.post(Notice(.success, "Moved Ada Lovelace to Onsite"), now: now)
        queue.post(Notice(.info, "3 offers changed by colleagues"), now: now)
        queue.post(Notice(.info, "3 offers changed by colleagues"), now: now)
        queue.post(Notice(.error, "Archive Bo failed: the archive reason was deleted; choose another reason and try again"), now: now)
        var canvas = Canvas(width: 80, height: 24)
        let pane = Rect(x: 0, y: 1, width: 80, height: 22)
        canvas.writeRow("pane content", in: pane.row(21))
        ToastStack.draw(queue.visible(now: now), in: pane, on: &canvas)
        GoldenFile.assertCanvas(canvas, matches: "Chrome-toasts-80x24")
        XCTAssertEqual(canvas.target(atX: 70, y: 20), .toasts)
        let errorRow = canvas.lines.firstIndex { $0.contains("✘ Archive Bo") }!
        XCTAssertEqual(canvas[canvas.line(errorRow).cellColumn(of: "✘"), errorRow].style, .toastError)
        XCTAssertTrue(canvas.text.contains("3 offers changed by colleagues ×2"))
    }
}

extension String {
    /// The cell column where `needle` starts (ASCII prefixes in these tests), or -1.
    func cellColumn(of needle: String) -> Int {
        guard let range = range(of: needle) else { return -1 }
        return TerminalText.width(of: String(self[..<range.lowerBound]))
    }
}
