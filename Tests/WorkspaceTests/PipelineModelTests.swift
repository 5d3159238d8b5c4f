import AshbyAPI
import XCTest
@testable import Workspace

final class PipelineModelTests: XCTestCase {
    typealias F = ViewModelFixture

    private func model(_ store: EntityStore, viewport: Viewport = Viewport(width: 160, height: 48)) -> PipelineModel {
        var model = PipelineModel()
        model.setViewport(viewport, store: store)
        model.showJob("job-1", store: store)
        return model
    }

    private func names(_ screen: PipelineScreen, _ stageId: String) -> [String] {
        screen.columns.first { $0.stageId == stageId }?.cards.map(\.candidateName) ?? []
    }

    func testColumnsInPlanOrderWithCountsAndCards() {
        let store = F.store(F.pipelineApplications)
        let screen = model(store).screen(store: store, now: F.now)
        XCTAssertEqual(screen.jobTitle, "Backend Engineer")
        XCTAssertEqual(screen.columns.map(\.title), ["Application Review", "Phone Screen", "Onsite", "Offer", "Hired", "Archived"])
        XCTAssertEqual(screen.columns.map(\.count), [3, 2, 1, 0, 1, 1])
        XCTAssertEqual(screen.columnWidth, 26)
        let review = screen.columns[0]
        XCTAssertEqual(review.cards.map(\.candidateName), ["bo chen", "Ada Lovelace", "Cyd Charisse"])
        XCTAssertEqual(review.cards.map(\.daysInStage), [10, 3, 1])
        XCTAssertEqual(review.cards.map(\.source), ["Referral", "LinkedIn", "LinkedIn"])
        XCTAssertEqual(review.cards.map(\.isSelected), [true, false, false])
        XCTAssertTrue(review.isFocused)
        XCTAssertEqual(screen.selectedApplicationId, "a2")
    }

