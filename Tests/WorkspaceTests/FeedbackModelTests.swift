import AshbyAPI
import XCTest
@testable import Workspace

final class FeedbackModelTests: XCTestCase {
    typealias F = ViewModelFixture

    private func store() -> EntityStore {
        let store = F.store(F.pipelineApplications)
        store.apply(F.feedbackDelta(), now: F.now)
        return store
    }

    func testScorecardsWithRecommendationShapesRatingsAndText() {
        let store = store()
        var model = FeedbackModel()
        model.show(applicationId: "a4")
        let screen = model.screen(store: store, now: F.now)
        XCTAssertEqual(screen.candidateName, "Dan Brown")
        XCTAssertEqual(screen.scorecards.map(\.interviewerName), ["Ivan Ives", "Jo Jones", "Kim Kato"])
        XCTAssertEqual(screen.scorecards.map(\.interviewTitle), ["Technical interview", "Technical interview", nil])
        XCTAssertEqual(screen.scorecards.map { $0.recommendation?.label }, ["Strong Hire", "No Hire", "Hire"])
        XCTAssertEqual(screen.scorecards.map { $0.recommendation?.symbol }, ["▲▲", "▼", "▲"])
        XCTAssertEqual(screen.scorecards.map { $0.recommendation?.tone }, [.strongPositive, .negative, .positive])
        XCTAssertEqual(screen.scorecards[0].ratings, [ScoreRating(title: "Technical skills", score: 4), ScoreRating(title: "Communication", score: 3)])
        XCTAssertEqual(screen.scorecards[1].ratings, [ScoreRating(title: "Technical skills", score: 2), ScoreRating(title: "Communication", score: 2)])
        XCTAssertEqual(screen.scorecards[0].answers, [TextAnswer(title: "Notes", text: "Great")])
        XCTAssertEqual(screen.scorecards[2].answers, [])
    }

    func testAggregateCountsAndMeans() throws {
        let store = store()
        var model = FeedbackModel()
        model.show(applicationId: "a4")
        let aggregate = try XCTUnwrap(model.screen(store: store, now: F.now).aggregate)
        XCTAssertEqual(aggregate.submissions, 3)
        XCTAssertEqual(aggregate.recommendations.map { "\($0.recommendation.symbol) \($0.recommendation.label) \($0.count)" },
                       ["▲▲ Strong Hire 1", "▲ Hire 1", "▼ No Hire 1"])
        XCTAssertEqual(aggregate.meanScores, [MeanScore(title: "Technical skills", mean: 3.0, count: 3),
                                              MeanScore(title: "Communication", mean: 2.5, count: 2)])
    }

    func testRecommendationToneFromPositionAndWording() {
        func tones(_ labels: [String]) -> [String] {
            let field = FormField(id: "x", type: .valueSelect, path: "recommendation", humanReadablePath: "", title: "Recommendation",
                                  isNullable: false, selectableValues: labels.enumerated().map { FormSelectableValue(label: $1, value: "v\($0)") })
            return RecommendationScale(field: field).options.map(\.symbol)
        }
        XCTAssertEqual(tones(["Strong Hire", "Hire", "No Hire", "Strong No Hire"]), ["▲▲", "▲", "▼", "▼▼"])
        XCTAssertEqual(tones(["1 - Strong No", "2 - No", "3 - Yes", "4 - Strong Yes"]), ["▼▼", "▼", "▲", "▲▲"])
        XCTAssertEqual(tones(["Definitely not", "Not sure", "Neutral", "Advance", "Definitely advance"]), ["▼▼", "▼", "●", "▲", "▲▲"])
        XCTAssertEqual(tones(["Yes", "No"]), ["▲", "▼"])
        XCTAssertEqual(tones(["A", "B", "C", "D"]), ["▲▲", "▲", "▼", "▼▼"])
        XCTAssertEqual(tones(["Yes", "Maybe", "No"]), ["▲", "●", "▼"])
    }

    func testOverdueListLongestFirst() {
        let store = store()
        var delta = StoreDelta()
        delta.interviewSchedules = [
            InterviewScheduleRecord(id: "sch1", applicationId: "a4", interviewStageId: "s-phone", status: .waitingOnFeedback,
                                    events: [F.event("e1", schedule: "sch1", start: -30 * 3600, minutes: 60, interviewers: ["u-me", "u-kim"])]),
            InterviewScheduleRecord(id: "sch2", applicationId: "a5", interviewStageId: "s-phone", status: .waitingOnFeedback,
                                    events: [F.event("e2", schedule: "sch2", start: -50 * 3600, minutes: 60, interviewers: ["u-jo"])]),
        ]
        store.apply(delta, now: F.now)
        var model = FeedbackModel()
        _ = model.handle(.toggleOverdue, store: store, now: F.now)
        let screen = model.screen(store: store, now: F.now)
        XCTAssertEqual(screen.mode, .overdue)
        XCTAssertEqual(screen.overdue.map { "\($0.candidateName)/\($0.interviewerName)/\($0.hoursOverdue)h/\($0.isMine)" },
                       ["Eve Polastri/Jo Jones/25h/false", "Dan Brown/Kim Kato/5h/false", "Dan Brown/Mia Moss/5h/true"])
        XCTAssertEqual(screen.overdue.map(\.isSelected), [true, false, false])
        _ = model.handle(.filter("mia"), store: store, now: F.now)
        XCTAssertEqual(model.screen(store: store, now: F.now).overdue.map(\.interviewerName), ["Mia Moss"])
    }

    func testPlaceholders() {
        let store = store()
        var model = FeedbackModel()
        XCTAssertEqual(model.screen(store: store, now: F.now).placeholder,
                       "Select an application (Pipeline or Candidate) to read its scorecards")
        model.show(applicationId: "a1")
        XCTAssertEqual(model.screen(store: store, now: F.now).placeholder, "No feedback submitted yet")
    }
}
