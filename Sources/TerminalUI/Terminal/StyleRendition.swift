import CNcursesw
import CTerminalShim

/// A theme's style as ncurses draws it: attribute bits and a colour pair number.
struct StyleRendition: Equatable {
    var attributes: attr_t
    var pair: Int32
}

/// The two colour numbers of a pair as ncurses takes them (-1 is the terminal's default).
struct ColorPairKey: Hashable {
    var foreground: Int32
    var background: Int32
}

/// Colour pairs allocated on demand, one per (foreground, background) the themes use.
struct ColorPairTable {
    private var pairs: [ColorPairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    let capacity: Int32

    init(capacity: Int32) { self.capacity = capacity }

    /// The pair for `key`, allocating it with `initialize` the first time; pair 0 (the
    /// terminal's colours) when there is none left.
    mutating func pair(for key: ColorPairKey, initialize: (Int32, ColorPairKey) -> Bool) -> Int32 {
        if key.foreground == -1, key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        guard nextPair < capacity, initialize(nextPair, key) else { return 0 }
        pairs[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }
}

enum ColorNumbers {
    /// The ncurses colour number for a colour already resolved for `capability`.
    /// With direct colour (xterm-direct), numbers below 8 are the palette and the rest are RGB.
    static func number(for color: ThemeColor, capability: ColorCapability, defaultAllowed: Bool, isForeground: Bool) -> Int32 {
        switch color {
        case .terminalDefault:
            return defaultAllowed ? -1 : (isForeground ? 7 : 0)
        case .ansi(let index), .indexed(let index):
            guard capability == .direct, index >= 8 else { return Int32(index) }
            let (red, green, blue) = XtermPalette.rgb(index)
            return packed(red, green, blue)
        case .rgb(let red, let green, let blue):
            return packed(red, green, blue)
        }
    }

    private static func packed(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> Int32 {
        let value = Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
        // Values below 8 would mean palette colours: near-black becomes black.
        return value < 8 ? 0 : value
    }

    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var bits: UInt32 = 0
        if attributes.contains(.bold) { bits |= ashby_attr_bold() }
        if attributes.contains(.dim) { bits |= ashby_attr_dim() }
        if attributes.contains(.italic) { bits |= ashby_attr_italic() }
        if attributes.contains(.underline) { bits |= ashby_attr_underline() }
        if attributes.contains(.reverse) { bits |= ashby_attr_reverse() }
        if attributes.contains(.standout) { bits |= ashby_attr_standout() }
        return attr_t(bits)
    }
}
