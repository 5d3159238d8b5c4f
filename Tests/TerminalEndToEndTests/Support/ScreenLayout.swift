import Foundation
import XCTest

/// Checks of a captured screen that do not depend on what a pane shows: the tab bar on the first
/// line, the status bar on the last, every line within the width, nothing a terminal would
/// have interpreted left behind as text.
enum ScreenLayout {
    /// Terminal cells `text` takes, as a terminal emulator counts them: wide East Asian and emoji
    /// presentation characters two, combining marks and format characters zero. Written here,
    /// not borrowed from the product, so the two can disagree.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: break
            }
            if scalar.properties.isEmojiPresentation || isWide(scalar.value) { width += 2 } else { width += 1 }
        }
        return width
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    static func isTabBar(_ line: String) -> Bool {
        ["1 Pipeline", "2 Candidate", "3 Schedule", "4 Feedback", "5 Offers"].allSatisfy(line.contains)
    }

    /// The problems of `screen` (empty when the layout is intact) for a `width`×`height` window
    /// whose status bar starts with `tenant`.
    static func problems(_ screen: [String], width: Int, height: Int, tenant: String) -> [String] {
        var problems: [String] = []
        if screen.count != height { problems.append("\(screen.count) lines instead of \(height)") }
        if let first = screen.first, !isTabBar(first) { problems.append("first line is not the tab bar: \(first)") }
        if let last = screen.last, !last.hasPrefix(" \(tenant) │") { problems.append("last line is not the status bar: \(last)") }
        for (row, line) in screen.enumerated() {
            let cells = displayWidth(line)
            if cells > width { problems.append("line \(row + 1) is \(cells) cells wide: \(line)") }
            // What a sanitising renderer must never let through as text or as effect.
            if line.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                problems.append("line \(row + 1) holds a control character: \(line.debugDescription)")
            }
            // A sequence from the data shows as text after the visible ESC placeholder; without
            // it, the ESC reached the terminal (or was dropped, hiding what the data holds).
            for sequence in ["[31m", "[0m", "]0;", "]52;", "]8;"] where line.components(separatedBy: sequence).dropLast().contains(where: { !$0.hasSuffix("\u{241B}") }) {
                problems.append("line \(row + 1) shows \"\(sequence)\" without its ESC placeholder: \(line)")
            }
        }
        return problems
    }

    static func assertIntact(_ screen: [String], width: Int, height: Int, tenant: String, _ context: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        let found = problems(screen, width: width, height: height, tenant: tenant)
        XCTAssertTrue(found.isEmpty, "\(context): " + found.joined(separator: "\n") + "\nscreen:\n" + screen.joined(separator: "\n"),
                      file: file, line: line)
    }
}
