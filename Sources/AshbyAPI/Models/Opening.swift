/// A headcount slot that jobs fill (`opening.list`, `Job.openings`).
public struct Opening: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var openedAt: Timestamp?
    public var closedAt: Timestamp?
    public var isArchived: Bool
    public var archivedAt: Timestamp?
    public var closeReasonId: String?
    public var openingState: OpeningState
    public var latestVersion: OpeningVersion?

    public init(
        id: String, openedAt: Timestamp? = nil, closedAt: Timestamp? = nil, isArchived: Bool,
        archivedAt: Timestamp? = nil, closeReasonId: String? = nil, openingState: OpeningState,
        latestVersion: OpeningVersion? = nil
    ) {
        self.id = id
        self.openedAt = openedAt
        self.closedAt = closedAt
        self.isArchived = isArchived
        self.archivedAt = archivedAt
        self.closeReasonId = closeReasonId
        self.openingState = openingState
        self.latestVersion = latestVersion
    }
}

/// The current details of an opening.
public struct OpeningVersion: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var identifier: String
    public var description: String
    public var authorId: String
    public var createdAt: Timestamp
    public var teamId: String?
    public var jobIds: [String]
    /// No format in the spec; kept as sent.
    public var targetHireDate: String?
    /// No format in the spec; kept as sent.
    public var targetStartDate: String?
    public var isBackfill: Bool
    public var employmentType: EmploymentType
    public var locationIds: [String]
    public var hiringTeam: [HiringTeamMember]
    public var customFields: [CustomFieldValue]

    public init(
        id: String, identifier: String, description: String, authorId: String, createdAt: Timestamp,
        teamId: String? = nil, jobIds: [String] = [], targetHireDate: String? = nil, targetStartDate: String? = nil,
        isBackfill: Bool, employmentType: EmploymentType, locationIds: [String] = [],
        hiringTeam: [HiringTeamMember] = [], customFields: [CustomFieldValue] = []
    ) {
        self.id = id
        self.identifier = identifier
        self.description = description
        self.authorId = authorId
        self.createdAt = createdAt
        self.teamId = teamId
        self.jobIds = jobIds
        self.targetHireDate = targetHireDate
        self.targetStartDate = targetStartDate
        self.isBackfill = isBackfill
        self.employmentType = employmentType
        self.locationIds = locationIds
        self.hiringTeam = hiringTeam
        self.customFields = customFields
    }
}

/// An opening's lifecycle state.
public struct OpeningState: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let approved: Self = "Approved"
    public static let closed: Self = "Closed"
    public static let draft: Self = "Draft"
    public static let filled: Self = "Filled"
    public static let open: Self = "Open"
}
