import AshbyAPI
import Foundation

/// The root view model: the store, the five panes, the active pane, dialogs, status and toasts.
/// The UI thread owns it (a class: there is one, and the loop keeps it): it feeds it commands
/// and keys (`handle`, `handleKey`) and background events (`apply`), and runs the effects it
/// returns (outbox submissions, detail requests, refresh, redraw, quit). It performs none itself.
public final class WorkspaceModel {
    public let store: EntityStore
    public let registry: CommandRegistry
    public private(set) var keymap: Keymap
    public internal(set) var activePane: Pane = .pipeline
    public internal(set) var pipeline = PipelineModel() {
        // The status bar names the job shown.
        didSet { if pipeline.jobId != oldValue.jobId { status.activeJob = pipeline.jobId.flatMap { store.jobs[$0]?.title } } }
    }
    public internal(set) var candidate = CandidateModel()
    public internal(set) var schedule: ScheduleModel
    public internal(set) var feedback = FeedbackModel()
    public internal(set) var offers = OffersModel()
    public internal(set) var status: StatusModel
    public internal(set) var toasts = ToastQueue()
    public internal(set) var modal: Modal?
    public internal(set) var details = ShownDetails()
    /// Outbox actions not yet confirmed or failed, by id (pending notes show in the candidate pane).
    public internal(set) var pendingActions: [String: OutboxActionState] = [:]
    /// The sync tokens covering every merge applied so far (what a cache saves beside the store).
    public internal(set) var syncTokens: [SyncedResource: String] = [:]
    /// Chords typed so far of a longer binding (`g` of `g g`).
    public internal(set) var pendingKeys: [KeyChord] = []
    public internal(set) var viewport = Viewport(width: 160, height: 48)
    /// The pane a candidate was opened from (Enter on a card, a row): Esc goes back to it.
    public internal(set) var returnPane: Pane?
    /// Scorecards closed before they were sent, by interview event id: reopening goes on where
    /// the user left off.
    public internal(set) var scorecardDrafts: [String: ScorecardDraft] = [:]
    /// The application the user last had in hand, in any pane: the Feedback pane shows it.
    public internal(set) var focusedApplicationId: String?

    /// Rows taken by the tab bar and the status bar; panes get the rest.
    public static let chromeRows = 2

    public init(store: EntityStore, tenant: String, isReadOnly: Bool = false, keymap: Keymap = .standard,
                registry: CommandRegistry = .standard, timeZone: TimeZone = .current) {
        self.store = store
        self.keymap = keymap
        self.registry = registry
        self.schedule = ScheduleModel(timeZone: timeZone)
        self.status = StatusModel(tenant: tenant, isReadOnly: isReadOnly, timeZone: timeZone)
        chooseJobIfNone()
    }

    public var isReadOnly: Bool { status.isReadOnly }

    public func setKeymap(_ keymap: Keymap) {
        self.keymap = keymap
        pendingKeys = []
    }

    public func setViewport(_ viewport: Viewport) {
        self.viewport = viewport
        let pane = Viewport(width: viewport.width, height: max(1, viewport.height - Self.chromeRows))
        pipeline.setViewport(pane, store: store)
        schedule.setViewport(pane)
        feedback.setViewport(pane)
        offers.setViewport(pane, store: store)
    }

    // MARK: Background events

    /// Applies what background work posted, in order: merges go into the store and every pane
    /// keeps its place; status, outbox states, details and notices update what is shown.
    @discardableResult
    public func apply(_ events: [WorkspaceEvent], now: Date) -> [Effect] {
        var effects: [Effect] = []
        for event in events {
            switch event {
            case .merge(let delta, let origin):
                effects += merge(delta, origin: origin, now: now)
            case .syncStatus(let sync):
                status.sync = sync
            case .outbox(let state):
                record(state)
            case .detail(let payload):
                details.receive(payload)
            case .notice(let notice):
                toasts.post(notice, now: now)
            case .actingUser(let email, let userId):
                store.actingUserId = userId
                // Offers awaiting me now come first (the cursor stays on the top row until the user moves it).
                let outcome = offers.normalize(store: store, details: details)
                if activePane == .offers { effects += perform(outcome, now: now) }
                if userId == nil {
                    toasts.post(Notice(.warning, "No Ashby user has the email \(email): \"mine\" and approvals are off"), now: now)
                }
            case .syncTokens(let tokens):
                syncTokens = tokens
            @unknown default:
                break
            }
        }
        return effects
    }

