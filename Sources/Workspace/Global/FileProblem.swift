/// A problem in a file the user wrote (keymap, theme, config), at a line: printed as
/// `file:line: message` so an editor can jump to it.
public struct FileProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `keymaps/custom:12: unknown command 'pipeline.nxt'`.
    public var description: String { "\(file):\(line): \(message)" }
}
