import Foundation
import XCTest

/// `ashby-tui --demo` in a real terminal: what a newcomer sees first, at the smallest supported
/// size and at a large one.
final class DemoTests: XCTestCase {
    func testDemoAt80x24() throws { try runDemo(width: 80, height: 24) }

    func testDemoAt160x48() throws { try runDemo(width: 160, height: 48) }

    /// Each pane's tab is marked `[n Name]` when shown, and the line under the tab bar is its header.
    private static let paneHeaders: [(key: String, tab: String, header: @Sendable (String) -> Bool)] = [
        ("2", "[2 Candidate]", { _ in true }),
        ("3", "[3 Schedule]", { $0.contains(" · by interviewer") }),
        ("4", "[4 Feedback]", { $0.hasPrefix("Scorecards") }),
        ("5", "[5 Offers]", { $0.hasPrefix("Offers") && $0.contains("total") }),
        ("1", "[1 Pipeline]", { $0.contains(" · by days in stage") }),
    ]

    private func runDemo(width: Int, height: Int) throws {
        let root = try makeTemporaryRoot()
        let terminal = try startTerminal(["--demo"], environment: AshbyTUILaunch.environment(root: root), width: width, height: height)

        // The pipeline within seconds: tab bar, a column header with its count, synced.
        let started = Date()
        let pipeline = try terminal.waitFor("the synced pipeline", timeout: 15) { screen in
            screen.count == height && ScreenLayout.isTabBar(screen[0]) && screen[0].contains("[1 Pipeline]")
                && screen.contains { $0.hasPrefix(" Lead ") && $0.contains("│") }
                && screen[height - 1].contains("✔ synced")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "the demo pipeline took too long to appear")
        ScreenLayout.assertIntact(pipeline, width: width, height: height, tenant: "Demo tenant", "pipeline")
        XCTAssertTrue(pipeline[height - 1].hasPrefix(" Demo tenant │ "), pipeline[height - 1])

        for pane in Self.paneHeaders {
            try terminal.send(pane.key)
            let screen = try terminal.waitFor("pane \(pane.tab)", timeout: 5) { screen in
                screen.count == height && screen[0].contains(pane.tab) && pane.header(screen[1])
            }
            ScreenLayout.assertIntact(screen, width: width, height: height, tenant: "Demo tenant", pane.tab)
            // Exactly one tab is marked as shown.
            XCTAssertEqual(screen[0].filter { $0 == "[" }.count, 1, screen[0])
        }
        // The candidate pane shows the candidate selected in the pipeline, with its sections.
        try terminal.send("2")
        let candidate = try terminal.waitFor("candidate sections", timeout: 5) { $0.count > 2 && $0[2].contains("Profile") }
        XCTAssertTrue(candidate[2].contains("Notes"), candidate[2])
        try terminal.send("1")
        try terminal.waitFor("the pipeline again", timeout: 5) { $0.first?.contains("[1 Pipeline]") == true }

        // `?` shows the key bindings of this pane, generated from the keymap; Esc closes them.
        try terminal.send("?")
        // Waits for the bottom border too, so a half-written frame is not taken for the overlay.
        let help = try terminal.waitFor("the help overlay", timeout: 5) { screen in
            screen.contains { $0.contains("Keys · Pipeline") } && screen.contains { $0.contains("Esc close") }
        }
        XCTAssertTrue(help.contains { $0.contains("pipeline.next-stage") || $0.contains("Move") && $0.contains(" > ") }, help.joined(separator: "\n"))
        try terminal.send("Escape")
        let closed = try terminal.waitFor("help closed", timeout: 5) { !$0.contains { $0.contains("Keys · Pipeline") } }
        ScreenLayout.assertIntact(closed, width: width, height: height, tenant: "Demo tenant", "after help")

        // `q` quits with status 0 and leaves the alternate screen: the tab bar is gone.
        try terminal.send("q")
        XCTAssertEqual(try terminal.waitForExit(timeout: 10), 0)
        let after = try terminal.screen()
        XCTAssertFalse(after.contains(where: ScreenLayout.isTabBar), "the terminal still shows the app:\n" + after.joined(separator: "\n"))
        XCTAssertFalse(after.contains { $0.contains("│") }, after.joined(separator: "\n"))
    }
}
