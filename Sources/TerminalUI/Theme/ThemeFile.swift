/// A parsed theme file: the styles it sets and the shipped theme that fills in the rest.
///
/// Format (one setting per line; `#` at the start of a line is a comment, blank lines are fine):
///
///     base = light
///     normal = fg:252 bg:default
///     card-selected = fg:#ffffff bg:24 bold
///
/// `fg:`/`bg:` take `default`, a palette name (`red`, `bright-blue`), `0`–`255` or `#rrggbb`;
/// attributes are words (`bold dim italic underline reverse standout`). A style that leaves out
/// `fg:` or `bg:` takes that colour from `normal`; styles left out come from the base theme
/// (`default` unless `base =` names another shipped theme).
public struct ThemeFile: Sendable, Equatable {
    public var base: String?
    public var styles: [StyleName: PartialStyle]

    /// One style line; nil colours are taken from `normal`.
    public struct PartialStyle: Sendable, Equatable {
        public var foreground: ThemeColor?
        public var background: ThemeColor?
        public var attributes: TextAttributes
    }

    /// Parses `text`, reporting every problem as `file:line: message`.
    public static func parse(_ text: String, file: String) throws(ThemeError) -> ThemeFile {
        var result = ThemeFile(base: nil, styles: [:])
        var issues: [ThemeIssue] = []
        var firstLine: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            func report(_ message: String) { issues.append(ThemeIssue(file: file, line: lineNumber, message: message)) }

            guard let equals = line.firstIndex(of: "="),
                  case let key = line[..<equals].trimmingWhitespace(), !key.isEmpty,
                  key.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
                report("expected 'style-name = fg:COLOUR bg:COLOUR attributes', got '\(line)'")
                continue
            }
            let value = line[line.index(after: equals)...].trimmingWhitespace()
            if let first = firstLine[key] {
                report("duplicate '\(key)' (first set on line \(first))")
                continue
            }
            firstLine[key] = lineNumber

            if key == "base" {
                if ShippedThemes.texts[value] == nil {
                    report("unknown base theme '\(value)' (shipped themes: \(ShippedThemes.names.joined(separator: ", ")))")
                } else {
                    result.base = value
                }
                continue
            }
            guard let name = StyleName(themeKey: key) else {
                report("unknown style '\(key)'" + suggestion(for: key))
                continue
            }
            if let style = parseStyle(value, report: report) { result.styles[name] = style }
        }
        if !issues.isEmpty { throw .invalid(issues) }
        return result
    }

    private static func parseStyle(_ value: String, report: (String) -> Void) -> PartialStyle? {
        var style = PartialStyle(foreground: nil, background: nil, attributes: [])
        var valid = true
        for word in value.split(whereSeparator: \.isWhitespace).map(String.init) {
            if word.hasPrefix("fg:") || word.hasPrefix("bg:") {
                let isForeground = word.hasPrefix("fg:")
                guard let color = ThemeColor(spelling: String(word.dropFirst(3))) else {
                    report("bad colour '\(word)' (use default, a name like red or bright-blue, 0-255, or #rrggbb)")
                    valid = false
                    continue
                }
                if (isForeground ? style.foreground : style.background) != nil {
                    report("'\(word.prefix(3))' given twice")
                    valid = false
                } else if isForeground {
                    style.foreground = color
                } else {
                    style.background = color
                }
            } else if let attribute = TextAttributes(word: word) {
                style.attributes.insert(attribute)
            } else {
                let known = TextAttributes.named.map(\.0).joined(separator: ", ")
                report("unknown attribute '\(word)' (use \(known), fg:COLOUR or bg:COLOUR)")
                valid = false
            }
        }
        return valid ? style : nil
    }

    /// ` (did you mean 'card-selected'?)` for a near miss, or nothing.
    private static func suggestion(for key: String) -> String {
        let scored = StyleName.allCases.map { ($0.themeKey, editDistance($0.themeKey, key)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 3 else { return "" }
        return " (did you mean '\(best.0)'?)"
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 0..<a.count {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for j in 0..<b.count {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The complete theme: this file's styles over `base`'s, missing colours from `normal`.
    public func theme(named name: String, base: Theme?) -> Theme {
        let baseNormal = base?.style(.normal) ?? .plain
        let normalLine = styles[.normal]
        let normal = TextStyle(foreground: normalLine?.foreground ?? baseNormal.foreground,
                               background: normalLine?.background ?? baseNormal.background,
                               attributes: normalLine?.attributes ?? baseNormal.attributes)
        var complete: [StyleName: TextStyle] = [:]
        for style in StyleName.allCases {
            if let line = styles[style] {
                complete[style] = TextStyle(foreground: line.foreground ?? normal.foreground,
                                            background: line.background ?? normal.background,
                                            attributes: line.attributes)
            } else {
                complete[style] = base?.style(style) ?? normal
            }
        }
        complete[.normal] = normal
        return Theme(name: name, styles: complete)
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
