import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// A sandbox tenant served over loopback HTTP, and libcurl clients to it.
final class LoopbackSandbox: @unchecked Sendable {
    static let key = "sync-test-key"
    static let keyWithoutOffers = "sync-test-key-no-offers"

    let tenant: SandboxTenant
    let server: LoopbackHTTPServer
    let port: UInt16

    init(candidates: Int = 120, jobs: Int = 4, seed: UInt64 = 11, configure: (inout SandboxConfiguration) -> Void = { _ in }) throws {
        var configuration = SandboxConfiguration()
        configuration.seed = seed
        configuration.candidates = candidates
        configuration.jobs = jobs
        configuration.apiKeys = [
            SandboxAPIKey(key: LoopbackSandbox.key),
            SandboxAPIKey(key: LoopbackSandbox.keyWithoutOffers, permissions: SandboxAPIKey.allPermissions.subtracting(["offersRead"])),
        ]
        configure(&configuration)
        tenant = SandboxTenant(configuration: configuration)
        server = LoopbackHTTPServer(port: 0, service: tenant.service)
        port = try server.start()
    }

    /// A client with quick retries, so fault tests finish fast.
    func client(key: String = LoopbackSandbox.key,
                retry: RetryPolicy = RetryPolicy(maxAttempts: 5, baseDelay: 0.01, maxDelay: 0.05, rateLimitFallbackDelay: 0.05)) -> AshbyClient {
        AshbyClient(baseURL: try! BaseURL("http://127.0.0.1:\(port)"), apiKey: try! APIKey(key), transport: CurlTransport(),
                    retryPolicy: retry, requestTimeout: 10)
    }

    func stop() { server.stop() }

    deinit { server.stop() }
}

extension XCTestCase {
    func startLoopbackSandbox(candidates: Int = 120, jobs: Int = 4, seed: UInt64 = 11,
                              configure: (inout SandboxConfiguration) -> Void = { _ in }) throws -> LoopbackSandbox {
        let sandbox = try LoopbackSandbox(candidates: candidates, jobs: jobs, seed: seed, configure: configure)
        addTeardownBlock { sandbox.stop() }
        return sandbox
    }

    /// A fresh directory removed when the test ends.
    func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "ashby-sync-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    /// An engine that is stopped when the test ends.
    func startEngine(_ sandbox: LoopbackSandbox, inbox: Inbox, key: String = LoopbackSandbox.key,
                     retry: RetryPolicy = RetryPolicy(maxAttempts: 5, baseDelay: 0.01, maxDelay: 0.05, rateLimitFallbackDelay: 0.05),
                     tokens: [SyncedResource: String] = [:], configure: (inout SyncConfiguration) -> Void = { _ in }) -> SyncEngine {
        var configuration = SyncConfiguration()
        configuration.pollInterval = 3600
        configuration.retryBaseDelay = 0.05
        configuration.retryMaxDelay = 0.2
        configure(&configuration)
        let engine = SyncEngine(client: sandbox.client(key: key, retry: retry), inbox: inbox, configuration: configuration)
        addTeardownBlock { engine.stop() }
        engine.start(tokens: tokens)
        return engine
    }
}

/// Applies what the inbox delivers to an `EntityStore`, as the UI loop does, and keeps a log.
final class InboxPump {
    let inbox: Inbox
    let store: EntityStore
    private(set) var merges: [(delta: StoreDelta, origin: MergeOrigin)] = []
    private(set) var statuses: [SyncStatus] = []
    private(set) var notices: [Notice] = []
    private(set) var outboxStates: [OutboxActionState] = []
    private(set) var details: [DetailPayload] = []
    private(set) var tokens: [SyncedResource: String]?
    private(set) var actingUsers: [(email: String, userId: String?)] = []
    /// Called after each drained batch has been applied (a frame would be drawn here).
    var afterBatch: (InboxPump) -> Void = { _ in }

    init(inbox: Inbox, store: EntityStore = EntityStore()) {
        self.inbox = inbox
        self.store = store
    }

