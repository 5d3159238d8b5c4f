/// The offer situations a tenant always contains, one application each (the first candidates).
enum OfferScenario: CaseIterable, Sendable {
    /// Waiting on approval; the first step needs 2 approvals and has 1; an older version exists.
    case partiallyApproved
    /// Waiting on approval; the first step is complete, the second pending.
    case firstStepDone
    /// Waiting on approval; nobody has approved yet.
    case awaitingApprovals
    case approvalNotStarted
    case noApprovalDefinition
    case waitingOnResponse
    case accepted
    case rejected
    case cancelled

    /// Index in the stage blueprint of the application's current stage.
    var stageIndex: Int {
        switch self {
        case .accepted: return 7
        case .rejected: return 8
        default: return 6
        }
    }
}
