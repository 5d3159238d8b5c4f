import Foundation

/// Finds a theme by name: a user file in the user's theme directory wins over the shipped one.
public enum ThemeCatalog {
    /// The user's theme directory: `$XDG_CONFIG_HOME/ashby-tui/themes` (or `~/.config/…`).
    public static func userDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("ashby-tui/themes")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/ashby-tui/themes")
    }

    /// Loads theme `name` from `userDirectory` (a directory of theme files named like the theme)
    /// or from the shipped themes. Styles a user file leaves out come from its base theme.
    public static func load(name: String, userDirectory: URL?) throws(ThemeError) -> Theme {
        if isPlainName(name), let directory = userDirectory {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                let text: String
                do {
                    text = try String(contentsOf: url, encoding: .utf8)
                } catch {
                    throw .unreadable(path: url.path, reason: "not readable as UTF-8 text")
                }
                let file = try ThemeFile.parse(text, file: url.path)
                return file.theme(named: name, base: try ShippedThemes.theme(file.base ?? "default"))
            }
        }
        guard ShippedThemes.texts[name] != nil else {
            throw .unknownTheme(name: name, available: available(userDirectory: userDirectory))
        }
        return try ShippedThemes.theme(name)
    }

    /// Shipped theme names, then the user's own, sorted and without duplicates.
    public static func available(userDirectory: URL?) -> [String] {
        var names = ShippedThemes.names
        if let directory = userDirectory,
           let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) {
            for file in files.sorted() where isPlainName(file) && !names.contains(file) { names.append(file) }
        }
        return names
    }

    /// A theme name is a file name, never a path.
    private static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/")
    }
}

extension ShippedThemes {
    /// A shipped theme, parsed (the tests guarantee every shipped text parses and is complete).
    static func theme(_ name: String) throws(ThemeError) -> Theme {
        guard let text = texts[name] else { throw .unknownTheme(name: name, available: names) }
        let file = try ThemeFile.parse(text, file: "themes/" + name)
        let base: Theme? = (file.base == nil || file.base == name) ? nil : try theme(file.base!)
        return file.theme(named: name, base: base)
    }

    /// The attributes-only theme `Theme.withoutColor()` borrows from.
    static let monochrome: Theme = (try? theme("monochrome")) ?? Theme(name: "monochrome", styles: [:])
}
