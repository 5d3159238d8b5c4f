import AshbyAPI
import AshbySandbox
import XCTest
@testable import Workspace

/// The view models over a small sandbox tenant synced by the real engine (in process): the
/// landmark application moves to its plan's next stage, and the landmark offer can be approved
/// by a pending approver of its current step, on its current version, and by nobody else.
final class AppSandboxTests: XCTestCase {
    func testViewModelsOverASyncedSandboxTenant() throws {
        var configuration = SandboxConfiguration()
        configuration.seed = 11
        configuration.candidates = 150
        configuration.jobs = 4
        let tenant = SandboxTenant(configuration: configuration)
        let marks = tenant.landmarks
        let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:1"), apiKey: try APIKey("sandbox-key"),
                                 transport: InProcessTransport(service: tenant.service), retryPolicy: .none)
        let inbox = Inbox()
        var sync = SyncConfiguration()
        sync.pollInterval = 3600
        let engine = SyncEngine(client: client, inbox: inbox, configuration: sync)
        engine.start()
        defer { engine.stop() }

        let model = WorkspaceModel(store: EntityStore(), tenant: "Sandbox", timeZone: TimeZone(identifier: "UTC")!)
        let deadline = Date().addingTimeInterval(60)
        var synced = false
        while !synced && Date() < deadline {
            _ = inbox.waitForEvents(timeout: 0.5)
            model.apply(inbox.drain(), now: Date())
            if case .upToDate = model.status.sync { synced = true }
        }
        XCTAssertTrue(synced, "the first sync did not finish in time: \(model.status.sync)")
        let store = model.store
        XCTAssertEqual(store.applications.count, tenant.stats.applications)

        // Pipeline: the landmark application, one stage on.
        model.handle(.job(marks.jobID))
        XCTAssertEqual(model.pipeline.jobId, marks.jobID)
        model.pipeline.select(applicationId: marks.applicationID, store: store)
        XCTAssertEqual(model.pipeline.selectedApplicationId, marks.applicationID)
        let steps = store.stages(ofPlan: marks.interviewPlanID).filter { $0.type != .archived }
        let next = try XCTUnwrap(steps.firstIndex { $0.id == marks.activeStageID }.map { steps[$0 + 1] })
        model.handle(.nextStage)
        guard case .confirmation(let move)? = model.modal else { return XCTFail("expected a confirmation") }
        XCTAssertEqual(move.effects.compactMap(\.submission).map(\.action),
                       [.moveApplication(applicationId: marks.applicationID, toStageId: next.id, archiveReasonId: nil)])
        model.handle(.cancel)

        // Offers: a pending approver may approve the current step of the current version.
        store.actingUserId = marks.pendingApproverUserIDs[0]
        model.handle(.showPane(.offers))
        _ = model.offers.select(offerId: marks.offerID, store: store, details: model.details)
        let screen = model.offers.screen(store: store, details: model.details, now: Date())
        XCTAssertEqual(screen.rows.first?.offerId, marks.offerID, "awaiting my approval comes first")
        XCTAssertTrue(screen.rows.first?.awaitsMe ?? false)
        XCTAssertEqual(screen.detail?.versionId, marks.offerVersionID)
        model.handle(.approveStep)
        guard case .confirmation(let approve)? = model.modal else { return XCTFail("expected a confirmation: \(model.toasts.toasts)") }
        XCTAssertEqual(approve.effects.compactMap(\.submission).map(\.action), [
            .approveOffer(offerId: marks.offerID, offerVersionId: marks.offerVersionID, stepId: marks.currentApprovalStepID,
                          userId: marks.pendingApproverUserIDs[0]),
        ])
        model.handle(.cancel)

        // Somebody who approves nothing on it is refused.
        store.actingUserId = marks.nonApproverUserID
        model.handle(.approveStep)
        XCTAssertNil(model.modal)
        XCTAssertEqual(model.toasts.toasts.last?.notice, Notice(.warning, "You are not an approver of step 1"))
    }
}
