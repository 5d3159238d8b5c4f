import Foundation
import Workspace

/// The lanes of the schedule under a time axis. Day: hours across (08:00–19:00, widened to
/// show every event and now), each event a block at its time holding the candidate and the
/// interview, clipped to its width. Week: a column per day, each lane listing that day's events
/// by start time. Without colour an event still reads: `▌` starts a block, `‼` marks a
/// double-booking, `▶` the selection, `★` my lane, `▼`/`│` now.
enum ScheduleTimeline {
    static let laneHeight = 2

    static func titleWidth(for width: Int) -> Int { width >= 120 ? 24 : 16 }

    static func draw(_ screen: ScheduleScreen, clock: ScheduleClock, in area: Rect, on canvas: inout Canvas) {
        guard area.height >= 2 else { return }
        let titleWidth = titleWidth(for: area.width)
        let axis = area.row(0)
        let track = Rect(x: area.x + titleWidth + 1, y: area.y, width: area.width - titleWidth - 1, height: area.height)
        canvas.fill(axis, style: .timeAxis)
        canvas.write(screen.lanesBy == .interviewer ? "Interviewer" : "Candidate", x: area.x + 1, y: axis.y,
                     maxWidth: titleWidth - 1, style: .timeAxis)
        let lanesArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let shown = min(screen.lanes.count, lanesArea.height / laneHeight)
        canvas.verticalLine(x: track.x - 1, y: area.y, length: max(1, shown * laneHeight + 1), style: .border)
        switch screen.span {
        case .day: drawDay(screen, clock: clock, track: track, shown: shown, on: &canvas)
        case .week: drawWeek(screen, clock: clock, track: track, shown: shown, on: &canvas)
        }
        for (index, lane) in screen.lanes.prefix(shown).enumerated() {
            drawLaneTitle(lane, in: Rect(x: area.x, y: lanesArea.y + index * laneHeight, width: titleWidth, height: laneHeight),
                          on: &canvas)
        }
        if screen.lanes.isEmpty {
            let message = screen.filterLabels.isEmpty
                ? "No interviews \(screen.span == .day ? "on this day" : "this week")"
                : "No interviews match the filters (\(screen.filterLabels.joined(separator: ", ")))"
            canvas.writeRow(message, in: lanesArea.row(min(2, lanesArea.height - 1)), style: .placeholder, align: .center)
        }
    }

