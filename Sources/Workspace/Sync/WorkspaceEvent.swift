import AshbyAPI
import Foundation

/// What background work hands to the UI thread, through the inbox. The UI thread applies each
/// in order between frames; nothing else touches the store.
public enum WorkspaceEvent: Sendable {
    /// Records to merge into the store.
    case merge(StoreDelta, origin: MergeOrigin)
    case syncStatus(SyncStatus)
    /// The outbox's view of an action changed (queued, sending, confirmed, failed…).
    case outbox(OutboxActionState)
    /// An on-demand detail arrived (notes, history, offer versions, candidate profile).
    case detail(DetailPayload)
    /// A message for a toast: results and errors the user should see.
    case notice(Notice)
    /// The configured acting user (for "my approvals", "my interviews") was looked up by email;
    /// `userId` is nil when no user has that email.
    case actingUser(email: String, userId: String?)
    /// The sync tokens that cover every merge posted before this event: what a cache saves
    /// beside the store it has applied those merges to (never `SyncEngine.currentTokens`, which
    /// may run ahead of what the UI thread has applied).
    case syncTokens([SyncedResource: String])
}

/// Where a merge came from: it decides highlighting ("changed by a colleague") and notices.
public enum MergeOrigin: Sendable, Equatable {
    case cache
    case fullSync
    case incrementalSync
    /// The outbox applied an action before the server confirmed it.
    case optimistic(actionId: String)
    /// The server's answer replaced the optimistic version.
    case confirmed(actionId: String)
    /// A failed action was undone.
    case rollback(actionId: String)
}

/// A short message for the user.
public struct Notice: Sendable, Equatable {
    public enum Level: Sendable, Equatable { case info, success, warning, error }
    public var level: Level
    public var text: String

    public init(_ level: Level, _ text: String) {
        self.level = level
        self.text = text
    }
}
