import Workspace

/// Why a theme cannot be used. The program must not start with a broken theme.
public enum ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Everything wrong in a theme file, each as `file:line: message`.
    case invalid([ThemeIssue])
    /// No user or shipped theme has this name.
    case unknownTheme(name: String, available: [String])
    /// The user's theme file exists but cannot be read.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalid(let issues):
            return issues.map(\.description).joined(separator: "\n")
        case .unknownTheme(let name, let available):
            return "unknown theme '\(name)'; available themes: \(available.joined(separator: ", "))"
        case .unreadable(let path, let reason):
            return "\(path): cannot read theme file: \(reason)"
        }
    }
}

/// One problem in a theme file, at a line.
public typealias ThemeIssue = FileProblem
