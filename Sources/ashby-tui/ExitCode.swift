import Foundation

/// The process's exit codes, as `--help` lists them.
enum ExitCode: Int32 {
    case success = 0
    case usage = 2
    case credentials = 3
    case unreachable = 4
    case terminal = 5

    /// Prints `message` to stderr (stdout may be the terminal being restored) and exits.
    func exit(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("ashby-tui: " + message + "\n").utf8))
        Foundation.exit(rawValue)
    }
}
