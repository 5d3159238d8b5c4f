import AshbyAPI
import XCTest
@testable import Workspace

/// Mouse clicks: a click selects, a click on the selection opens it, dialogs answer only their own targets.
final class ClickTests: XCTestCase {
    typealias F = ViewModelFixture

    private func workspace() -> WorkspaceModel {
        let store = F.store(F.pipelineApplications)
        store.apply(F.offersDelta(), now: F.now)
        let model = WorkspaceModel(store: store, tenant: "Acme", timeZone: TimeZone(identifier: "UTC")!)
        model.setViewport(Viewport(width: 160, height: 50))
        return model
    }

    func testATabClickShowsItsPane() {
        let model = workspace()
        model.handle(.click(.tab(.offers)), now: F.now)
        XCTAssertEqual(model.activePane, .offers)
    }

    func testClickingACardSelectsItAndClickingItAgainOpensTheCandidate() {
        let model = workspace()
        model.handle(.click(.application("a5")), now: F.now)
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a5")
        XCTAssertEqual(model.pipeline.focusedStageId, "s-phone")
        XCTAssertEqual(model.activePane, .pipeline)
        let effects = model.handle(.click(.application("a5")), now: F.now)
        XCTAssertEqual(model.activePane, .candidate)
        XCTAssertEqual(model.candidate.candidateId, "c-a5")
        XCTAssertEqual(effects.compactMap(\.detailKey).first, .candidate(id: "c-a5"))
    }

    func testClickingAnAwaitingSchedulingRowOpensItsCandidate() {
        let model = workspace()
        model.handle(.showPane(.schedule), now: F.now)
        model.handle(.click(.application("a4")), now: F.now)
        XCTAssertEqual(model.activePane, .candidate)
        XCTAssertEqual(model.candidate.candidateId, "c-a4")
        XCTAssertEqual(model.returnPane, .schedule)
    }

    func testClickingAColumnHeaderFocusesTheColumn() {
        let model = workspace()
        model.handle(.click(.stageColumn("s-onsite")), now: F.now)
        XCTAssertEqual(model.pipeline.focusedStageId, "s-onsite")
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a6")
    }

    func testDialogButtonsAndPickerRowsAnswerClicksAndNothingBehindThemDoes() {
        let model = workspace()
        model.handle(.click(.application("a1")), now: F.now)
        model.handle(.moveTo(nil), now: F.now)
        guard case .picker(let picker)? = model.modal else { return XCTFail("expected the stage picker") }
        let onsite = try! XCTUnwrap(picker.matches.firstIndex { picker.items[$0.index].title == "Onsite" })
        // A click behind the dialog does nothing.
        model.handle(.click(.application("a4")), now: F.now)
        XCTAssertEqual(model.pipeline.selectedApplicationId, "a1")
        model.handle(.click(.listRow(onsite)), now: F.now)
        guard case .picker(let moved)? = model.modal else { return XCTFail("the first click only selects") }
        XCTAssertEqual(moved.selectedItem?.title, "Onsite")
        model.handle(.click(.listRow(onsite)), now: F.now)
        guard case .confirmation? = model.modal else { return XCTFail("the second click chooses: expected a confirmation") }
        model.handle(.click(.dialogButton(.cancel)), now: F.now)
        XCTAssertNil(model.modal)

        model.handle(.moveTo("Onsite"), now: F.now)
        let effects = model.handle(.click(.dialogButton(.confirm)), now: F.now)
        XCTAssertEqual(effects.compactMap(\.submission).map(\.action),
                       [.moveApplication(applicationId: "a1", toStageId: "s-onsite", archiveReasonId: nil)])
    }
}
