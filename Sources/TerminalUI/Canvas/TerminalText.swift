import CTerminalShim
import Glibc

/// Makes untrusted text safe and measurable for a terminal.
///
/// Every string from the API goes through `glyphs(of:)` before it reaches a cell: ESC and all
/// C0/C1 controls become visible control pictures (`␛`), bidi overrides and isolates and other
/// invisible format characters become `�`, so no byte of the data can move the cursor, change
/// colours, set the title, write the clipboard or open a hyperlink, and no text can reorder what
/// follows it. Widths come from the C library's `wcwidth`, the table ncurses itself uses, so the
/// cells the canvas plans are the cells ncurses writes.
public enum TerminalText {
    /// The stand-in for an invisible or reordering character.
    public static let invisiblePlaceholder = "\u{FFFD}"
    /// Combining marks kept per spacing character (ncurses' `cchar_t` holds five characters);
    /// the rest of a "zalgo" pile is dropped.
    static let maximumCombiningMarks = 4

    /// The glyphs of `text`, in order, produced lazily (a megabyte-long note costs only what is drawn).
    public static func glyphs(of text: String) -> GlyphSequence { GlyphSequence(text) }

    /// The width of `text` in terminal cells, once made safe.
    public static func width(of text: String) -> Int {
        var total = 0
        for glyph in glyphs(of: text) { total += glyph.width }
        return total
    }

    /// The safe form of `text` as a string (for logs, the tmux pane title test, the clipboard…).
    public static func sanitized(_ text: String) -> String {
        var result = ""
        for glyph in glyphs(of: text) { result += glyph.text }
        return result
    }

    /// `text` made safe and cut to at most `width` cells, ending with `…` when something was cut.
    /// A wide character that would straddle the limit is left out whole.
    public static func truncated(_ text: String, toWidth width: Int) -> [Glyph] {
        guard width > 0 else { return [] }
        var kept: [Glyph] = []
        var used = 0
        // Width of the kept glyphs that still leave one cell for the ellipsis.
        var fitWithEllipsis = 0
        var iterator = glyphs(of: text).makeIterator()
        while let glyph = iterator.next() {
            if used + glyph.width > width {
                while kept.count > fitWithEllipsis { kept.removeLast() }
                kept.append(.ellipsis)
                return kept
            }
            kept.append(glyph)
            used += glyph.width
            if used <= width - 1 { fitWithEllipsis = kept.count }
        }
        return kept
    }

    /// The cell width of one Unicode scalar as ncurses sees it: -1 unprintable, 0 combining, 1 or 2.
    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        _ = localeIsReady
        return Int(ashby_wcwidth(wchar_t(bitPattern: value)))
    }

    /// `wcwidth` answers -1 for every non-ASCII character in the "C" locale, so make sure the
    /// character type is UTF-8 once, whatever the environment says (the terminal session does the
    /// same before `initscr`).
    static let localeIsReady: Bool = {
        TerminalLocale.prepare()
        return true
    }()

    /// What to show instead of `scalar`, when it must not reach the terminal as it is.
    static func replacement(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x09: return " "
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + value)!)  // ␀…␟, ␛ for ESC
        case 0x7F: return "\u{2421}"  // ␡
        case 0x80..<0xA0: return invisiblePlaceholder  // C1 controls, CSI among them
        case 0x2028, 0x2029: return "\u{2424}"  // line and paragraph separators, as ␤
        default: break
        }
        switch scalar.properties.generalCategory {
        case .format, .surrogate, .unassigned: return invisiblePlaceholder
        default: return nil
        }
    }
}

/// The glyphs of a string, made safe (see `TerminalText`).
public struct GlyphSequence: Sequence {
    let text: String

    init(_ text: String) { self.text = text }

    public func makeIterator() -> Iterator { Iterator(text.unicodeScalars.makeIterator()) }

    public struct Iterator: IteratorProtocol {
        var scalars: String.UnicodeScalarView.Iterator
        var lookahead: Unicode.Scalar?
        /// The previous glyph was an emoji: a zero-width joiner after it only joins (it is dropped).
        var afterEmoji = false

        init(_ scalars: String.UnicodeScalarView.Iterator) { self.scalars = scalars }

        mutating func nextScalar() -> Unicode.Scalar? {
            if let scalar = lookahead {
                lookahead = nil
                return scalar
            }
            return scalars.next()
        }

        public mutating func next() -> Glyph? {
            while let scalar = nextScalar() {
                if scalar.value == 0x200D && afterEmoji { continue }
                if let replacement = TerminalText.replacement(for: scalar) {
                    afterEmoji = false
                    return Glyph(replacement, width: 1, isPlaceholder: replacement != " ")
                }
                var width = TerminalText.scalarWidth(scalar)
                var text = String(scalar)
                if width < 0 {
                    afterEmoji = false
                    return Glyph(TerminalText.invisiblePlaceholder, width: 1, isPlaceholder: true)
                }
                if width == 0 {
                    // A combining mark with nothing to combine with sits on a dotted circle.
                    text = "\u{25CC}" + text
                    width = 1
                }
                afterEmoji = width == 2 && scalar.properties.isEmoji
                var marks = 0
                while let following = nextScalar() {
                    let isMark = following.value >= 0x80 && TerminalText.replacement(for: following) == nil
                        && TerminalText.scalarWidth(following) == 0
                    guard isMark else {
                        lookahead = following
                        break
                    }
                    if marks < TerminalText.maximumCombiningMarks { text.unicodeScalars.append(following) }
                    marks += 1
                }
                return Glyph(text, width: width)
            }
            return nil
        }
    }
}
