/// What a cell is, by meaning: panes draw with these names and a `Theme` turns each into colours
/// and attributes. Keeping drawing free of colours makes snapshots theme-independent and lets the
/// monochrome and `NO_COLOR` themes stay readable through attributes and symbols.
public enum StyleName: String, Sendable, CaseIterable, Hashable {
    // Text everywhere
    case normal, dim, heading, label, value, border, placeholder, link, key
    case success, warning, error, info
    /// A character from the data that was replaced because it is not safe to print (ESC, bidi…).
    case unsafePlaceholder
    // Lists and cursors
    case selection, selectionUnfocused, marked, highlight, match
    // Chrome
    case tabBar, tabActive, tabInactive, statusBar, statusWarning, statusError, progressDone, progressTodo
    // Pipeline
    case columnHeader, columnHeaderFocused, card, cardSelected, cardMarked, cardHighlighted
    case flagScheduled, flagFeedbackMissing, flagOffer, staleDays
    // Feedback recommendations (shape and colour)
    case strongYes, yes, neutral, no, strongNo
    // Schedule
    case timeAxis, gridLine, nowMarker, laneTitle, laneTitleMine, event, eventMine, eventSelected, conflict
    // Offers
    case approved, rejected, pendingApproval, awaitsMe
    // Dialogs and overlays
    case dialog, dialogBorder, dialogTitle, button, buttonFocused, input, inputCursor
    case toastInfo, toastSuccess, toastWarning, toastError

    /// The name used in theme files (`card-selected`).
    public var themeKey: String {
        var key = ""
        for character in rawValue {
            if character.isUppercase {
                key += "-" + character.lowercased()
            } else {
                key.append(character)
            }
        }
        return key
    }

    /// A style from its theme-file name.
    public init?(themeKey: String) {
        guard let style = StyleName.byThemeKey[themeKey] else { return nil }
        self = style
    }

    private static let byThemeKey: [String: StyleName] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.themeKey, $0) })
}
