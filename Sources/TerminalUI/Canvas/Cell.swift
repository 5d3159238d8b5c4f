/// One terminal cell: the character drawn there (a spacing character with up to four combining
/// marks, as ncurses' `cchar_t` holds), its style, and its width. A wide character takes its
/// cell (width 2) and the next one, a continuation (width 0, empty text).
public struct Cell: Sendable, Hashable {
    public var text: String
    public var style: StyleName
    /// 1, 2 for the first half of a wide character, 0 for the second half.
    public var width: UInt8

    public init(_ text: String, style: StyleName = .normal, width: UInt8 = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    public static let blank = Cell(" ")

    /// A blank cell in `style`.
    public static func blank(_ style: StyleName) -> Cell { Cell(" ", style: style) }

    /// The right half of a wide character.
    static func continuation(_ style: StyleName) -> Cell { Cell("", style: style, width: 0) }

    public var isContinuation: Bool { width == 0 }
}
