import AshbyAPI
import AshbySandbox
import Foundation

/// A sandbox tenant served over loopback HTTP from the test process, and an in-process client
/// that reads the tenant's state directly (what the server has, not what the app shows).
final class SandboxServer: @unchecked Sendable {
    static let key = "sandbox-key"

    let tenant: SandboxTenant
    let port: UInt16
    let inspector: AshbyClient
    private let server: LoopbackHTTPServer

    init(candidates: Int = 120, jobs: Int = 4, seed: UInt64 = 11, hostile: Bool = false) throws {
        var configuration = SandboxConfiguration()
        configuration.seed = seed
        configuration.candidates = candidates
        configuration.jobs = jobs
        configuration.hostile = hostile
        tenant = SandboxTenant(configuration: configuration)
        server = LoopbackHTTPServer(port: 0, service: tenant.service)
        port = try server.start()
        inspector = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:1"), apiKey: try APIKey(Self.key),
                                transport: InProcessTransport(service: tenant.service))
    }

    var url: String { "http://127.0.0.1:\(port)" }
    var landmarks: SandboxLandmarks { tenant.landmarks }

    func stop() { server.stop() }

    /// The email of the user with `id`, from the tenant's user list.
    func email(ofUser id: String) -> String? {
        for user in tenant.snapshot(of: "user") {
            if case .string(id)? = user["id"], case .string(let email)? = user["email"] { return email }
        }
        return nil
    }

    /// A pending approver of the landmark offer's current step: as `--user`, the offer awaits "me".
    var pendingApprover: (id: String, email: String)? {
        for id in landmarks.pendingApproverUserIDs {
            if let email = email(ofUser: id) { return (id, email) }
        }
        return nil
    }
}
