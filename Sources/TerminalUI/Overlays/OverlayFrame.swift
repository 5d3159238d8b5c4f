/// What every overlay shares: a framed, filled box with a title in the top border and a key
/// hint in the bottom one; a one-line input with its cursor; text with fuzzy-matched characters
/// picked out.
enum OverlayFrame {
    /// Draws the frame and returns the inside, one column of padding on each side.
    @discardableResult
    static func draw(_ rect: Rect, title: String?, hint: String?, border: StyleName = .dialogBorder,
                     on canvas: inout Canvas) -> Rect {
        canvas.box(rect, title: title, style: border, fill: .dialog, titleStyle: .dialogTitle)
        if let hint, rect.width > 8 {
            let text = " " + hint + " "
            let width = min(TerminalText.width(of: text), rect.width - 4)
            canvas.write(text, x: rect.maxX - 2 - width, y: rect.maxY - 1, maxWidth: width, style: .dim)
        }
        return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }

    /// `prompt` then the typed `text` in an input field filling `row`, its end in view (a long
    /// line shows `…` and its tail); the terminal cursor goes after the text.
    static func input(prompt: String, text: String, placeholder: String? = nil, in row: Rect, on canvas: inout Canvas) {
        guard !row.isEmpty else { return }
        let promptWidth = prompt.isEmpty ? 0 : canvas.write(prompt, x: row.x, y: row.y, maxWidth: row.width / 2, style: .label)
        let field = Rect(x: row.x + promptWidth, y: row.y, width: row.width - promptWidth, height: 1)
        guard field.width >= 2 else { return }
        canvas.fill(field, style: .input)
        var glyphs = Array(TerminalText.glyphs(of: text))
        var used = glyphs.reduce(0) { $0 + $1.width }
        var x = field.x
        // One cell stays free for the cursor; a cut start shows as "…".
        if used > field.width - 1 {
            while used > field.width - 2, !glyphs.isEmpty { used -= glyphs.removeFirst().width }
            x += canvas.write([.ellipsis], x: x, y: row.y, style: .dim)
        }
        if glyphs.isEmpty, let placeholder {
            canvas.write(placeholder, x: x + 1, y: row.y, maxWidth: field.maxX - x - 1, style: .placeholder)
        }
        x += canvas.write(glyphs, x: x, y: row.y, style: .input)
        place(cursorX: x, y: row.y, on: &canvas)
    }

    /// Puts the terminal cursor at a cell, styled so it shows in snapshots and dumb terminals too.
    static func place(cursorX x: Int, y: Int, on canvas: inout Canvas) {
        canvas.cursor = (x, y)
        canvas.restyle(Rect(x: x, y: y, width: 1, height: 1), style: .inputCursor)
    }

    /// Writes `text` in at most `maxWidth` cells, the characters at `positions` (offsets in
    /// `Array(text)`, as `FuzzyMatch` gives them) in `matchStyle`. Returns the cells used.
    @discardableResult
    static func writeMatched(_ text: String, positions: [Int], x: Int, y: Int, maxWidth: Int, style: StyleName,
                             matchStyle: StyleName = .match, on canvas: inout Canvas) -> Int {
        guard maxWidth > 0 else { return 0 }
        guard !positions.isEmpty else { return canvas.write(text, x: x, y: y, maxWidth: maxWidth, style: style) }
        let marked = Set(positions)
        var glyphs: [(glyph: Glyph, isMatch: Bool)] = []
        var total = 0
        for (offset, character) in text.enumerated() {
            for glyph in TerminalText.glyphs(of: String(character)) {
                glyphs.append((glyph, marked.contains(offset)))
                total += glyph.width
            }
            if total > maxWidth { break }
        }
        let limit = total > maxWidth ? maxWidth - 1 : maxWidth
        var column = x
        for (glyph, isMatch) in glyphs {
            guard column + glyph.width - x <= limit else { break }
            column += canvas.write([glyph], x: column, y: y, style: isMatch ? matchStyle : style)
        }
        if total > maxWidth { column += canvas.write([.ellipsis], x: column, y: y, style: style) }
        return column - x
    }
}

/// One row of a choice list (palette commands, picker items).
struct ChoiceRow {
    var title: String
    var titleMatch: [Int]
    var detail: String?
    var detailMatch: [Int]
    var isDimmed: Bool
}

/// A scrolled list of choices with the selected one barred; each row clickable as `.listRow(i)`.
enum ChoiceList {
    /// The first row shown so that `selection` is in view of `visible` rows.
    static func offset(selection: Int, count: Int, visible: Int) -> Int {
        guard visible > 0 else { return 0 }
        return max(0, min(selection - visible + 1, count - visible, selection))
    }

    static func draw(_ rows: [ChoiceRow], selection: Int, empty: String, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        guard !rows.isEmpty else {
            canvas.write(empty, x: rect.x, y: rect.y, maxWidth: rect.width, style: .placeholder)
            return
        }
        let first = offset(selection: selection, count: rows.count, visible: rect.height)
        let titleWidth = min(max(12, rows.dropFirst(first).prefix(rect.height).map { TerminalText.width(of: $0.title) }.max() ?? 0),
                             rect.width * 3 / 5)
        for (line, index) in (first..<min(rows.count, first + rect.height)).enumerated() {
            let row = rows[index]
            let y = rect.y + line
            let isSelected = index == selection
            let base: StyleName = isSelected ? .selection : row.isDimmed ? .dim : .normal
            let bar = Rect(x: rect.x - 1, y: y, width: rect.width + 2, height: 1)
            canvas.fill(bar, style: isSelected ? .selection : .dialog)
            canvas.write(isSelected ? "▶" : " ", x: rect.x - 1, y: y, style: base)
            OverlayFrame.writeMatched(row.title, positions: row.titleMatch, x: rect.x + 1, y: y, maxWidth: titleWidth,
                                      style: base, on: &canvas)
            if let detail = row.detail {
                let x = rect.x + 1 + titleWidth + 2
                OverlayFrame.writeMatched(detail, positions: row.detailMatch, x: x, y: y, maxWidth: rect.maxX - x,
                                          style: isSelected ? .selection : .dim, on: &canvas)
            }
            canvas.addHitRegion(bar, .listRow(index))
        }
    }
}
