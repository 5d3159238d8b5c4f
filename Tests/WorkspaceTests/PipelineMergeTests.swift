import AshbyAPI
import XCTest
@testable import Workspace

final class PipelineMergeTests: XCTestCase {
    typealias F = ViewModelFixture

    private func model(_ store: EntityStore) -> PipelineModel {
        var model = PipelineModel()
        model.setViewport(Viewport(width: 160, height: 48), store: store)
        model.showJob("job-1", store: store)
        return model
    }

    private func moved(_ id: String, to stage: String, in store: EntityStore) -> StoreDelta {
        var record = store.applications[id]!
        record.stageId = stage
        record.updatedAt = Timestamp(F.now)
        // As a synced record arrives: Ashby sends no stage entry time.
        record.stageEnteredAt = nil
        var delta = StoreDelta()
        delta.applications = [record]
        return delta
    }

    func testSelectionFollowsCardMovedBySomeoneElse() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        model.select(applicationId: "a4", store: store)
        _ = model.handle(.toggleMark, store: store, now: F.now)   // marks a4, cursor to a4's neighbour… none below: stays
        model.select(applicationId: "a4", store: store)
        let changes = store.apply(moved("a4", to: "s-onsite", in: store), now: F.now)
        let notices = model.apply(changes, origin: .incrementalSync, store: store, now: F.now)
        XCTAssertEqual(notices, [Notice(.info, "Dan Brown moved to Onsite; selection followed")])
        XCTAssertEqual(model.selectedApplicationId, "a4")
        XCTAssertEqual(model.focusedStageId, "s-onsite")
        XCTAssertEqual(model.marks, ["a4"])
        let screen = model.screen(store: store, now: F.now)
        let onsite = screen.columns.first { $0.stageId == "s-onsite" }!
        XCTAssertEqual(onsite.cards.map(\.candidateName), ["Fay Wray", "Dan Brown"])
        XCTAssertEqual(onsite.cards.map(\.isSelected), [false, true])
        XCTAssertEqual(onsite.cards.map(\.isHighlighted), [false, true])
        XCTAssertEqual(screen.columns.map(\.count), [3, 1, 2, 0, 1, 1])

        // The highlight is brief.
        XCTAssertFalse(model.expireHighlights(now: F.now.addingTimeInterval(2)))
        XCTAssertTrue(model.expireHighlights(now: F.now.addingTimeInterval(3)))
        XCTAssertEqual(model.screen(store: store, now: F.now).columns[2].cards.map(\.isHighlighted), [false, false])
    }

    func testOwnMoveKeepsCursorInTheColumn() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        XCTAssertEqual(model.selectedApplicationId, "a2")
        let changes = store.apply(moved("a2", to: "s-phone", in: store), now: F.now)
        let notices = model.apply(changes, origin: .optimistic(actionId: "act-1"), store: store, now: F.now)
        XCTAssertEqual(notices, [])
        XCTAssertEqual(model.focusedStageId, "s-review")
        XCTAssertEqual(model.selectedApplicationId, "a1", "the card that took its place")
        XCTAssertTrue(model.highlights.isEmpty, "own changes are not highlighted")
    }

    func testScrollStaysAndSelectionSurvivesUnrelatedChanges() {
        var apps = (0..<30).map { F.application("r\($0)", "Person \($0)", stage: "s-review", days: Double(40 - $0)) }
        apps.append(F.application("p0", "Pat Phone", stage: "s-phone", days: 1))
        let store = F.store(apps)
        var model = PipelineModel()
        model.setViewport(Viewport(width: 160, height: 13), store: store)  // 5 cards per column
        model.showJob("job-1", store: store)
        for _ in 0..<12 { _ = model.handle(.down, store: store, now: F.now) }
        XCTAssertEqual(model.selectedApplicationId, "r12")
        XCTAssertEqual(model.scrollOffsets["s-review"], 8)
        // A colleague moves another card out of the column, above the selection.
        let changes = store.apply(moved("r0", to: "s-phone", in: store), now: F.now)
        XCTAssertEqual(model.apply(changes, origin: .incrementalSync, store: store, now: F.now), [])
        XCTAssertEqual(model.selectedApplicationId, "r12")
        XCTAssertEqual(model.scrollOffsets["s-review"], 8)
        XCTAssertEqual(model.screen(store: store, now: F.now).columns[0].cards.map(\.applicationId), ["r9", "r10", "r11", "r12", "r13"])
    }

    func testSelectedApplicationRemovedFallsToItsRow() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        model.select(applicationId: "a1", store: store)
        var delta = StoreDelta()
        delta.removals = [.applications: ["a1"]]
        let changes = store.apply(delta, now: F.now)
        XCTAssertEqual(model.apply(changes, origin: .incrementalSync, store: store, now: F.now),
                       [Notice(.info, "The selected application was removed")])
        XCTAssertEqual(model.selectedApplicationId, "a3")
    }

    func testMarksOfRemovedApplicationsGo() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        _ = model.handle(.markColumn, store: store, now: F.now)
        var delta = StoreDelta()
        delta.removals = [.applications: ["a3"]]
        _ = model.apply(store.apply(delta, now: F.now), origin: .fullSync, store: store, now: F.now)
        XCTAssertEqual(model.marks, ["a1", "a2"])
    }

    func testFilteredColumnsFollowMerges() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        model.setFilter("lin", store: store)
        var record = store.applications["a4"]!
        record.sourceTitle = "LinkedIn"
        var delta = StoreDelta()
        delta.applications = [record]
        _ = model.apply(store.apply(delta, now: F.now), origin: .incrementalSync, store: store, now: F.now)
        XCTAssertEqual(model.screen(store: store, now: F.now).columns.map(\.count), [2, 1, 1, 0, 0, 0])
    }
}
