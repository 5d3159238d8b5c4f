import Glibc

/// The process's character-type locale, which `wcwidth` and ncurses' wide-character output need.
public enum TerminalLocale {
    /// Takes the user's locale (`LANG`, `LC_*`), and falls back to `C.UTF-8` for the character
    /// type when that one is not UTF-8: terminals and API data are UTF-8 whatever `LANG` says.
    /// Idempotent; call before `initscr` and before measuring text.
    public static func prepare() {
        setlocale(LC_CTYPE, "")
        if !isUTF8 { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    public static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