    /// Who the lane is for: `▶` when selected, `★` when it is mine; a second line with the rest of
    /// a long title or the number of interviews.
    static func drawLaneTitle(_ lane: ScheduleLane, in rect: Rect, on canvas: inout Canvas) {
        let style: StyleName = lane.isSelected ? .selection : lane.isMine ? .laneTitleMine : .laneTitle
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height), style: style)
        canvas.write(lane.isSelected ? "▶" : " ", x: rect.x, y: rect.y, style: style)
        let title = (lane.isMine ? "★ " : "") + lane.title
        let lines = TerminalText.wrapped(title, toWidth: rect.width - 2, maxLines: 2)
        for (index, line) in lines.enumerated() { canvas.write(line, x: rect.x + 1, y: rect.y + index, style: style) }
        if lines.count < 2 {
            let conflicts = lane.events.filter(\.isConflict).count
            let count = lane.events.count
            let text = conflicts > 0 ? "‼ \(conflicts) of \(count) clash" : "\(count) interview\(count == 1 ? "" : "s")"
            canvas.write(text, x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2,
                         style: lane.isSelected ? style : conflicts > 0 ? .conflict : .dim)
        }
        canvas.addHitRegion(rect, .scheduleLane(lane.id))
    }

    static func eventStyle(_ event: ScheduleEventBlock, in lane: ScheduleLane) -> StyleName {
        event.isSelected ? .eventSelected : event.isConflict ? .conflict : lane.isMine ? .eventMine : .event
    }

    // MARK: Day

    /// The minutes shown: 08:00–19:00, widened to whole hours around every event and now.
    static func dayRange(_ screen: ScheduleScreen) -> (from: Int, to: Int) {
        var from = 8 * 60, to = 19 * 60
        for event in screen.lanes.lazy.flatMap(\.events) {
            from = min(from, event.startMinute / 60 * 60)
            to = max(to, (event.endMinute + 59) / 60 * 60)
        }
        if let now = screen.nowMinute {
            from = min(from, now / 60 * 60)
            to = max(to, now / 60 * 60 + 60)
        }
        return (max(0, from), min(max(to, from + 60), max(screen.windowMinutes, from + 60)))
    }

    static func drawDay(_ screen: ScheduleScreen, clock: ScheduleClock, track: Rect, shown: Int, on canvas: inout Canvas) {
        guard track.width >= 8 else { return }
        let (from, to) = dayRange(screen)
        func column(_ minute: Int) -> Int { track.x + (minute - from) * track.width / (to - from) }
        let hours = (to - from) / 60
        let perHour = Double(track.width) / Double(max(1, hours))
        let lanesTop = track.y + 1, lanesBottom = track.y + 1 + shown * laneHeight
        // Hour labels, every hour or every second or third when narrow; a faint tick per hour in the lanes.
        let labelWidth = perHour >= 6 ? 5 : 2
        let step = max(1, Int((Double(labelWidth + 1) / perHour).rounded(.up)))
        let nowX = screen.nowMinute.flatMap { $0 >= from && $0 < to ? column($0) : nil }
        for hour in 0...hours {
            let minute = from + hour * 60
            let x = column(minute)
            let date = screen.windowStart.addingTimeInterval(Double(minute) * 60)
            // A label the now marker would cut in two ("0▼:00") is left out; the marker says the time.
            let coversNow = nowX.map { $0 >= x && $0 < x + labelWidth } ?? false
            if hour % step == 0, x + labelWidth <= track.maxX, !coversNow {
                canvas.write(labelWidth == 5 ? clock.time(date) : clock.hour(date), x: x, y: track.y, style: .timeAxis)
            }
            if hour > 0, x < track.maxX {
                for y in lanesTop..<lanesBottom { canvas.put(Cell("·", style: .gridLine), x: x, y: y) }
            }
        }
        if let x = nowX {
            canvas.put(Cell("▼", style: .nowMarker), x: x, y: track.y)
            for y in lanesTop..<lanesBottom { canvas.put(Cell("│", style: .nowMarker), x: x, y: y) }
        }
        for (index, lane) in screen.lanes.prefix(shown).enumerated() {
            let y = lanesTop + index * laneHeight
            // Events that overlap in one lane (a double-booking) split the lane's two rows, so
            // neither hides the other.
            let rows = stackRows(lane.events)
            for (event, stack) in zip(lane.events, rows) {
                let start = max(track.x, column(max(from, event.startMinute)))
                let end = min(track.maxX, max(start + 1, column(min(to, event.endMinute))))
                guard end > start, event.endMinute > from, event.startMinute < to else { continue }
                let block = Rect(x: start, y: y + (stack ?? 0), width: end - start, height: stack == nil ? laneHeight : 1)
                let style = eventStyle(event, in: lane)
                canvas.fill(block, style: style)
                let top = event.isConflict ? "‼" : event.isSelected ? "▶" : "▌"
                let bottom = event.isSelected ? "▶" : event.isConflict ? "‼" : "▌"
                let name = PaneSymbols.name(event.candidateName)
                if stack == nil {
                    canvas.write(top + name, x: start, y: y, maxWidth: block.width, style: style)
                    canvas.write(bottom + event.interviewTitle, x: start, y: y + 1, maxWidth: block.width, style: style)
                } else {
                    canvas.write((event.isSelected ? "▶" : top) + name, x: start, y: block.y, maxWidth: block.width, style: style)
                }
                canvas.addHitRegion(block, .scheduleEvent(event.eventId))
            }
        }
    }

    /// For each event, nil when it has its lane to itself, or the row (0, 1) it takes when it
    /// overlaps another; a third overlapping event shares row 1.
    static func stackRows(_ events: [ScheduleEventBlock]) -> [Int?] {
        var rows: [Int?] = Array(repeating: nil, count: events.count)
        var rowEnds = [Int.min, Int.min]
        for (index, event) in events.enumerated() {
            let overlaps = events.indices.contains { other in
                other != index && events[other].startMinute < event.endMinute && event.startMinute < events[other].endMinute
            }
            guard overlaps else { continue }
            let row = rowEnds[0] <= event.startMinute ? 0 : 1
            rows[index] = row
            rowEnds[row] = max(rowEnds[row], event.endMinute)
        }
        return rows
    }

    // MARK: Week

    static func drawWeek(_ screen: ScheduleScreen, clock: ScheduleClock, track: Rect, shown: Int, on canvas: inout Canvas) {
        let dayWidth = track.width / 7
        guard dayWidth >= 4 else { return }
        let today = screen.nowMinute.map { $0 / (24 * 60) }
        let lanesTop = track.y + 1
        for day in 0..<7 {
            let x = track.x + day * dayWidth
            let date = screen.windowStart.addingTimeInterval(Double(day) * 86_400 + 3_600)
            let isToday = day == today
            canvas.write((isToday ? "▼" : " ") + clock.shortDay(date), x: x, y: track.y, maxWidth: dayWidth - 1,
                         style: isToday ? .nowMarker : .timeAxis)
            if day > 0 {
                canvas.verticalLine(x: x - 1, y: lanesTop, length: shown * laneHeight, character: "┊", style: .gridLine)
            }
        }
        for (index, lane) in screen.lanes.prefix(shown).enumerated() {
            let y = lanesTop + index * laneHeight
            var byDay: [Int: [ScheduleEventBlock]] = [:]
            for event in lane.events {
                let day = clock.daysBetween(screen.windowStart, Date(timeIntervalSince1970: event.startTime.secondsSince1970))
                byDay[min(6, max(0, day)), default: []].append(event)
            }
            for (day, events) in byDay {
                drawWeekDay(events, lane: lane, clock: clock, in: Rect(x: track.x + day * dayWidth, y: y, width: dayWidth - 1,
                                                                        height: laneHeight), on: &canvas)
            }
        }
    }

    /// One lane's events of one day in two rows. A single event shows its time and candidate, then
    /// its interview (narrow: time, then candidate); more show one per row, the second row giving
    /// way to "+N more" unless the selection is among them.
    static func drawWeekDay(_ events: [ScheduleEventBlock], lane: ScheduleLane, clock: ScheduleClock, in cell: Rect,
                            on canvas: inout Canvas) {
        let narrow = cell.width < 14
        func line(_ event: ScheduleEventBlock, row: Int, _ text: String) {
            let style = eventStyle(event, in: lane)
            let lead = event.isConflict ? "‼" : event.isSelected ? "▶" : "▌"
            let rect = cell.row(row)
            canvas.fill(rect, style: style)
            canvas.write(lead + text, x: rect.x, y: rect.y, maxWidth: rect.width, style: style)
            canvas.addHitRegion(rect, .scheduleEvent(event.eventId))
        }
        func name(_ event: ScheduleEventBlock) -> String { PaneSymbols.name(event.candidateName) }
        if events.count == 1, let event = events.first {
            line(event, row: 0, narrow ? clock.time(event.startTime) : "\(clock.time(event.startTime)) \(name(event))")
            line(event, row: 1, narrow ? name(event) : event.interviewTitle)
            return
        }
        // Narrow: the names (the line under the lanes gives the selected one's time).
        func label(_ event: ScheduleEventBlock) -> String { narrow ? name(event) : "\(clock.time(event.startTime)) \(name(event))" }
        line(events[0], row: 0, label(events[0]))
        let hiddenSelected = events.dropFirst().first(where: \.isSelected)
        if events.count == 2 || hiddenSelected != nil {
            let second = hiddenSelected ?? events[1]
            let more = events.count > 2 ? " +\(events.count - 2)" : ""
            line(second, row: 1, label(second) + more)
        } else {
            canvas.write("+\(events.count - 1) more", x: cell.x + 1, y: cell.y + 1, maxWidth: cell.width - 1, style: .dim)
        }
    }
}
