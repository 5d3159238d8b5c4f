import AshbyAPI
import Foundation

/// Keeps the workspace in sync with Ashby in the background: a full sync page by page, then an
/// incremental poll every interval (and on demand), posting merged pages, status and details to
/// the inbox. All network and decoding run on a private serial queue; it never touches the store.
public final class SyncEngine: @unchecked Sendable {
    private let client: AshbyClient
    private let inbox: Inbox
    private let configuration: SyncConfiguration
    private let listing: RecordListing
    private let backoff: RetryBackoff
    private let queue = DispatchQueue(label: "ashby-tui.sync", qos: .utility)
    // Details have their own queue so a pane's request never waits behind a long full sync.
    private let detailQueue = DispatchQueue(label: "ashby-tui.sync.details", qos: .userInitiated)

    // Guarded by `lock`: read from any thread.
    private let lock = NSLock()
    private var publishedTokens: [SyncedResource: String] = [:]
    private var stopped = false
    private var started = false
    private var refreshQueued = false
    private var resolvedActingUserId: String?
    private var details: DetailWatch

    // Confined to `queue`.
    private var memory = SyncMemory()
    private var pollCount = 0
    private var nextPoll: DispatchWorkItem?
    private var failureStreak = 0
    private var offlineSince: Date?
    private var actingUserSettled = false
    private var lastPostedTokens: [SyncedResource: String]?

    public init(client: AshbyClient, inbox: Inbox, configuration: SyncConfiguration = SyncConfiguration()) {
        self.client = client
        self.inbox = inbox
        self.configuration = configuration
        listing = RecordListing(client: client, pageSize: configuration.pageSize)
        backoff = RetryBackoff(baseDelay: configuration.retryBaseDelay, maxDelay: max(configuration.retryMaxDelay, configuration.retryBaseDelay))
        details = DetailWatch(limit: configuration.detailCacheLimit, maxAge: configuration.detailMaxAge)
    }

    deinit { nextPoll?.cancel() }

    // MARK: - Lifecycle

    /// Starts syncing. With tokens from the cache it goes straight to incremental polls.
    public func start(tokens: [SyncedResource: String] = [:]) {
        let first: Bool = lock.withLock {
            guard !started, !stopped else { return false }
            started = true
            publishedTokens = tokens
            return true
        }
        guard first else { return }
        queue.async { [self] in
            memory.tokens = tokens
            lastPostedTokens = tokens
            runPass(refresh: false)
        }
    }

    /// Polls now instead of waiting for the interval (a refresh key). Presses while one is queued add nothing.
    public func refreshNow() {
        let queueIt: Bool = lock.withLock {
            guard started, !stopped, !refreshQueued else { return false }
            refreshQueued = true
            return true
        }
        guard queueIt else { return }
        queue.async { [self] in
            lock.withLock { refreshQueued = false }
            runPass(refresh: true)
        }
    }

    /// Runs a pass now and returns when it has ended (after any pass already under way): for
    /// headless use and benchmarks. Never call it from the engine's own queues.
    public func syncNow() {
        guard lock.withLock({ started && !stopped }) else { return }
        queue.sync { runPass(refresh: false) }
    }

    /// Stops polling and waits for the request in flight to end (the pass leaves at its next page).
    /// Never call it from the engine's own queues.
    public func stop() {
        lock.withLock { stopped = true }
        queue.sync {
            nextPoll?.cancel()
            nextPoll = nil
        }
        detailQueue.sync {}
    }

    /// The sync token of every resource synced so far in this session (for the cache; prefer the
    /// `.syncTokens` events, which stay in step with the merges the UI thread has applied).
    public var currentTokens: [SyncedResource: String] {
        lock.withLock { publishedTokens }
    }

