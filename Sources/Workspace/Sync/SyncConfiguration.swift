import Foundation

/// How the sync engine polls: interval, which resources, page size, clock, backoff.
public struct SyncConfiguration: Sendable {
    /// Time between incremental polls.
    public var pollInterval: TimeInterval = 30
    /// Resources to keep in sync; they always run in `SyncedResource.syncOrder`.
    public var resources: Set<SyncedResource> = Set(SyncedResource.allCases)
    public var pageSize: Int = 100
    /// Lists without sync tokens (stages, archive reasons, sources, custom fields, hiring team
    /// roles, job postings) are listed again every this many polls (20 × 30 s = 10 min).
    public var relistEveryNthPoll: Int = 20
    /// Backoff after a failed poll: doubling from `retryBaseDelay`, capped, with jitter.
    public var retryBaseDelay: TimeInterval = 2
    public var retryMaxDelay: TimeInterval = 300
    /// Email of the user acting in this session, resolved with `user.search`.
    public var actingUserEmail: String?
    /// A cached detail older than this is posted and then fetched again when a pane asks for it.
    public var detailMaxAge: TimeInterval = 60
    /// Details kept for change-driven refreshes, most recently asked first.
    public var detailCacheLimit: Int = 64
    public var clock: @Sendable () -> Date = { Date() }
    /// A number in [0, 1) for backoff jitter (injectable so tests can pin it).
    public var unitRandom: @Sendable () -> Double = { Double.random(in: 0..<1) }

    public init() {}
}
