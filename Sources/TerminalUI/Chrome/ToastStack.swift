import Workspace

/// Toasts in a framed stack at the bottom right of `area` (just above the status bar), oldest
/// on top. Each reads without colour: ✔ success, ℹ info, ⚠ warning, ✘ error, "×3" when the same
/// notice came again; long messages wrap to three lines. A click anywhere on it hits `.toasts`.
public enum ToastStack {
    /// Widest a toast gets, so it does not cover the whole pane.
    static let maximumWidth = 64
    static let maximumLinesPerToast = 3

    public static func draw(_ toasts: [Toast], in area: Rect, on canvas: inout Canvas) {
        guard !toasts.isEmpty, area.width >= 12, area.height >= 3 else { return }
        let texts = toasts.map { toast in toast.notice.text + (toast.count > 1 ? " ×\(toast.count)" : "") }
        let longest = texts.map { TerminalText.width(of: $0) }.max() ?? 0
        // Frame, padding and the symbol's two cells around the text.
        let width = min(area.width, maximumWidth, max(24, longest + 6))
        let textWidth = width - 6
        var blocks: [(lines: [[Glyph]], level: Notice.Level)] = []
        var rows = 0
        for (toast, text) in zip(toasts, texts) {
            let lines = TerminalText.wrapped(text, toWidth: textWidth, maxLines: maximumLinesPerToast)
            guard rows + lines.count + 2 <= area.height else { break }
            blocks.append((lines, toast.notice.level))
            rows += lines.count
        }
        guard !blocks.isEmpty else { return }
        let frame = Rect(x: area.maxX - width, y: area.maxY - rows - 2, width: width, height: rows + 2)
        canvas.box(frame, style: .dialogBorder, fill: .dialog)
        var y = frame.y + 1
        for block in blocks {
            let style = style(block.level)
            for (index, line) in block.lines.enumerated() {
                canvas.fill(Rect(x: frame.x + 1, y: y, width: width - 2, height: 1), style: style)
                // Wrapped lines sit under the text, not under the symbol.
                if index == 0 { canvas.write(symbol(block.level), x: frame.x + 2, y: y, style: style) }
                canvas.write(line, x: frame.x + 4, y: y, style: style)
                y += 1
            }
        }
        canvas.addHitRegion(frame, .toasts)
    }

    public static func symbol(_ level: Notice.Level) -> String {
        switch level {
        case .success: return "✔"
        case .info: return "ℹ"
        case .warning: return "⚠"
        case .error: return "✘"
        }
    }

    static func style(_ level: Notice.Level) -> StyleName {
        switch level {
        case .success: return .toastSuccess
        case .info: return .toastInfo
        case .warning: return .toastWarning
        case .error: return .toastError
        }
    }
}
