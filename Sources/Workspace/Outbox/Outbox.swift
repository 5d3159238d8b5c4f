import AshbyAPI
import Foundation

/// Every write the user makes goes through here: recorded durably before it is sent, applied
/// optimistically, sent once in submission order on a background queue, retried on transient
/// failure, confirmed with the server's version or rolled back with a clear message.
public final class Outbox: @unchecked Sendable {
    private let inbox: Inbox
    private let journal: OutboxJournal?
    private let delivery: OutboxDelivery
    private let readOnly: Bool
    private let backoff: RetryBackoff
    private let clock: @Sendable () -> Date
    private let unitRandom: @Sendable () -> Double
    private let onConfirmed: (@Sendable (OutboxAction) -> Void)?
    private let queue = DispatchQueue(label: "ashby-tui.outbox", qos: .userInitiated)

    // Guarded by `condition` (which also wakes a backoff wait early on stop).
    private let condition = NSCondition()
    private var actingUser: String?
    private var states: [String: OutboxActionState] = [:]
    private var order: [String] = []
    private var rollbacks: [String: StoreDelta] = [:]
    private var nextSequence: UInt64 = 1
    private var stopped = false
    private var abandoned = false
    private var crashAt: OutboxCrashPoint?

    /// Test hook: leave the outbox at this point as a `kill -9` would (the journal is left as is).
    var crashPoint: OutboxCrashPoint? {
        get { condition.withLock { crashAt } }
        set { condition.withLock { crashAt = newValue } }
    }

    /// - Parameters:
    ///   - directory: the journal; default `$XDG_STATE_HOME/ashby-tui/outbox` (`~/.local/state/ashby-tui/outbox`).
    ///   - readOnly: refuse every action (nothing written, nothing sent).
    ///   - actingUserId: who approves and submits feedback; set it again once the sync engine resolves it.
    ///   - onConfirmed: called (on the outbox queue) after each confirmed write, e.g. `SyncEngine.actionConfirmed`.
    public init(client: AshbyClient, inbox: Inbox, directory: String? = nil, readOnly: Bool = false, actingUserId: String? = nil,
                retryBackoff: RetryBackoff = RetryBackoff(baseDelay: 1, maxDelay: 60),
                clock: @escaping @Sendable () -> Date = { Date() },
                unitRandom: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
                onConfirmed: (@Sendable (OutboxAction) -> Void)? = nil) throws(OutboxJournalError) {
        self.inbox = inbox
        self.readOnly = readOnly
        journal = readOnly ? nil : try OutboxJournal(directory: directory ?? OutboxJournal.defaultDirectory())
        delivery = OutboxDelivery(client: client)
        backoff = retryBackoff
        self.clock = clock
        self.unitRandom = unitRandom
        self.onConfirmed = onConfirmed
        actingUser = actingUserId
        nextSequence = (journal?.highestSequence() ?? 0) + 1
    }

    /// The acting user (for approvals and feedback); the UI sets it from `.actingUser` events.
    public var actingUserId: String? {
        get { condition.withLock { actingUser } }
        set { condition.withLock { actingUser = newValue } }
    }

    public var isReadOnly: Bool { readOnly }

    /// Actions not yet confirmed or failed, oldest first (for the status bar's pending count).
    public var pending: [OutboxActionState] {
        condition.withLock { order.compactMap { states[$0] } }
    }

    // MARK: - Submitting (UI thread)

