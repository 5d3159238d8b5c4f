import AshbyAPI
import AshbySandbox
import Foundation

/// `--demo`: the sandbox tenant in this process, with colleagues making changes so live updates
/// show, and no key needed. Its outbox lives in a temporary folder removed at exit: a demo
/// leaves nothing behind.
struct DemoTenant {
    let tenant: SandboxTenant
    let client: AshbyClient
    let outboxDirectory: String

    /// One change every few seconds: enough to see the pipeline move, not enough to disturb.
    static let changesPerMinute: Double = 20

    init() {
        var configuration = SandboxConfiguration()
        configuration.seed = 2026
        configuration.candidates = 300
        configuration.jobs = 8
        configuration.churnPerMinute = Self.changesPerMinute
        tenant = SandboxTenant(configuration: configuration)
        client = AshbyClient(baseURL: try! BaseURL("http://127.0.0.1:1"), apiKey: try! APIKey("sandbox-key"),
                             transport: InProcessTransport(service: tenant.service))
        outboxDirectory = NSTemporaryDirectory() + "ashby-tui-demo-" + UUID().uuidString
    }

    /// A pending approver of the landmark offer, so "awaiting my approval" has something to show.
    var actingUserEmail: String {
        let approverId = tenant.landmarks.pendingApproverUserIDs.first ?? tenant.landmarks.actingUserID
        for user in tenant.snapshot(of: "user") {
            if case .string(approverId)? = user["id"], case .string(let email)? = user["email"] { return email }
        }
        return tenant.landmarks.actingUserEmail
    }

    func removeLeftovers() { try? FileManager.default.removeItem(atPath: outboxDirectory) }
}
