import Workspace

/// The `?` screen, generated from the active keymap so it is always true: the pane's own
/// bindings, then the global ones in effect there. Keys bound to the same command share a row
/// (`down, j`); the list scrolls by `offset`.
public enum HelpOverlay {
    /// One drawn line: a section heading or a command with its keys.
    enum Line: Equatable {
        case heading(String)
        case binding(keys: String, description: String, command: String)
        case blank
    }

    public static func draw(_ help: HelpScreen, in area: Rect, on canvas: inout Canvas) {
        let rect = area.centered(width: min(area.width - 2, 100), height: area.height - 2)
        guard rect.width >= 24, rect.height >= 4 else { return }
        let lines = self.lines(help)
        let visible = rect.height - 2
        let first = max(0, min(help.offset, lines.count - visible))
        let last = min(lines.count, first + visible)
        let position = lines.count > visible ? "\(first + 1)–\(last) of \(lines.count) · ↑↓ scroll · " : ""
        let inside = OverlayFrame.draw(rect, title: "Keys · \(help.pane.title)", hint: position + "Esc close", on: &canvas)
        let keyWidth = min(18, max(8, lines.compactMap { line -> Int? in
            if case .binding(let keys, _, _) = line { return TerminalText.width(of: keys) }
            return nil
        }.max() ?? 0))
        let showCommands = inside.width >= 72
        for (row, line) in lines[first..<last].enumerated() {
            let y = inside.y + row
            switch line {
            case .heading(let title):
                canvas.write(title, x: inside.x, y: y, maxWidth: inside.width, style: .heading)
            case .binding(let keys, let description, let command):
                canvas.write(keys, x: inside.x + 2, y: y, maxWidth: keyWidth, style: .key)
                let x = inside.x + 2 + keyWidth + 2
                let commandWidth = showCommands ? min(28, TerminalText.width(of: command)) : 0
                let descriptionWidth = inside.maxX - x - (showCommands ? commandWidth + 2 : 0)
                canvas.write(description, x: x, y: y, maxWidth: descriptionWidth, style: .dialog)
                if showCommands {
                    canvas.write(command, x: inside.maxX - commandWidth, y: y, maxWidth: commandWidth, style: .dim)
                }
            case .blank:
                break
            }
        }
    }

    /// The pane's section, then the global one; one line per command in keymap order.
    static func lines(_ help: HelpScreen) -> [Line] {
        var lines: [Line] = []
        for (scope, heading) in [(KeymapScope.pane(help.pane), help.pane.title), (.global, "Everywhere")] {
            var order: [String] = []
            var keys: [String: [String]] = [:]
            var descriptions: [String: String] = [:]
            for row in help.rows where row.scope == scope {
                if keys[row.command] == nil { order.append(row.command) }
                keys[row.command, default: []].append(row.keys)
                descriptions[row.command] = row.description
            }
            guard !order.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(heading))
            for command in order {
                lines.append(.binding(keys: keys[command]!.joined(separator: ", "), description: descriptions[command]!, command: command))
            }
        }
        return lines
    }
}
