extension TerminalText {
    /// `text` made safe and broken into lines of at most `width` cells: at its own line breaks,
    /// then at spaces, and inside a word only when the word alone is wider than a line. Stops
    /// after `maxLines` lines, the last one ending in `…` when text was left out.
    public static func wrapped(_ text: String, toWidth width: Int, maxLines: Int = .max) -> [[Glyph]] {
        guard width > 0, maxLines > 0 else { return [] }
        // One line more than asked, to know whether anything was left out.
        let cap = maxLines == .max ? .max : maxLines + 1
        var lines: [[Glyph]] = []
        paragraphs: for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var line: [Glyph] = []
            var lineWidth = 0
            var word: [Glyph] = []
            var wordWidth = 0

            func flushLine() {
                lines.append(line)
                line = []
                lineWidth = 0
            }
            func placeWord() {
                if lineWidth > 0 && lineWidth + 1 + wordWidth > width { flushLine() }
                if lineWidth > 0 {
                    line.append(.space)
                    lineWidth += 1
                }
                for glyph in word {
                    if lineWidth + glyph.width > width { flushLine() }
                    line.append(glyph)
                    lineWidth += glyph.width
                }
                word = []
                wordWidth = 0
            }

            for glyph in glyphs(of: String(paragraph)) {
                if lines.count >= cap { break paragraphs }
                if glyph.text == " " {
                    if !word.isEmpty { placeWord() }
                    continue
                }
                word.append(glyph)
                wordWidth += glyph.width
            }
            if !word.isEmpty { placeWord() }
            flushLine()
            if lines.count >= cap { break }
        }
        if lines.count > maxLines {
            lines.removeLast(lines.count - maxLines)
            // Mark the cut on the last line kept.
            var last = lines.removeLast()
            var used = last.reduce(0) { $0 + $1.width }
            while used + 1 > width, let removed = last.popLast() { used -= removed.width }
            last.append(.ellipsis)
            lines.append(last)
        }
        return lines
    }
}
