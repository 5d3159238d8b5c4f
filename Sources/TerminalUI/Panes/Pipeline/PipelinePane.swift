import Foundation
import Workspace

/// Draws the pipeline kanban: a header (job, sort, filter, marks, horizontal scroll), the job
/// context strip when the pane is tall enough, then one column per visible stage with its cards.
/// Rows follow `PipelineLayout`, the figures the model used to choose the visible cards, so what
/// the model scrolled to is exactly what is drawn. Costs what the visible cards cost.
public enum PipelinePane {
    /// Draws `screen` in `area`. `context` fills the strip under the header and the job detail
    /// view (`screen.showsJobDetail`); `layout` must be the model's (`PipelineModel.layout`).
    public static func draw(_ screen: PipelineScreen, context: JobContextScreen? = nil, layout: PipelineLayout = PipelineLayout(),
                            in area: Rect, on canvas: inout Canvas, now: Date, timeZone: TimeZone) {
        guard !area.isEmpty else { return }
        canvas.fill(area, style: .normal)
        let (header, belowHeader) = area.splitTop(1)
        drawHeader(screen, in: header, on: &canvas)
        let (strip, body) = belowHeader.splitTop(layout.contextRows(height: area.height))
        if !strip.isEmpty, let context { JobContextPane.drawStrip(context, in: strip, on: &canvas) }

        if screen.showsJobDetail, let context {
            JobContextPane.drawDetail(context, in: body, on: &canvas, time: PaneTime(now: now, timeZone: timeZone))
            return
        }
        guard screen.placeholder == nil, !screen.columns.isEmpty else {
            let message = screen.placeholder ?? "No stages to show"
            canvas.writeRow(message, in: body.centered(width: body.width, height: 1), style: .placeholder, align: .center)
            return
        }
        let width = body.width / screen.columns.count
        for (index, column) in screen.columns.enumerated() {
            let x = body.x + index * width
            let isLast = index == screen.columns.count - 1
            let rect = Rect(x: x, y: body.y, width: isLast ? body.maxX - x : width, height: body.height)
            drawColumn(column, in: rect, separator: !isLast, layout: layout, on: &canvas)
        }
    }

    // MARK: Header

    static func drawHeader(_ screen: PipelineScreen, in row: Rect, on canvas: inout Canvas) {
        var line = PaneLine([.init(screen.jobTitle ?? "Pipeline", .heading)], fill: .normal)
        if screen.jobId != nil {
            line.append(PaneSymbols.separator, .dim)
            line.append("by \(screen.sort.title)", .label)
        }
        let filter = screen.filterText.trimmingCharacters(in: .whitespaces)
        if !filter.isEmpty {
            line.append(PaneSymbols.separator, .dim)
            line.append("/", .key)
            line.append(filter, .match)
        }
        if screen.markedCount > 0 {
            line.append(PaneSymbols.separator, .dim)
            line.append("\(PaneSymbols.marked) \(screen.markedCount) marked", .marked)
        }
        if screen.totalColumns > 0 {
            let first = screen.firstVisibleColumn
            let last = first + screen.columns.count
            if screen.columns.count < screen.totalColumns {
                line.trailing = [
                    .init(first > 0 ? PaneSymbols.scrollLeft + " " : "  ", .key),
                    .init("columns \(first + 1)–\(last) of \(screen.totalColumns)", .label),
                    .init(last < screen.totalColumns ? " " + PaneSymbols.scrollRight : "  ", .key),
                ]
            } else {
                line.trailing = [.init(screen.totalColumns == 1 ? "1 stage" : "\(screen.totalColumns) stages", .label)]
            }
        }
        canvas.draw(line, in: row)
    }

    // MARK: Columns