    /// Records `action` durably, posts `optimistic`, and queues the send. Returns the action's id,
    /// or nil when it was refused (read-only mode, not allowed, journal unwritable) with a notice
    /// saying why — then nothing was written and nothing sent.
    @discardableResult
    public func submit(_ action: OutboxAction, optimistic: StoreDelta, rollback: StoreDelta, summary: String) -> String? {
        guard let journal, !readOnly else {
            inbox.post(.notice(Notice(.warning, "Read-only mode: \"\(summary)\" was not made. Start without --read-only to change data in Ashby.")))
            return nil
        }
        let actingUser = actingUserId
        if let refusal = Self.refusal(of: action, actingUserId: actingUser) {
            inbox.post(.notice(Notice(.error, "\"\(summary)\" was not sent: \(refusal)")))
            return nil
        }
        let id = UUID().uuidString.lowercased()
        let entry: OutboxEntry = condition.withLock {
            defer { nextSequence += 1 }
            return OutboxEntry(id: id, sequence: nextSequence, action: action, summary: summary, submittedAt: clock(),
                               temporaryIds: rollback.removals, actingUserId: actingUser)
        }
        do {
            try journal.write(entry)
        } catch {
            inbox.post(.notice(Notice(.error, "\"\(summary)\" was not sent: it could not be recorded safely first (\(error.description)).")))
            return nil
        }
        let state = OutboxActionState(actionId: id, action: action, phase: .queued, summary: summary)
        condition.withLock {
            states[id] = state
            order.append(id)
            rollbacks[id] = rollback
        }
        var events: [WorkspaceEvent] = []
        if !optimistic.isEmpty { events.append(.merge(optimistic, origin: .optimistic(actionId: id))) }
        events.append(.outbox(state))
        inbox.post(contentsOf: events)
        queue.async { [self] in deliver(entry) }
        return id
    }

    /// Checks that need no network: who may approve.
    static func refusal(of action: OutboxAction, actingUserId: String?) -> String? {
        guard case .approveOffer(_, _, let stepId, let userId) = action, stepId != nil else { return nil }
        guard let actingUserId else {
            return "the acting user is not known yet (configure your Ashby email, or wait for it to be looked up)"
        }
        guard userId == actingUserId else { return "a step can only be approved as yourself" }
        return nil
    }

    // MARK: - Recovery

    /// Completes the actions a previous run left in the journal (after a crash or kill -9), in
    /// their order. Call once at start, before new submissions. Returns how many were found.
    @discardableResult
    public func recoverPending() -> Int {
        guard let journal else { return 0 }
        let (entries, unreadable) = journal.pending()
        for name in unreadable {
            journal.setAside(name)
            inbox.post(.notice(Notice(.error, "A pending action in \(journal.directory)/\(name) could not be read and was set aside as \(name).corrupt.")))
        }
        var events: [WorkspaceEvent] = []
        var recovered: [OutboxEntry] = []
        condition.withLock {
            for entry in entries where states[entry.id] == nil {
                recovered.append(entry)
                let state = OutboxActionState(actionId: entry.id, action: entry.action, phase: .queued, summary: entry.summary)
                states[entry.id] = state
                order.append(entry.id)
                events.append(.outbox(state))
            }
            if let last = entries.last { nextSequence = max(nextSequence, last.sequence + 1) }
        }
        inbox.post(contentsOf: events)
        for entry in recovered {
            queue.async { [self] in deliver(entry) }
        }
        return recovered.count
    }

