import AshbyAPI
import Foundation
import XCTest
@testable import TerminalUI
@testable import Workspace

/// The feedback pane: scorecards with an aggregate, and the overdue list.
final class FeedbackPaneTests: XCTestCase {
    static func draw(_ model: WorkspaceModel, width: Int, height: Int) -> Canvas {
        model.setViewport(Viewport(width: width, height: height))
        let area = PipelinePaneTests.paneArea(width: width, height: height)
        var canvas = Canvas(width: area.width, height: area.height)
        FeedbackPane.draw(model.feedback.screen(store: model.store, now: SandboxWorkspace.now), in: area, on: &canvas,
                          now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        return canvas
    }

    func testGoldenScorecards() throws {
        let (model, _) = try CandidateFixture.make()
        _ = model.feedback.handle(.down, store: model.store, now: SandboxWorkspace.now)
        _ = model.feedback.handle(.down, store: model.store, now: SandboxWorkspace.now)
        GoldenFile.assertCanvas(Self.draw(model, width: 80, height: 24), matches: "Feedback-80x24")
        GoldenFile.assertCanvas(Self.draw(model, width: 160, height: 48), matches: "Feedback-160x48")
    }

    func testGoldenOverdue() throws {
        let (model, _) = try CandidateFixture.make()
        _ = model.feedback.handle(.toggleOverdue, store: model.store, now: SandboxWorkspace.now)
        _ = model.feedback.handle(.down, store: model.store, now: SandboxWorkspace.now)
        GoldenFile.assertCanvas(Self.draw(model, width: 80, height: 24), matches: "Feedback-overdue-80x24")
        GoldenFile.assertCanvas(Self.draw(model, width: 160, height: 48), matches: "Feedback-overdue-160x48")
    }

    func testGoldenHostile() throws {
        let (model, _) = try CandidateFixture.make(hostile: true)
        GoldenFile.assertCanvas(Self.draw(model, width: 80, height: 24), matches: "Feedback-hostile-80x24")
        GoldenFile.assertCanvas(Self.draw(model, width: 160, height: 48), matches: "Feedback-hostile-160x48")
        _ = model.feedback.handle(.toggleOverdue, store: model.store, now: SandboxWorkspace.now)
        GoldenFile.assertCanvas(Self.draw(model, width: 80, height: 24), matches: "Feedback-overdue-hostile-80x24")
    }

    // MARK: Details

    static let strongYes = RecommendationView(value: "4", label: "Strong Hire", tone: .strongPositive)
    static let no = RecommendationView(value: "2", label: "No Hire", tone: .negative)

    static func scorecard(_ id: String, _ recommendation: RecommendationView?, selected: Bool = false) -> ScorecardView {
        ScorecardView(feedbackId: id, interviewerName: "Grace Hopper", interviewTitle: "System Design",
                      submittedAt: Timestamp(SandboxWorkspace.now.addingTimeInterval(-26 * 3600)), recommendation: recommendation,
                      ratings: [ScoreRating(title: "Coding", score: 3), ScoreRating(title: "Design", score: 1)],
                      answers: [TextAnswer(title: "Notes", text: "Clear thinker; \u{1B}[2Jasked good questions about the system.")],
                      isSelected: selected)
    }

    static func screen(_ cards: [ScorecardView]) -> FeedbackScreen {
        FeedbackScreen(mode: .scorecards, applicationId: "a1", candidateName: "Ada Lovelace", jobTitle: "Backend", scorecards: cards,
                       aggregate: FeedbackAggregate(submissions: cards.count,
                                                    recommendations: [RecommendationCount(recommendation: strongYes, count: 1),
                                                                      RecommendationCount(recommendation: no, count: 1)],
                                                    meanScores: [MeanScore(title: "Coding", mean: 3.5, count: 2)]),
                       overdue: [], overdueOffset: 0, overdueTotal: 0, placeholder: nil)
    }

    func testAScorecardStillOnItsWaySaysSoInsteadOfATime() {
        var pending = Self.scorecard("pending-feedback-e1", Self.strongYes)
        pending.isPending = true
        var canvas = Canvas(width: 60, height: 12)
        FeedbackPane.draw(Self.screen([pending]), in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        let row = canvas.lines.firstIndex { $0.contains("Grace Hopper") }!
        XCTAssertTrue(canvas.line(row).hasSuffix("◌ sending…"), canvas.line(row))
        XCTAssertEqual(canvas[canvas.line(row).cellColumn(of: "◌"), row].style, .pendingApproval)
    }

    func testScorecardShowsRecommendationShapeAndStyleRatingsAndWrappedText() {
        var canvas = Canvas(width: 60, height: 12)
        FeedbackPane.draw(Self.screen([Self.scorecard("f2", Self.no, selected: true), Self.scorecard("f1", Self.strongYes)]),
                          in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(canvas.lines, [
            "Scorecards · Ada Lovelace · Backend              2 submitted",
            "Overall  ▲▲ Strong Hire ×1   ▼ No Hire ×1      2 submissions",
            "Ratings  Coding 3.5                                         ",
            "─ Submissions ──────────────────────────────────────── ▼ 1 ─",
            "▸ ▼  No Hire      Grace Hopper · S… Mon 9 Mar 12:30 (1d ago)",
            "    Coding  ●●●○ 3/4   Design  ●○○○ 1/4                     ",
            "    Notes                                                   ",
            "      Clear thinker; ␛[2Jasked good questions about the     ",
            "      system.                                               ",
            "                                                            ",
            "  ▲▲ Strong Hire  Grace Hopper · S… Mon 9 Mar 12:30 (1d ago)",
            "    Coding  ●●●○ 3/4   Design  ●○○○ 1/4                     ",
        ].map { $0 })
        XCTAssertEqual(canvas[9, 1].style, .strongYes)
        XCTAssertEqual(canvas[29, 1].style, .no)
        XCTAssertEqual(canvas[2, 4].style, .selection, "the selected scorecard's header is a selection bar")
        XCTAssertEqual(canvas[2, 10].style, .strongYes)
        XCTAssertEqual(canvas[12, 5].style, .yes, "a 3 of 4 rating")
        XCTAssertEqual(canvas[31, 5].style, .no, "a 1 of 4 rating")
        XCTAssertEqual(canvas[21, 7].style, .unsafePlaceholder)
        XCTAssertEqual(canvas.target(atX: 30, y: 6), .scorecard("f2"))
        XCTAssertEqual(canvas.target(atX: 30, y: 11), .scorecard("f1"))
    }

    func testRecommendationShapesReadWithoutColour() {
        XCTAssertEqual(RecommendationTone.allCases.map(\.symbol), ["▲▲", "▲", "●", "▼", "▼▼"])
        XCTAssertEqual(RecommendationTone.allCases.map(PaneSymbols.style(of:)), [.strongYes, .yes, .neutral, .no, .strongNo])
        XCTAssertEqual(PaneSymbols.rating(3), "●●●○")
        XCTAssertEqual(PaneSymbols.rating(5), "●●●●●")
        XCTAssertEqual(PaneSymbols.rating(0), "○○○○")
    }

    func testOverdueRowsSayWhoWhichInterviewHowLateAndMine() {
        let end = Timestamp(SandboxWorkspace.now.addingTimeInterval(-80 * 3600))
        let rows = [
            OverdueRow(eventId: "e1", applicationId: "a1", candidateName: "Ada Lovelace", interviewTitle: "System Design",
                       interviewerName: "Mia Moss", isMine: true, endTime: end, hoursOverdue: 56, isSelected: false),
            OverdueRow(eventId: "e2", applicationId: "a2", candidateName: "Bo Chen", interviewTitle: "Coding",
                       interviewerName: "Ivan Ives", isMine: false, endTime: end, hoursOverdue: 30, isSelected: true),
        ]
        let screen = FeedbackScreen(mode: .overdue, applicationId: nil, candidateName: nil, jobTitle: nil, scorecards: [], aggregate: nil,
                                    overdue: rows, overdueOffset: 3, overdueTotal: 9, placeholder: nil)
        var canvas = Canvas(width: 80, height: 5)
        FeedbackPane.draw(screen, in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(canvas.lines, [
            "Overdue feedback  9 interviewers late  ★ 1 mine on screen           ▲ 4–5 of 9 ▼",
            "   Late    Interviewer    Candidate      Interview             Ended            ",
            " ★ 2d 8h   Mia Moss       Ada Lovelace   System Design         Sat 7 Mar 06:30  ",
            "▸  30h     Ivan Ives      Bo Chen        Coding                Sat 7 Mar 06:30  ",
            String(repeating: " ", count: 80),
        ])
        XCTAssertEqual(canvas[1, 2].style, .awaitsMe)
        XCTAssertEqual(canvas[3, 2].style, .warning)
        XCTAssertEqual(canvas[3, 3].style, .selection)
        XCTAssertEqual(canvas.target(atX: 40, y: 2), .overdueFeedback("e1"))
        XCTAssertEqual(canvas.target(atX: 40, y: 3), .overdueFeedback("e2"))
    }

    func testPlaceholderWhenNoApplicationIsChosen() {
        var canvas = Canvas(width: 70, height: 5)
        FeedbackPane.draw(FeedbackModel().screen(store: EntityStore(), now: SandboxWorkspace.now), in: canvas.bounds, on: &canvas,
                          now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(canvas.lines[2], " Select an application (Pipeline or Candidate) to read its scorecards ")
    }
}
