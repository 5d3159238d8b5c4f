import AshbyAPI
import Foundation
import XCTest
@testable import TerminalUI
@testable import Workspace

/// The pipeline kanban drawn from a synced sandbox workspace and from hand-made screens.
final class PipelinePaneTests: XCTestCase {
    /// The pane's area in a terminal of `width`x`height`: the tab bar and status bar take a row each.
    static func paneArea(width: Int, height: Int) -> Rect { Rect(x: 0, y: 0, width: width, height: height - WorkspaceModel.chromeRows) }

    /// Draws the workspace's pipeline as the front end would at a terminal size.
    static func drawPipeline(_ model: WorkspaceModel, width: Int, height: Int) -> Canvas {
        model.setViewport(Viewport(width: width, height: height))
        let area = paneArea(width: width, height: height)
        var canvas = Canvas(width: area.width, height: area.height)
        let screen = model.pipeline.screen(store: model.store, now: SandboxWorkspace.now)
        let context = screen.jobId.flatMap { JobContextScreen(jobId: $0, store: model.store) }
        PipelinePane.draw(screen, context: context, layout: model.pipeline.layout, in: area, on: &canvas, now: SandboxWorkspace.now,
                          timeZone: SandboxWorkspace.utc)
        return canvas
    }

    /// A workspace whose pipeline shows a marked card, a highlighted one and a filter-free view.
    static func sandbox(hostile: Bool = false, candidates: Int = 120) throws -> WorkspaceModel {
        let (model, tenant) = try SandboxWorkspace.make(candidates: candidates, hostile: hostile)
        model.pipeline.showJob(tenant.landmarks.jobID, store: model.store)
        model.handle(.right, now: SandboxWorkspace.now)
        model.handle(.down, now: SandboxWorkspace.now)
        model.handle(.toggleMark, now: SandboxWorkspace.now)
        return model
    }

    func testGoldenAt80x24() throws {
        let model = try Self.sandbox()
        GoldenFile.assertCanvas(Self.drawPipeline(model, width: 80, height: 24), matches: "Pipeline-80x24")
    }

    func testGoldenAt160x48() throws {
        let model = try Self.sandbox(candidates: 600)
        GoldenFile.assertCanvas(Self.drawPipeline(model, width: 160, height: 48), matches: "Pipeline-160x48")
    }

    func testGoldenHostileAt80x24And160x48() throws {
        let model = try Self.sandbox(hostile: true)
        GoldenFile.assertCanvas(Self.drawPipeline(model, width: 80, height: 24), matches: "Pipeline-hostile-80x24")
        GoldenFile.assertCanvas(Self.drawPipeline(model, width: 160, height: 48), matches: "Pipeline-hostile-160x48")
    }

    func testGoldenFilteredAndScrolledRight() throws {
        let model = try Self.sandbox()
        model.setViewport(Viewport(width: 80, height: 24))
        for _ in 0..<5 { model.handle(.right, now: SandboxWorkspace.now) }
        model.handle(.filter("a"), now: SandboxWorkspace.now)
        GoldenFile.assertCanvas(Self.drawPipeline(model, width: 80, height: 24), matches: "Pipeline-filtered-80x24")
    }

    func testGoldenJobDetailView() throws {
        let model = try Self.sandbox()
        model.handle(.jobInfo, now: SandboxWorkspace.now)
        XCTAssertTrue(model.pipeline.screen(store: model.store, now: SandboxWorkspace.now).showsJobDetail)
        GoldenFile.assertCanvas(Self.drawPipeline(model, width: 80, height: 24), matches: "JobContext-detail-80x24")
        GoldenFile.assertCanvas(Self.drawPipeline(model, width: 160, height: 48), matches: "JobContext-detail-160x48")
        model.handle(.cancel, now: SandboxWorkspace.now)
        XCTAssertFalse(model.pipeline.screen(store: model.store, now: SandboxWorkspace.now).showsJobDetail)
    }

