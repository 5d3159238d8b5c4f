import Foundation
import Workspace
import XCTest
@testable import TerminalUI

final class KeymapCatalogTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func userDirectory(files: [String: String]) throws -> URL {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("ashby-keymaps-\(UUID().uuidString)")
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    func testTheEmbeddedKeymapsAreTheFilesInKeymapsFolder() throws {
        let folder = Self.repository.appendingPathComponent("keymaps")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(files, KeymapCatalog.shippedNames)
        for name in files {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(text, KeymapCatalog.shipped[name], "keymaps/\(name) differs from the copy in the binary")
        }
    }

    func testEveryShippedKeymapLoadsAndBindsTheEssentials() throws {
        for name in KeymapCatalog.shippedNames {
            let keymap = try KeymapCatalog.load(name: name, configDirectory: nil)
            for pane in Pane.allCases {
                for command in [Command.quit, .help, .palette, .filter(nil), .nextPane, .up, .down, .select, .cancel] {
                    XCTAssertNotNil(keymap.keys(for: command, in: pane), "\(name) has no key for \(command.name) in \(pane)")
                }
            }
            XCTAssertNotNil(keymap.keys(for: .nextStage, in: .pipeline), name)
            XCTAssertNotNil(keymap.keys(for: .approveStep, in: .offers), name)
            XCTAssertNotNil(keymap.keys(for: .addNote(nil), in: .candidate), name)
        }
        let vim = try KeymapCatalog.load(name: "vim", configDirectory: nil)
        XCTAssertEqual(vim.resolve(KeySequence(parsing: "g t")!, in: .offers), .command(.nextPane))
        let emacs = try KeymapCatalog.load(name: "emacs", configDirectory: nil)
        XCTAssertEqual(emacs.resolve(KeySequence(parsing: "ctrl+x ctrl+c")!, in: .pipeline), .command(.quit))
        XCTAssertEqual(emacs.resolve(KeySequence(parsing: "ctrl+n")!, in: .pipeline), .command(.down))
    }

    func testUserFilesOverrideAndOverlayTheShippedMaps() throws {
        let directory = try userDirectory(files: [
            "keymaps/vim": "[global]\nq = quit\nx = cursor.down\n",
            "keymap": "[global]\nq = none\nctrl+q = quit\n",
        ])
        let keymap = try KeymapCatalog.load(name: "vim", configDirectory: directory)
        XCTAssertEqual(keymap.resolve(KeySequence(.character("x")), in: .pipeline), .command(.down))
        XCTAssertEqual(keymap.resolve(KeySequence(.character("q")), in: .pipeline), .unbound(KeySequence(.character("q"))))
        XCTAssertEqual(keymap.resolve(KeySequence(.ctrl("q")), in: .pipeline), .command(.quit))
        // The user's vim replaced the shipped one: its `g t` is gone.
        XCTAssertEqual(keymap.resolve(KeySequence(parsing: "g t")!, in: .pipeline), .unbound(KeySequence(parsing: "g t")!))
    }

    func testAKeymapFileCanStartFromAnotherWithBase() throws {
        let directory = try userDirectory(files: [
            "keymaps/mine": "# mine\nbase = emacs\n\n[offers]\nY = offers.approve-step\n",
            "keymaps/loop": "base = loop\n[global]\nq = quit\n",
        ])
        let mine = try KeymapCatalog.load(name: "mine", configDirectory: directory)
        XCTAssertEqual(mine.resolve(KeySequence(.character("Y")), in: .offers), .command(.approveStep))
        XCTAssertEqual(mine.resolve(KeySequence(.ctrl("n")), in: .offers), .command(.down), "from emacs")
        XCTAssertEqual(mine.resolve(KeySequence(.character("j")), in: .offers), .unbound(KeySequence(.character("j"))), "emacs removed it")
        XCTAssertEqual(mine.resolve(KeySequence(.character(">")), in: .pipeline), .command(.nextStage), "from default, under emacs")
        XCTAssertThrowsError(try KeymapCatalog.load(name: "loop", configDirectory: directory)) { error in
            XCTAssertEqual((error as? SettingsError)?.message,
                           "\(directory.appendingPathComponent("keymaps/loop").path):1: 'base = loop' goes round in a circle")
        }
    }