    /// Drains and applies everything waiting now.
    func drainNow() {
        let events = inbox.drain()
        guard !events.isEmpty else { return }
        for event in events {
            switch event {
            case .merge(let delta, let origin):
                merges.append((delta, origin))
                store.apply(delta, now: Date())
            case .syncStatus(let status): statuses.append(status)
            case .notice(let notice): notices.append(notice)
            case .outbox(let state): outboxStates.append(state)
            case .detail(let payload): details.append(payload)
            case .syncTokens(let latest): tokens = latest
            case .actingUser(let email, let userId): actingUsers.append((email, userId))
            }
        }
        afterBatch(self)
    }

    /// Drains and applies until `condition` holds or `timeout` passes.
    @discardableResult
    func pump(timeout: TimeInterval, until condition: (InboxPump) -> Bool) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        drainNow()
        while !condition(self) {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            inbox.waitForEvents(timeout: min(left, 0.25))
            drainNow()
        }
        return true
    }

    /// Statuses that end a pass (up to date, offline, permission missing, unauthorized).
    var passEnds: Int { statuses.filter(\.endsPass).count }

    var lastStatus: SyncStatus? { statuses.last }
}

extension SyncStatus {
    var endsPass: Bool {
        switch self {
        case .upToDate, .offline, .permissionMissing, .unauthorized: return true
        case .starting, .syncing: return false
        }
    }

    var isUpToDate: Bool {
        if case .upToDate = self { return true }
        return false
    }
}

/// The server's state, decoded from the sandbox's snapshots into the store's shapes.
struct ServerState {
    var applications: [String: ApplicationRecord] = [:]
    var interviewSchedules: [String: InterviewScheduleRecord] = [:]
    var feedbackIds: Set<String> = []
    var offers: [String: Offer] = [:]
    var approvals: [String: Approval] = [:]

    init(_ tenant: SandboxTenant) {
        for application in Self.decode(Application.self, tenant.snapshot(of: "application")) {
            applications[application.id] = ApplicationRecord(application)
        }
        for schedule in Self.decode(InterviewSchedule.self, tenant.snapshot(of: "interviewSchedule")) {
            interviewSchedules[schedule.id] = InterviewScheduleRecord(schedule)
        }
        feedbackIds = Set(Self.decode(ApplicationFeedback.self, tenant.snapshot(of: "applicationFeedback")).map(\.id))
        for offer in Self.decode(Offer.self, tenant.snapshot(of: "offer")) { offers[offer.id] = offer }
        for approval in Self.decode(Approval.self, tenant.snapshot(of: "approval")) { approvals[approval.id] = approval }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ values: [JSONValue]) -> [T] {
        values.map { try! JSONDecoder().decode(T.self, from: $0.serialized()) }
    }
}

extension EntityStore {
    /// Applications without what the store derives itself (`stageEnteredAt`), to compare with the server.
    var applicationsAsServed: [String: ApplicationRecord] {
        applications.mapValues { record in
            var plain = record
            plain.stageEnteredAt = nil
            return plain
        }
    }
}

/// Asserts the store holds exactly the server's applications, schedules, feedback, offers and approvals.
func assertStoreEqualsServer(_ store: EntityStore, _ tenant: SandboxTenant, file: StaticString = #filePath, line: UInt = #line) {
    let server = ServerState(tenant)
    XCTAssertGreaterThan(server.applications.count, 0, file: file, line: line)
    let applications = store.applicationsAsServed
    XCTAssertEqual(applications.count, server.applications.count, "application count", file: file, line: line)
    let wrongApplications = server.applications.filter { applications[$0.key] != $0.value }.map(\.key).sorted()
    XCTAssertEqual(wrongApplications, [], "applications differing from the server", file: file, line: line)
    XCTAssertEqual(store.interviewSchedules.count, server.interviewSchedules.count, "schedule count", file: file, line: line)
    let wrongSchedules = server.interviewSchedules.filter { store.interviewSchedules[$0.key] != $0.value }.map(\.key).sorted()
    XCTAssertEqual(wrongSchedules, [], "schedules differing from the server", file: file, line: line)
    XCTAssertEqual(Set(store.feedback.keys), server.feedbackIds, "feedback ids", file: file, line: line)
    XCTAssertEqual(store.offers, server.offers, "offers", file: file, line: line)
    XCTAssertEqual(store.approvals, server.approvals, "approvals", file: file, line: line)
}
