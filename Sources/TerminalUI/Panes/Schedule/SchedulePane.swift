import Foundation
import Workspace

/// The Schedule pane: a header (the day or week shown, grouping, filters, conflicts, lane
/// position), the timeline of lanes, a line about the selected event, and the applications
/// awaiting scheduling at the bottom.
public enum SchedulePane {
    public static func draw(_ screen: ScheduleScreen, in area: Rect, on canvas: inout Canvas, timeZone: TimeZone, now: Date) {
        guard area.width >= 20, area.height >= 4 else { return }
        canvas.fill(area, style: .normal)
        let clock = ScheduleClock(timeZone: timeZone)
        drawHeader(screen, clock: clock, in: area.row(0), on: &canvas)
        // The lanes take what they need (the model sized them to leave room below); then the
        // selected event's line; the awaiting list gets the rest.
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let laneRows = 1 + max(1, screen.lanes.count) * ScheduleTimeline.laneHeight + (screen.lanes.isEmpty ? 3 : 0)
        let (timeline, below) = body.splitTop(min(laneRows, max(2, body.height - 3)))
        let (detail, bottom) = below.splitTop(1)
        ScheduleTimeline.draw(screen, clock: clock, in: timeline, on: &canvas)
        drawDetail(screen, clock: clock, in: detail, on: &canvas)
        drawAwaiting(screen, in: bottom, on: &canvas)
    }

    static func drawHeader(_ screen: ScheduleScreen, clock: ScheduleClock, in row: Rect, on canvas: inout Canvas) {
        canvas.fill(row, style: .heading)
        let window: String
        switch screen.span {
        case .day: window = clock.day(screen.windowStart)
        case .week: window = "Week of \(clock.day(screen.windowStart))"
        }
        let grouping = screen.lanesBy == .interviewer ? "by interviewer" : "by candidate"
        var right: [(String, StyleName)] = []
        if !screen.conflicts.isEmpty {
            let count = screen.conflicts.count
            right.append(("‼ \(count) double-booking\(count == 1 ? "" : "s")", .conflict))
        }
        if screen.totalLanes > screen.lanes.count {
            let first = screen.laneOffset + 1
            right.append(("lanes \(first)–\(screen.laneOffset + screen.lanes.count) of \(screen.totalLanes)", .dim))
        }
        var rightX = row.maxX
        for (text, style) in right.reversed() {
            let width = TerminalText.width(of: text)
            guard rightX - width - 2 > row.x + 30 else { break }
            rightX -= width
            canvas.write(text, x: rightX, y: row.y, style: style)
            rightX -= 2
        }
        var x = row.x
        x += canvas.write(window, x: x, y: row.y, maxWidth: rightX - x, style: .heading)
        x += canvas.write(" · \(grouping)", x: x, y: row.y, maxWidth: rightX - x, style: .dim)
        if !screen.filterLabels.isEmpty {
            x += canvas.write(" · ", x: x, y: row.y, maxWidth: rightX - x, style: .dim)
            canvas.write("filter: " + screen.filterLabels.joined(separator: ", "), x: x, y: row.y, maxWidth: rightX - x - 1, style: .info)
        }
    }

    /// The selected event in full, or else who is double-booked.
    static func drawDetail(_ screen: ScheduleScreen, clock: ScheduleClock, in row: Rect, on canvas: inout Canvas) {
        guard !row.isEmpty else { return }
        if let event = screen.lanes.lazy.flatMap(\.events).first(where: \.isSelected) {
            var text = "▶ \(clock.shortDay(Date(timeIntervalSince1970: event.startTime.secondsSince1970))) "
                + "\(clock.time(event.startTime))–\(clock.time(event.endTime)) · \(PaneSymbols.name(event.candidateName))"
            if !event.jobTitle.isEmpty { text += " · \(event.jobTitle)" }
            text += " · \(event.interviewTitle)"
            let suffix = event.isConflict ? "  ‼ double-booked" : ""
            let width = TerminalText.width(of: suffix)
            let used = canvas.write(text, x: row.x, y: row.y, maxWidth: row.width - width, style: .highlight)
            if event.isConflict { canvas.write(suffix, x: row.x + used, y: row.y, style: .conflict) }
        } else if !screen.conflicts.isEmpty {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for conflict in screen.conflicts {
                if counts[conflict.interviewerName] == nil { order.append(conflict.interviewerName) }
                counts[conflict.interviewerName, default: 0] += 1
            }
            let names = order.map { counts[$0]! > 1 ? "\($0) ×\(counts[$0]!)" : $0 }.joined(separator: ", ")
            canvas.write("‼ Double-booked: " + names, x: row.x, y: row.y, maxWidth: row.width, style: .conflict)
        }
    }

    static func drawAwaiting(_ screen: ScheduleScreen, in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let heading = area.row(0)
        canvas.horizontalLine(x: heading.x, y: heading.y, length: heading.width, style: .border)
        let more = screen.awaitingTotal > screen.awaiting.count ? ", first \(screen.awaiting.count)" : ""
        canvas.write(" Awaiting scheduling (\(screen.awaitingTotal)\(more)) ", x: heading.x + 1, y: heading.y,
                     maxWidth: heading.width - 2, style: .heading)
        guard area.height > 1 else { return }
        guard !screen.awaiting.isEmpty else {
            canvas.write("✔ Nothing awaits scheduling", x: area.x + 2, y: area.y + 1, maxWidth: area.width - 2, style: .success)
            return
        }
        // Candidate, job and stage columns; the reason takes the rest.
        let wide = area.width >= 120
        let widths = wide ? [28, 30, 22] : [20, 18, 14]
        for (index, row) in screen.awaiting.prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + index
            var x = area.x + 2
            let name = PaneSymbols.name(row.candidateName)
            for (index, (text, width)) in zip([name, row.jobTitle, row.stageTitle], widths).enumerated() {
                let style: StyleName = index > 0 ? .normal : PaneSymbols.isBlank(row.candidateName) ? .placeholder : .value
                canvas.write(text, x: x, y: y, maxWidth: width - 1, style: style)
                x += width
            }
            let style: StyleName = row.reason == "Needs scheduling" ? .warning : .dim
            canvas.write(row.reason, x: x, y: y, maxWidth: area.maxX - x, style: style)
            canvas.addHitRegion(Rect(x: area.x, y: y, width: area.width, height: 1), .application(row.applicationId))
        }
    }
}
