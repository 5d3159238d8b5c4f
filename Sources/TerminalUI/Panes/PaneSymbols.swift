import Foundation
import Workspace

/// The symbols the panes draw so that every state reads without colour (`NO_COLOR`, the
/// monochrome theme, a screen reader): colour only repeats what a symbol already says.
///
/// Pipeline cards: `▸` selected, `●` marked, `◷` interview scheduled, `✎!` feedback missing
/// (overdue), `$` offer out; the days in stage turn `.staleDays` at `staleDays` or more.
/// Lists and columns: `▲ n` more above, `▼ n` more below, `◀`/`▶` columns to the left/right.
/// Recommendations: `▲▲` strong yes, `▲` yes, `●` neutral, `▼` no, `▼▼` strong no
/// (`RecommendationTone.symbol`). Ratings: `●●●○ 3/4`. Notes: `⚿` private, `◌` pending (not yet
/// sent). Interviews: `✓` feedback in, `✎` feedback not yet in. Overdue feedback: `★` mine.
public enum PaneSymbols {
    /// What stands for a candidate (or anyone) whose name is empty or only spaces.
    public static let noName = "(no name)"

    /// True when `name` shows nothing.
    public static func isBlank(_ name: String) -> Bool { name.allSatisfy(\.isWhitespace) }

    /// `name`, or `noName` when it shows nothing.
    public static func name(_ name: String) -> String { isBlank(name) ? noName : name }

    public static let selected = "▸"
    public static let marked = "●"
    public static let interviewScheduled = "◷"
    public static let feedbackMissing = "✎!"
    public static let offerOut = "$"
    public static let moreAbove = "▲"
    public static let moreBelow = "▼"
    public static let scrollLeft = "◀"
    public static let scrollRight = "▶"
    public static let ratingFull = "●"
    public static let ratingEmpty = "○"
    public static let privateNote = "⚿"
    public static let pending = "◌"
    public static let feedbackIn = "✓"
    public static let feedbackOwed = "✎"
    public static let mine = "★"
    public static let separator = " · "

    /// Days in stage from which a card's age is drawn as stale.
    public static let staleDays = 14

    /// The flags of a card as symbols with their styles, in a fixed order.
    public static func flags(_ flags: ApplicationFlags) -> [(symbol: String, style: StyleName)] {
        var result: [(String, StyleName)] = []
        if flags.contains(.interviewScheduled) { result.append((interviewScheduled, .flagScheduled)) }
        if flags.contains(.feedbackMissing) { result.append((feedbackMissing, .flagFeedbackMissing)) }
        if flags.contains(.offerOut) { result.append((offerOut, .flagOffer)) }
        return result
    }

    /// The style of a recommendation tone.
    public static func style(of tone: RecommendationTone) -> StyleName {
        switch tone {
        case .strongPositive: return .strongYes
        case .positive: return .yes
        case .neutral: return .neutral
        case .negative: return .no
        case .strongNegative: return .strongNo
        }
    }

    /// `●●●○` for a score out of `scale` (Ashby's Score fields are 1–4; a larger score widens the scale).
    public static func rating(_ score: Int, scale: Int = 4) -> String {
        let top = max(scale, score, 1)
        let filled = min(max(0, score), top)
        return String(repeating: ratingFull, count: filled) + String(repeating: ratingEmpty, count: top - filled)
    }
}
