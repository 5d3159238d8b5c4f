import Workspace

/// A problem with a file or flag the user gave, said so they can fix it: the file and line, or the flag.
public struct SettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    /// One problem at a line of a file.
    public init(file: String, line: Int, _ message: String) { self.message = FileProblem(file: file, line: line, message: message).description }

    public var description: String { message }
}
