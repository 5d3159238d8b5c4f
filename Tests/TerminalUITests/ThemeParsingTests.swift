import Foundation
import XCTest
@testable import TerminalUI

final class ThemeParsingTests: XCTestCase {
    func testStyleLinesParseColoursAndAttributes() throws {
        let text = """
        # a comment
        normal = fg:252 bg:default

        card-selected = fg:#ffffff bg:24 bold underline
          marked = fg:bright-yellow reverse  
        """
        let theme = try ThemeFile.parse(text, file: "t").theme(named: "t", base: nil)
        XCTAssertEqual(theme.style(.cardSelected), TextStyle(foreground: .rgb(255, 255, 255), background: .indexed(24), attributes: [.bold, .underline]))
        XCTAssertEqual(theme.style(.marked), TextStyle(foreground: .ansi(11), background: .terminalDefault, attributes: .reverse))
        // Left out: like normal.
        XCTAssertEqual(theme.style(.error), TextStyle(foreground: .indexed(252)))
    }

    func testEveryErrorIsReportedWithFileAndLine() {
        let text = """
        normal = fg:252
        card-selectd = bold
        card = fg:#12345
        card-marked = blink
        this line has no equals sign
        normal = bold
        link = fg:red fg:blue
        base = solarized
        heading = bg:256 italic
        """
        XCTAssertThrowsError(try ThemeFile.parse(text, file: "/home/me/.config/ashby-tui/themes/mine")) { error in
            XCTAssertEqual((error as? ThemeError)?.description, """
            /home/me/.config/ashby-tui/themes/mine:2: unknown style 'card-selectd' (did you mean 'card-selected'?)
            /home/me/.config/ashby-tui/themes/mine:3: bad colour 'fg:#12345' (use default, a name like red or bright-blue, 0-255, or #rrggbb)
            /home/me/.config/ashby-tui/themes/mine:4: unknown attribute 'blink' (use bold, dim, italic, underline, reverse, standout, fg:COLOUR or bg:COLOUR)
            /home/me/.config/ashby-tui/themes/mine:5: expected 'style-name = fg:COLOUR bg:COLOUR attributes', got 'this line has no equals sign'
            /home/me/.config/ashby-tui/themes/mine:6: duplicate 'normal' (first set on line 1)
            /home/me/.config/ashby-tui/themes/mine:7: 'fg:' given twice
            /home/me/.config/ashby-tui/themes/mine:8: unknown base theme 'solarized' (shipped themes: default, light, high-contrast, monochrome)
            /home/me/.config/ashby-tui/themes/mine:9: bad colour 'bg:256' (use default, a name like red or bright-blue, 0-255, or #rrggbb)
            """)
            guard case .invalid(let issues)? = error as? ThemeError else { return XCTFail("not .invalid") }
            XCTAssertEqual(issues.map(\.line), [2, 3, 4, 5, 6, 7, 8, 9])
        }
    }

    func testUnknownStyleFarFromAnyNameHasNoSuggestion() {
        XCTAssertThrowsError(try ThemeFile.parse("sparkles = bold", file: "f")) { error in
            XCTAssertEqual((error as? ThemeError)?.description, "f:1: unknown style 'sparkles'")
        }
    }

    func testEmptyKeyIsMalformed() {
        XCTAssertThrowsError(try ThemeFile.parse(" = bold\nNormal = bold", file: "f")) { error in
            XCTAssertEqual((error as? ThemeError)?.description, """
            f:1: expected 'style-name = fg:COLOUR bg:COLOUR attributes', got '= bold'
            f:2: expected 'style-name = fg:COLOUR bg:COLOUR attributes', got 'Normal = bold'
            """)
        }
    }

