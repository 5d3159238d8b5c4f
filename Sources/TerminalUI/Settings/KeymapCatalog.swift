import Foundation
import Workspace

/// The keymaps a user can choose with `--keymap NAME`: the shipped `default`, `vim` and `emacs`,
/// or a file of theirs in `$XDG_CONFIG_HOME/ashby-tui/keymaps/NAME` (which wins over a shipped
/// one of the same name). A `$XDG_CONFIG_HOME/ashby-tui/keymap` file, when present, is laid over
/// the chosen map: it needs only the lines it changes.
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
        let base: Keymap
        if let userFile = configDirectory?.appendingPathComponent("keymaps").appendingPathComponent(name),
           let text = try readIfPresent(userFile) {
            base = try parse(text, file: userFile.path, base: nil)
        } else if let text = shipped[name] {
            base = try parse(text, file: "keymaps/\(name)", base: nil)
        } else {
            let userNames = configDirectory.map { userKeymapNames(in: $0) } ?? []
            let known = Set(shippedNames + userNames).sorted().joined(separator: ", ")
            throw SettingsError("Unknown keymap '\(name)'. Available: \(known).")
        }
        guard let overlay = configDirectory?.appendingPathComponent("keymap"), let text = try readIfPresent(overlay) else {
            return base
        }
        return try parse(text, file: overlay.path, base: base)
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
