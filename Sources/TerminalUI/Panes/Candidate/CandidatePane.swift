import Foundation
import Workspace

/// Draws the candidate pane: a header (name, position, load state), a row of section tabs, and
/// the sections. Wide and tall panes show every section at once in boxes (profile, applications,
/// offers and feedback left; history, notes and interviews right), the focused one taking the
/// spare rows; smaller panes show the focused section alone. Each section scrolls by its offset.
public enum CandidatePane {
    /// Panes at least this wide and tall show all sections in boxes.
    public static let boxedMinimumWidth = 110
    public static let boxedMinimumHeight = 30

    static let leftSections: [CandidateSection] = [.profile, .applications, .offers, .feedback]
    static let rightSections: [CandidateSection] = [.timeline, .notes, .interviews]

    public static func draw(_ screen: CandidateScreen, in area: Rect, on canvas: inout Canvas, now: Date, timeZone: TimeZone) {
        guard !area.isEmpty else { return }
        canvas.fill(area, style: .normal)
        let time = PaneTime(now: now, timeZone: timeZone)
        if let placeholder = screen.placeholder ?? (screen.candidateId == nil ? "No candidate shown" : nil) {
            canvas.writeRow(placeholder, in: area.centered(width: area.width, height: 1), style: .placeholder, align: .center)
            return
        }
        let (header, rest) = area.splitTop(1)
        drawHeader(screen, in: header, on: &canvas)
        let (tabs, body) = rest.splitTop(1)
        drawTabs(screen, in: tabs, on: &canvas)
        guard !body.isEmpty else { return }
        if body.width >= boxedMinimumWidth && area.height >= boxedMinimumHeight {
            drawBoxed(screen, in: body, on: &canvas, time: time)
        } else {
            drawFocused(screen, in: body, on: &canvas, time: time)
        }
    }

    static func drawHeader(_ screen: CandidateScreen, in row: Rect, on canvas: inout Canvas) {
        let name = screen.profile?.name ?? "Candidate"
        var line = PaneLine([PaneSymbols.isBlank(name) ? .init(PaneSymbols.noName, .dim) : .init(name, .heading)])
        if let profile = screen.profile {
            switch (profile.position, profile.company) {
            case let (position?, company?): line.append("  \(position) at \(company)", .label)
            case let (position?, nil): line.append("  \(position)", .label)
            case let (nil, company?): line.append("  \(company)", .label)
            case (nil, nil): break
            }
        }
        if let focused = screen.applications.first(where: \.isFocused) {
            line.trailing = [.init(focused.jobTitle, .value), .init(PaneSymbols.separator, .dim), .init(focused.stageTitle, .label),
                             .init(PaneSymbols.separator, .dim), .init("\(focused.daysInStage)d in stage", .label)]
        }
        canvas.draw(line, in: row)
    }

    /// `[Profile]  Applications 2  History 14 …`: the focused tab in brackets as well as in colour.
    static func drawTabs(_ screen: CandidateScreen, in row: Rect, on canvas: inout Canvas) {
        canvas.fill(row, style: .normal)
        var x = row.x
        for section in CandidateSection.allCases {
            let count = CandidateSectionLines.count(section, of: screen).map { " \($0)" } ?? ""
            let focused = section == screen.focusedSection
            let label = focused ? "[\(section.title)\(count)]" : " \(section.title)\(count) "
            let used = canvas.write(label, x: x, y: row.y, maxWidth: row.maxX - x, style: focused ? .selection : .label)
            canvas.addHitRegion(Rect(x: x, y: row.y, width: used, height: 1), .candidateSection(section))
            x += used + 1
            if x >= row.maxX { break }
        }
    }

    /// The focused section, then as many of the following ones as fit below it (a short profile
    /// leaves room for the applications), each under a rule with its title.
    static func drawFocused(_ screen: CandidateScreen, in body: Rect, on canvas: inout Canvas, time: PaneTime) {
        let order = CandidateSection.allCases.filter { $0.rawValue >= screen.focusedSection.rawValue }
        var rest = body
        for section in order where rest.height >= 2 {
            let lines = CandidateSectionLines.lines(section, of: screen, width: rest.width, time: time)
            let isFocused = section == screen.focusedSection
            let (block, below) = rest.splitTop(isFocused && lines.count + 1 >= rest.height ? rest.height : min(rest.height, lines.count + 1))
            rest = below
            let (rule, content) = block.splitTop(1)
            let offset = canvas.draw(lines, in: content, offset: screen.sectionOffsets[section] ?? 0)
            drawRule(in: rule, title: (isFocused ? "\(PaneSymbols.selected) " : "") + section.title, above: offset,
                     below: max(0, lines.count - offset - content.height), on: &canvas, focused: isFocused)
            canvas.addHitRegion(rule, .candidateSection(section))
        }
    }

