import Foundation

/// Where the user's own files live: `$XDG_CONFIG_HOME/ashby-tui/` (config, `themes/`,
/// `keymaps/`, `keymap`), defaulting to `~/.config/ashby-tui/`.
public enum ConfigDirectories {
    public static func configDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let home = environment["XDG_CONFIG_HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home).appendingPathComponent("ashby-tui")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config").appendingPathComponent("ashby-tui")
    }
}