    /// Stops sending after the current request; pending actions stay in the journal for next time.
    public func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
        queue.sync {}
    }

    /// Waits until nothing is pending or `timeout` passes; true when empty (tests, clean exit).
    public func waitUntilEmpty(timeout: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while !states.isEmpty {
            if !condition.wait(until: deadline) { break }
        }
        return states.isEmpty
    }

    // MARK: - Sending (outbox queue)

    private var isHalted: Bool { condition.withLock { stopped || abandoned } }

    private func deliver(_ submitted: OutboxEntry) {
        var entry = submitted
        var failures = 0
        if crashPoint == .afterDurableWrite { return abandon() }
        while !isHalted {
            do {
                if let applied = try delivery.effectOfEarlierAttempt(entry) {
                    return confirm(entry, applied)
                }
                entry.attemptedAt = clock()
                entry.attempts += 1
                guard writeJournal(entry) else { return }
                setPhase(entry, .sending(attempt: entry.attempts))
                let outcome = try delivery.send(entry)
                if crashPoint == .afterSend { return abandon() }
                switch outcome {
                case .applied(let delta): return confirm(entry, delta)
                case .refused(let reason): return fail(entry, reason: reason)
                }
            } catch let error as AshbyError where !error.isTransient {
                // Only the check for an earlier attempt throws these (a send turns them into refusals).
                return fail(entry, reason: error.description)
            } catch {
                // Transient (the server may or may not have applied it): wait, then check before resending.
                failures += 1
                let delay = backoff.delay(afterFailures: failures, unitRandom: unitRandom())
                setPhase(entry, .retrying(at: clock().addingTimeInterval(delay), reason: String(describing: error)))
                waitOrStop(delay)
            }
        }
    }

    /// Records the attempt durably; if that fails nothing is sent (the journal must know first).
    private func writeJournal(_ entry: OutboxEntry) -> Bool {
        do {
            try journal?.write(entry)
            return true
        } catch {
            inbox.post(.notice(Notice(.error, "\"\(entry.summary)\" is on hold: \(error.description). It will be sent on the next start.")))
            condition.withLock {
                states[entry.id] = nil
                order.removeAll { $0 == entry.id }
                condition.broadcast()
            }
            return false
        }
    }

    private func confirm(_ entry: OutboxEntry, _ serverVersion: StoreDelta) {
        var delta = serverVersion
        for (resource, ids) in entry.temporaryIds { delta.removals[resource, default: []].formUnion(ids) }
        finish(entry, events: [
            .merge(delta, origin: .confirmed(actionId: entry.id)),
            .outbox(OutboxActionState(actionId: entry.id, action: entry.action, phase: .confirmed, summary: entry.summary)),
        ])
        onConfirmed?(entry.action)
    }

    private func fail(_ entry: OutboxEntry, reason: String) {
        let kept = condition.withLock { rollbacks[entry.id] }
        // After a restart the rollback given at submission is gone: show the server's version instead.
        let rollback = kept ?? delivery.serverVersion(for: entry)
        finish(entry, events: [
            .merge(rollback, origin: .rollback(actionId: entry.id)),
            .outbox(OutboxActionState(actionId: entry.id, action: entry.action, phase: .failed(reason: reason), summary: entry.summary)),
            .notice(Notice(.error, "\"\(entry.summary)\" failed and was undone: \(reason)")),
        ])
    }

    private func finish(_ entry: OutboxEntry, events: [WorkspaceEvent]) {
        do {
            try journal?.remove(entry)
        } catch {
            // Left behind, it is checked on the server at the next start rather than sent twice.
            inbox.post(.notice(Notice(.warning, "The finished action \"\(entry.summary)\" stays in the journal: \(error.description)")))
        }
        // Posted before the state changes, so a caller that saw the outbox empty has these events waiting.
        inbox.post(contentsOf: events)
        condition.withLock {
            states[entry.id] = nil
            rollbacks[entry.id] = nil
            order.removeAll { $0 == entry.id }
            condition.broadcast()
        }
    }

    private func setPhase(_ entry: OutboxEntry, _ phase: OutboxActionState.Phase) {
        let state = OutboxActionState(actionId: entry.id, action: entry.action, phase: phase, summary: entry.summary)
        condition.withLock { states[entry.id] = state }
        inbox.post(.outbox(state))
    }

    private func waitOrStop(_ delay: TimeInterval) {
        let deadline = Date(timeIntervalSinceNow: delay)
        condition.lock()
        defer { condition.unlock() }
        while !stopped && !abandoned {
            if !condition.wait(until: deadline) { break }
        }
    }

    /// True once a test crash point was reached.
    var hasAbandoned: Bool { condition.withLock { abandoned } }

    /// Drops everything in memory and sends nothing more, leaving the journal as a crash would.
    private func abandon() {
        condition.withLock {
            abandoned = true
            condition.broadcast()
        }
    }
}

/// Where a test makes the outbox stop as if the process were killed.
enum OutboxCrashPoint: Sendable {
    /// After the action was written to the journal, before anything was sent.
    case afterDurableWrite
    /// After the server applied it, before the confirmation was recorded.
    case afterSend
}
