import Foundation
import Workspace

/// The keymaps a user can choose with `--keymap NAME`: the shipped `default`, `vim` and `emacs`,
/// or a file of theirs in `$XDG_CONFIG_HOME/ashby-tui/keymaps/NAME` (which wins over a shipped
/// one of the same name). A keymap file may start with `base = NAME` and hold only what differs
/// from that keymap. A `$XDG_CONFIG_HOME/ashby-tui/keymap` file, when present, is laid over the
/// chosen map: it needs only the lines it changes.
public enum KeymapCatalog {
    public static let shipped: [String: String] = [
        "default": Keymap.defaultText + "\n",
        "vim": ShippedKeymaps.vim,
        "emacs": ShippedKeymaps.emacs,
    ]

    public static var shippedNames: [String] { shipped.keys.sorted() }

    /// Loads `name` and the user's overlay. Every problem of a file is reported with its line,
    /// and no keymap is returned when there is any: the program must not start with a broken map.
    public static func load(name: String, configDirectory: URL?) throws(SettingsError) -> Keymap {
        let base = try preset(name, configDirectory: configDirectory, depth: 0)
        guard let overlay = configDirectory?.appendingPathComponent("keymap"), let text = try readIfPresent(overlay) else {
            return base
        }
        return try parse(text, file: overlay.path, base: base)
    }

    /// A keymap by name: the user's file of that name, else the shipped one. A file may start
    /// with `base = NAME` to lay itself over another keymap (the shipped `vim` and `emacs` do).
    static func preset(_ name: String, configDirectory: URL?, depth: Int) throws(SettingsError) -> Keymap {
        let text: String, file: String
        if let userFile = configDirectory?.appendingPathComponent("keymaps").appendingPathComponent(name),
           let userText = try readIfPresent(userFile) {
            (text, file) = (userText, userFile.path)
        } else if let shippedText = shipped[name] {
            (text, file) = (shippedText, "keymaps/\(name)")
        } else {
            let userNames = configDirectory.map { userKeymapNames(in: $0) } ?? []
            let known = Set(shippedNames + userNames).sorted().joined(separator: ", ")
            throw SettingsError("Unknown keymap '\(name)'. Available: \(known).")
        }
        let (baseName, baseLine, body) = baseDirective(in: text)
        guard let baseName else { return try parse(body, file: file, base: nil) }
        guard depth < 4, baseName != name else {
            throw SettingsError(file: file, line: baseLine, "'base = \(baseName)' goes round in a circle")
        }
        let base = try preset(baseName, configDirectory: configDirectory, depth: depth + 1)
        return try parse(body, file: file, base: base)
    }

    /// Finds a `base = NAME` line before the first section and blanks it (line numbers stay true).
    static func baseDirective(in text: String) -> (name: String?, line: Int, body: String) {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") { break }
            guard trimmed.hasPrefix("base"), let equals = trimmed.firstIndex(of: "="),
                  trimmed[..<equals].trimmingCharacters(in: .whitespaces) == "base" else { continue }
            let name = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            lines[index] = ""
            return (name.isEmpty ? nil : name, index + 1, lines.joined(separator: "\n"))
        }
        return (nil, 0, text)
    }

    static func parse(_ text: String, file: String, base: Keymap?) throws(SettingsError) -> Keymap {
        do {
            return try Keymap.parse(text, file: file, base: base)
        } catch {
            throw SettingsError(error.description)
        }
    }

    static func userKeymapNames(in configDirectory: URL) -> [String] {
        let folder = configDirectory.appendingPathComponent("keymaps").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }
    }

    /// The file's text, nil when it does not exist; unreadable or non-UTF-8 files are errors.
    static func readIfPresent(_ url: URL) throws(SettingsError) -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SettingsError("\(url.path): cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw SettingsError("\(url.path): not UTF-8 text") }
        return text
    }
}