    func testABrokenKeymapIsRefusedWithEveryFileAndLine() throws {
        let directory = try userDirectory(files: ["keymap": "[global]\nx = fly.away\nctrl+ = quit\nq = quit\nq = help\n"])
        let overlay = directory.appendingPathComponent("keymap").path
        XCTAssertThrowsError(try KeymapCatalog.load(name: "default", configDirectory: directory)) { error in
            let lines = (error as? SettingsError)?.message.components(separatedBy: "\n") ?? []
            XCTAssertEqual(lines.count, 3, "\(lines)")
            XCTAssertTrue(lines[0].hasPrefix("\(overlay):2: "), lines[0])
            XCTAssertTrue(lines[0].contains("fly.away"), lines[0])
            XCTAssertEqual(lines[1], "\(overlay):3: malformed key 'ctrl+'")
            XCTAssertEqual(lines[2], "\(overlay):5: 'q' is bound twice in [global] (first at line 4)")
        }
        XCTAssertThrowsError(try KeymapCatalog.load(name: "dvorak", configDirectory: nil)) { error in
            XCTAssertEqual((error as? SettingsError)?.message, "Unknown keymap 'dvorak'. Available: default, emacs, vim.")
        }
    }
}

final class ConfigFileTests: XCTestCase {
    func testParsesEverySetting() throws {
        let config = try ConfigFile.parse("""
            # mine
            theme = light
            keymap=vim   # comment
            poll = 60
            user = me@acme.com
            read-only = yes
            cache = off
            """, file: "config")
        var expected = ConfigFile()
        expected.theme = "light"
        expected.keymap = "vim"
        expected.pollSeconds = 60
        expected.userEmail = "me@acme.com"
        expected.readOnly = true
        expected.cache = false
        XCTAssertEqual(config, expected)
    }

    func testReportsEveryProblemWithItsLine() {
        XCTAssertThrowsError(try ConfigFile.parse("theme = light\ncolour = red\npoll = 1\ntheme = dark\nread-only = maybe\njust words\n", file: "/c")) { error in
            XCTAssertEqual((error as? SettingsError)?.message, """
                /c:2: unknown setting 'colour' (known: theme, keymap, poll, user, read-only, cache)
                /c:3: poll must be a number of seconds from 5 to 86400, got '1'
                /c:4: 'theme' is set twice (first at line 1)
                /c:5: 'read-only' must be true or false, got 'maybe'
                /c:6: expected 'key = value', got 'just words'
                """)
        }
    }
}

final class LaunchOptionsTests: XCTestCase {
    func testFlagsWinOverTheConfigFile() throws {
        var config = ConfigFile()
        config.theme = "light"
        config.pollSeconds = 90
        config.cache = false
        guard case .run(let options) = try LaunchOptions.parse(["--demo", "--theme", "monochrome", "--poll=15", "--user", "a@b.c"], config: config) else {
            return XCTFail("expected run")
        }
        XCTAssertTrue(options.demo)
        XCTAssertEqual(options.theme, "monochrome")
        XCTAssertEqual(options.pollSeconds, 15)
        XCTAssertEqual(options.userEmail, "a@b.c")
        XCTAssertFalse(options.useCache)
        XCTAssertEqual(options.keymap, "default")
    }

    func testHelpVersionAndErrors() {
        XCTAssertEqual(try LaunchOptions.parse(["--read-only", "--help"]), .help)
        XCTAssertEqual(try LaunchOptions.parse(["--version"]), .version)
        XCTAssertThrowsError(try LaunchOptions.parse(["--colour"])) { XCTAssertEqual(($0 as? SettingsError)?.message, "unknown option '--colour' (see --help)") }
        XCTAssertThrowsError(try LaunchOptions.parse(["--poll"])) { XCTAssertEqual(($0 as? SettingsError)?.message, "--poll needs a value (see --help)") }
        XCTAssertThrowsError(try LaunchOptions.parse(["--poll", "soon"])) {
            XCTAssertEqual(($0 as? SettingsError)?.message, "--poll takes seconds from 5 to 86400, got 'soon'")
        }
        XCTAssertThrowsError(try LaunchOptions.parse(["--user", "bob"])) {
            XCTAssertEqual(($0 as? SettingsError)?.message, "--user takes an email address, got 'bob'")
        }
    }
}
