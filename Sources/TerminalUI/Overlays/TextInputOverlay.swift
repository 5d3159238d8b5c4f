import Workspace

/// A text entry: the filter as one line near the top (the pane narrows live underneath), a note
/// as a box of wrapped lines where Alt+Enter starts a new line; the cursor follows the end of
/// the text, and a long note scrolls to keep it in view.
public enum TextInputOverlay {
    public static func draw(_ input: TextInput, in area: Rect, on canvas: inout Canvas) {
        if input.allowsNewlines {
            drawEditor(input, in: area, on: &canvas)
        } else {
            drawLine(input, in: area, on: &canvas)
        }
    }

    static func drawLine(_ input: TextInput, in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 2, 64)
        guard width >= 12, area.height >= 3 else { return }
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + min(2, area.height - 3), width: width, height: 3)
        let hint: String
        if case .filter = input.purpose { hint = "Enter keep · Esc restore" } else { hint = "Enter done · Esc cancel" }
        let inside = OverlayFrame.draw(rect, title: input.prompt, hint: hint, on: &canvas)
        OverlayFrame.input(prompt: "/ ", text: input.text, placeholder: "type to narrow", in: inside.row(0), on: &canvas)
    }

    static func drawEditor(_ input: TextInput, in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 2, 76)
        let height = min(area.height, 16)
        guard width >= 16, height >= 5 else { return }
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let lineCount = input.text.split(separator: "\n", omittingEmptySubsequences: false).count
        let counted = input.text.isEmpty ? "" : "\(lineCount) line\(lineCount == 1 ? "" : "s") · "
        let inside = OverlayFrame.draw(rect, title: input.prompt, hint: counted + "Enter save · Alt+Enter new line · Esc cancel",
                                       on: &canvas)
        let field = inside
        canvas.fill(field, style: .input)
        guard !input.text.isEmpty else {
            canvas.write("Write a note…", x: field.x + 1, y: field.y, maxWidth: field.width - 1, style: .placeholder)
            OverlayFrame.place(cursorX: field.x, y: field.y, on: &canvas)
            return
        }
        var lines = TerminalText.wrapped(input.text, toWidth: field.width)
        if lines.isEmpty { lines = [[]] }
        // Where the end of the text is: wrapping drops trailing spaces, the cursor must not.
        var cursorLine = lines.count - 1
        var cursorColumn = lines[cursorLine].reduce(0) { $0 + $1.width }
        if !input.text.hasSuffix("\n") {
            let trailingSpaces = input.text.reversed().prefix { $0 == " " }.count
            cursorColumn += trailingSpaces
        }
        if cursorColumn >= field.width {
            cursorLine += 1
            cursorColumn = min(cursorColumn - field.width, field.width - 1)
        }
        // Keep the cursor's line in view: the last rows of a long note.
        let first = max(0, cursorLine - field.height + 1)
        for (row, index) in (first..<min(lines.count, first + field.height)).enumerated() {
            canvas.write(lines[index], x: field.x, y: field.y + row, style: .input)
        }
        if first > 0 { canvas.write("↑ \(first) more", x: rect.maxX - 12, y: rect.y, maxWidth: 10, style: .dim) }
        OverlayFrame.place(cursorX: field.x + cursorColumn, y: field.y + cursorLine - first, on: &canvas)
    }
}
