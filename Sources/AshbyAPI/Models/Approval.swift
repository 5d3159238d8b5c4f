/// An approval process for an offer version, job or opening (`approval.list`).
public struct Approval: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var approvalDefinitionId: String
    /// For offers, the offer **version** id.
    public var entityId: String
    public var entityType: ApprovalEntityType
    public var createdAt: Timestamp
    public var submittedAt: Timestamp?
    public var completedAt: Timestamp?
    public var steps: [ApprovalStep]

    public init(
        id: String, approvalDefinitionId: String, entityId: String, entityType: ApprovalEntityType,
        createdAt: Timestamp, submittedAt: Timestamp? = nil, completedAt: Timestamp? = nil, steps: [ApprovalStep] = []
    ) {
        self.id = id
        self.approvalDefinitionId = approvalDefinitionId
        self.entityId = entityId
        self.entityType = entityType
        self.createdAt = createdAt
        self.submittedAt = submittedAt
        self.completedAt = completedAt
        self.steps = steps
    }

    /// The overall state, which the API does not send (prefer `OfferVersion.approvalStatus` when present).
    public enum Status: Sendable, Hashable {
        case pending, approved, declined
    }

    /// Derived: any `reject` decision → declined; otherwise `completedAt` set → approved; otherwise pending.
    public var status: Status {
        if steps.contains(where: { step in step.approvers.contains { $0.decision == .reject } }) { return .declined }
        return completedAt != nil ? .approved : .pending
    }

    /// The step now awaiting decisions: the first, in array order, without `completedAt`.
    public var currentStep: ApprovalStep? { steps.first { $0.completedAt == nil } }
}

/// One step of an approval; it completes once `approvalsRequired` approvers approve.
public struct ApprovalStep: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var approvalsRequired: Int
    public var completedAt: Timestamp?
    /// Unordered.
    public var approvers: [Approver]

    public init(id: String, approvalsRequired: Int, completedAt: Timestamp? = nil, approvers: [Approver] = []) {
        self.id = id
        self.approvalsRequired = approvalsRequired
        self.completedAt = completedAt
        self.approvers = approvers
    }
}

/// A user asked to decide on an approval step.
public struct Approver: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var userId: String
    public var decision: ApprovalDecision
    public var decidedAt: Timestamp?
    public var requestedAt: Timestamp?

    public init(id: String, userId: String, decision: ApprovalDecision, decidedAt: Timestamp? = nil, requestedAt: Timestamp? = nil) {
        self.id = id
        self.userId = userId
        self.decision = decision
        self.decidedAt = decidedAt
        self.requestedAt = requestedAt
    }
}

/// What an approval is about.
public struct ApprovalEntityType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let offer: Self = "offer"
    public static let job: Self = "job"
    public static let opening: Self = "opening"
}

/// An approver's decision.
public struct ApprovalDecision: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let approve: Self = "approve"
    public static let reject: Self = "reject"
    public static let pending: Self = "pending"
}
