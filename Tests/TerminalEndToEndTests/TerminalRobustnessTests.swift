import Foundation
import XCTest

/// The terminal survives what happens to it: resizes in the middle of the first sync, and a
/// tenant whose data tries to take over the terminal.
final class TerminalRobustnessTests: XCTestCase {
    private func launch(_ server: SandboxServer, width: Int, height: Int, configure: [[String]] = []) throws -> TmuxTerminal {
        let root = try makeTemporaryRoot()
        let environment = AshbyTUILaunch.environment(root: root, extra: ["ASHBY_API_URL": server.url, "ASHBY_API_KEY": SandboxServer.key])
        return try startTerminal(["--no-cache"], environment: environment, width: width, height: height, configure: configure)
    }

    func testResizingDuringTheFirstSyncKeepsTheLayout() throws {
        let server = try startSandbox(candidates: 3000, jobs: 8)
        let terminal = try launch(server, width: 160, height: 48)
        try terminal.waitFor("the first sync under way", timeout: 15) { $0.last?.contains("syncing") == true }

        var sizesDuringSync = 0
        for (width, height) in [(80, 24), (120, 40), (80, 24), (160, 48), (120, 40)] {
            try terminal.resize(width: width, height: height)
            let screen = try terminal.waitFor("a frame of \(width)x\(height)", timeout: 10) { screen in
                screen.count == height && ScreenLayout.isTabBar(screen[0]) && screen[height - 1].hasPrefix(" 127.0.0.1 │")
            }
            ScreenLayout.assertIntact(screen, width: width, height: height, tenant: "127.0.0.1", "after resizing to \(width)x\(height)")
            if screen[height - 1].contains("syncing") { sizesDuringSync += 1 }
        }
        XCTAssertGreaterThan(sizesDuringSync, 0, "the sync ended before any resize; the test did not test a resize during a sync")

        let synced = try terminal.waitFor("the sync finished", timeout: 60) { $0.last?.contains("✔ synced") == true }
        ScreenLayout.assertIntact(synced, width: 120, height: 40, tenant: "127.0.0.1", "after the sync")
        // The pipeline is drawn for the final size: columns and cards, not a placeholder.
        XCTAssertTrue(synced.contains { $0.hasPrefix(" Lead ") }, synced.joined(separator: "\n"))
        XCTAssertTrue(synced.contains { $0.hasPrefix("▸ ") }, synced.joined(separator: "\n"))
        try terminal.send("q")
        XCTAssertEqual(try terminal.waitForExit(timeout: 10), 0)
    }

    func testHostileDataCannotTakeOverTheTerminal() throws {
        let server = try startSandbox(candidates: 200, jobs: 4, hostile: true)
        let title = "e2e-title-unchanged"
        let terminal = try launch(server, width: 80, height: 24, configure: [
            ["set-option", "-g", "set-clipboard", "on"],
            ["set-option", "-g", "allow-rename", "on"],
        ])
        try terminal.tmux(["select-pane", "-t", terminal.name, "-T", title])
        XCTAssertEqual(try terminal.format("#{pane_title}"), title)
        try terminal.waitFor("the first sync", timeout: 20) { $0.last?.contains("✔ synced") == true }

        func check(_ what: String) throws {
            let screen = try terminal.screen()
            ScreenLayout.assertIntact(screen, width: 80, height: 24, tenant: "127.0.0.1", what)
            XCTAssertEqual(try terminal.format("#{pane_title}"), title, "\(what): the pane title changed")
            XCTAssertEqual(try terminal.tmux(["list-buffers"]), "", "\(what): a paste buffer was written")
        }
        try check("pipeline")

        // Every job's pipeline: the hostile titles and names are spread over them.
        var shownHostileText = false
        for _ in 0..<4 {
            try terminal.send("J")
            try terminal.waitForText("Enter choose", timeout: 5)
            try terminal.send("Down")
            try terminal.send("Enter")
            try terminal.waitFor("the picker closed", timeout: 5) { !$0.contains { $0.contains("Enter choose") } }
            let screen = try terminal.screen()
            shownHostileText = shownHostileText || screen.contains { $0.contains("\u{241B}") || $0.contains("山田") }
            try check("another job's pipeline")
        }
        XCTAssertTrue(shownHostileText, "no hostile text was ever on screen; the test did not test it")

        for (key, tab) in [("2", "[2 Candidate]"), ("3", "[3 Schedule]"), ("4", "[4 Feedback]"), ("5", "[5 Offers]"), ("1", "[1 Pipeline]")] {
            try terminal.send(key)
            try terminal.waitFor("pane \(tab)", timeout: 5) { $0.first?.contains(tab) == true }
            try check(tab)
        }
        // Open candidates: their notes and feedback carry hostile text too.
        for _ in 0..<3 {
            try terminal.send("c")
            try terminal.waitFor("the candidate", timeout: 5) { $0.first?.contains("[2 Candidate]") == true && $0.count > 2 && $0[2].contains("Profile") }
            try terminal.send("}")
            try terminal.send("}")
            usleep(200_000)
            try check("a candidate")
            try terminal.send("1")
            try terminal.waitFor("the pipeline", timeout: 5) { $0.first?.contains("[1 Pipeline]") == true }
            try terminal.send("j")
        }
        try terminal.send("q")
        XCTAssertEqual(try terminal.waitForExit(timeout: 10), 0)
        XCTAssertEqual(try terminal.format("#{pane_title}"), title, "the pane title changed by the end")
        XCTAssertEqual(try terminal.tmux(["list-buffers"]), "", "a paste buffer was written by the end")
    }
}
