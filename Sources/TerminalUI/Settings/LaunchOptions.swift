import Foundation

/// What the command line asks for, over the config file's settings.
public struct LaunchOptions: Sendable, Equatable {
    public var demo = false
    public var readOnly = false
    public var pollSeconds: Double = 30
    public var theme = "default"
    public var keymap = "default"
    public var userEmail: String?
    public var useCache = true

    /// What to do instead of running.
    public enum Action: Sendable, Equatable {
        case run(LaunchOptions)
        case help
        case version
    }

    public static let pollRange: ClosedRange<Double> = 5...86_400

    public static let version = "ashby-tui 0.1.0"

    public static let usage = """
        Usage: ashby-tui [options]

        A terminal workspace for Ashby: pipelines, candidates, interview schedules,
        scorecards and offer approvals.

        Options:
          --demo            Run on a built-in simulated tenant (no API key needed)
          --read-only       Refuse every write (moves, archiving, notes, approvals)
          --poll SECONDS    Seconds between incremental syncs (default 30)
          --theme NAME      default, light, high-contrast, monochrome, or a theme file
                            of yours in $XDG_CONFIG_HOME/ashby-tui/themes/NAME
          --keymap NAME     default, vim, emacs, or a keymap file of yours in
                            $XDG_CONFIG_HOME/ashby-tui/keymaps/NAME
          --user EMAIL      The acting user (for "mine" and approvals)
          --no-cache        Neither read nor write the local snapshot cache
          --help            Show this help
          --version         Show the version

        The same settings can go in $XDG_CONFIG_HOME/ashby-tui/config (flags win).
        The API key comes from ASHBY_API_KEY, or a file readable only by you:
        ASHBY_API_KEY_FILE or $XDG_CONFIG_HOME/ashby-tui/api-key. ASHBY_API_URL
        overrides the API address. NO_COLOR turns colour off.

        Exit codes: 0 done, 2 bad flag or settings file, 3 API key missing or refused,
        4 Ashby unreachable, 5 not a terminal or terminal too small.
        """

    public init() {}

    /// Applies the config file, then the flags. Unknown flags, missing or bad values are errors.
    public static func parse(_ arguments: [String], config: ConfigFile = ConfigFile()) throws(SettingsError) -> Action {
        var options = LaunchOptions()
        if let theme = config.theme { options.theme = theme }
        if let keymap = config.keymap { options.keymap = keymap }
        if let poll = config.pollSeconds { options.pollSeconds = poll }
        options.userEmail = config.userEmail
        if let readOnly = config.readOnly { options.readOnly = readOnly }
        if let cache = config.cache { options.useCache = cache }

        var rest = arguments[...]
        func value(of flag: String) throws(SettingsError) -> String {
            guard let value = rest.popFirst(), !value.hasPrefix("--") else { throw SettingsError("\(flag) needs a value (see --help)") }
            return value
        }
        while let argument = rest.popFirst() {
            // `--flag=value` is the same as `--flag value`.
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                rest.insert(String(argument[argument.index(after: equals)...]), at: rest.startIndex)
                rest.insert(String(argument[..<equals]), at: rest.startIndex)
                continue
            }
            switch argument {
            case "--help", "-h": return .help
            case "--version", "-V": return .version
            case "--demo": options.demo = true
            case "--read-only": options.readOnly = true
            case "--no-cache": options.useCache = false
            case "--theme": options.theme = try value(of: argument)
            case "--keymap": options.keymap = try value(of: argument)
            case "--user":
                let email = try value(of: argument)
                guard email.contains("@") else { throw SettingsError("--user takes an email address, got '\(email)'") }
                options.userEmail = email
            case "--poll":
                let text = try value(of: argument)
                guard let seconds = pollSeconds(text) else {
                    throw SettingsError("--poll takes seconds from \(Int(pollRange.lowerBound)) to \(Int(pollRange.upperBound)), got '\(text)'")
                }
                options.pollSeconds = seconds
            default:
                throw SettingsError("unknown option '\(argument)' (see --help)")
            }
        }
        return .run(options)
    }

    static func pollSeconds(_ text: String) -> Double? {
        guard let seconds = Double(text), pollRange.contains(seconds) else { return nil }
        return seconds
    }
}
