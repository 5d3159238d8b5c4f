import AshbyAPI
import Foundation

/// What the status bar says about the connection to Ashby.
public enum SyncStatus: Sendable, Equatable {
    /// Nothing fetched yet (a cached snapshot may be showing).
    case starting
    /// A pass is running; during the first full sync `progress` feeds a progress bar.
    case syncing(progress: SyncProgress?)
    /// Everything fetched; `asOf` is when the last pass finished.
    case upToDate(asOf: Date)
    /// The last pass failed with a transient error; the shown data is from `since` or earlier.
    case offline(since: Date, nextRetry: Date, reason: String)
    /// The key cannot read this resource: its pane says so instead of showing stale or empty data.
    case permissionMissing(resources: [SyncedResource], asOf: Date?)
    /// The key was refused (401/403): nothing more will work until it is fixed.
    case unauthorized(message: String)
}

/// Progress of a full sync, resource by resource.
public struct SyncProgress: Sendable, Equatable {
    public var resource: SyncedResource
    public var pages: Int
    public var items: Int
    /// Resources finished out of the total in this pass.
    public var resourcesDone: Int
    public var resourcesTotal: Int

    public init(resource: SyncedResource, pages: Int, items: Int, resourcesDone: Int, resourcesTotal: Int) {
        self.resource = resource
        self.pages = pages
        self.items = items
        self.resourcesDone = resourcesDone
        self.resourcesTotal = resourcesTotal
    }

    /// 0…1 for a progress bar.
    public var fraction: Double {
        resourcesTotal == 0 ? 0 : min(1, Double(resourcesDone) / Double(resourcesTotal))
    }
}
