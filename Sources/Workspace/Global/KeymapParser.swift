import Foundation

/// A problem in a keymap file, at a line.
public typealias KeymapError = FileProblem

/// Every problem found in a keymap file; the keymap is not used when there is any.
public struct KeymapParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var errors: [KeymapError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension Keymap {
    /// Parses a keymap file.
    ///
    /// The format, one item per line:
    /// ```
    /// # A comment: the first non-space character is '#'.
    /// [global]                  # a section: global, pipeline, candidate, schedule, feedback or offers
    /// ctrl+l      = redraw      # keys = command
    /// 1           = pane pipeline   # a command with its argument
    /// g g         = cursor.top  # a sequence: chords separated by spaces
    /// [offers]
    /// a           = offers.approve-step
    /// x           = none        # removes the binding of these keys inherited from `base`
    /// ```
    /// Keys are `KeyChord` spellings (`ctrl+l`, `shift+tab`, `alt+x`, `esc`, `enter`, `space`, `up`,
    /// `f5`, `?`, `:`, `/`, `G`; `hash` and `equals` for `#` and `=`). A binding in a pane section
    /// wins over the global one for the same keys. Pane-only commands must be bound in their
    /// pane's section. With `base`, the file's bindings replace the base's for the same keys and
    /// scope and add the rest. Errors (unknown section or command, malformed keys, a chord bound
    /// twice in one section, keys that start another binding of the section, a bad argument) are
    /// all collected with their line and thrown together.
    public static func parse(_ text: String, file: String, base: Keymap? = nil,
                             registry: CommandRegistry = .standard) throws(KeymapParseError) -> Keymap {
        var errors: [KeymapError] = []
        var bindings: [KeyBinding] = []
        var removals: [(KeymapScope, KeySequence)] = []
        var scope: KeymapScope?
        var inUnknownSection = false
        var seen: [ScopedSequence: Int] = [:]

        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            func fail(_ message: String) { errors.append(KeymapError(file: file, line: lineNumber, message: message)) }
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }

            if line.hasPrefix("[") && line.hasSuffix("]") && line.count > 2 {
                let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces).lowercased()
                scope = KeymapScope(name: name)
                inUnknownSection = scope == nil
                if scope == nil {
                    fail("unknown section [\(name)] (expected global, \(Pane.allCases.map(\.name).joined(separator: ", ")))")
                }
                continue
            }

            guard let (keys, keysText, commandText) = splitBinding(line) else {
                if let equals = line.dropFirst().firstIndex(of: "=") {
                    fail("malformed key '\(line[..<equals].trimmingCharacters(in: .whitespaces))'")
                } else {
                    fail("expected 'keys = command', got '\(line)'")
                }
                continue
            }
            guard let section = scope else {
                // Under an unknown section the section error already says it all.
                if !inUnknownSection { fail("binding '\(keysText)' is outside any section; start with [global] or a pane section") }
                continue
            }
            guard !commandText.isEmpty else {
                fail("no command for '\(keysText)'")
                continue
            }

            let key = ScopedSequence(scope: section, keys: keys)
            if let earlier = seen[key] {
                fail("'\(keys)' is bound twice in [\(section.name)] (first at line \(earlier))")
                continue
            }
            if let clash = seen.first(where: { $0.key.scope == section && ($0.key.keys.isPrefix(of: keys) || keys.isPrefix(of: $0.key.keys)) }) {
                fail("'\(keys)' and '\(clash.key.keys)' (line \(clash.value)) in [\(section.name)] start the same way; one could never be typed")
                continue
            }
            seen[key] = lineNumber

            if commandText == "none" {
                removals.append((section, keys))
                continue
            }
            let words = commandText.split(separator: " ", maxSplits: 1)
            let name = String(words[0])
            guard let spec = registry.spec(named: name) else {
                let suggestion = closestName(to: name, in: registry).map { " (did you mean '\($0)'?)" } ?? ""
                fail("unknown command '\(name)'\(suggestion)")
                continue
            }
            if case .pane(let pane) = section, !spec.applies(in: pane) {
                fail("\(name) does not apply in the \(pane.name) pane")
                continue
            }
            if section == .global && !spec.panes.isEmpty {
                let panes = spec.panes.sorted().map { "[\($0.name)]" }.joined(separator: " or ")
                fail("\(name) applies only in some panes; bind it in \(panes)")
                continue
            }
            do {
                let command = try spec.command(argument: words.count > 1 ? String(words[1]) : nil)
                bindings.append(KeyBinding(scope: section, keys: keys, command: command, commandText: commandText,
                                           file: file, line: lineNumber))
            } catch {
                fail(error.message)
            }
        }
        guard errors.isEmpty else { throw KeymapParseError(errors: errors) }
        return (base ?? Keymap(bindings: [])).overlaid(with: bindings, removals: removals)
    }

    /// `keys = command`: the separator is the first `=` (after the first character) whose left side
    /// parses as keys, so `= = x` binds `=`.
    private static func splitBinding(_ line: String) -> (KeySequence, String, String)? {
        var search = line.index(after: line.startIndex)
        while search < line.endIndex, let equals = line[search...].firstIndex(of: "=") {
            let left = line[..<equals].trimmingCharacters(in: .whitespaces)
            if let keys = KeySequence(parsing: left) {
                let right = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                let collapsed = right.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                return (keys, left, collapsed)
            }
            search = line.index(after: equals)
        }
        return nil
    }
}

/// The command name nearest a misspelling: by edit distance (transpositions count one), within a
/// third of its length; otherwise the best fuzzy match.
private func closestName(to name: String, in registry: CommandRegistry) -> String? {
    let typed = Array(name.lowercased())
    let nearest = registry.specs.map { ($0.name, editDistance(typed, Array($0.name))) }.min { $0.1 < $1.1 }
    if let nearest, nearest.1 <= max(2, typed.count / 3) { return nearest.0 }
    return FuzzyMatch.rank(name, registry.specs, key: \.name).first?.item.name
}

/// Optimal string alignment distance: insertions, deletions, substitutions, adjacent transpositions.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
            }
        }
    }
    return table[a.count][b.count]
}

private struct ScopedSequence: Hashable {
    var scope: KeymapScope
    var keys: KeySequence
}