    static func drawColumn(_ column: PipelineColumnView, in rect: Rect, separator: Bool, layout: PipelineLayout,
                           on canvas: inout Canvas) {
        let content = Rect(x: rect.x, y: rect.y, width: rect.width - (separator ? 1 : 0), height: rect.height)
        if separator {
            canvas.verticalLine(x: rect.maxX - 1, y: rect.y, length: rect.height)
            canvas.put(Cell("┼", style: .border), x: rect.maxX - 1, y: rect.y + 1)
        }
        guard content.width > 0, rect.height >= 2 else { return }

        // Title and count: "Onsite 12", or "12/40" when the filter hides some.
        let titleRow = content.row(0)
        let headerStyle: StyleName = column.isFocused ? .columnHeaderFocused : .columnHeader
        let count = column.count == column.totalCount ? "\(column.count)" : "\(column.count)/\(column.totalCount)"
        canvas.draw(PaneLine([.init(" " + column.title, headerStyle)], trailing: [.init(count + " ", headerStyle)], fill: headerStyle),
                    in: titleRow)

        // The rule under the title says what is scrolled out; heavy under the focused column.
        let ruleRow = content.row(1)
        canvas.horizontalLine(x: ruleRow.x, y: ruleRow.y, length: ruleRow.width, character: column.isFocused ? "━" : "─",
                              style: column.isFocused ? .columnHeaderFocused : .border)
        if column.hasMoreAbove {
            canvas.write(" \(PaneSymbols.moreAbove) \(column.offset) ", x: ruleRow.x + 1, y: ruleRow.y, maxWidth: ruleRow.width / 2, style: .label)
        }
        if column.hasMoreBelow {
            let below = " \(column.count - column.offset - column.cards.count) \(PaneSymbols.moreBelow) "
            let width = TerminalText.width(of: below)
            canvas.write(below, x: max(ruleRow.x, ruleRow.maxX - width - 1), y: ruleRow.y, maxWidth: ruleRow.width / 2, style: .label)
        }
        canvas.addHitRegion(Rect(x: rect.x, y: rect.y, width: content.width, height: 2), .stageColumn(column.stageId))

        let cardsTop = rect.y + layout.chromeRows - 1
        let cardsArea = Rect(x: content.x, y: cardsTop, width: content.width, height: rect.maxY - cardsTop)
        guard !column.cards.isEmpty else {
            let message = column.totalCount > 0 ? "No matches" : "No applications"
            canvas.write(" " + message, x: cardsArea.x, y: cardsArea.y, maxWidth: cardsArea.width, style: .placeholder)
            return
        }
        for (index, card) in column.cards.enumerated() {
            let y = cardsArea.y + index * layout.cardHeight
            let cardRect = Rect(x: cardsArea.x, y: y, width: cardsArea.width, height: min(layout.cardHeight, cardsArea.maxY - y))
            guard !cardRect.isEmpty else { break }
            drawCard(card, in: cardRect, on: &canvas)
        }
    }

    // MARK: Cards

    /// The style a card is drawn in: selected over highlighted over marked.
    public static func style(of card: PipelineCard) -> StyleName {
        if card.isSelected { return .cardSelected }
        if card.isHighlighted { return .cardHighlighted }
        if card.isMarked { return .cardMarked }
        return .card
    }

    /// Row 1: `▸● Name`; row 2: `12d · Source   ◷ ✎! $` (one row: name, then days and flags).
    static func drawCard(_ card: PipelineCard, in rect: Rect, on canvas: inout Canvas) {
        let base = style(of: card)
        // In the selected card everything takes the selection's style, so the bar reads as one.
        let own = { (style: StyleName) in card.isSelected ? base : style }
        canvas.fill(rect, style: base)
        let days = PaneLine.Span("\(card.daysInStage)d", card.daysInStage >= PaneSymbols.staleDays ? own(.staleDays) : base)
        var flags: [PaneLine.Span] = []
        for flag in PaneSymbols.flags(card.flags) {
            flags.append(.init(" ", base))
            flags.append(.init(flag.symbol, own(flag.style)))
        }
        let prefix = PaneLine.Span((card.isSelected ? PaneSymbols.selected : " ") + (card.isMarked ? PaneSymbols.marked : " "),
                                   card.isMarked ? own(.marked) : base)
        let isNameless = PaneSymbols.isBlank(card.candidateName)
        let name = PaneLine.Span(PaneSymbols.name(card.candidateName), isNameless ? own(.dim) : base)
        // One blank cell on the right, so that text never touches the column separator.
        let text = Rect(x: rect.x, y: rect.y, width: rect.width > 8 ? rect.width - 1 : rect.width, height: rect.height)
        if rect.height >= 2 {
            canvas.draw(PaneLine([prefix, name], fill: base), in: text.row(0))
            var detail: [PaneLine.Span] = [.init("  ", base), days]
            if let source = card.source, !source.isEmpty {
                detail.append(.init(PaneSymbols.separator, base))
                detail.append(.init(source, base == .card ? .dim : base))
            }
            canvas.draw(PaneLine(detail, trailing: flags, fill: base), in: text.row(1))
        } else {
            canvas.draw(PaneLine([prefix, name], trailing: [.init(" ", base), days] + flags, fill: base), in: text.row(0))
        }
        canvas.addHitRegion(rect, .application(card.applicationId))
    }
}
