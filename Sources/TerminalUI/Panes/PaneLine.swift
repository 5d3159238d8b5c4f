import Workspace

/// One row of a document-like pane (candidate, feedback, job detail): styled spans from the left,
/// optional spans aligned right, a click target, and a style for the whole row (a selection).
/// Panes lay out rows first, then draw only the window that fits.
public struct PaneLine: Sendable, Equatable {
    public var spans: [Span]
    /// Drawn flush right; the left spans are cut first when both do not fit.
    public var trailing: [Span]
    public var target: ClickTarget?
    /// The style of the row's blank cells, and of every span when `fillOverrides` (a selected row).
    public var fill: StyleName
    public var fillOverrides: Bool

    /// Text in one style; `glyphs` when already measured (a wrapped line).
    public struct Span: Sendable, Equatable {
        public var text: String
        public var glyphs: [Glyph]?
        public var style: StyleName

        public init(_ text: String, _ style: StyleName = .normal) {
            self.text = text
            self.glyphs = nil
            self.style = style
        }

        public init(glyphs: [Glyph], _ style: StyleName = .normal) {
            self.text = ""
            self.glyphs = glyphs
            self.style = style
        }

        var width: Int { glyphs.map { $0.reduce(0) { $0 + $1.width } } ?? TerminalText.width(of: text) }
    }

    public init(_ spans: [Span] = [], trailing: [Span] = [], target: ClickTarget? = nil, fill: StyleName = .normal,
                fillOverrides: Bool = false) {
        self.spans = spans
        self.trailing = trailing
        self.target = target
        self.fill = fill
        self.fillOverrides = fillOverrides
    }

    public init(_ text: String, _ style: StyleName = .normal, target: ClickTarget? = nil) {
        self.init([Span(text, style)], target: target)
    }

    public static let blank = PaneLine()

    public mutating func append(_ text: String, _ style: StyleName = .normal) { spans.append(Span(text, style)) }

    /// The row selected: every span in `style`.
    public func selected(_ style: StyleName = .selection) -> PaneLine {
        var line = self
        line.fill = style
        line.fillOverrides = true
        return line
    }

    /// The plain text of the row (for tests and logs).
    public var text: String {
        (spans + trailing).map { $0.glyphs.map { $0.map(\.text).joined() } ?? $0.text }.joined()
    }
}

extension Canvas {
    /// Draws `line` in the first row of `rect`: fills the row, writes the trailing spans flush
    /// right (when they leave room for some of the rest), then the leading spans, cut at the edge.
    public mutating func draw(_ line: PaneLine, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        fill(row, style: line.fill)
        func style(_ span: PaneLine.Span) -> StyleName { line.fillOverrides ? line.fill : span.style }
        var right = row.maxX
        let trailingWidth = line.trailing.reduce(0) { $0 + $1.width }
        if trailingWidth > 0, trailingWidth <= row.width - min(row.width / 3, 8) {
            right -= trailingWidth
            var x = right
            for span in line.trailing { x += write(span, x: x, y: row.y, limit: row.maxX - x, style: style(span)) }
            right -= 1
        }
        var x = row.x
        for span in line.spans where x < right {
            x += write(span, x: x, y: row.y, limit: right - x, style: style(span))
        }
        if let target = line.target { addHitRegion(row, target) }
    }

    private mutating func write(_ span: PaneLine.Span, x: Int, y: Int, limit: Int, style: StyleName) -> Int {
        guard limit > 0 else { return 0 }
        if let glyphs = span.glyphs {
            var used = 0
            var kept: [Glyph] = []
            for glyph in glyphs {
                if used + glyph.width > limit { break }
                kept.append(glyph)
                used += glyph.width
            }
            return write(kept, x: x, y: y, style: style)
        }
        return write(span.text, x: x, y: y, maxWidth: limit, style: style)
    }

    /// Draws the rows of `lines` from `offset` that fit in `rect` (blank rows below the last).
    /// The offset is clamped so that the window is full when it can be; returns the one used.
    @discardableResult
    public mutating func draw(_ lines: [PaneLine], in rect: Rect, offset: Int) -> Int {
        let start = max(0, min(offset, lines.count - rect.height))
        for index in 0..<rect.height {
            let row = rect.row(index)
            if start + index < lines.count { draw(lines[start + index], in: row) } else { fill(row, style: .normal) }
        }
        return start
    }
}