    func testColourSpellings() {
        XCTAssertEqual(ThemeColor(spelling: "default"), .terminalDefault)
        XCTAssertEqual(ThemeColor(spelling: "black"), .ansi(0))
        XCTAssertEqual(ThemeColor(spelling: "bright-blue"), .ansi(12))
        XCTAssertEqual(ThemeColor(spelling: "0"), .indexed(0))
        XCTAssertEqual(ThemeColor(spelling: "255"), .indexed(255))
        XCTAssertEqual(ThemeColor(spelling: "#0a0B0c"), .rgb(10, 11, 12))
        for bad in ["256", "-1", "+5", "#fff", "#gggggg", "Red", "", "0x10", "٣"] {
            XCTAssertNil(ThemeColor(spelling: bad), bad)
        }
        XCTAssertEqual(ThemeColor.rgb(10, 171, 0).spelling, "#0aab00")
    }

    func testUserFileOverridesOnlyItsLinesOverItsBase() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "base = light\ncard-selected = fg:#ff0000 bold\n".write(to: directory.appendingPathComponent("mine"), atomically: true, encoding: .utf8)

        let mine = try ThemeCatalog.load(name: "mine", userDirectory: directory)
        let light = try ThemeCatalog.load(name: "light", userDirectory: nil)
        XCTAssertEqual(mine.name, "mine")
        XCTAssertEqual(mine.style(.cardSelected), TextStyle(foreground: .rgb(255, 0, 0), attributes: .bold))
        for style in StyleName.allCases where style != .cardSelected {
            XCTAssertEqual(mine.style(style), light.style(style), style.themeKey)
        }
    }

    func testUserFileWithoutBaseFallsBackToDefaultAndItsNormal() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "normal = fg:white bg:blue\nerror = bold\n".write(to: directory.appendingPathComponent("tiny"), atomically: true, encoding: .utf8)

        let tiny = try ThemeCatalog.load(name: "tiny", userDirectory: directory)
        let dark = try ThemeCatalog.load(name: "default", userDirectory: nil)
        XCTAssertEqual(tiny.style(.normal), TextStyle(foreground: .ansi(7), background: .ansi(4)))
        // A line without colours takes them from this file's normal.
        XCTAssertEqual(tiny.style(.error), TextStyle(foreground: .ansi(7), background: .ansi(4), attributes: .bold))
        XCTAssertEqual(tiny.style(.cardSelected), dark.style(.cardSelected))
    }

    func testUserFileNamedLikeAShippedThemeWins() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "selection = fg:green\n".write(to: directory.appendingPathComponent("default"), atomically: true, encoding: .utf8)
        let theme = try ThemeCatalog.load(name: "default", userDirectory: directory)
        XCTAssertEqual(theme.style(.selection), TextStyle(foreground: .ansi(2)))
        XCTAssertEqual(theme.style(.card), try ShippedThemes.theme("default").style(.card))
    }

    func testBrokenUserFileIsAnErrorNotAFallback() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "card = fg:pink\n".write(to: directory.appendingPathComponent("light"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ThemeCatalog.load(name: "light", userDirectory: directory)) { error in
            XCTAssertEqual((error as? ThemeError)?.description,
                           directory.appendingPathComponent("light").path + ":1: bad colour 'fg:pink' (use default, a name like red or bright-blue, 0-255, or #rrggbb)")
        }
    }

    func testUnknownThemeListsShippedAndUserThemes() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "".write(to: directory.appendingPathComponent("zebra"), atomically: true, encoding: .utf8)
        try "".write(to: directory.appendingPathComponent("amber"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ThemeCatalog.load(name: "solarized", userDirectory: directory)) { error in
            XCTAssertEqual(error as? ThemeError, .unknownTheme(name: "solarized", available: ["default", "light", "high-contrast", "monochrome", "amber", "zebra"]))
            XCTAssertEqual((error as? ThemeError)?.description,
                           "unknown theme 'solarized'; available themes: default, light, high-contrast, monochrome, amber, zebra")
        }
        // A path is never a theme name.
        XCTAssertThrowsError(try ThemeCatalog.load(name: "../amber", userDirectory: directory))
    }

    func testUserDirectoryFollowsXDG() {
        XCTAssertEqual(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/me"])?.path, "/x/cfg/ashby-tui/themes")
        XCTAssertEqual(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/me"])?.path, "/home/me/.config/ashby-tui/themes")
        XCTAssertNil(ThemeCatalog.userDirectory(environment: [:]))
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ashby-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
