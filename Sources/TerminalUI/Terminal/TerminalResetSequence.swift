/// The bytes that put a terminal back the way the shell expects it, precomputed so a signal
/// handler can restore the terminal with a single `write` (it may not call ncurses).
public enum TerminalResetSequence {
    /// Mouse reporting off for every protocol ncurses may have enabled (clicks, drags, motion, SGR).
    public static let mouseOff = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"

    /// From the terminal's terminfo strings, by capability name: attributes off (`sgr0`),
    /// colours back (`op`), mouse off, keypad off (`rmkx`), cursor shown (`cnorm`), and the
    /// alternate screen left (`rmcup`) last, so the shell's screen comes back clean.
    public static func bytes(capabilities: [String: String]) -> [UInt8] {
        var text = ""
        for name in ["sgr0", "op"] { text += capabilities[name] ?? "" }
        if capabilities["kmous"] != nil { text += mouseOff }
        for name in ["rmkx", "cnorm", "rmcup"] { text += capabilities[name] ?? "" }
        return Array(text.utf8)
    }

    /// The capability names `bytes(capabilities:)` reads.
    public static let capabilityNames = ["sgr0", "op", "kmous", "rmkx", "cnorm", "rmcup"]
}
