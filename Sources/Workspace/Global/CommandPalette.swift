/// The `:` command palette: typed text, fuzzy-matched commands (or argument values once a
/// command is typed), a selection, completion.
///
/// Typing `move` lists commands by fuzzy score on their names (then on their summaries);
/// once the text starts with a full command name and a space (`pipeline.move-to on`), it lists
/// that command's argument values (stages, jobs, reasons…) matching the rest.
public struct CommandPalette: Sendable {
    public private(set) var input: String = ""
    public private(set) var items: [PaletteItem] = []
    public private(set) var selection: Int = 0
    /// The command whose argument is being chosen, if any.
    public private(set) var argumentOf: CommandSpec?
    public let context: PaletteContext

    public init(context: PaletteContext) {
        self.context = context
        refresh()
    }

    /// What the palette needs from the workspace: where it is, and the values arguments can take.
    public struct PaletteContext: Sendable {
        public var pane: Pane
        public var registry: CommandRegistry
        /// Values per argument kind, in the order to show them before anything is typed.
        public var choices: [ArgumentKind: [String]]

        public init(pane: Pane, registry: CommandRegistry = .standard, choices: [ArgumentKind: [String]] = [:]) {
            self.pane = pane
            self.registry = registry
            self.choices = choices
        }
    }

    /// What Enter did.
    public enum Outcome: Sendable, Equatable {
        /// Run this and close the palette.
        case run(Command)
        /// The palette stays open (an argument is to be chosen next, or nothing matches).
        case stayOpen
        /// The text does not make a command; shown under the input.
        case error(String)
    }

    public var selectedItem: PaletteItem? { items.indices.contains(selection) ? items[selection] : nil }

    public mutating func setInput(_ text: String) {
        input = text
        selection = 0
        refresh()
    }

    public mutating func insert(_ text: String) { setInput(input + text) }

    public mutating func deleteBackward() {
        guard !input.isEmpty else { return }
        setInput(String(input.dropLast()))
    }

    /// Moves the selection, clamped to the list.
    public mutating func moveSelection(by offset: Int) {
        guard !items.isEmpty else { return }
        selection = min(max(0, selection + offset), items.count - 1)
    }

    /// Tab: replaces the input with the selected item's completion.
    public mutating func complete() {
        guard let item = selectedItem else { return }
        setInput(item.completion)
    }

    /// Enter: runs the command typed or selected, or moves on to its argument.
    public mutating func submit() -> Outcome {
        if let spec = argumentOf, let argument = spec.argument {
            let typed = argumentText
            let value: String?
            if argument.kind == .text {
                value = typed
            } else if let item = selectedItem {
                value = item.value
            } else if typed.isEmpty && !argument.isRequired {
                value = nil
            } else {
                return .error("no \(argument.name) matches '\(typed)'")
            }
            do {
                return .run(try spec.command(argument: value))
            } catch {
                return .error(error.message)
            }
        }
        guard let item = selectedItem, let spec = context.registry.spec(named: item.value) else {
            return .error(input.isEmpty ? "type a command" : "no command matches '\(input)'")
        }
        if let argument = spec.argument, argument.isRequired || argument.kind != .text {
            setInput(spec.name + " ")
            return .stayOpen
        }
        do {
            return .run(try spec.command(argument: nil))
        } catch {
            return .error(error.message)
        }
    }

    private var argumentText: String {
        guard let spec = argumentOf else { return "" }
        return String(input.dropFirst(spec.name.count)).trimmingCharacters(in: .whitespaces)
    }

    private mutating func refresh() {
        argumentOf = nil
        if let space = input.firstIndex(of: " "), let spec = context.registry.spec(named: String(input[..<space])),
            spec.argument != nil, spec.applies(in: context.pane)
        {
            argumentOf = spec
            let kind = spec.argument!.kind
            let values = kind == .pane ? Pane.allCases.map(\.name)
                : kind == .sortOrder ? PipelineSort.allCases.map(\.name) : (context.choices[kind] ?? [])
            items = FuzzyMatch.rank(argumentText, values, key: { $0 }).map { value, match in
                PaletteItem(value: value, title: value, detail: nil, titleMatch: match, detailMatch: nil,
                            completion: "\(spec.name) \(value)")
            }
        } else {
            let specs = context.registry.specs.filter { $0.applies(in: context.pane) }
            let pattern = input.trimmingCharacters(in: .whitespaces)
            let byName = FuzzyMatch.rank(pattern, specs, key: \.name)
            let named = Set(byName.map(\.item.name))
            let bySummary = pattern.isEmpty ? [] : FuzzyMatch.rank(pattern, specs.filter { !named.contains($0.name) }, key: \.summary)
            items = byName.map { spec, match in
                PaletteItem(value: spec.name, title: spec.usage, detail: spec.summary, titleMatch: match, detailMatch: nil,
                            completion: spec.argument == nil ? spec.name : spec.name + " ")
            } + bySummary.map { spec, match in
                PaletteItem(value: spec.name, title: spec.usage, detail: spec.summary, titleMatch: nil, detailMatch: match,
                            completion: spec.argument == nil ? spec.name : spec.name + " ")
            }
        }
        selection = min(selection, max(0, items.count - 1))
    }
}

/// One line of the palette's list.
public struct PaletteItem: Sendable, Equatable {
    /// The command name, or the argument value.
    public var value: String
    /// What is shown: the command's usage (`pipeline.move-to [stage]`) or the value.
    public var title: String
    /// The command's summary.
    public var detail: String?
    /// Matched positions in `title` (command names are a prefix of their usage).
    public var titleMatch: FuzzyMatch?
    /// Matched positions in `detail`, when the summary matched instead of the name.
    public var detailMatch: FuzzyMatch?
    /// The input after Tab.
    public var completion: String
}
