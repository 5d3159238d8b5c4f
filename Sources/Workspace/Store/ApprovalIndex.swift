import AshbyAPI

/// Approvals by entity (for offers, the offer version id) and by the users they await.
struct ApprovalIndex: Sendable {
    private(set) var idsByEntity: [String: Set<String>] = [:]
    private(set) var idsAwaitingUser: [String: Set<String>] = [:]

    init() {}

    mutating func insert(_ approval: Approval) {
        idsByEntity[approval.entityId, default: []].insert(approval.id)
        for userId in approval.awaitingUserIds { idsAwaitingUser[userId, default: []].insert(approval.id) }
    }

    mutating func remove(_ approval: Approval) {
        idsByEntity[approval.entityId]?.remove(approval.id)
        if idsByEntity[approval.entityId]?.isEmpty == true { idsByEntity[approval.entityId] = nil }
        for userId in approval.awaitingUserIds {
            idsAwaitingUser[userId]?.remove(approval.id)
            if idsAwaitingUser[userId]?.isEmpty == true { idsAwaitingUser[userId] = nil }
        }
    }
}

extension Approval {
    /// Users whose decision the approval waits for: pending approvers on the current step (the
    /// first step without `completedAt`). None once it is completed or declined.
    public var awaitingUserIds: Set<String> {
        guard completedAt == nil, status == .pending, let step = currentStep else { return [] }
        return Set(step.approvers.filter { $0.decision == .pending }.map(\.userId))
    }
}
