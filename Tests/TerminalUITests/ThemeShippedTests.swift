import Foundation
import XCTest
@testable import TerminalUI

final class ThemeShippedTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let themesDirectory = repository.appendingPathComponent("themes")
    static let embeddedSource = repository.appendingPathComponent("Sources/TerminalUI/Theme/ShippedThemes.swift")

    /// The embedded texts are the files in `themes/`, byte for byte.
    /// `ASHBY_UPDATE_THEMES=1 swift test --filter ThemeShippedTests` regenerates ShippedThemes.swift.
    func testEmbeddedThemesEqualTheFilesByteForByte() throws {
        if ProcessInfo.processInfo.environment["ASHBY_UPDATE_THEMES"] == "1" {
            try Self.generatedSource().write(to: Self.embeddedSource, atomically: true, encoding: .utf8)
            return
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory.path).sorted()
        XCTAssertEqual(files, ShippedThemes.names.sorted())
        for name in ShippedThemes.names {
            let file = try Data(contentsOf: Self.themesDirectory.appendingPathComponent(name))
            XCTAssertEqual(Data(ShippedThemes.texts[name, default: ""].utf8), file,
                           "themes/\(name) differs from ShippedThemes.swift; run ASHBY_UPDATE_THEMES=1 swift test --filter ThemeShippedTests")
        }
        XCTAssertEqual(try String(contentsOf: Self.embeddedSource, encoding: .utf8), try Self.generatedSource())
    }

    func testEveryShippedThemeSetsEveryStyleItself() throws {
        for name in ShippedThemes.names {
            let file = try ThemeFile.parse(ShippedThemes.texts[name]!, file: "themes/" + name)
            XCTAssertNil(file.base, name)
            let missing = StyleName.allCases.filter { file.styles[$0] == nil }.map(\.themeKey)
            XCTAssertEqual(missing, [], "themes/\(name) leaves out styles")
        }
    }

    func testMonochromeHasNoColourAtAll() throws {
        let theme = try ThemeCatalog.load(name: "monochrome", userDirectory: nil)
        for style in StyleName.allCases {
            XCTAssertEqual(theme.style(style).foreground, .terminalDefault, style.themeKey)
            XCTAssertEqual(theme.style(style).background, .terminalDefault, style.themeKey)
        }
        XCTAssertEqual(theme.style(.selection).attributes, .reverse)
        XCTAssertEqual(theme.style(.heading).attributes, .bold)
        XCTAssertEqual(theme.style(.conflict).attributes, [.bold, .underline])
        XCTAssertEqual(theme.style(.error).attributes, [.bold, .underline])
    }

    /// States that sit side by side must look different in every theme, with and without colour.
    func testStatesAreDistinguishableInEveryThemeAndWithoutColour() throws {
        let groups: [[StyleName]] = [
            [.normal, .selection, .selectionUnfocused, .marked, .highlight],
            [.card, .cardSelected, .cardMarked, .cardHighlighted],
            [.strongYes, .yes, .neutral, .no, .strongNo],
            [.event, .eventMine, .eventSelected, .conflict],
            [.timeAxis, .nowMarker], [.gridLine, .nowMarker],
            [.approved, .rejected, .pendingApproval, .awaitsMe],
            [.statusBar, .statusWarning, .statusError],
            [.toastInfo, .toastSuccess, .toastWarning, .toastError],
            [.tabActive, .tabInactive], [.columnHeader, .columnHeaderFocused], [.button, .buttonFocused],
            [.normal, .error], [.normal, .heading], [.normal, .unsafePlaceholder], [.progressDone, .progressTodo],
        ]
        for name in ShippedThemes.names {
            let theme = try ThemeCatalog.load(name: name, userDirectory: nil)
            for variant in [theme, theme.withoutColor()] {
                for group in groups {
                    let styles = group.map(variant.style)
                    XCTAssertEqual(Set(styles).count, group.count, "\(variant.name): \(group.map(\.themeKey)) are not all distinct")
                }
            }
        }
    }

    func testWithoutColourBorrowsMonochromeAttributesWhereColourCarriedTheMeaning() throws {
        let dark = try ThemeCatalog.load(name: "default", userDirectory: nil).withoutColor()
        XCTAssertEqual(dark.style(.cardSelected), TextStyle(attributes: [.reverse, .bold]))
        XCTAssertEqual(dark.style(.toastWarning), TextStyle(attributes: [.reverse, .underline]))
        XCTAssertEqual(dark.style(.normal), .plain)
        // `value` is `normal` in the dark theme: nothing to borrow, it stays plain.
        XCTAssertEqual(dark.style(.value), .plain)
        for style in StyleName.allCases {
            XCTAssertEqual(dark.style(style).foreground, .terminalDefault)
            XCTAssertEqual(dark.style(style).background, .terminalDefault)
        }
        // Attributes-only styles keep their own attributes.
        let custom = try ThemeFile.parse("normal = fg:red\ncard-marked = fg:red italic", file: "f").theme(named: "f", base: nil)
        XCTAssertEqual(custom.withoutColor().style(.cardMarked), TextStyle(attributes: .italic))
    }

    /// The Swift file that embeds the theme texts, as generated from `themes/`.
    static func generatedSource() throws -> String {
        var lines = [
            "// Generated from the files in themes/ by ThemeShippedTests (ASHBY_UPDATE_THEMES=1); do not edit.",
            "// Embedded so the binary works from any install location; a test checks they match byte for byte.",
            "",
            "/// The themes that ship with ashby-tui, by name.",
            "enum ShippedThemes {",
            "    static let names = [" + ShippedThemes.names.map { "\"\($0)\"" }.joined(separator: ", ") + "]",
            "",
            "    static let texts: [String: String] = [",
        ]
        for name in ShippedThemes.names {
            let text = try String(contentsOf: themesDirectory.appendingPathComponent(name), encoding: .utf8)
            lines.append("        \"\(name)\": #\"\"\"\n\(text)\n\"\"\"#,")
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }
}
