import Workspace

/// The top row: the five panes as numbered tabs, the active one bracketed (readable without
/// colour) and styled, each clickable; an optional hint ("? help") at the right.
public enum TabBar {
    public static func draw(active: Pane, hint: String? = nil, in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        canvas.fill(row, style: .tabBar)
        var x = row.x
        // Narrow terminals drop the titles of inactive tabs before anything else.
        let full = Pane.allCases.map { label(for: $0, isActive: $0 == active, compact: false) }.reduce(0) { $0 + TerminalText.width(of: $1) }
        let compact = full > row.width - (hint.map { TerminalText.width(of: $0) + 1 } ?? 0)
        for pane in Pane.allCases {
            let text = label(for: pane, isActive: pane == active, compact: compact)
            let used = canvas.write(text, x: x, y: row.y, maxWidth: row.maxX - x, style: pane == active ? .tabActive : .tabInactive)
            canvas.addHitRegion(Rect(x: x, y: row.y, width: used, height: 1), .tab(pane))
            x += used
            guard x < row.maxX else { break }
        }
        if let hint {
            let width = TerminalText.width(of: hint)
            if row.maxX - x >= width + 2 { canvas.write(hint, x: row.maxX - width - 1, y: row.y, style: .tabBar) }
        }
    }

    /// "[3 Schedule]" when active, " 2 Candidate " otherwise; " 2 " when compact.
    static func label(for pane: Pane, isActive: Bool, compact: Bool) -> String {
        if isActive { return "[\(pane.rawValue) \(pane.title)]" }
        return compact ? " \(pane.rawValue) " : " \(pane.rawValue) \(pane.title) "
    }
}
