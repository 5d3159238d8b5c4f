import AshbyAPI
import Foundation

/// One running workspace: the model the UI thread owns, and the background parts it drives — the
/// sync engine, the outbox and the cache — connected through one inbox. The front end calls
/// `drain` when the inbox rings and `perform` with the effects the model returns; it keeps only
/// what is its own to do (redraw, quit).
public final class WorkspaceSession {
    public let model: WorkspaceModel
    public let inbox: Inbox
    let engine: SyncEngine
    let outbox: Outbox
    let settings: SessionSettings

    /// Starts from the cache when there is a usable one (the first frame shows it at once), then
    /// syncs; completes the writes a previous run left pending.
    public init(client: AshbyClient, settings: SessionSettings, now: Date = Date()) throws(OutboxJournalError) {
        self.settings = settings
        inbox = Inbox()
        var notices: [Notice] = []
        var tokens: [SyncedResource: String] = [:]
        let store: EntityStore
        switch settings.cache?.load() {
        case .success(let cached)?:
            store = cached.makeStore(now: now)
            tokens = cached.tokens
        case .failure(let problem)?:
            if let notice = problem.notice { notices.append(notice) }
            store = EntityStore()
        case nil:
            store = EntityStore()
        }
        model = WorkspaceModel(store: store, tenant: settings.tenantName, isReadOnly: settings.isReadOnly,
                               keymap: settings.keymap, timeZone: settings.timeZone)
        var sync = SyncConfiguration()
        sync.pollInterval = settings.pollInterval
        sync.actingUserEmail = settings.actingUserEmail
        let engine = SyncEngine(client: client, inbox: inbox, configuration: sync)
        self.engine = engine
        outbox = try Outbox(client: client, inbox: inbox, directory: settings.outboxDirectory, readOnly: settings.isReadOnly,
                            onConfirmed: { engine.actionConfirmed($0) })
        model.apply(notices.map(WorkspaceEvent.notice) + [.syncTokens(tokens)], now: now)
        engine.start(tokens: tokens)
        if !settings.isReadOnly { _ = outbox.recoverPending() }
    }

    /// The descriptor that becomes readable when background work posted something (poll it beside stdin).
    public var wakeDescriptor: Int32 { inbox.wakeDescriptor }

    /// Applies everything background work posted, runs the effects that follows, and returns
    /// what is left for the front end (redraw, quit). True in `changed` when anything arrived.
    public func drain(now: Date) -> (changed: Bool, effects: [Effect]) {
        let events = inbox.drain()
        guard !events.isEmpty else { return (false, []) }
        for case .actingUser(_, let userId) in events { outbox.actingUserId = userId }
        return (true, perform(model.apply(events, now: now)))
    }

    /// Runs the effects that belong to the workspace (writes, detail fetches, refresh) and
    /// returns the rest.
    public func perform(_ effects: [Effect]) -> [Effect] {
        var left: [Effect] = []
        for effect in effects {
            switch effect {
            case .submit(let submission):
                outbox.submit(submission.action, optimistic: submission.optimistic, rollback: submission.rollback,
                              summary: submission.summary)
            case .requestDetail(let key):
                engine.requestDetail(key)
            case .refresh:
                engine.refreshNow()
            case .redraw, .quit:
                left.append(effect)
            @unknown default:
                left.append(effect)
            }
        }
        return left
    }

    /// Writes not yet confirmed (the front end asks before quitting with some in flight).
    public var pendingWrites: Int { outbox.pending.count }

    /// Stops the background work and saves the cache. With writes still pending the cache is
    /// discarded instead: it would hold their optimistic state, which only the outbox can settle.
    public func close(now: Date = Date()) {
        engine.stop()
        outbox.stop()
        model.apply(inbox.drain(), now: now)
        guard let cache = settings.cache else { return }
        if outbox.pending.isEmpty, !model.syncTokens.isEmpty {
            try? cache.save(store: model.store, tokens: model.syncTokens, savedAt: now)
        } else {
            cache.discard()
        }
    }
}
