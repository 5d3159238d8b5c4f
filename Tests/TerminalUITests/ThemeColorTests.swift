import XCTest
@testable import TerminalUI

final class ThemeColorTests: XCTestCase {
    func testRGBBecomesTheNearestCubeOrGreyOn256Colours() {
        XCTAssertEqual(ThemeColor.rgb(255, 255, 255).resolved(for: .indexed256), .indexed(231))
        XCTAssertEqual(ThemeColor.rgb(0, 0, 0).resolved(for: .indexed256), .indexed(16))
        XCTAssertEqual(ThemeColor.rgb(0, 95, 135).resolved(for: .indexed256), .indexed(24))
        XCTAssertEqual(ThemeColor.rgb(0x80, 0x80, 0x80).resolved(for: .indexed256), .indexed(244))
        XCTAssertEqual(ThemeColor.rgb(0x12, 0x12, 0x12).resolved(for: .indexed256), .indexed(233))
        XCTAssertEqual(ThemeColor.rgb(250, 100, 10).resolved(for: .indexed256), .indexed(202))
    }

    func testFallbackTo16And8Colours() {
        XCTAssertEqual(ThemeColor.rgb(250, 100, 10).resolved(for: .sixteen), .ansi(9))
        XCTAssertEqual(ThemeColor.rgb(250, 100, 10).resolved(for: .eight), .ansi(1))
        // (0,95,135): cyan (0,205,205) is nearer than blue (0,0,238).
        XCTAssertEqual(ThemeColor.indexed(24).resolved(for: .sixteen), .ansi(6))
        XCTAssertEqual(ThemeColor.indexed(244).resolved(for: .sixteen), .ansi(8))
        // Grey becomes the console's light grey, not black: dim text stays visible on a dark console.
        XCTAssertEqual(ThemeColor.indexed(244).resolved(for: .eight), .ansi(7))
        XCTAssertEqual(ThemeColor.ansi(8).resolved(for: .eight), .ansi(7))
        XCTAssertEqual(ThemeColor.ansi(9).resolved(for: .eight), .ansi(1))
        XCTAssertEqual(ThemeColor.indexed(231).resolved(for: .eight), .ansi(7))
        XCTAssertEqual(ThemeColor.indexed(3).resolved(for: .sixteen), .ansi(3))
        XCTAssertEqual(ThemeColor.ansi(12).resolved(for: .eight), .ansi(4))
        XCTAssertEqual(ThemeColor.ansi(12).resolved(for: .sixteen), .ansi(12))
        XCTAssertEqual(ThemeColor.ansi(12).resolved(for: .indexed256), .ansi(12))
    }

    func testDirectColourKeepsEverythingAndNoColourDropsEverything() {
        XCTAssertEqual(ThemeColor.rgb(1, 2, 3).resolved(for: .direct), .rgb(1, 2, 3))
        XCTAssertEqual(ThemeColor.indexed(24).resolved(for: .direct), .indexed(24))
        for color in [ThemeColor.rgb(1, 2, 3), .indexed(24), .ansi(1), .terminalDefault] {
            XCTAssertEqual(color.resolved(for: .none), .terminalDefault)
        }
        XCTAssertEqual(ThemeColor.terminalDefault.resolved(for: .eight), .terminalDefault)
    }

    func testCapabilityFromNcursesColours() {
        XCTAssertEqual(ColorCapability.detect(hasColors: false, colors: 256), .none)
        XCTAssertEqual(ColorCapability.detect(hasColors: true, colors: 8), .eight)
        XCTAssertEqual(ColorCapability.detect(hasColors: true, colors: 16), .sixteen)
        XCTAssertEqual(ColorCapability.detect(hasColors: true, colors: 88), .sixteen)
        XCTAssertEqual(ColorCapability.detect(hasColors: true, colors: 256), .indexed256)
        XCTAssertEqual(ColorCapability.detect(hasColors: true, colors: 1 << 24), .direct)
        XCTAssertEqual(ColorCapability.detect(hasColors: true, colors: 2), .none)
    }

    func testPaletteValues() {
        XCTAssertTrue(XtermPalette.rgb(16) == (0, 0, 0))
        XCTAssertTrue(XtermPalette.rgb(24) == (0, 95, 135))
        XCTAssertTrue(XtermPalette.rgb(231) == (255, 255, 255))
        XCTAssertTrue(XtermPalette.rgb(232) == (8, 8, 8))
        XCTAssertTrue(XtermPalette.rgb(255) == (238, 238, 238))
    }
}
