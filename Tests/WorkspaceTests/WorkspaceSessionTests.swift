import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// The session the front end drives: a first sync into the model, a move typed by keys sent
/// through the outbox to the server over HTTP, and a second start from the saved cache.
final class WorkspaceSessionTests: XCTestCase {
    func testSyncMoveByKeysAndRestartFromTheCache() throws {
        let sandbox = try startLoopbackSandbox(candidates: 80, jobs: 3, seed: 5)
        let marks = sandbox.tenant.landmarks
        let cacheDirectory = URL(fileURLWithPath: temporaryDirectory())
        var settings = SessionSettings(tenantName: "Sandbox")
        settings.cache = SnapshotCache(directory: cacheDirectory, tenant: CacheTenant(baseURL: "http://sandbox", fingerprint: "test"))
        settings.outboxDirectory = temporaryDirectory()
        settings.actingUserEmail = marks.actingUserEmail
        settings.timeZone = TimeZone(identifier: "UTC")!

        let session = try WorkspaceSession(client: sandbox.client(), settings: settings)
        let model = session.model
        XCTAssertTrue(session.pump(timeout: 60) { model.status.sync.isUpToDate }, "\(model.status.sync)")
        XCTAssertEqual(model.store.applications.count, sandbox.tenant.stats.applications)
        XCTAssertEqual(model.store.actingUserId, marks.actingUserID)

        // Move the landmark application one stage on, as a person would: select, `>`, `y`.
        model.handle(.job(marks.jobID))
        model.pipeline.select(applicationId: marks.applicationID, store: model.store)
        XCTAssertEqual(session.perform(model.handleKey(.character(">"))).count, 0)
        guard case .confirmation(let dialog)? = model.modal,
              case .moveApplication(_, let stageId, _)? = dialog.effects.first?.submission?.action else {
            return XCTFail("expected a move confirmation")
        }
        XCTAssertEqual(session.perform(model.handleKey(.character("y"))).count, 0)
        // The optimistic change is in the inbox already: the loop's next drain shows it.
        XCTAssertTrue(session.drain(now: Date()).changed)
        XCTAssertEqual(model.store.applications[marks.applicationID]?.stageId, stageId, "applied before the server answered")
        XCTAssertTrue(session.pump(timeout: 30) { session.pendingWrites == 0 && model.pendingActions.isEmpty })
        let server = try sandbox.client().application(id: marks.applicationID)
        XCTAssertEqual(server.currentInterviewStage.id, stageId)
        XCTAssertEqual(session.perform([.redraw, .refresh, .quit]).map(\.name), ["redraw", "quit"])
        session.close()

        // The second start shows the cached store before any network answer.
        let second = try WorkspaceSession(client: sandbox.client(), settings: settings)
        XCTAssertEqual(second.model.store.applications.count, model.store.applications.count)
        XCTAssertEqual(second.model.store.applications[marks.applicationID]?.stageId, stageId)
        XCTAssertFalse(second.model.syncTokens.isEmpty)
        XCTAssertTrue(second.pump(timeout: 60) { second.model.status.sync.isUpToDate })
        second.close()
    }
}

private extension Effect {
    var name: String {
        switch self {
        case .redraw: "redraw"
        case .quit: "quit"
        case .refresh: "refresh"
        case .submit: "submit"
        case .requestDetail: "detail"
        }
    }
}
