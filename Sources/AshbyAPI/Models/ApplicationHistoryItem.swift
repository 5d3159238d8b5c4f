/// One stay of an application in a stage (`application.listHistory`, `Application.applicationHistory`).
public struct ApplicationHistoryItem: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var stageId: String
    public var title: String
    public var enteredStageAt: Timestamp
    public var leftStageAt: Timestamp?
    /// 0 is the first event.
    public var stageNumber: Int
    public var allowedActions: [ApplicationHistoryAction]
    /// The user who moved the application.
    public var actorId: String?

    public init(
        id: String, stageId: String, title: String, enteredStageAt: Timestamp, leftStageAt: Timestamp? = nil,
        stageNumber: Int, allowedActions: [ApplicationHistoryAction] = [], actorId: String? = nil
    ) {
        self.id = id
        self.stageId = stageId
        self.title = title
        self.enteredStageAt = enteredStageAt
        self.leftStageAt = leftStageAt
        self.stageNumber = stageNumber
        self.allowedActions = allowedActions
        self.actorId = actorId
    }
}

/// What `application.updateHistory` may do to a history entry.
public struct ApplicationHistoryAction: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The wire value `none` (named so it never collides with `Optional.none`).
    public static let noAction: Self = "none"
    public static let delete: Self = "delete"
    public static let setEnteredAt: Self = "set_entered_at"
}
