import Workspace

/// A grid of cells that panes draw into: the whole frame, built fresh from the view state and then
/// copied into ncurses, which sends the terminal only what changed. Drawing never touches the
/// terminal, so every pane can be tested by reading the canvas back.
///
/// Text reaches cells only through `write`, which makes it safe (see `TerminalText`), measures
/// it in cells and clips it to the canvas and to the width given.
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the mouse can click, topmost last (dialogs are drawn after panes).
    public private(set) var hitRegions: [HitRegion] = []
    /// Where the terminal cursor should sit (in a text input), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0.x, $0.y) } }
        set { cursorPosition = newValue.map { CursorPosition(x: $0.x, y: $0.y) } }
    }
    private var cursorPosition: CursorPosition?

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    // MARK: Drawing

    /// Puts one cell, keeping wide characters whole: overwriting either half of a wide character
    /// blanks the other half.
    public mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.width == 2, x + 1 < width { cells[index + 1] = .blank(cells[index + 1].style) }
        if old.width == 0, x > 0 { cells[index - 1] = .blank(cells[index - 1].style) }
        if cell.width == 2 {
            guard x + 1 < width else {
                cells[index] = .blank(cell.style)
                return
            }
            if cells[index + 1].width == 2, x + 2 < width { cells[index + 2] = .blank(cells[index + 2].style) }
            cells[index] = cell
            cells[index + 1] = .continuation(cell.style)
        } else {
            cells[index] = cell
        }
    }

    /// Writes `text` from column `x` of row `y` in at most `maxWidth` cells (to the canvas edge
    /// when nil), cut with `…` when longer. Unsafe characters are drawn as placeholders in
    /// `.unsafePlaceholder`. Returns the cells used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: StyleName = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        if text.utf8.count <= limit, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            // Printable ASCII that fits: one cell per byte.
            var column = x
            for byte in text.utf8 {
                if column >= 0 { put(Cell(String(UnicodeScalar(byte)), style: style), x: column, y: y) }
                column += 1
            }
            return text.utf8.count
        }
        return write(TerminalText.truncated(text, toWidth: limit), x: x, y: y, style: style)
    }

    /// Writes glyphs already measured (from `TerminalText.truncated` or `wrapped`).
    @discardableResult
    public mutating func write(_ glyphs: [Glyph], x: Int, y: Int, style: StyleName = .normal) -> Int {
        var column = x
        for glyph in glyphs {
            if column >= 0 {
                put(Cell(glyph.text, style: glyph.isPlaceholder ? .unsafePlaceholder : style, width: UInt8(glyph.width)), x: column, y: y)
            }
            column += glyph.width
        }
        return column - x
    }

    /// Writes `text` in `rect`'s first row, aligned, padding the rest of the row with `style`.
    public mutating func writeRow(_ text: String, in rect: Rect, style: StyleName = .normal, align: Alignment = .left) {
        guard !rect.isEmpty else { return }
        fill(rect.row(0), style: style)
        let glyphs = TerminalText.truncated(text, toWidth: rect.width)
        let used = glyphs.reduce(0) { $0 + $1.width }
        let start: Int
        switch align {
        case .left: start = rect.x
        case .right: start = rect.maxX - used
        case .center: start = rect.x + (rect.width - used) / 2
        }
        write(glyphs, x: start, y: rect.y, style: style)
    }

    /// Fills `rect` with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: StyleName) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { put(.blank(style), x: column, y: row) }
        }
    }

    /// Changes the style of the cells in `rect`, keeping their text (a selection bar over a row).
    public mutating func restyle(_ rect: Rect, style: StyleName) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { cells[row * width + column].style = style }
        }
    }

    /// A horizontal run of `character` (a rule, a progress bar).
    public mutating func horizontalLine(x: Int, y: Int, length: Int, character: String = "─", style: StyleName = .border) {
        for column in x..<(x + max(0, length)) { put(Cell(character, style: style), x: column, y: y) }
    }

    /// A vertical run of `character` (a column separator).
    public mutating func verticalLine(x: Int, y: Int, length: Int, character: String = "│", style: StyleName = .border) {
        for row in y..<(y + max(0, length)) { put(Cell(character, style: style), x: x, y: row) }
    }

    /// A box with single-line borders, a title in the top border, and its inside filled with `fill`.
    public mutating func box(_ rect: Rect, title: String? = nil, style: StyleName = .border, fill: StyleName? = nil,
                             titleStyle: StyleName = .heading) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        if let fill { self.fill(rect.inset(by: 1), style: fill) }
        put(Cell("┌", style: style), x: rect.x, y: rect.y)
        put(Cell("┐", style: style), x: rect.maxX - 1, y: rect.y)
        put(Cell("└", style: style), x: rect.x, y: rect.maxY - 1)
        put(Cell("┘", style: style), x: rect.maxX - 1, y: rect.maxY - 1)
        horizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, style: style)
        horizontalLine(x: rect.x + 1, y: rect.maxY - 1, length: rect.width - 2, style: style)
        verticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, style: style)
        verticalLine(x: rect.maxX - 1, y: rect.y + 1, length: rect.height - 2, style: style)
        if let title, rect.width > 4 {
            write(" " + title + " ", x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, style: titleStyle)
        }
    }

    // MARK: Mouse

    /// Records that a click in `rect` means `target` (later regions win where they overlap).
    public mutating func addHitRegion(_ rect: Rect, _ target: ClickTarget) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        hitRegions.append(HitRegion(rect: area, target: target))
    }

    /// What a click at a cell means, if anything.
    public func target(atX x: Int, y: Int) -> ClickTarget? {
        hitRegions.last { $0.rect.contains(x: x, y: y) }?.target
    }

    // MARK: Reading back

    /// The text of row `y`, wide characters once (the row is exactly `width` cells wide).
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation { text += self[x, y].text }
        return text
    }

    /// Every row's text, for snapshots.
    public var lines: [String] { (0..<height).map(line) }

    /// The whole canvas as text, rows joined by newlines, trailing blanks kept.
    public var text: String { lines.joined(separator: "\n") }

    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorPosition == rhs.cursorPosition
    }

    /// How text sits in its row.
    public enum Alignment: Sendable { case left, center, right }

    private struct CursorPosition: Sendable, Equatable {
        var x: Int
        var y: Int
    }
}

/// A clickable area of a drawn frame.
public struct HitRegion: Sendable, Equatable {
    public var rect: Rect
    public var target: ClickTarget
}
