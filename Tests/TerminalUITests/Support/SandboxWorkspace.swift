import AshbyAPI
import AshbySandbox
import Foundation
import Workspace

/// A workspace synced from a small sandbox tenant at a fixed instant, for drawing tests: the same
/// seed gives the same data, names, stages, interviews, scorecards and offers every run.
enum SandboxWorkspace {
    /// 2026-03-10 14:30 UTC, a Tuesday: the sandbox schedules interviews around its `now`.
    static let now = Date(timeIntervalSince1970: 1_773_153_000)
    static let utc = TimeZone(identifier: "UTC")!

    /// A synced model (every list merged, tokens kept) and its tenant, with the landmark user acting.
    static func make(seed: UInt64 = 7, candidates: Int = 120, jobs: Int = 3, hostile: Bool = false) throws -> (WorkspaceModel, SandboxTenant) {
        var configuration = SandboxConfiguration()
        configuration.seed = seed
        configuration.candidates = candidates
        configuration.jobs = jobs
        configuration.hostile = hostile
        let fixed = now
        configuration.now = { fixed }
        let tenant = SandboxTenant(configuration: configuration)
        let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:1"), apiKey: try APIKey("sandbox-key"),
                                 transport: InProcessTransport(service: tenant.service), retryPolicy: .none)
        let inbox = Inbox()
        var sync = SyncConfiguration()
        sync.pollInterval = 3600
        let engine = SyncEngine(client: client, inbox: inbox, configuration: sync)
        engine.start()
        defer { engine.stop() }
        let model = WorkspaceModel(store: EntityStore(), tenant: "Sandbox", timeZone: utc)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            _ = inbox.waitForEvents(timeout: 0.5)
            model.apply(inbox.drain(), now: now)
            if case .upToDate = model.status.sync { break }
        }
        guard case .upToDate = model.status.sync else { throw SandboxWorkspaceError.syncDidNotFinish("\(model.status.sync)") }
        model.store.actingUserId = tenant.landmarks.actingUserID
        // The status bar must not depend on when the test ran.
        model.apply([.syncStatus(.upToDate(asOf: now.addingTimeInterval(-12)))], now: now)
        return (model, tenant)
    }
}

enum SandboxWorkspaceError: Error {
    case syncDidNotFinish(String)
}
