import Workspace

/// The `:` command palette near the top of the screen: the typed line with its cursor, then the
/// matching commands (usage, summary, matched letters picked out) or, once a command is typed,
/// the values its argument can take.
public enum PaletteOverlay {
    static let maximumRows = 12

    public static func draw(_ palette: CommandPalette, in area: Rect, on canvas: inout Canvas) {
        let rows = palette.items.map { item in
            ChoiceRow(title: item.title, titleMatch: item.titleMatch?.positions ?? [], detail: item.detail,
                      detailMatch: item.detailMatch?.positions ?? [], isDimmed: false)
        }
        let title: String
        let empty: String
        if let spec = palette.argumentOf, let argument = spec.argument {
            title = "\(spec.name) · choose \(argument.name)"
            empty = argument.kind == .text ? "type the \(argument.name), Enter runs" : "no \(argument.name) matches"
        } else {
            title = "Command"
            empty = palette.input.isEmpty ? "no commands here" : "no command matches"
        }
        let hint = (rows.count > 1 ? "\(palette.selection + 1)/\(rows.count) · " : "") + "Tab complete · Enter run · Esc close"
        ListOverlay.draw(title: title, prompt: ": ", input: palette.input, rows: rows, selection: palette.selection,
                         empty: empty, hint: hint, in: area, on: &canvas)
    }
}

/// A picker (job, stage, archive reason, interviewer): its title, the filter typed so far, and
/// the matching choices, closed jobs and the like dimmed.
public enum PickerOverlay {
    public static func draw(_ picker: Picker, in area: Rect, on canvas: inout Canvas) {
        let rows = picker.matches.map { entry in
            let item = picker.items[entry.index]
            return ChoiceRow(title: item.title, titleMatch: entry.match.positions, detail: item.detail, detailMatch: [],
                             isDimmed: item.isDimmed)
        }
        let counted = picker.input.isEmpty ? "\(picker.items.count)" : "\(rows.count) of \(picker.items.count)"
        let hint = "\(counted) · Enter choose · Esc close"
        ListOverlay.draw(title: picker.title, prompt: "› ", input: picker.input, rows: rows, selection: picker.selection,
                         empty: "nothing matches", hint: hint, in: area, on: &canvas)
    }
}

/// The shape the palette and pickers share: input line, rule, list.
enum ListOverlay {
    static func draw(title: String, prompt: String, input: String, rows: [ChoiceRow], selection: Int, empty: String,
                     hint: String, in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 2, 78)
        // Frame (2) + input + rule + the list, within the area.
        let listRows = max(1, min(rows.count, PaletteOverlay.maximumRows, area.height - 6))
        let height = min(area.height, listRows + 4)
        guard width >= 16, height >= 5 else { return }
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + min(2, area.height - height), width: width, height: height)
        let inside = OverlayFrame.draw(rect, title: title, hint: hint, on: &canvas)
        canvas.horizontalLine(x: rect.x + 1, y: inside.y + 1, length: rect.width - 2, style: .dialogBorder)
        ChoiceList.draw(rows, selection: selection, empty: empty,
                        in: Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: inside.height - 2), on: &canvas)
        // Last: the cursor belongs to the input line.
        OverlayFrame.input(prompt: prompt, text: input, in: inside.row(0), on: &canvas)
    }
}
