/// One printable unit of text as a terminal shows it: a spacing character with its combining
/// marks, its width in cells, and whether it stands in for something that was not safe to print.
public struct Glyph: Sendable, Hashable {
    public var text: String
    /// 1 or 2 cells.
    public var width: Int
    /// True when the data held a control, escape, bidi or invisible format character here.
    public var isPlaceholder: Bool

    public init(_ text: String, width: Int, isPlaceholder: Bool = false) {
        self.text = text
        self.width = width
        self.isPlaceholder = isPlaceholder
    }

    public static let ellipsis = Glyph("…", width: 1)
    public static let space = Glyph(" ", width: 1)
}
