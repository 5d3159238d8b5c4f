/// What one `EntityStore.apply` (or clock advance) changed, for view models to refresh,
/// highlight, and keep their selection.
public struct StoreChanges: Sendable, Equatable {
    /// Ids inserted, updated and removed, per resource. Interview events change with their schedule
    /// (`.interviewSchedules`); upserting a record equal to the stored one is not a change.
    public var resources: [SyncedResource: ResourceChanges] = [:]
    /// Applications whose stage changed, so a selection can follow its card and say so.
    public var movedApplications: [ApplicationMove] = []
    /// Applications whose card flags (`ApplicationFlags`) changed.
    public var flagsChanged: Set<String> = []
    /// The overdue-feedback list changed.
    public var overdueFeedbackChanged = false
    /// Interviewers whose double-bookings changed.
    public var doubleBookingsChanged: Set<String> = []
    /// The set of approvals awaiting the acting user changed (one that still awaits them but was
    /// edited shows in `self[.approvals]` only).
    public var awaitingMyApprovalChanged = false

    public init() {}

    public subscript(resource: SyncedResource) -> ResourceChanges {
        get { resources[resource] ?? ResourceChanges() }
        set { resources[resource] = newValue.isEmpty ? nil : newValue }
        // In place: taking the value out leaves its sets uniquely referenced, so noting one id
        // does not copy every id noted before.
        _modify {
            var value = resources.removeValue(forKey: resource) ?? ResourceChanges()
            defer { if !value.isEmpty { resources[resource] = value } }
            yield &value
        }
    }

    /// Nothing changed: no redraw needed.
    public var isEmpty: Bool {
        resources.isEmpty && movedApplications.isEmpty && flagsChanged.isEmpty && !overdueFeedbackChanged
            && doubleBookingsChanged.isEmpty && !awaitingMyApprovalChanged
    }

    /// Every id inserted or updated in `resource` (what a pane briefly highlights).
    public func changedIds(_ resource: SyncedResource) -> Set<String> {
        let changes = self[resource]
        return changes.inserted.union(changes.updated)
    }
}

/// Ids of one resource that an apply inserted, updated or removed.
public struct ResourceChanges: Sendable, Equatable {
    public var inserted: Set<String> = []
    public var updated: Set<String> = []
    public var removed: Set<String> = []

    public init(inserted: Set<String> = [], updated: Set<String> = [], removed: Set<String> = []) {
        self.inserted = inserted
        self.updated = updated
        self.removed = removed
    }

    public var isEmpty: Bool { inserted.isEmpty && updated.isEmpty && removed.isEmpty }
}

/// An application that changed stage.
public struct ApplicationMove: Sendable, Equatable, Hashable {
    public var applicationId: String
    public var fromStageId: String
    public var toStageId: String

    public init(applicationId: String, fromStageId: String, toStageId: String) {
        self.applicationId = applicationId
        self.fromStageId = fromStageId
        self.toStageId = toStageId
    }
}

extension ResourceChanges {
    // Net effect within one apply: removed then re-inserted is an update; inserted then removed is nothing.
    mutating func noteInserted(_ id: String) {
        if removed.remove(id) != nil { updated.insert(id) } else { inserted.insert(id) }
    }

    mutating func noteUpdated(_ id: String) {
        if !inserted.contains(id) { updated.insert(id) }
    }

    mutating func noteRemoved(_ id: String) {
        if inserted.remove(id) != nil { return }
        updated.remove(id)
        removed.insert(id)
    }
}
