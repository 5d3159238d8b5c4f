import Foundation
import XCTest

/// What `ashby-tui` says and returns when it cannot start: a message naming what to fix and the
/// exit code `--help` lists (2 settings, 3 key, 4 unreachable, 5 terminal).
final class ExitCodeTests: XCTestCase {
    func testNoKeyExits3NamingTheVariable() throws {
        let root = try makeTemporaryRoot()
        let result = try runWithoutTerminal([], environment: AshbyTUILaunch.environment(root: root))
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains("ASHBY_API_KEY"), result.stderr)
    }

    func testARefusedKeyExits3() throws {
        let server = try startSandbox(candidates: 10, jobs: 1)
        let root = try makeTemporaryRoot()
        let environment = AshbyTUILaunch.environment(root: root, extra: ["ASHBY_API_URL": server.url, "ASHBY_API_KEY": "wrong"])
        let result = try runWithoutTerminal(["--no-cache"], environment: environment)
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains("refused"), result.stderr)
        XCTAssertFalse(result.stderr.contains("wrong"), "the key was printed: \(result.stderr)")
    }

    func testAnUnreachableURLExits4() throws {
        let root = try makeTemporaryRoot()
        let environment = AshbyTUILaunch.environment(root: root, extra: ["ASHBY_API_URL": "http://127.0.0.1:9", "ASHBY_API_KEY": "sandbox-key"])
        let result = try runWithoutTerminal(["--no-cache"], environment: environment, timeout: 60)
        XCTAssertEqual(result.status, 4, result.stderr)
        XCTAssertTrue(result.stderr.contains("127.0.0.1:9"), result.stderr)
    }

    func testNotATerminalExits5() throws {
        let root = try makeTemporaryRoot()
        let result = try runWithoutTerminal(["--demo"], environment: AshbyTUILaunch.environment(root: root))
        XCTAssertEqual(result.status, 5, result.stderr)
        XCTAssertFalse(result.stderr.isEmpty)
    }

    func testATerminalSmallerThan80x24Exits5WithAMessage() throws {
        let root = try makeTemporaryRoot()
        // stdin and stdout are the 70x20 terminal; stderr goes to a file to read the message exactly.
        let errors = root + "/stderr"
        let command = "exec \(TmuxTerminal.shellQuoted(AshbyTUILaunch.binary)) --demo 2> \(TmuxTerminal.shellQuoted(errors))"
        let terminal = try TmuxTerminal(command: ["/bin/sh", "-c", command], environment: AshbyTUILaunch.environment(root: root),
                                        width: 70, height: 20)
        addTeardownBlock { terminal.close() }
        XCTAssertEqual(try terminal.waitForExit(timeout: 10), 5)
        let message = try String(contentsOfFile: errors, encoding: .utf8)
        XCTAssertTrue(message.contains("70x20") && message.contains("80x24"), "the message does not say the sizes: \(message)")
        XCTAssertFalse(try terminal.screen().contains(where: ScreenLayout.isTabBar))
    }

    func testABrokenKeymapExits2NamingFileAndLine() throws {
        let root = try makeTemporaryRoot()
        let folder = root + "/config/ashby-tui"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "# mine\n[global]\nQ = quit\nx = no.such-command\n".write(toFile: folder + "/keymap", atomically: true, encoding: .utf8)
        let result = try runWithoutTerminal(["--demo"], environment: AshbyTUILaunch.environment(root: root))
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains(folder + "/keymap"), result.stderr)
        XCTAssertTrue(result.stderr.contains(":4") || result.stderr.contains("line 4"), result.stderr)
        XCTAssertTrue(result.stderr.contains("no.such-command"), result.stderr)
    }

    func testABrokenThemeExits2NamingFileAndLine() throws {
        let root = try makeTemporaryRoot()
        let folder = root + "/config/ashby-tui/themes"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "# mine\nthis is not a style\n".write(toFile: folder + "/broken", atomically: true, encoding: .utf8)
        let result = try runWithoutTerminal(["--demo", "--theme", "broken"], environment: AshbyTUILaunch.environment(root: root))
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains(folder + "/broken"), result.stderr)
        XCTAssertTrue(result.stderr.contains(":2") || result.stderr.contains("line 2"), result.stderr)
    }

    func testABadFlagExits2() throws {
        let root = try makeTemporaryRoot()
        let result = try runWithoutTerminal(["--no-such-flag"], environment: AshbyTUILaunch.environment(root: root))
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("--no-such-flag"), result.stderr)
    }
}
