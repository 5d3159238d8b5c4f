import Foundation

/// A loaded cache: the records, the sync tokens to continue incrementally from, and when it was saved.
public struct CachedSnapshot: Sendable, Equatable {
    public var snapshot: StoreSnapshot
    public var tokens: [SyncedResource: String]
    public var savedAt: Date

    public init(snapshot: StoreSnapshot, tokens: [SyncedResource: String], savedAt: Date) {
        self.snapshot = snapshot
        self.tokens = tokens
        self.savedAt = savedAt
    }

    /// A ready store holding the snapshot, its indexes built in bulk (do this on the UI thread,
    /// which owns the store).
    public func makeStore(now: Date, overdueAfterHours: Double = 24, actingUserId: String? = nil) -> EntityStore {
        EntityStore(snapshot: snapshot, now: now, overdueAfterHours: overdueAfterHours, actingUserId: actingUserId)
    }
}
