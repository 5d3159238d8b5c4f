/// Text that tries to break terminals: escape sequences, controls, bidi tricks, wide and
/// combining characters, very long and empty strings. A `--hostile` tenant mixes it into the
/// names, titles, notes and feedback it generates, so every renderer meets it.
struct HostileText: Sendable {
    /// Share of eligible strings that get a hostile variant.
    static let share = 0.3

    static let variants: [@Sendable (String) -> String] = [
        { "\u{1B}[31m\($0)\u{1B}[0m" },                                   // SGR colour
        { "\u{1B}]0;pwned\u{7}\($0)" },                                    // OSC 0 window title
        { "\($0)\u{1B}]52;c;cHduZWQ=\u{7}" },                               // OSC 52 clipboard write
        { "\u{1B}]8;;https://evil.example/\u{1B}\\\($0)\u{1B}]8;;\u{1B}\\" }, // OSC 8 hyperlink
        { "\($0)\u{0}\u{8}\u{7F}\u{85}\u{9B}2J\u{1B}[2J" },                // C0 and C1 controls, clear screen
        { "\u{202E}\($0)\u{202C}" },                                       // right-to-left override
        { "\u{2066}\($0)\u{2069}\u{2067}x\u{2069}" },                        // bidi isolates
        { "Z\u{200B}\u{200D}\($0)e\u{0301}\u{0308}\u{0323}\u{FEFF}" },     // zero-width and combining
        { "山田 太郎 \($0) 中文字符" },                                     // CJK, two cells each
        { "\($0) 👩🏽‍💻🎉🇯🇵" },                                            // emoji and ZWJ sequences
        { String(repeating: "\($0) ", count: max(1, 520 / max(1, $0.count + 1) + 1)) + "…" }, // 500+ chars
        { _ in "" },                                                       // empty
        { "\($0)\n\tsecond line\r" },                                      // raw newline and tab
    ]

    var isOn: Bool
    var random: SplitMix64

    init(isOn: Bool, seed: UInt64) {
        self.isOn = isOn
        random = SplitMix64(seed: seed, stream: 0x4057)
    }

    /// `text`, or in a hostile tenant sometimes a hostile variant of it.
    mutating func apply(_ text: String) -> String {
        guard isOn, random.chance(HostileText.share) else { return text }
        return HostileText.variants[random.below(HostileText.variants.count)](text)
    }

    /// A hostile variant for sure (hostile tenants only): used to seed guaranteed cases.
    mutating func force(_ text: String, variant: Int) -> String {
        guard isOn else { return text }
        return HostileText.variants[variant % HostileText.variants.count](text)
    }
}