    func testNoJobPlaceholderIsCentred() {
        var canvas = Canvas(width: 40, height: 6)
        let screen = PipelineModel().screen(store: EntityStore(), now: SandboxWorkspace.now)
        PipelinePane.draw(screen, in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(canvas.lines[0], "Pipeline" + String(repeating: " ", count: 32))
        XCTAssertEqual(canvas.lines[3], "    Choose a job to see its pipeline    ")
        XCTAssertEqual(canvas[4, 3].style, .placeholder)
    }

    // MARK: Cards

    static func card(_ id: String, _ name: String, days: Int = 3, source: String? = "LinkedIn", flags: ApplicationFlags = [],
                     marked: Bool = false, selected: Bool = false, highlighted: Bool = false) -> PipelineCard {
        PipelineCard(applicationId: id, candidateId: "c-" + id, candidateName: name, daysInStage: days, source: source, flags: flags,
                     isMarked: marked, isSelected: selected, isHighlighted: highlighted)
    }

    static func screen(_ cards: [PipelineCard], count: Int? = nil, offset: Int = 0) -> PipelineScreen {
        let column = PipelineColumnView(stageId: "s1", title: "Onsite", stageType: .active, count: count ?? cards.count,
                                        totalCount: count ?? cards.count, offset: offset, cards: cards, isFocused: true)
        return PipelineScreen(jobId: "j1", jobTitle: "Backend Engineer", sort: .daysInStage, filterText: "", columns: [column],
                              firstVisibleColumn: 0, totalColumns: 1, columnWidth: 30, markedCount: cards.filter(\.isMarked).count,
                              selectedApplicationId: cards.first(where: \.isSelected)?.applicationId, placeholder: nil)
    }

    static func draw(_ screen: PipelineScreen, width: Int = 30, height: Int = 11) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        PipelinePane.draw(screen, in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        return canvas
    }

    func testCardsShowSelectionMarksHighlightsAndFlagsWithoutColour() {
        let canvas = Self.draw(Self.screen([
            Self.card("a1", "Ada Lovelace", days: 20, flags: [.interviewScheduled, .feedbackMissing, .offerOut], selected: true),
            Self.card("a2", "Bo Chen", source: nil, marked: true),
            Self.card("a3", "Cy Twombly", flags: [.offerOut], highlighted: true),
            Self.card("a4", "Di Prima", days: 14),
        ]))
        XCTAssertEqual(Array(canvas.lines[1...10]), [
            " Onsite                     4 ",
            "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
            "▸ Ada Lovelace                ",
            "  20d · LinkedIn       ◷ ✎! $ ",
            " ●Bo Chen                     ",
            "  3d                          ",
            "  Cy Twombly                  ",
            "  3d · LinkedIn             $ ",
            "  Di Prima                    ",
            "  14d · LinkedIn              ",
        ])
        // Selected: every cell of the card in the selection style, flags included.
        for x in 0..<30 { XCTAssertEqual(canvas[x, 3].style, .cardSelected, "x \(x)") }
        XCTAssertEqual(canvas[23, 4].style, .cardSelected, "a flag of the selected card")
        XCTAssertEqual(canvas[1, 5].style, .marked)
        XCTAssertEqual(canvas[5, 5].style, .cardMarked)
        XCTAssertEqual(canvas[2, 6].style, .cardMarked, "3 days is not stale")
        XCTAssertEqual(canvas[5, 7].style, .cardHighlighted)
        XCTAssertEqual(canvas[28, 8].style, .flagOffer)
        XCTAssertEqual(canvas[2, 10].style, .staleDays, "14 days is stale")
        XCTAssertEqual(canvas[9, 10].style, .dim, "the source of a plain card is dim")
        XCTAssertEqual(canvas[0, 2].style, .columnHeaderFocused)
        XCTAssertEqual(canvas.lines[0], "Backend Engineer · by… 1 stage")
    }

    func testHitRegionsForColumnsAndCards() {
        let canvas = Self.draw(Self.screen([Self.card("a1", "Ada", selected: true), Self.card("a2", "Bo")]))
        XCTAssertEqual(canvas.target(atX: 3, y: 1), .stageColumn("s1"))
        XCTAssertEqual(canvas.target(atX: 3, y: 2), .stageColumn("s1"))
        XCTAssertEqual(canvas.target(atX: 10, y: 3), .application("a1"))
        XCTAssertEqual(canvas.target(atX: 29, y: 4), .application("a1"))
        XCTAssertEqual(canvas.target(atX: 0, y: 5), .application("a2"))
        XCTAssertEqual(canvas.target(atX: 0, y: 7), nil)
    }

    func testScrollIndicatorsSayHowManyCardsAreHidden() {
        let cards = (0..<4).map { Self.card("a\($0)", "Name \($0)") }
        let canvas = Self.draw(Self.screen(cards, count: 40, offset: 10))
        XCTAssertEqual(canvas.lines[2], "━ ▲ 10 ━━━━━━━━━━━━━━━━ 26 ▼ ━")
    }

    func testEmptyColumnSaysSo() {
        let canvas = Self.draw(Self.screen([]))
        XCTAssertEqual(canvas.lines[3], " No applications              ")
        XCTAssertEqual(canvas[1, 3].style, .placeholder)
    }

    func testWideNamesAreCutAtCellBoundariesAndEscapesAreNeutralised() {
        let canvas = Self.draw(Self.screen([
            Self.card("a1", "王小明王小明王小明王小明王小明", source: "猎头"),
            Self.card("a2", "Eve\u{1B}]0;pwned\u{07}\u{202E}lin", source: "\u{1B}[31mred"),
        ]), width: 20)
        XCTAssertEqual(canvas.lines[3], "  王小明王小明王小… ")
        XCTAssertEqual(TerminalText.width(of: canvas.lines[3]), 20)
        XCTAssertEqual(canvas.lines[4], "  3d · 猎头         ")
        XCTAssertEqual(canvas.lines[5], "  Eve␛]0;pwned␇�lin ")
        XCTAssertEqual(canvas[5, 5].style, .unsafePlaceholder)
        XCTAssertEqual(canvas.lines[6], "  3d · ␛[31mred     ")
        XCTAssertFalse(canvas.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E } })
    }

    func testColumnHeaderShowsFilteredCount() {
        var screen = Self.screen([Self.card("a1", "Ada")])
        screen.columns[0].count = 12
        screen.columns[0].totalCount = 40
        screen.columns[0].isFocused = false
        screen.filterText = "ad"
        let canvas = Self.draw(screen, width: 40)
        XCTAssertEqual(canvas.lines[1], " Onsite                           12/40 ")
        XCTAssertEqual(canvas[1, 1].style, .columnHeader)
        XCTAssertEqual(canvas.lines[0], "Backend Engineer · by days in s… 1 stage")
    }
}

