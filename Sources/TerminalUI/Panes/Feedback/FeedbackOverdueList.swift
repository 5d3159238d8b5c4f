import Foundation
import Workspace

/// The overdue-feedback list: who owes feedback on which interview and for how long, mine
/// marked `★`, as a table whose rows are exactly the model's visible window (its header is the
/// model's `chromeRows`: a title row and a column-heading row).
enum FeedbackOverdueList {
    static func draw(_ screen: FeedbackScreen, in area: Rect, on canvas: inout Canvas, time: PaneTime) {
        let (header, rest) = area.splitTop(1)
        let mine = screen.overdue.filter(\.isMine).count
        var title = PaneLine([.init("Overdue feedback", .heading), .init("  \(screen.overdueTotal) interviewer\(screen.overdueTotal == 1 ? "" : "s") late", .label)])
        if mine > 0 { title.append("  \(PaneSymbols.mine) \(mine) mine on screen", .awaitsMe) }
        if screen.overdueTotal > screen.overdue.count {
            let first = screen.overdueOffset + 1, last = screen.overdueOffset + screen.overdue.count
            title.trailing = [.init(screen.overdueOffset > 0 ? "\(PaneSymbols.moreAbove) " : "  ", .key),
                              .init("\(first)–\(last) of \(screen.overdueTotal)", .label),
                              .init(last < screen.overdueTotal ? " \(PaneSymbols.moreBelow)" : "  ", .key)]
        }
        canvas.draw(title, in: header)
        let (headings, body) = rest.splitTop(1)
        guard screen.placeholder == nil, !screen.overdue.isEmpty else {
            canvas.writeRow(screen.placeholder ?? "No feedback is overdue", in: body.centered(width: body.width, height: 1),
                            style: .placeholder, align: .center)
            return
        }
        let widths = columnWidths(total: headings.width)
        canvas.draw(row(["", "Late", "Interviewer", "Candidate", "Interview", "Ended"], widths: widths, styles: Array(repeating: .label, count: 6)),
                    in: headings)
        for (index, item) in screen.overdue.enumerated() where index < body.height {
            let late: StyleName = item.hoursOverdue >= 72 ? .error : .warning
            var line = row([(item.isSelected ? PaneSymbols.selected : " ") + (item.isMine ? PaneSymbols.mine : " "), lateness(item.hoursOverdue),
                            PaneSymbols.name(item.interviewerName), PaneSymbols.name(item.candidateName), item.interviewTitle, time.short(item.endTime)],
                           widths: widths, styles: [item.isMine ? .awaitsMe : .key, late, item.isMine ? .heading : .value, .value, .label, .label])
            line.target = .overdueFeedback(item.eventId)
            canvas.draw(item.isSelected ? line.selected() : line, in: body.row(index))
        }
    }

    /// "26h", or "3d 2h" from two days on.
    static func lateness(_ hours: Int) -> String { hours < 48 ? "\(hours)h" : "\(hours / 24)d \(hours % 24)h" }

    /// Marker, late, interviewer, candidate, interview, ended: names share what the fixed columns leave.
    static func columnWidths(total: Int) -> [Int] {
        let marker = 3, late = 8, ended = 17
        let flexible = max(0, total - marker - late - ended)
        let interviewer = min(28, flexible * 3 / 10), candidate = min(28, flexible * 3 / 10)
        return [marker, late, interviewer, candidate, flexible - interviewer - candidate, ended]
    }

    static func row(_ cells: [String], widths: [Int], styles: [StyleName]) -> PaneLine {
        var line = PaneLine()
        for (index, cell) in cells.enumerated() where widths[index] > 0 {
            // One blank cell between columns; a cut cell ends with "…".
            let glyphs = TerminalText.truncated(cell, toWidth: max(1, widths[index] - 1))
            let used = glyphs.reduce(0) { $0 + $1.width }
            line.spans.append(.init(glyphs: glyphs + Array(repeating: Glyph.space, count: max(0, widths[index] - used)), styles[index]))
        }
        return line
    }
}
