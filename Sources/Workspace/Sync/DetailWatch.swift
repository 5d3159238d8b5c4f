import AshbyAPI
import Foundation

/// The on-demand details panes asked for: the last payload of each, when it was fetched, and
/// which later changes make it stale. Bounded: the least recently asked are forgotten first.
struct DetailWatch: Sendable {
    struct Entry: Sendable {
        var payload: DetailPayload?
        var fetchedAt: Date?
        var lastAsked: UInt64
        var isFetching = false
        /// For offers: every version id, so a changed approval of any of them refreshes the offer.
        var offerVersionIds: Set<String> = []
    }

    private(set) var entries: [DetailKey: Entry] = [:]
    let limit: Int
    let maxAge: TimeInterval
    private var tick: UInt64 = 0

    init(limit: Int, maxAge: TimeInterval) {
        self.limit = max(1, limit)
        self.maxAge = maxAge
    }

    /// A pane asks for `key`: the cached payload to show at once, and whether to fetch it (again).
    mutating func ask(_ key: DetailKey, now: Date) -> (cached: DetailPayload?, fetch: Bool) {
        tick += 1
        var entry = entries[key] ?? Entry(lastAsked: tick)
        entry.lastAsked = tick
        let stale = entry.fetchedAt.map { now.timeIntervalSince($0) > maxAge } ?? true
        let fetch = stale && !entry.isFetching
        if fetch { entry.isFetching = true }
        entries[key] = entry
        evictBeyondLimit()
        return (entry.payload, fetch)
    }

    /// Marks the watched keys among `keys` as being fetched; returns those to fetch now.
    mutating func beginRefresh(_ keys: some Sequence<DetailKey>) -> [DetailKey] {
        var started: [DetailKey] = []
        for key in keys where entries[key]?.isFetching == false {
            entries[key]?.isFetching = true
            started.append(key)
        }
        return started
    }

    /// A fetch finished. Failures keep the last good payload (nothing shown is cleared).
    mutating func store(_ payload: DetailPayload, for key: DetailKey, now: Date) {
        guard entries[key] != nil else { return }  // evicted meanwhile
        entries[key]?.isFetching = false
        if case .failed = payload { return }
        entries[key]?.payload = payload
        entries[key]?.fetchedAt = now
        if case .offerVersions(_, let offer) = payload {
            entries[key]?.offerVersionIds = Set((offer.versions ?? []).map(\.id) + [offer.latestVersion?.id].compactMap { $0 })
        }
    }

    /// Watched details that records changed by colleagues make stale.
    func keys(affectedBy changed: ChangedRecords) -> [DetailKey] {
        guard !changed.isEmpty else { return [] }
        let candidates = Set(changed.applications.values)
        return entries.compactMap { key, entry in
            switch key {
            case .applicationHistory(let applicationId), .application(let applicationId):
                return changed.applications[applicationId] != nil ? key : nil
            case .candidate(let id), .notes(let id): return candidates.contains(id) ? key : nil
            case .offer(let id):
                return changed.offerIds.contains(id) || !entry.offerVersionIds.isDisjoint(with: changed.offerVersionIds) ? key : nil
            }
        }
    }

    /// Watched details a confirmed write of ours makes stale.
    func keys(affectedBy action: OutboxAction) -> [DetailKey] {
        let touched: [DetailKey]
        switch action {
        // A stage move does not touch the application's custom fields, so `.application` is left alone.
        case .moveApplication(let applicationId, _, _): touched = [.applicationHistory(applicationId: applicationId)]
        case .addNote(let candidateId, _): touched = [.notes(candidateId: candidateId)]
        case .approveOffer(let offerId, _, _, _): touched = [.offer(id: offerId)]
        case .submitFeedback: touched = []
        }
        return touched.filter { entries[$0] != nil }
    }

    private mutating func evictBeyondLimit() {
        guard entries.count > limit else { return }
        let oldest = entries.sorted { $0.value.lastAsked < $1.value.lastAsked }.prefix(entries.count - limit)
        for (key, _) in oldest { entries[key] = nil }
    }
}

/// Fetches one detail (blocking; on a background queue).
enum DetailFetch {
    static func fetch(_ key: DetailKey, client: AshbyClient) -> DetailPayload {
        do {
            switch key {
            case .candidate(let id): return .candidate(try client.candidate(id: id))
            case .notes(let candidateId): return .notes(candidateId: candidateId, try client.notes(candidateId: candidateId))
            case .applicationHistory(let applicationId):
                return .applicationHistory(applicationId: applicationId, try client.applicationHistory(applicationId: applicationId))
            case .application(let id): return .application(try client.application(id: id))
            case .offer(let id): return .offerVersions(offerId: id, try client.offer(id: id))
            }
        } catch {
            return .failed(key: key, reason: error.description)
        }
    }
}
