import Foundation

/// The settings in `$XDG_CONFIG_HOME/ashby-tui/config`: the same as the flags, one per line.
///
/// ```
/// # A comment.
/// theme     = light
/// keymap    = vim
/// poll      = 60          # seconds between incremental syncs
/// user      = me@acme.com # the acting user, for "mine" and approvals
/// read-only = true
/// cache     = false       # as --no-cache
/// ```
/// Unknown keys, bad values and repeated keys are errors with the file and line.
public struct ConfigFile: Sendable, Equatable {
    public var theme: String?
    public var keymap: String?
    public var pollSeconds: Double?
    public var userEmail: String?
    public var readOnly: Bool?
    public var cache: Bool?

    public init() {}

    public static let keys = ["theme", "keymap", "poll", "user", "read-only", "cache"]

    /// Reads the file when it exists (an absent file is an empty config).
    public static func load(from url: URL) throws(SettingsError) -> ConfigFile {
        guard let text = try KeymapCatalog.readIfPresent(url) else { return ConfigFile() }
        return try parse(text, file: url.path)
    }

    /// Parses the text; all problems are collected and reported together.
    public static func parse(_ text: String, file: String) throws(SettingsError) -> ConfigFile {
        var config = ConfigFile()
        var problems: [String] = []
        var seen: [String: Int] = [:]
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            func fail(_ message: String) { problems.append(SettingsError(file: file, line: number, message).message) }
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                fail("expected 'key = value', got '\(trimmed)'")
                continue
            }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard keys.contains(key) else {
                fail("unknown setting '\(key)' (known: \(keys.joined(separator: ", ")))")
                continue
            }
            if let earlier = seen[key] {
                fail("'\(key)' is set twice (first at line \(earlier))")
                continue
            }
            seen[key] = number
            guard !value.isEmpty else {
                fail("'\(key)' has no value")
                continue
            }
            switch key {
            case "theme": config.theme = value
            case "keymap": config.keymap = value
            case "user": config.userEmail = value
            case "poll":
                guard let seconds = LaunchOptions.pollSeconds(value) else {
                    fail("poll must be a number of seconds from \(Int(LaunchOptions.pollRange.lowerBound)) to \(Int(LaunchOptions.pollRange.upperBound)), got '\(value)'")
                    continue
                }
                config.pollSeconds = seconds
            case "read-only", "cache":
                guard let flag = boolean(value) else {
                    fail("'\(key)' must be true or false, got '\(value)'")
                    continue
                }
                if key == "cache" { config.cache = flag } else { config.readOnly = flag }
            default: break
            }
        }
        guard problems.isEmpty else { throw SettingsError(problems.joined(separator: "\n")) }
        return config
    }

    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on", "1": true
        case "false", "no", "off", "0": false
        default: nil
        }
    }
}
