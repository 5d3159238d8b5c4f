import AshbyAPI
import Foundation

/// A deterministic simulated Ashby tenant speaking the real wire protocol. Thread-safe: one lock
/// serialises every request, churn step and test hook.
public final class SandboxTenant: @unchecked Sendable {
    private let lock = NSLock()
    private let engine: TenantEngine
    private var churnTimer: ChurnTimer?
    /// Well-known records of this tenant (ids a test or demo can aim at).
    public let landmarks: SandboxLandmarks

    public init(configuration: SandboxConfiguration) {
        engine = TenantEngine(configuration: configuration)
        landmarks = engine.landmarks
        if configuration.churnPerMinute > 0 {
            churnTimer = ChurnTimer(perMinute: configuration.churnPerMinute) { [weak self] count in self?.applyChurn(count: count) }
        }
    }

    deinit { churnTimer?.cancel() }

    public func handle(_ request: SandboxRequest) -> SandboxReply {
        lock.withLock { engine.handle(request) }
    }

    /// This tenant as a service closure (for the HTTP server and the in-process transport).
    public var service: SandboxService {
        { [self] request in handle(request) }
    }

    /// Applies `count` realistic changes now, deterministically (the churn timer uses it too).
    public func applyChurn(count: Int) {
        lock.withLock { engine.applyChurn(count: count) }
    }

    /// Every sync token issued so far now answers `sync_token_expired`.
    public func expireSyncTokens() {
        lock.withLock { engine.minimumTokenSerial = engine.tokenSerial + 1 }
    }

    /// The next `times` requests (to `path`, or to any path) meet `fault`; scripted faults win over random ones.
    public func scheduleFault(_ fault: ScriptedFault, times: Int = 1, path: String? = nil) {
        lock.withLock { engine.faults.schedule(fault, times: times, path: path) }
    }

    /// Every record of one kind as its list endpoint renders it, archived, deactivated and draft
    /// ones included, in list order: what a full sync must converge to.
    ///
    /// Kinds: user, department, location, job, opening, jobPosting, interviewPlan, interviewStage,
    /// candidate, application, note, interview, interviewSchedule, interviewEvent,
    /// applicationFeedback, feedbackFormDefinition, offer, approval, surveyFormDefinition,
    /// surveySubmission, archiveReason, source, customField. Unknown kinds give [].
    public func snapshot(of resource: String) -> [JSONValue] {
        lock.withLock { engine.snapshot(of: resource) }
    }

    public var stats: SandboxStats {
        lock.withLock { engine.stats }
    }

    /// The current change watermark (grows with every write and churn step).
    public var changeWatermark: UInt64 {
        lock.withLock { engine.store.watermark }
    }
}