    /// A rule with the section's title, and what is scrolled out above and below.
    static func drawRule(in row: Rect, title: String, above: Int, below: Int, on canvas: inout Canvas, focused: Bool = true) {
        canvas.horizontalLine(x: row.x, y: row.y, length: row.width, style: focused ? .columnHeaderFocused : .border)
        canvas.write(" \(title) ", x: row.x + 1, y: row.y, maxWidth: row.width - 2, style: focused ? .heading : .label)
        var scroll = ""
        if above > 0 { scroll += " \(PaneSymbols.moreAbove) \(above)" }
        if below > 0 { scroll += " \(PaneSymbols.moreBelow) \(below)" }
        if !scroll.isEmpty {
            scroll += " "
            let width = TerminalText.width(of: scroll)
            canvas.write(scroll, x: max(row.x, row.maxX - width - 1), y: row.y, maxWidth: row.width, style: .label)
        }
    }

    static func drawBoxed(_ screen: CandidateScreen, in body: Rect, on canvas: inout Canvas, time: PaneTime) {
        let leftWidth = min(max(44, body.width * 2 / 5), body.width / 2)
        let (left, right) = body.splitLeft(leftWidth)
        drawStack(leftSections, of: screen, in: left, on: &canvas, time: time)
        drawStack(rightSections, of: screen, in: right, on: &canvas, time: time)
    }

    /// Boxes stacked in `rect`, each as tall as its content when it fits; the focused box, then
    /// the others in order, get the spare rows.
    static func drawStack(_ sections: [CandidateSection], of screen: CandidateScreen, in rect: Rect, on canvas: inout Canvas,
                          time: PaneTime) {
        let contents = sections.map { CandidateSectionLines.lines($0, of: screen, width: rect.width - 4, time: time) }
        let heights = allocate(needs: contents.map { $0.count + 2 }, total: rect.height,
                               focused: sections.firstIndex(of: screen.focusedSection))
        var y = rect.y
        for (index, section) in sections.enumerated() where heights[index] >= 3 {
            let box = Rect(x: rect.x, y: y, width: rect.width, height: heights[index])
            y += heights[index]
            let focused = section == screen.focusedSection
            let count = CandidateSectionLines.count(section, of: screen).map { " \($0)" } ?? ""
            canvas.box(box, title: (focused ? "\(PaneSymbols.selected) " : "") + section.title + count,
                       style: focused ? .columnHeaderFocused : .border, fill: .normal, titleStyle: focused ? .heading : .label)
            let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
            let lines = contents[index]
            let offset = canvas.draw(lines, in: inner, offset: screen.sectionOffsets[section] ?? 0)
            let below = max(0, lines.count - offset - inner.height)
            if offset > 0 { canvas.write(" \(PaneSymbols.moreAbove) \(offset) ", x: box.maxX - 10, y: box.y, maxWidth: 9, style: .label) }
            if below > 0 { canvas.write(" \(PaneSymbols.moreBelow) \(below) ", x: box.maxX - 10, y: box.maxY - 1, maxWidth: 9, style: .label) }
            canvas.addHitRegion(Rect(x: box.x, y: box.y, width: box.width, height: 1), .candidateSection(section))
        }
    }

    /// Heights for boxes needing `needs` rows in `total`: each gets up to 3 rows (a border and a
    /// line), then the focused one up to its need, then the others a row at a time in turn up to
    /// theirs; rows still spare go to the focused box (or the last) so the stack fills its column.
    static func allocate(needs: [Int], total: Int, focused: Int?) -> [Int] {
        var heights = needs.map { _ in 0 }
        var left = total
        for index in needs.indices where left >= 3 {
            heights[index] = 3
            left -= 3
        }
        if let focused, heights[focused] > 0 {
            let extra = min(left, max(0, needs[focused] - heights[focused]))
            heights[focused] += extra
            left -= extra
        }
        var growing = true
        while left > 0 && growing {
            growing = false
            for index in needs.indices where left > 0 && heights[index] > 0 && heights[index] < needs[index] {
                heights[index] += 1
                left -= 1
                growing = true
            }
        }
        let grower = focused.flatMap { heights[$0] > 0 ? $0 : nil } ?? needs.indices.last(where: { heights[$0] > 0 })
        if left > 0, let grower { heights[grower] += left }
        return heights
    }
}
