import AshbyAPI
import Foundation

/// How a recommendation reads without colour: a shape and a semantic tone.
public enum RecommendationTone: Sendable, Equatable, CaseIterable {
    case strongPositive, positive, neutral, negative, strongNegative

    /// ▲▲ ▲ ● ▼ ▼▼: direction and strength are readable in monochrome.
    public var symbol: String {
        switch self {
        case .strongPositive: return "▲▲"
        case .positive: return "▲"
        case .neutral: return "●"
        case .negative: return "▼"
        case .strongNegative: return "▼▼"
        }
    }
}

/// A recommendation option as shown: its label with shape and tone.
public struct RecommendationView: Sendable, Equatable {
    public var value: String
    public var label: String
    public var tone: RecommendationTone
    public var symbol: String { tone.symbol }
}

/// The tones of a recommendation field's options, derived from the form itself: each option's
/// position on the scale and the wording of the labels (which end is negative), never from
/// hard-coded option values, since organizations configure their own.
public struct RecommendationScale: Sendable, Equatable {
    /// Options in form order with their tones.
    public let options: [RecommendationView]

    public init(field: FormField) {
        let choices = field.selectableValues ?? []
        let count = choices.count
        let center = Double(count - 1) / 2
        let polarities = choices.map { Self.polarity(of: $0.label) }
        // Which end is positive: the labels' polarity weighted by distance from the middle.
        var lean = 0.0
        for (index, polarity) in polarities.enumerated() { lean += Double(polarity) * (center - Double(index)) }
        let positiveFirst = lean >= 0
        options = choices.enumerated().map { index, choice in
            let rank = positiveFirst ? Double(index) : Double(count - 1 - index)
            let distance = center - rank
            let tone: RecommendationTone
            if Self.isNeutral(choice.label) || abs(distance) < 0.5 {
                tone = .neutral
            } else {
                let strong = (count >= 4 && abs(distance) >= center) || Self.isEmphatic(choice.label)
                tone = distance > 0 ? (strong ? .strongPositive : .positive) : (strong ? .strongNegative : .negative)
            }
            return RecommendationView(value: choice.value, label: choice.label, tone: tone)
        }
    }

    /// The option for a submitted value; an unknown value shows as itself, neutral.
    public func view(forValue value: String) -> RecommendationView {
        options.first { $0.value == value } ?? RecommendationView(value: value, label: value, tone: .neutral)
    }

    static func words(_ label: String) -> [String] {
        label.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
    }

    /// -1 for negated wording ("No Hire", "Do not advance"), +1 for affirmative ("Hire", "Yes"), else 0.
    static func polarity(of label: String) -> Int {
        let words = words(label)
        if words.contains(where: { ["no", "not", "don't", "dont", "reject", "decline", "against", "never"].contains($0) }) { return -1 }
        if words.contains(where: { ["yes", "hire", "advance", "recommend", "accept", "proceed"].contains($0) }) { return 1 }
        return 0
    }

    static func isNeutral(_ label: String) -> Bool {
        words(label).contains { ["neutral", "mixed", "unsure", "maybe", "undecided"].contains($0) }
    }

    static func isEmphatic(_ label: String) -> Bool {
        words(label).contains { ["strong", "strongly", "definitely", "absolutely"].contains($0) }
    }
}

extension FormDefinition {
    /// The overall-recommendation question: the first ValueSelect field whose path or title
    /// mentions "recommend" (the same rule as `ApplicationFeedback.recommendationField`).
    public var recommendationField: FormField? {
        fields.first { field in
            field.type == .valueSelect
                && (field.path.range(of: "recommend", options: .caseInsensitive) != nil
                    || field.title.range(of: "recommend", options: .caseInsensitive) != nil)
        }
    }
}
