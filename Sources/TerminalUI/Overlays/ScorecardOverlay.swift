import Workspace

/// The scorecard being written: the form's questions one after another (section headings
/// between them), each with its answer — a score as dots, an option between ‹ ›, ticked options,
/// typed text — the focused one marked ▶, then Submit and Cancel. A form taller than the screen
/// scrolls to keep the focused question in view. Every question row is clickable.
public enum ScorecardOverlay {
    public static func draw(_ draft: ScorecardDraft, in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 2, 84)
        guard width >= 30, area.height - 2 >= 9 else { return }
        // Frame (2), form title and a blank row, the questions, a blank or problem row and the buttons.
        let listWidth = width - 4
        let lines = draft.fields.enumerated().flatMap { index, field in
            Self.lines(of: field, index: index, focused: draft.focus == .field(index), width: listWidth)
        }
        let height = min(area.height - 2, lines.count + 6)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2), width: width, height: height)
        let inside = OverlayFrame.draw(rect, title: "Scorecard · \(draft.candidateName) · \(draft.interviewTitle)",
                                       hint: "↑↓ question · ←→ or 1-4 answer · Space tick · Esc keep draft", on: &canvas)
        canvas.write(draft.formTitle, x: inside.x, y: inside.y, maxWidth: inside.width, style: .dim)
        let answered = draft.fields.filter(\.isAnswered).count
        let count = "\(answered)/\(draft.fields.count) answered"
        let countWidth = TerminalText.width(of: count)
        if countWidth + 2 < inside.width { canvas.write(count, x: inside.maxX - countWidth, y: inside.y, style: .dim) }

        // Questions between the form title (and a blank row) and the problem + buttons rows.
        let list = Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: inside.height - 4)
        let first = firstLine(of: lines, focus: draft.focus, visible: list.height)
        for (row, line) in lines.dropFirst(first).prefix(list.height).enumerated() {
            let y = list.y + row
            line.draw(&canvas, list.x, y)
            if let index = line.field { canvas.addHitRegion(Rect(x: list.x - 1, y: y, width: list.width + 2, height: 1), .listRow(index)) }
        }
        if first > 0 { canvas.write("↑ more", x: list.maxX - 6, y: list.y - 1, maxWidth: 6, style: .dim) }
        if first + list.height < lines.count { canvas.write("↓ more", x: list.maxX - 6, y: list.maxY, maxWidth: 6, style: .dim) }

        if let problem = draft.problem {
            canvas.write("✖ " + problem, x: inside.x, y: inside.maxY - 2, maxWidth: inside.width, style: .error)
        }
        let focus: Confirmation.Button? = switch draft.focus {
        case .submit: .confirm
        case .cancel: .cancel
        case .field: nil
        }
        ConfirmationOverlay.drawButtons(confirm: "Submit", cancel: "Cancel", focus: focus, y: inside.maxY - 1, in: inside, on: &canvas)
    }

    /// One drawn row of the question list; `field` makes it a click target.
    struct Line {
        var field: Int?
        var isFocusLine = false
        var draw: (inout Canvas, Int, Int) -> Void
    }

    /// The first row to show so that the focused question's rows are in view (Submit/Cancel
    /// focused: the end of the list).
    static func firstLine(of lines: [Line], focus: ScorecardDraft.Row, visible: Int) -> Int {
        guard lines.count > visible else { return 0 }
        guard case .field(let index) = focus, let start = lines.firstIndex(where: { $0.field == index && $0.isFocusLine }) else {
            return lines.count - visible
        }
        // The focused question near the top, with the row above it (its section's heading).
        return min(max(0, start - 1), lines.count - visible)
    }

    static func lines(of field: ScorecardField, index: Int, focused: Bool, width: Int) -> [Line] {
        var lines: [Line] = []
        if let section = field.sectionTitle, !section.isEmpty {
            if index > 0 { lines.append(Line(field: nil) { _, _, _ in }) }
            lines.append(Line(field: nil) { canvas, x, y in canvas.write(section, x: x, y: y, maxWidth: width, style: .heading) })
        }
        let labelWidth = min(34, max(12, width * 2 / 5))
        let answerX = labelWidth + 3
        let answerWidth = max(1, width - answerX)
        let style: StyleName = focused ? .selection : .dialog
        let title = field.title + (field.isRequired ? " *" : "")
        // The question's row: marker, title, and a one-line answer beside it.
        lines.append(Line(field: index, isFocusLine: true) { canvas, x, y in
            canvas.fill(Rect(x: x - 1, y: y, width: width + 2, height: 1), style: style)
            canvas.write(focused ? "▶" : " ", x: x - 1, y: y, style: style)
            canvas.write(title, x: x + 1, y: y, maxWidth: labelWidth, style: focused ? .selection : .label)
            inlineAnswer(field, focused: focused, x: x + answerX, y: y, width: answerWidth, on: &canvas)
        })
        // Answers that need rows of their own: the options of the focused choice (numbered, as
        // digits pick them), ticked options, long text.
        switch field.kind {
        case .choice(let options) where focused:
            for (position, option) in options.enumerated() {
                let chosen = field.option == position
                lines.append(Line(field: index) { canvas, x, y in
                    let mark = position < 9 ? "\(position + 1) " : "  "
                    var used = canvas.write(mark, x: x + answerX, y: y, style: .dim)
                    used += canvas.write(chosen ? "(•) " : "( ) ", x: x + answerX + used, y: y, style: chosen ? .value : .dim)
                    canvas.write(option.label, x: x + answerX + used, y: y, maxWidth: max(1, answerWidth - used), style: chosen ? .value : .normal)
                })
            }
        case .choices(let options):
            for (position, option) in options.enumerated() {
                let ticked = field.chosen.contains(position)
                let underCursor = focused && field.option == position
                lines.append(Line(field: index) { canvas, x, y in
                    let mark = (underCursor ? "▸ " : "  ") + (ticked ? "[x] " : "[ ] ")
                    let used = canvas.write(mark, x: x + answerX - 2, y: y, style: underCursor ? .selection : .dim)
                    canvas.write(option.label, x: x + answerX - 2 + used, y: y, maxWidth: max(1, answerWidth - used + 2),
                                 style: ticked ? .value : .normal)
                })
            }
        case .text(let format) where format.allowsNewlines:
            let shown = field.text.isEmpty ? [] : TerminalText.wrapped(field.text, toWidth: answerWidth)
            let room = focused ? 4 : 2
            let kept = Array(shown.suffix(focused ? room : shown.count).prefix(room))
            for (position, glyphs) in kept.enumerated() {
                lines.append(Line(field: index) { canvas, x, y in
                    if focused { canvas.fill(Rect(x: x + answerX, y: y, width: answerWidth, height: 1), style: .input) }
                    canvas.write(glyphs, x: x + answerX, y: y, style: focused ? .input : .value)
                    if !focused, position == kept.count - 1, shown.count > kept.count {
                        canvas.write("…", x: x + answerX + answerWidth - 1, y: y, style: .dim)
                    }
                })
            }
            if focused {
                // The cursor after the last character, on a fresh row when the last one is full.
                let lastWidth = kept.last?.reduce(0) { $0 + $1.width } ?? 0
                let needsRow = kept.isEmpty || field.text.hasSuffix("\n") || lastWidth >= answerWidth
                if needsRow {
                    lines.append(Line(field: index) { canvas, x, y in
                        canvas.fill(Rect(x: x + answerX, y: y, width: answerWidth, height: 1), style: .input)
                        if field.text.isEmpty {
                            canvas.write("type · Alt+Enter new line", x: x + answerX + 1, y: y, maxWidth: answerWidth - 1, style: .placeholder)
                        }
                        OverlayFrame.place(cursorX: x + answerX, y: y, on: &canvas)
                    })
                } else if let last = lines.indices.last {
                    let draw = lines[last].draw
                    lines[last].draw = { canvas, x, y in
                        draw(&canvas, x, y)
                        OverlayFrame.place(cursorX: x + answerX + lastWidth, y: y, on: &canvas)
                    }
                }
            }
        default:
            break
        }
        return lines
    }

    /// The answer on the question's own row.
    static func inlineAnswer(_ field: ScorecardField, focused: Bool, x: Int, y: Int, width: Int, on canvas: inout Canvas) {
        switch field.kind {
        case .score:
            let score = field.score ?? 0
            let dots = String(repeating: "●", count: score) + String(repeating: "○", count: 4 - score)
            let used = canvas.write(dots, x: x, y: y, style: field.score == nil ? .dim : .value)
            canvas.write(field.score.map { " \($0)/4" } ?? " –/4  (1-4)", x: x + used, y: y, maxWidth: width - used, style: .dim)
        case .choice(let options):
            let label = field.option.flatMap { options.indices.contains($0) ? options[$0].label : nil }
            chooser(label, placeholder: options.isEmpty ? "no options" : "choose (←→ or 1-\(min(9, options.count)))",
                    focused: focused, x: x, y: y, width: width, on: &canvas)
        case .flag:
            chooser(field.flag.map { $0 ? "Yes" : "No" }, placeholder: "y or n", focused: focused, x: x, y: y, width: width, on: &canvas)
        case .choices:
            let count = field.chosen.count
            canvas.write(count == 0 ? "tick with Space" : "\(count) ticked", x: x, y: y, maxWidth: width, style: .dim)
        case .number, .text(.line), .text(.email), .text(.phone), .text(.date), .text(.url), .text(.uuid):
            if focused {
                OverlayFrame.input(prompt: "", text: field.text, placeholder: placeholder(for: field.kind),
                                   in: Rect(x: x, y: y, width: width, height: 1), on: &canvas)
            } else {
                canvas.write(field.text.isEmpty ? "–" : field.text, x: x, y: y, maxWidth: width, style: field.text.isEmpty ? .dim : .value)
            }
        case .text:
            if !focused, field.text.isEmpty { canvas.write("–", x: x, y: y, style: .dim) }
        case .unsupported(let type):
            canvas.write("\(type): answer in Ashby", x: x, y: y, maxWidth: width, style: .dim)
        }
    }

    static func placeholder(for kind: ScorecardField.Kind) -> String {
        switch kind {
        case .number: "a whole number"
        case .text(.email): "name@example.com"
        case .text(.date): "YYYY-MM-DD"
        case .text(.url): "https://…"
        default: "type"
        }
    }

    /// `‹ value ›`, or the placeholder when nothing is chosen yet.
    static func chooser(_ value: String?, placeholder: String, focused: Bool, x: Int, y: Int, width: Int, on canvas: inout Canvas) {
        guard let value else {
            canvas.write(placeholder, x: x, y: y, maxWidth: width, style: focused ? .selection : .dim)
            return
        }
        var used = canvas.write("‹ ", x: x, y: y, style: .dim)
        used += canvas.write(value, x: x + used, y: y, maxWidth: max(1, width - used - 2), style: .value)
        canvas.write(" ›", x: x + used, y: y, style: .dim)
    }
}
