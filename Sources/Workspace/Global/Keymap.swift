/// Where a binding applies: everywhere, or in one pane (where it wins over a global binding).
public enum KeymapScope: Sendable, Hashable, Comparable, CustomStringConvertible {
    case global
    case pane(Pane)

    /// The section name: `global`, `pipeline`…
    public var name: String {
        switch self {
        case .global: return "global"
        case .pane(let pane): return pane.name
        }
    }

    public init?(name: String) {
        if name == "global" {
            self = .global
        } else if let pane = Pane.allCases.first(where: { $0.name == name }) {
            self = .pane(pane)
        } else {
            return nil
        }
    }

    public var description: String { name }

    public static func < (lhs: KeymapScope, rhs: KeymapScope) -> Bool {
        switch (lhs, rhs) {
        case (.global, .global): return false
        case (.global, .pane): return true
        case (.pane, .global): return false
        case (.pane(let a), .pane(let b)): return a < b
        }
    }
}

/// One key binding, with where it was written.
public struct KeyBinding: Sendable, Hashable {
    public var scope: KeymapScope
    public var keys: KeySequence
    public var command: Command
    /// The command as written, with its argument (`pane offers`).
    public var commandText: String
    public var file: String
    public var line: Int

    public init(scope: KeymapScope, keys: KeySequence, command: Command, commandText: String, file: String, line: Int) {
        self.scope = scope
        self.keys = keys
        self.command = command
        self.commandText = commandText
        self.file = file
        self.line = line
    }
}

/// A row of the help screen's binding table.
public struct BindingRow: Sendable, Hashable {
    public var scope: KeymapScope
    public var keys: String
    public var command: String
    public var description: String
}

/// What a key press means once the keymap has seen it.
public enum KeyResolution: Sendable, Equatable {
    case command(Command)
    /// The keys so far start a longer binding (`g` of `g g`); wait for the next one.
    case pending(KeySequence)
    /// Nothing is bound to these keys.
    case unbound(KeySequence)
}

/// Key bindings per pane plus global ones; a pane's binding wins over a global one for the
/// same keys (and hides global bindings that start with, or are a start of, its keys).
///
/// Built by `Keymap.parse` from the keymap text format (see there), or `Keymap.standard`.
public struct Keymap: Sendable {
    public private(set) var bindings: [KeyBinding]
    /// Per pane: every effective binding (pane over global), and every proper prefix of one.
    private var effective: [Pane: [KeySequence: KeyBinding]] = [:]
    private var prefixes: [Pane: Set<KeySequence>] = [:]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        let global = bindings.filter { $0.scope == .global }
        for pane in Pane.allCases {
            let own = bindings.filter { $0.scope == .pane(pane) }
            var table: [KeySequence: KeyBinding] = [:]
            for binding in global
            where !own.contains(where: { $0.keys.isPrefix(of: binding.keys) || binding.keys.isPrefix(of: $0.keys) }) {
                table[binding.keys] = binding
            }
            for binding in own { table[binding.keys] = binding }
            effective[pane] = table
            var starts: Set<KeySequence> = []
            for keys in table.keys where keys.chords.count > 1 {
                for length in 1..<keys.chords.count { starts.insert(KeySequence(Array(keys.chords.prefix(length)))) }
            }
            prefixes[pane] = starts
        }
    }

    /// The command bound to `keys` in `pane`, or whether they start a longer binding.
    public func resolve(_ keys: KeySequence, in pane: Pane) -> KeyResolution {
        if let binding = effective[pane]?[keys] { return .command(binding.command) }
        if prefixes[pane]?.contains(keys) == true { return .pending(keys) }
        return .unbound(keys)
    }

    /// The binding that applies for `keys` in `pane`.
    public func binding(for keys: KeySequence, in pane: Pane) -> KeyBinding? { effective[pane]?[keys] }

    /// The first keys bound to `command` in `pane` (for hints like "press a to approve").
    public func keys(for command: Command, in pane: Pane) -> KeySequence? {
        effective[pane]?.values.filter { $0.command == command }
            .min { ($0.keys.chords.count, $0.line) < ($1.keys.chords.count, $1.line) }?.keys
    }

    /// The help screen's table for `pane`: the pane's own bindings, then the global ones in effect
    /// there; or, with nil, every binding of every scope. In keymap order within each scope.
    public func bindingTable(for pane: Pane? = nil, registry: CommandRegistry = .standard) -> [BindingRow] {
        let chosen: [KeyBinding]
        if let pane {
            let table = effective[pane] ?? [:]
            chosen = table.values.sorted { ($0.scope == .global ? 1 : 0, $0.file, $0.line) < ($1.scope == .global ? 1 : 0, $1.file, $1.line) }
        } else {
            chosen = bindings.sorted { ($0.scope, $0.file, $0.line) < ($1.scope, $1.file, $1.line) }
        }
        return chosen.map { binding in
            BindingRow(scope: binding.scope, keys: binding.keys.description, command: binding.commandText,
                       description: registry.spec(named: binding.command.name)?.summary ?? binding.commandText)
        }
    }

    /// This keymap with `overrides` laid over it: the same keys in the same scope are replaced,
    /// and `removals` take keys away.
    func overlaid(with overrides: [KeyBinding], removals: [(KeymapScope, KeySequence)]) -> Keymap {
        let replaced = Set(overrides.map { ScopedKeys(scope: $0.scope, keys: $0.keys) })
            .union(removals.map { ScopedKeys(scope: $0.0, keys: $0.1) })
        let kept = bindings.filter { !replaced.contains(ScopedKeys(scope: $0.scope, keys: $0.keys)) }
        return Keymap(bindings: kept + overrides)
    }
}

private struct ScopedKeys: Hashable {
    var scope: KeymapScope
    var keys: KeySequence
}
