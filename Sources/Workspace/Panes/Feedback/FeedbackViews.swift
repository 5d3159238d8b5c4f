import AshbyAPI
import Foundation

/// One submitted scorecard as shown.
public struct ScorecardView: Sendable, Equatable {
    public var feedbackId: String
    public var interviewerName: String
    public var interviewTitle: String?
    public var submittedAt: Timestamp?
    public var recommendation: RecommendationView?
    public var ratings: [ScoreRating]
    /// Free-text answers, in form order.
    public var answers: [TextAnswer]
    public var isSelected: Bool
    /// Written here and still on its way to Ashby (the outbox's optimistic record).
    public var isPending = false
}

/// A Score field's rating.
public struct ScoreRating: Sendable, Equatable {
    public var title: String
    public var score: Int
}

/// A text field's answer.
public struct TextAnswer: Sendable, Equatable {
    public var title: String
    public var text: String
}

/// The aggregate row: how many submissions gave each recommendation, and the mean of each Score field.
public struct FeedbackAggregate: Sendable, Equatable {
    public var submissions: Int
    /// In the form's option order, only options given at least once.
    public var recommendations: [RecommendationCount]
    /// In form order of first appearance.
    public var meanScores: [MeanScore]
}

public struct RecommendationCount: Sendable, Equatable {
    public var recommendation: RecommendationView
    public var count: Int
}

public struct MeanScore: Sendable, Equatable {
    public var title: String
    public var mean: Double
    /// Submissions that rated it.
    public var count: Int
}

/// An interviewer who owes feedback past the deadline.
public struct OverdueRow: Sendable, Equatable {
    public var eventId: String
    public var applicationId: String
    public var candidateName: String
    public var interviewTitle: String
    public var interviewerName: String
    public var isMine: Bool
    public var endTime: Timestamp
    /// Whole hours since the feedback was due.
    public var hoursOverdue: Int
    public var isSelected: Bool
}

/// What the feedback pane shows now.
public struct FeedbackScreen: Sendable, Equatable {
    public enum Mode: Sendable, Equatable { case scorecards, overdue }
    public var mode: Mode
    public var applicationId: String?
    public var candidateName: String?
    public var jobTitle: String?
    public var scorecards: [ScorecardView]
    public var aggregate: FeedbackAggregate?
    /// The visible window of the overdue list, and its full length.
    public var overdue: [OverdueRow]
    public var overdueOffset: Int
    public var overdueTotal: Int
    public var placeholder: String?
}
