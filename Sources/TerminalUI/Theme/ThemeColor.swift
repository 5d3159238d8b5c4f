/// A colour as a theme file writes it. `ThemeColor.resolved(for:)` turns it into one the
/// terminal can show.
public enum ThemeColor: Sendable, Hashable {
    /// The terminal's own foreground or background (ncurses colour -1).
    case terminalDefault
    /// One of the 16 colours the terminal's palette defines (0–7 normal, 8–15 bright).
    case ansi(Int)
    /// One of xterm's 256 colours: 0–15 the palette, 16–231 a 6×6×6 cube, 232–255 greys.
    case indexed(Int)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The names theme files may use for the 16 palette colours, by number.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// Parses `default`, `red`, `bright-blue`, `0`–`255` or `#rrggbb`.
    public init?(spelling: String) {
        if spelling == "default" {
            self = .terminalDefault
        } else if let index = ThemeColor.ansiNames.firstIndex(of: spelling) {
            self = .ansi(index)
        } else if spelling.hasPrefix("#") {
            let hex = spelling.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16) else { return nil }
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        } else if !spelling.isEmpty, spelling.count <= 3, spelling.allSatisfy(\.isASCII), spelling.allSatisfy(\.isNumber),
                  let number = Int(spelling), number <= 255 {
            self = .indexed(number)
        } else {
            return nil
        }
    }

    /// The colour as a theme file writes it.
    public var spelling: String {
        switch self {
        case .terminalDefault: return "default"
        case .ansi(let index): return ThemeColor.ansiNames[index]
        case .indexed(let index): return String(index)
        case .rgb(let red, let green, let blue):
            return "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// The nearest colour a terminal with `capability` can show: 24-bit colours become the
    /// nearest of xterm's cube and greys on 256-colour terminals, then the nearest of the 16
    /// palette colours, then on 8-colour terminals a bright colour becomes its normal hue. Without colour everything is the default.
    public func resolved(for capability: ColorCapability) -> ThemeColor {
        switch (capability, self) {
        case (_, .terminalDefault), (.none, _): return .terminalDefault
        case (.direct, _): return self
        case (.indexed256, .rgb(let red, let green, let blue)):
            return .indexed(XtermPalette.nearestInCubeOrGreys(red, green, blue))
        case (.indexed256, _): return self
        case (.sixteen, .ansi): return self
        case (.sixteen, .indexed(let index)): return .ansi(index < 16 ? index : XtermPalette.nearestOfSixteen(XtermPalette.rgb(index)))
        case (.sixteen, .rgb): return resolved(for: .indexed256).resolved(for: .sixteen)
        case (.eight, _):
            guard case .ansi(let index) = resolved(for: .sixteen) else { return .terminalDefault }
            // Bright colours become their normal hue; grey (bright black) becomes the console's
            // light grey, not black, so dim text stays visible on a dark background.
            return .ansi(index == 8 ? 7 : index % 8)
        }
    }
}

/// What colours the terminal can show.
public enum ColorCapability: Sendable, Hashable, Comparable {
    case none, eight, sixteen, indexed256, direct

    /// From ncurses' `COLORS` after `start_color`. 24-bit colour needs a terminfo entry that
    /// declares it (`TERM=xterm-direct`, `COLORS` = 2^24): with a 256-colour entry ncurses cannot
    /// send 24-bit sequences even when `COLORTERM=truecolor` says the terminal understands them.
    public static func detect(hasColors: Bool, colors: Int) -> ColorCapability {
        guard hasColors else { return .none }
        switch colors {
        case (1 << 24)...: return .direct
        case 256...: return .indexed256
        case 16...: return .sixteen
        case 8...: return .eight
        default: return .none
        }
    }
}