    func merge(_ delta: StoreDelta, origin: MergeOrigin, now: Date) -> [Effect] {
        let changes = store.apply(delta, now: now)
        guard !changes.isEmpty else { return [] }
        chooseJobIfNone()
        var effects: [Effect] = []
        let pipelineNotices = pipeline.apply(changes, origin: origin, store: store, now: now)
        if activePane == .pipeline { for notice in pipelineNotices { toasts.post(notice, now: now) } }
        let offerOutcome = offers.apply(changes, origin: origin, store: store, details: details, now: now)
        if activePane == .offers { effects += offerOutcome.effects }
        schedule.apply(changes, store: store)
        if activePane == .schedule { schedule.refreshAwaitingIfStale(store: store) }
        if candidate.candidateId != nil, !changes[.applications].isEmpty {
            effects += candidate.detailRequests(store: store, details: details)
            for case .requestDetail(let key) in effects { details.markRequested(key) }
        }
        closeStaleConfirmation(now: now)
        return effects
    }

    /// An offer approval dialog built for a version that is no longer the latest closes: the
    /// user approves only terms they have seen.
    func closeStaleConfirmation(now: Date) {
        guard case .confirmation(let dialog)? = modal, let guarded = dialog.guardedVersion else { return }
        let latest = store.offers[guarded.offerId]?.latestVersion?.id
        guard latest != guarded.versionId else { return }
        modal = nil
        toasts.post(Notice(.warning, "The offer changed to a new version while you were confirming; review it and approve again"), now: now)
    }

    func record(_ state: OutboxActionState) {
        status.record(state)
        switch state.phase {
        case .confirmed, .failed:
            pendingActions[state.actionId] = nil
        default:
            pendingActions[state.actionId] = state
        }
    }

    /// Notes queued for `candidateId`, oldest first.
    public func pendingNotes(candidateId: String) -> [(actionId: String, text: String)] {
        pendingActions.values.sorted { $0.actionId < $1.actionId }.compactMap { state in
            if case .addNote(let id, let text) = state.action, id == candidateId { return (state.actionId, text) }
            return nil
        }
    }

    /// Shows the first open job when none is shown yet (first start, or the job went away).
    func chooseJobIfNone() {
        if let jobId = pipeline.jobId, store.jobs[jobId] != nil { return }
        if let job = PipelineModel.pickableJobs(store: store).first { pipeline.showJob(job.id, store: store) }
    }

    // MARK: Time

    /// Drops expired toasts and highlights; true when the screen must be redrawn.
    @discardableResult
    public func tick(now: Date) -> Bool {
        let toastsChanged = toasts.expire(now: now)
        let pipelineChanged = pipeline.expireHighlights(now: now)
        let offersChanged = offers.expireHighlights(now: now)
        return toastsChanged || pipelineChanged || offersChanged
    }

    /// When the UI must wake next with no input or data: a toast or highlight ends, or the sync
    /// age shown in the status bar changes. Nil means sleep until input.
    public func nextWakeup(now: Date) -> Date? {
        var times = [toasts.nextExpiry, pipeline.nextHighlightExpiry, offers.highlights.values.min()].compactMap { $0 }
        if case .upToDate(let asOf) = status.sync {
            let age = now.timeIntervalSince(asOf)
            let step: TimeInterval = age < 60 ? 1 : age < 3600 ? 60 : 3600
            times.append(asOf.addingTimeInterval((age / step).rounded(.down) * step + step))
        } else if case .offline(_, let retry, _) = status.sync, retry > now {
            times.append(now.addingTimeInterval(1))
        }
        return times.min()
    }
}
