import Foundation
import Workspace

/// The bottom row: tenant, job, sync state and age (with a progress bar during the first sync),
/// pending and failed writes, read-only mode, the last error, and the keys of an unfinished
/// sequence (`g …`) at the right. Tones show as styles and as symbols (✔ ⚠ ✘), so the state
/// reads without colour. On a narrow terminal the most important segments stay: sync state
/// first, then failures, read-only, pending, the tenant, the error text, the job.
public enum StatusBar {
    public static func draw(_ status: StatusModel, pendingKeys: [KeyChord], now: Date, in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        canvas.fill(row, style: .statusBar)
        var right = row.maxX - 1
        if !pendingKeys.isEmpty {
            let keys = KeySequence(pendingKeys).description + " …"
            let width = min(TerminalText.width(of: keys), max(0, row.width / 3))
            right -= width
            canvas.write(keys, x: right, y: row.y, maxWidth: width, style: .key)
            right -= 1
        }
        let pieces = self.pieces(status, now: now, barWidth: row.width >= 120 ? 20 : 10)
        let layout = fit(pieces, into: right - (row.x + 1))
        var x = row.x + 1
        for (index, width) in layout {
            if x > row.x + 1 {
                canvas.write(" │ ", x: x, y: row.y, style: .statusBar)
                x += 3
            }
            let piece = pieces[index]
            if let fraction = piece.progress {
                drawBar(fraction: fraction, x: x, y: row.y, width: width, on: &canvas)
            } else {
                canvas.write(piece.text, x: x, y: row.y, maxWidth: width, style: piece.style)
            }
            x += width
        }
    }

    /// One drawable part of the bar.
    struct Piece {
        var text: String
        var style: StyleName
        /// Lower is kept first.
        var priority: Int
        /// May be cut with `…` instead of dropped.
        var isTruncatable: Bool
        /// The progress bar (its text is only its width in cells).
        var progress: Double?
        var width: Int { progress != nil ? text.count : TerminalText.width(of: text) }
    }

    static func pieces(_ status: StatusModel, now: Date, barWidth: Int) -> [Piece] {
        var pieces: [Piece] = []
        for segment in status.segments(now: now) {
            let style: StyleName
            let symbol: String
            switch segment.tone {
            case .normal: (style, symbol) = (.statusBar, "")
            case .warning: (style, symbol) = (.statusWarning, "⚠ ")
            case .error: (style, symbol) = (.statusError, "✘ ")
            }
            switch segment.kind {
            case .sync:
                var mark = symbol
                if mark.isEmpty {
                    if case .upToDate = status.sync { mark = "✔ " } else { mark = "⟳ " }
                }
                pieces.append(Piece(text: mark + segment.text, style: style, priority: 0, isTruncatable: true))
                if let fraction = status.progressFraction {
                    pieces.append(Piece(text: String(repeating: " ", count: barWidth + 5), style: style, priority: 1,
                                        isTruncatable: false, progress: min(1, max(0, fraction))))
                }
            case .failed: pieces.append(Piece(text: symbol + segment.text, style: style, priority: 2, isTruncatable: false))
            case .readOnly: pieces.append(Piece(text: symbol + segment.text, style: style, priority: 3, isTruncatable: false))
            case .pending: pieces.append(Piece(text: "↑ " + segment.text, style: style, priority: 4, isTruncatable: false))
            case .tenant: pieces.append(Piece(text: segment.text, style: style, priority: 5, isTruncatable: true))
            case .lastError: pieces.append(Piece(text: symbol + segment.text, style: style, priority: 6, isTruncatable: true))
            case .job: pieces.append(Piece(text: segment.text, style: style, priority: 7, isTruncatable: true))
            case .other: pieces.append(Piece(text: symbol + segment.text, style: style, priority: 8, isTruncatable: true))
            }
        }
        return pieces
    }

    /// Which pieces fit in `available` cells (with " │ " between them), by priority, and the
    /// width each gets; in display order.
    static func fit(_ pieces: [Piece], into available: Int) -> [(index: Int, width: Int)] {
        var chosen: [Int: Int] = [:]
        var used = 0
        for index in pieces.indices.sorted(by: { (pieces[$0].priority, $0) < (pieces[$1].priority, $1) }) {
            let separator = chosen.isEmpty ? 0 : 3
            let room = available - used - separator
            let width = pieces[index].width
            if width <= room {
                chosen[index] = width
                used += separator + width
            } else if pieces[index].isTruncatable, room >= min(width, 8) {
                chosen[index] = room
                used += separator + room
            }
        }
        return chosen.keys.sorted().map { ($0, chosen[$0]!) }
    }

    /// `██████░░░░  60%` in `width` cells (the bar takes all but the percentage).
    static func drawBar(fraction: Double, x: Int, y: Int, width: Int, on canvas: inout Canvas) {
        let percent = String(format: "%3d%%", Int((fraction * 100).rounded(.down)))
        let barWidth = max(0, width - 5)
        let done = Int((Double(barWidth) * fraction).rounded(.down))
        canvas.horizontalLine(x: x, y: y, length: done, character: "█", style: .progressDone)
        canvas.horizontalLine(x: x + done, y: y, length: barWidth - done, character: "░", style: .progressTodo)
        canvas.write(percent, x: x + barWidth + 1, y: y, maxWidth: 4, style: .statusBar)
    }
}
