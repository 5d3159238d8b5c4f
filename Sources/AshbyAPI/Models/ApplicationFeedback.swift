import Foundation

/// A submitted scorecard (`applicationFeedback.list`): the form it used and the answers by field path.
public struct ApplicationFeedback: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var applicationId: String
    public var formDefinition: FormDefinition
    /// Keyed by field `path`, not field id.
    public var submittedValues: [String: JSONValue]
    public var submittedByUser: User
    public var interviewId: String?
    public var interviewEventId: String?
    public var feedbackFormDefinitionId: String?
    public var applicationHistoryId: String?
    public var submittedAt: Timestamp?

    public init(
        id: String, applicationId: String, formDefinition: FormDefinition, submittedValues: [String: JSONValue] = [:],
        submittedByUser: User, interviewId: String? = nil, interviewEventId: String? = nil,
        feedbackFormDefinitionId: String? = nil, applicationHistoryId: String? = nil, submittedAt: Timestamp? = nil
    ) {
        self.id = id
        self.applicationId = applicationId
        self.formDefinition = formDefinition
        self.submittedValues = submittedValues
        self.submittedByUser = submittedByUser
        self.interviewId = interviewId
        self.interviewEventId = interviewEventId
        self.feedbackFormDefinitionId = feedbackFormDefinitionId
        self.applicationHistoryId = applicationHistoryId
        self.submittedAt = submittedAt
    }
}

/// One Score field of a scorecard with its readable value (1–4 in Ashby).
public struct FeedbackScore: Sendable, Hashable {
    public var path: String
    public var title: String
    public var score: Int

    public init(path: String, title: String, score: Int) {
        self.path = path
        self.title = title
        self.score = score
    }
}

// MARK: - Reading scores and the recommendation

extension ApplicationFeedback {
    /// A score in any wire shape: `{"score": 4}` as submitted, `4`, or `"4"` as the spec's list example reads back.
    /// Nil for anything that is not a whole number.
    public static func score(from value: JSONValue) -> Int? {
        switch value {
        case .object(let members): return members["score"].flatMap(score(from:))
        case .number: return value.intValue
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let whole = Int(trimmed) { return whole }
            return Double(trimmed).flatMap { $0.isFinite ? Int(exactly: $0) : nil }
        default: return nil
        }
    }

    /// The score submitted for the field at `path`, if readable.
    public func score(atPath path: String) -> Int? {
        submittedValues[path].flatMap(Self.score(from:))
    }

    /// Every Score field with a readable value, in form order.
    public var scores: [FeedbackScore] {
        formDefinition.fields.compactMap { field in
            guard field.type == .score, let score = score(atPath: field.path) else { return nil }
            return FeedbackScore(path: field.path, title: field.title, score: score)
        }
    }

    /// The overall-recommendation question: the first ValueSelect field whose path or title mentions "recommend".
    /// Its options are organization-configured, so only the form knows their labels.
    public var recommendationField: FormField? {
        formDefinition.fields.first { field in
            field.type == .valueSelect
                && (field.path.range(of: "recommend", options: .caseInsensitive) != nil
                    || field.title.range(of: "recommend", options: .caseInsensitive) != nil)
        }
    }

    /// The option value submitted for the recommendation, e.g. `strong_hire`.
    public var recommendationValue: String? {
        recommendationField.flatMap { submittedValues[$0.path]?.stringValue }
    }

    /// The recommendation as the form labels it (e.g. "Strong Hire"); the raw value if the form lacks that option.
    public var recommendationLabel: String? {
        guard let field = recommendationField, let value = submittedValues[field.path]?.stringValue else { return nil }
        return field.label(forValue: value) ?? value
    }
}