/// A job of 20,000 applications costs what its visible cards cost.
final class PipelinePaneLargeJobTests: XCTestCase {
    static func largeStore(applications: Int) -> EntityStore {
        let now = SandboxWorkspace.now
        func stamp(_ days: Double) -> Timestamp { Timestamp(now.addingTimeInterval(-days * 86_400)) }
        let stages = (0..<9).map { index in
            InterviewStage(id: "s\(index)", title: "Stage \(index)", type: index == 8 ? .archived : .active, orderInInterviewPlan: index,
                           interviewPlanId: "plan")
        }
        var delta = StoreDelta()
        delta.jobs = [Job(id: "job", title: "Big Job", confidential: false, status: .open, employmentType: .fullTime,
                          defaultInterviewPlanId: "plan", interviewPlanIds: ["plan"], updatedAt: stamp(100))]
        delta.interviewPlans = [InterviewPlan(id: "plan", title: "Plan", isArchived: false, createdAt: stamp(200), updatedAt: stamp(200))]
        delta.interviewStagesByPlan = ["plan": stages]
        delta.applications = (0..<applications).map { (index: Int) -> ApplicationRecord in
            let age = Double(index % 40)
            return ApplicationRecord(id: "a\(index)", candidateId: "c\(index)", candidateName: "Candidate \(index)", jobId: "job", jobTitle: "Big Job",
                              stageId: "s\(index % 9)", interviewPlanId: "plan", status: index % 9 == 8 ? .archived : .active,
                              sourceTitle: "Source \(index % 7)", createdAt: stamp(50), updatedAt: stamp(age), stageEnteredAt: stamp(age))
        }
        let store = EntityStore()
        store.apply(delta, now: now)
        return store
    }

    func testOnlyVisibleCardsAreBuiltAndDrawn() {
        let store = Self.largeStore(applications: 20_000)
        var model = PipelineModel()
        model.setViewport(Viewport(width: 160, height: 46), store: store)
        model.showJob("job", store: store)
        let screen = model.screen(store: store, now: SandboxWorkspace.now)
        XCTAssertEqual(screen.columns.map(\.count), [2223, 2223, 2222, 2222, 2222, 2222])
        XCTAssertEqual(screen.columns.map(\.cards.count), Array(repeating: 21, count: 6))

        var canvas = Canvas(width: 160, height: 46)
        PipelinePane.draw(screen, layout: model.layout, in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        let cards = canvas.hitRegions.filter { if case .application = $0.target { return true } else { return false } }
        XCTAssertEqual(cards.count, 6 * 21)
        XCTAssertEqual(cards.last?.rect, Rect(x: 130, y: 44, width: 30, height: 2), "the last card ends on the pane's last row")
        XCTAssertEqual(canvas.lines[2].prefix(26), " Stage 0            2223 │")
        XCTAssertTrue(canvas.lines[3].hasPrefix("━━━━━━━━━━━━━━━━ 2202 ▼ ━┼──"), canvas.lines[3])
    }
}
