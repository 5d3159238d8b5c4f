import Foundation
import XCTest
@testable import TerminalUI

/// Expected screens kept as text files in `Tests/TerminalUITests/Golden/`, compared line by line.
/// `UPDATE_GOLDEN=1 swift test --filter …` rewrites them; review the diff before committing.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func assertCanvas(_ canvas: Canvas, matches name: String, file: StaticString = #filePath, line: UInt = #line) {
        // Every row is exactly the screen's width and no cell holds a control character.
        for y in 0..<canvas.height {
            XCTAssertEqual(TerminalText.width(of: canvas.line(y)), canvas.width, "row \(y) of \(name) is not \(canvas.width) cells", file: file, line: line)
        }
        let unsafe = canvas.cells.filter { cell in
            cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0.properties.generalCategory == .format }
        }
        XCTAssertEqual(unsafe, [], "cells of \(name) hold control or format characters", file: file, line: line)

        let url = directory.appendingPathComponent(name + ".txt")
        let actual = canvas.text + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no golden file \(name).txt; run with UPDATE_GOLDEN=1 to create it", file: file, line: line)
            return
        }
        let expectedLines = expected.components(separatedBy: "\n"), actualLines = actual.components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? expectedLines[index] : "<none>"
            let got = index < actualLines.count ? actualLines[index] : "<none>"
            if want != got {
                XCTFail("\(name).txt line \(index + 1):\n  expected: \(want)\n  actual:   \(got)", file: file, line: line)
                return
            }
        }
    }
}
