import Foundation

/// A loaded cache: the records, the sync tokens to continue incrementally from, and when it was saved.
public struct CachedSnapshot: Sendable, Equatable {
    public let snapshot: StoreSnapshot
    public let tokens: [SyncedResource: String]
    public let savedAt: Date
    /// The big indexes, built while the file was decoded (immutable fields keep them in step
    /// with `snapshot`).
    let prebuilt: PrebuiltIndexes?

    public init(snapshot: StoreSnapshot, tokens: [SyncedResource: String], savedAt: Date) {
        self.init(snapshot: snapshot, tokens: tokens, savedAt: savedAt, prebuilt: nil)
    }

    init(snapshot: StoreSnapshot, tokens: [SyncedResource: String], savedAt: Date, prebuilt: PrebuiltIndexes?) {
        self.snapshot = snapshot
        self.tokens = tokens
        self.savedAt = savedAt
        self.prebuilt = prebuilt
    }

    /// A ready store holding the snapshot. Loading already built its big indexes, so this only
    /// files the small ones and derives the facts at `now`; call it on the UI thread, which
    /// owns the store (`load()` itself may run on any thread).
    public func makeStore(now: Date, overdueAfterHours: Double = 24, actingUserId: String? = nil) -> EntityStore {
        EntityStore(snapshot: snapshot, prebuilt: prebuilt, now: now, overdueAfterHours: overdueAfterHours, actingUserId: actingUserId)
    }

    public static func == (lhs: CachedSnapshot, rhs: CachedSnapshot) -> Bool {
        lhs.snapshot == rhs.snapshot && lhs.tokens == rhs.tokens && lhs.savedAt == rhs.savedAt
    }
}
