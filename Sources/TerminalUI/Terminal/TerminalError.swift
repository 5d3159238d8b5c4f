/// Why the terminal UI cannot start, with what to do about it.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    case notATerminal
    case tooSmall(width: Int, height: Int)
    case cannotStart(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "ashby-tui needs an interactive terminal: standard input and output must be a terminal, "
                + "not a pipe or a file. Run it directly in a terminal (over ssh, use ssh -t)."
        case .tooSmall(let width, let height):
            let minimum = TerminalSession.minimumSize
            return "the terminal is \(width)x\(height); ashby-tui needs at least \(minimum.width)x\(minimum.height). "
                + "Enlarge the window or make the font smaller."
        case .cannotStart(let reason):
            return "cannot start the terminal UI: \(reason)"
        }
    }
}
