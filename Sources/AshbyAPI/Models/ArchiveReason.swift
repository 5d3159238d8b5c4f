/// Why an application was archived (`archiveReason.list`, `Application.archiveReason`).
public struct ArchiveReason: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var text: String
    public var reasonType: ArchiveReasonType
    public var isArchived: Bool
    /// Required on `Application.archiveReason`, absent from `archiveReason.list`; one type serves both.
    public var customFields: [CustomFieldValue]?

    public init(
        id: String, text: String, reasonType: ArchiveReasonType, isArchived: Bool,
        customFields: [CustomFieldValue]? = nil
    ) {
        self.id = id
        self.text = text
        self.reasonType = reasonType
        self.isArchived = isArchived
        self.customFields = customFields
    }
}

/// Who rejected whom.
public struct ArchiveReasonType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let rejectedByCandidate: Self = "RejectedByCandidate"
    public static let rejectedByOrg: Self = "RejectedByOrg"
    public static let other: Self = "Other"
}
