/// One stage of an interview plan: a kanban column (`interviewStage.list`, `Application.currentInterviewStage`).
public struct InterviewStage: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    /// The lane family; the spec gives no enum, so values outside `InterviewStageType`'s constants occur.
    public var type: InterviewStageType
    public var orderInInterviewPlan: Int
    public var interviewStageGroupId: String?
    public var interviewPlanId: String

    public init(
        id: String, title: String, type: InterviewStageType, orderInInterviewPlan: Int,
        interviewStageGroupId: String? = nil, interviewPlanId: String
    ) {
        self.id = id
        self.title = title
        self.type = type
        self.orderInInterviewPlan = orderInInterviewPlan
        self.interviewStageGroupId = interviewStageGroupId
        self.interviewPlanId = interviewPlanId
    }
}

/// A group of stages (`interviewStageGroup.list`).
public struct InterviewStageGroup: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var order: Int
    public var stageType: InterviewStageType

    public init(id: String, title: String, order: Int, stageType: InterviewStageType) {
        self.id = id
        self.title = title
        self.order = order
        self.stageType = stageType
    }
}

/// The family of a stage or stage group.
public struct InterviewStageType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let lead: Self = "Lead"
    public static let preInterviewScreen: Self = "PreInterviewScreen"
    public static let active: Self = "Active"
    public static let offer: Self = "Offer"
    public static let hired: Self = "Hired"
    public static let archived: Self = "Archived"
}