    /// The acting user's id once `configuration.actingUserEmail` was resolved (also posted as `.actingUser`).
    public var actingUserId: String? {
        lock.withLock { resolvedActingUserId }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    // MARK: - Passes

    private func runPass(refresh: Bool) {
        nextPoll?.cancel()
        nextPoll = nil
        guard !isStopped else { return }
        pollCount += 1
        if refresh { inbox.post(.syncStatus(.syncing(progress: nil))) }
        resolveActingUserIfNeeded()

        let resources = SyncedResource.syncOrder.filter(configuration.resources.contains)
        let relist = pollCount == 1 || (pollCount - 1) % max(1, configuration.relistEveryNthPoll) == 0
        var pass = SyncPass(listing: listing, resources: resources, relistUntokened: relist,
                            showsProgress: resources.contains { $0.hasSyncToken && memory.tokens[$0] == nil }, memory: memory,
                            post: { [inbox] in inbox.post($0) }, isCancelled: { [weak self] in self?.isStopped ?? true })
        let report = pass.run()
        memory = pass.memory
        publishTokens()
        if report.cancelled { return }
        refreshDetails(changedBy: report.changed)
        finish(report)
    }

    /// Posts the tokens after the merges they cover, when they changed.
    private func publishTokens() {
        lock.withLock { publishedTokens = memory.tokens }
        guard lastPostedTokens != memory.tokens else { return }
        lastPostedTokens = memory.tokens
        inbox.post(.syncTokens(memory.tokens))
    }

    /// Posts the pass's status and schedules the next one: the poll interval after success,
    /// backoff after failure. What is shown is never cleared here.
    private func finish(_ report: SyncPassReport) {
        let now = configuration.clock()
        if let refusal = report.refusal {
            failureStreak += 1
            inbox.post(.syncStatus(.unauthorized(message: refusal.description)))
            schedule(after: max(configuration.pollInterval, backoff.delay(afterFailures: failureStreak, unitRandom: configuration.unitRandom())))
            return
        }
        if let first = report.failures.first {
            failureStreak += 1
            let delay = backoff.delay(afterFailures: failureStreak, unitRandom: configuration.unitRandom())
            let since = offlineSince ?? now
            offlineSince = since
            let others = report.failures.count > 1 ? " (and \(report.failures.count - 1) more)" : ""
            inbox.post(.syncStatus(.offline(since: since, nextRetry: now.addingTimeInterval(delay), reason: first.error.description + others)))
            schedule(after: delay)
            return
        }
        failureStreak = 0
        offlineSince = nil
        if report.missingPermission.isEmpty {
            inbox.post(.syncStatus(.upToDate(asOf: now)))
        } else {
            inbox.post(.syncStatus(.permissionMissing(resources: report.missingPermission, asOf: now)))
        }
        schedule(after: configuration.pollInterval)
    }

    private func schedule(after delay: TimeInterval) {
        let poll = DispatchWorkItem { [weak self] in self?.runPass(refresh: false) }
        nextPoll = poll
        queue.asyncAfter(deadline: .now() + max(0, delay), execute: poll)
    }

    /// Resolves the acting user once per session; a transient failure tries again next pass.
    private func resolveActingUserIfNeeded() {
        guard !actingUserSettled, let email = configuration.actingUserEmail, !email.isEmpty else { return }
        do {
            let userId = try client.searchUsers(email: email).first?.id
            actingUserSettled = true
            lock.withLock { resolvedActingUserId = userId }
            inbox.post(.actingUser(email: email, userId: userId))
            if userId == nil {
                inbox.post(.notice(Notice(.warning, "No Ashby user has the email \(email): \"my approvals\" and \"my interviews\" stay empty. Check the configured email.")))
            }
        } catch {
            guard !error.isTransient else { return }
            actingUserSettled = true
            inbox.post(.actingUser(email: email, userId: nil))
            inbox.post(.notice(Notice(.warning, "Could not look up the acting user \(email): \(error.description)")))
        }
    }

    // MARK: - Details

    /// Fetches a detail in the background and posts it as `.detail`; a cached copy is posted at once.
    /// It is fetched again when a later change touches it (a colleague's edit, a confirmed write).
    public func requestDetail(_ key: DetailKey) {
        let now = configuration.clock()
        let (cached, fetch) = lock.withLock { details.ask(key, now: now) }
        if let cached { inbox.post(.detail(cached)) }
        if fetch { fetchDetail(key) }
    }

    /// A write of ours was confirmed: refresh the details it changed (e.g. the notes after a new note).
    public func actionConfirmed(_ action: OutboxAction) {
        let keys = lock.withLock { details.beginRefresh(details.keys(affectedBy: action)) }
        keys.forEach(fetchDetail)
    }

    private func refreshDetails(changedBy changed: ChangedRecords) {
        let keys = lock.withLock { details.beginRefresh(details.keys(affectedBy: changed)) }
        keys.forEach(fetchDetail)
    }

    private func fetchDetail(_ key: DetailKey) {
        detailQueue.async { [self] in
            guard !isStopped else { return }
            let payload = DetailFetch.fetch(key, client: client)
            let now = configuration.clock()
            lock.withLock { details.store(payload, for: key, now: now) }
            inbox.post(.detail(payload))
        }
    }
}
