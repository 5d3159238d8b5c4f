import Foundation
import Workspace

/// The offers list with its header and column titles.
enum OfferList {
    static func draw(_ screen: OffersScreen, in area: Rect, on canvas: inout Canvas, timeZone: TimeZone) {
        let header = area.row(0)
        canvas.fill(header, style: .heading)
        var x = header.x + canvas.write("Offers", x: header.x, y: header.y, style: .heading)
        if screen.awaitingMeCount > 0 {
            x += canvas.write("  ★ \(screen.awaitingMeCount) await you", x: x, y: header.y, maxWidth: header.maxX - x, style: .awaitsMe)
        }
        x += canvas.write("  \(screen.totalRows) total", x: x, y: header.y, maxWidth: header.maxX - x, style: .dim)
        if !screen.filterText.isEmpty {
            canvas.write("  /\(screen.filterText)", x: x, y: header.y, maxWidth: header.maxX - x - 1, style: .info)
        }
        guard area.height > 2 else { return }
        let columns = self.columns(width: area.width)
        let titles = Rect(x: area.x, y: area.y + 1, width: area.width, height: 1)
        canvas.fill(titles, style: .label)
        var column = area.x + 3
        for (title, width) in columns {
            canvas.write(title, x: column, y: titles.y, maxWidth: width - 1, style: .label)
            column += width
        }
        if screen.rows.isEmpty {
            let message = screen.filterText.isEmpty ? "No offers" : "No offer matches '\(screen.filterText)'"
            canvas.write(message, x: area.x + 3, y: area.y + 2, maxWidth: area.width - 3, style: .placeholder)
            return
        }
        for (index, row) in screen.rows.prefix(area.height - 2).enumerated() {
            drawRow(row, columns: columns, y: area.y + 2 + index, in: area, on: &canvas, timeZone: timeZone)
        }
        if screen.totalRows > screen.rows.count {
            let position = " \(screen.offset + 1)–\(screen.offset + screen.rows.count)/\(screen.totalRows) "
            let width = TerminalText.width(of: position)
            canvas.write(position, x: area.maxX - width, y: titles.y, style: .dim)
        }
    }

    /// Column titles and widths after the three marker cells; the last takes what is left.
    static func columns(width: Int) -> [(String, Int)] {
        let room = width - 3
        if width >= 70 {
            let name = room * 28 / 100, job = room * 28 / 100, version = 11
            return [("Candidate", name), ("Job", job), ("Version", version), ("Status", room - name - job - version)]
        }
        let name = room * 52 / 100
        return [("Candidate", name), ("Job", room - name)]
    }

    static func drawRow(_ row: OfferRow, columns: [(String, Int)], y: Int, in area: Rect, on canvas: inout Canvas, timeZone: TimeZone) {
        let line = Rect(x: area.x, y: y, width: area.width, height: 1)
        let style: StyleName = row.isSelected ? .selection : row.isHighlighted ? .highlight : .normal
        canvas.fill(line, style: style)
        canvas.write(row.isSelected ? "▶" : " ", x: area.x, y: y, style: style)
        if row.awaitsMe { canvas.write("★", x: area.x + 1, y: y, style: row.isSelected ? style : .awaitsMe) }
        let values = [PaneSymbols.name(row.candidateName), row.jobTitle, OffersPane.date(row.versionCreatedAt, timeZone: timeZone) ?? "no version",
                      row.statusLabel]
        var x = area.x + 3
        for ((_, width), value) in zip(columns, values) {
            canvas.write(value, x: x, y: y, maxWidth: width - 1, style: style)
            x += width
        }
        canvas.addHitRegion(line, .offer(row.offerId))
    }
}
