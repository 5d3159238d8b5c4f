/// A pool of qualified interviewers, with its optional training path.
public struct InterviewerPool: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var isArchived: Bool
    public var trainingPath: TrainingPath?

    public init(id: String, title: String, isArchived: Bool, trainingPath: TrainingPath? = nil) {
        self.id = id
        self.title = title
        self.isArchived = isArchived
        self.trainingPath = trainingPath
    }
}

/// The stages an interviewer goes through to qualify for a pool.
public struct TrainingPath: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var enabled: Bool
    public var trainingStages: [TrainingStage]

    public init(id: String, enabled: Bool, trainingStages: [TrainingStage] = []) {
        self.id = id
        self.enabled = enabled
        self.trainingStages = trainingStages
    }
}

/// One stage of a training path.
public struct TrainingStage: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var interviewerRole: TrainingStageRole
    public var interviewsRequired: Int
    public var isArchived: Bool
    public var approvalRequired: Bool
    public var approvers: [User]?

    public init(
        id: String, interviewerRole: TrainingStageRole, interviewsRequired: Int, isArchived: Bool,
        approvalRequired: Bool, approvers: [User]? = nil
    ) {
        self.id = id
        self.interviewerRole = interviewerRole
        self.interviewsRequired = interviewsRequired
        self.isArchived = isArchived
        self.approvalRequired = approvalRequired
        self.approvers = approvers
    }
}

/// The role of a training stage (spelled without the hyphen that events use).
public struct TrainingStageRole: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let shadow: Self = "Shadow"
    public static let reverseShadow: Self = "ReverseShadow"
}