    func testEachSortOrder() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        XCTAssertEqual(names(model.screen(store: store, now: F.now), "s-review"), ["bo chen", "Ada Lovelace", "Cyd Charisse"])
        _ = model.handle(.sort(.candidateName), store: store, now: F.now)
        XCTAssertEqual(names(model.screen(store: store, now: F.now), "s-review"), ["Ada Lovelace", "bo chen", "Cyd Charisse"])
        XCTAssertEqual(model.selectedApplicationId, "a2", "the selection stays on its application across sorts")
        let outcome = model.handle(.sort(nil), store: store, now: F.now)
        XCTAssertEqual(outcome.notices, [Notice(.info, "Sorted by last activity")])
        XCTAssertEqual(names(model.screen(store: store, now: F.now), "s-review"), ["Cyd Charisse", "Ada Lovelace", "bo chen"])
        XCTAssertEqual(names(model.screen(store: store, now: F.now), "s-phone"), ["Dan Brown", "Eve Polastri"])
    }

    func testFilterOnNameSourceAndEmail() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        _ = model.handle(.filter("lin"), store: store, now: F.now)
        var screen = model.screen(store: store, now: F.now)
        XCTAssertEqual(screen.columns.map(\.count), [2, 0, 1, 0, 0, 0])
        XCTAssertEqual(screen.columns.map(\.totalCount), [3, 2, 1, 0, 1, 1])
        XCTAssertEqual(names(screen, "s-review"), ["Ada Lovelace", "Cyd Charisse"])
        XCTAssertEqual(model.selectedApplicationId, "a1", "the hidden selection moves to the first shown card")

        _ = model.handle(.filter("novels"), store: store, now: F.now)
        screen = model.screen(store: store, now: F.now)
        XCTAssertEqual(screen.columns.flatMap { $0.cards.map(\.candidateName) }, ["Dan Brown"])
        XCTAssertEqual(model.focusedStageId, "s-phone", "the cursor goes to the column with the match")
        XCTAssertEqual(model.selectedApplicationId, "a4")

        _ = model.handle(.filter("ADA"), store: store, now: F.now)
        screen = model.screen(store: store, now: F.now)
        XCTAssertEqual(screen.columns.flatMap { $0.cards.map(\.candidateName) }, ["Ada Lovelace", "Hal Jordan"])

        _ = model.handle(.cancel, store: store, now: F.now)
        XCTAssertEqual(model.filterText, "")
        XCTAssertEqual(model.screen(store: store, now: F.now).columns.map(\.count), [3, 2, 1, 0, 1, 1])
    }

    func testTypingNarrowsAndDeletingWidensTheFilter() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        for text in ["l", "li", "lin"] { model.setFilter(text, store: store) }
        XCTAssertEqual(model.screen(store: store, now: F.now).columns.map(\.count), [2, 0, 1, 0, 0, 0])
        model.setFilter("li", store: store)
        XCTAssertEqual(model.screen(store: store, now: F.now).columns.map(\.count), [2, 1, 1, 0, 0, 0])
        XCTAssertEqual(names(model.screen(store: store, now: F.now), "s-phone"), ["Eve Polastri"])
    }

    func testCursorScrollsEachColumnAndColumnsScrollHorizontally() {
        var apps = (0..<10).map { F.application("r\($0)", "Person \($0)", stage: "s-review", days: Double(20 - $0)) }
        apps.append(F.application("p0", "Pat Phone", stage: "s-phone", days: 1))
        let store = F.store(apps)
        // 2 columns of 3 cards: (9 - 3 chrome rows) / 2 rows per card.
        var model = model(store, viewport: Viewport(width: 50, height: 9))
        for _ in 0..<4 { _ = model.handle(.down, store: store, now: F.now) }
        XCTAssertEqual(model.selectedApplicationId, "r4")
        var screen = model.screen(store: store, now: F.now)
        XCTAssertEqual(screen.columns.count, 2)
        XCTAssertEqual(screen.columns[0].offset, 2)
        XCTAssertEqual(screen.columns[0].cards.map(\.applicationId), ["r2", "r3", "r4"])
        XCTAssertTrue(screen.columns[0].hasMoreAbove)
        XCTAssertTrue(screen.columns[0].hasMoreBelow)

        _ = model.handle(.right, store: store, now: F.now)
        XCTAssertEqual(model.selectedApplicationId, "p0")
        _ = model.handle(.right, store: store, now: F.now)
        XCTAssertEqual(model.focusedStageId, "s-onsite")
        XCTAssertNil(model.selectedApplicationId)
        screen = model.screen(store: store, now: F.now)
        XCTAssertEqual(screen.firstVisibleColumn, 1)
        XCTAssertEqual(screen.columns.map(\.stageId), ["s-phone", "s-onsite"])

        // Back to the first column: its scroll and cursor are as they were left.
        _ = model.handle(.left, store: store, now: F.now)
        _ = model.handle(.left, store: store, now: F.now)
        XCTAssertEqual(model.selectedApplicationId, "r4")
        screen = model.screen(store: store, now: F.now)
        XCTAssertEqual(screen.firstVisibleColumn, 0)
        XCTAssertEqual(screen.columns[0].offset, 2)

        _ = model.handle(.bottom, store: store, now: F.now)
        XCTAssertEqual(model.selectedApplicationId, "r9")
        XCTAssertEqual(model.screen(store: store, now: F.now).columns[0].offset, 7)
        _ = model.handle(.pageUp, store: store, now: F.now)
        XCTAssertEqual(model.selectedApplicationId, "r6")
        _ = model.handle(.top, store: store, now: F.now)
        XCTAssertEqual(model.selectedApplicationId, "r0")
        XCTAssertEqual(model.screen(store: store, now: F.now).columns[0].offset, 0)
    }

    func testJobPickerListsOpenJobsFirstWithActiveCounts() throws {
        let store = F.store(F.pipelineApplications)
        var model = PipelineModel()
        let outcome = model.handle(.job(nil), store: store, now: F.now)
        guard case .picker(let picker)? = outcome.request else { return XCTFail("expected a picker") }
        XCTAssertEqual(picker.items, [
            PickerItem(value: "job-1", title: "Backend Engineer", detail: "6 active"),
            PickerItem(value: "job-2", title: "Product Designer", detail: "1 active"),
            PickerItem(value: "job-3", title: "Recruiter", detail: "0 active", isDimmed: true),
        ])
        XCTAssertEqual(picker.chosenCommand, .job("job-1"))
        _ = model.handle(.job("product"), store: store, now: F.now)
        XCTAssertEqual(model.jobId, "job-2")
        XCTAssertEqual(model.selectedApplicationId, "b1")
        XCTAssertEqual(model.handle(.job("nope"), store: store, now: F.now).notices, [Notice(.error, "No job 'nope'")])
    }

    func testCardFlagsComeFromTheStore() {
        let store = F.store(F.pipelineApplications)
        store.apply(F.offersDelta(), now: F.now)
        var delta = StoreDelta()
        delta.interviewSchedules = [
            InterviewScheduleRecord(id: "sch1", applicationId: "a4", interviewStageId: "s-phone", status: .scheduled,
                                    events: [F.event("e1", schedule: "sch1", start: 86_400, minutes: 60, interviewers: ["u-me"])]),
            InterviewScheduleRecord(id: "sch2", applicationId: "a5", interviewStageId: "s-phone", status: .waitingOnFeedback,
                                    events: [F.event("e2", schedule: "sch2", start: -3 * 86_400, minutes: 60, interviewers: ["u-jo"])]),
        ]
        store.apply(delta, now: F.now)
        let screen = model(store).screen(store: store, now: F.now)
        let flags = Dictionary(uniqueKeysWithValues: screen.columns.flatMap(\.cards).map { ($0.candidateName, $0.flags) })
        XCTAssertEqual(flags["Dan Brown"], [.interviewScheduled, .offerOut])
        XCTAssertEqual(flags["Eve Polastri"], [.feedbackMissing, .offerOut])
        XCTAssertEqual(flags["Fay Wray"], [.offerOut])
        XCTAssertEqual(flags["Ada Lovelace"], [])
    }

    func testPlaceholderWithoutJob() {
        let store = F.store([])
        XCTAssertEqual(PipelineModel().screen(store: store, now: F.now).placeholder, "Choose a job to see its pipeline")
    }

    func testMarksToggleAndStayOnCards() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        _ = model.handle(.toggleMark, store: store, now: F.now)
        XCTAssertEqual(model.marks, ["a2"])
        XCTAssertEqual(model.selectedApplicationId, "a1", "marking moves the cursor down")
        _ = model.handle(.markColumn, store: store, now: F.now)
        XCTAssertEqual(model.marks, ["a1", "a2", "a3"])
        XCTAssertEqual(model.screen(store: store, now: F.now).markedCount, 3)
        _ = model.handle(.cancel, store: store, now: F.now)
        XCTAssertEqual(model.marks, [])
    }
}
