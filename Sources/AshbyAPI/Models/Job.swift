/// A job (requisition) from `job.list` / `job.info`.
public struct Job: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var confidential: Bool
    public var status: JobStatus
    public var employmentType: EmploymentType
    public var locationId: String?
    public var departmentId: String?
    public var defaultInterviewPlanId: String?
    public var interviewPlanIds: [String]?
    public var customFields: [CustomFieldValue]?
    public var jobPostingIds: [String]?
    public var customRequisitionId: String?
    public var brandId: String?
    public var hiringTeam: [HiringTeamMember]?
    public var author: User?
    public var createdAt: Timestamp?
    public var updatedAt: Timestamp
    public var openedAt: Timestamp?
    public var closedAt: Timestamp?
    /// Only with `expand: ["location"]`.
    public var location: Location?
    /// Only with `expand: ["openings"]`.
    public var openings: [Opening]?
    /// Only with the (undeclared) `compensation` expand; kept untyped as the TUI only shows it.
    public var compensation: JSONValue?

    public init(
        id: String, title: String, confidential: Bool, status: JobStatus, employmentType: EmploymentType,
        locationId: String? = nil, departmentId: String? = nil, defaultInterviewPlanId: String? = nil,
        interviewPlanIds: [String]? = nil, customFields: [CustomFieldValue]? = nil, jobPostingIds: [String]? = nil,
        customRequisitionId: String? = nil, brandId: String? = nil, hiringTeam: [HiringTeamMember]? = nil,
        author: User? = nil, createdAt: Timestamp? = nil, updatedAt: Timestamp, openedAt: Timestamp? = nil,
        closedAt: Timestamp? = nil, location: Location? = nil, openings: [Opening]? = nil, compensation: JSONValue? = nil
    ) {
        self.id = id
        self.title = title
        self.confidential = confidential
        self.status = status
        self.employmentType = employmentType
        self.locationId = locationId
        self.departmentId = departmentId
        self.defaultInterviewPlanId = defaultInterviewPlanId
        self.interviewPlanIds = interviewPlanIds
        self.customFields = customFields
        self.jobPostingIds = jobPostingIds
        self.customRequisitionId = customRequisitionId
        self.brandId = brandId
        self.hiringTeam = hiringTeam
        self.author = author
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.openedAt = openedAt
        self.closedAt = closedAt
        self.location = location
        self.openings = openings
        self.compensation = compensation
    }
}

/// A job's lifecycle state.
public struct JobStatus: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let draft: Self = "Draft"
    public static let open: Self = "Open"
    public static let closed: Self = "Closed"
    public static let archived: Self = "Archived"
}

/// The kind of employment a job or opening offers.
public struct EmploymentType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let fullTime: Self = "FullTime"
    public static let partTime: Self = "PartTime"
    public static let intern: Self = "Intern"
    public static let contract: Self = "Contract"
    public static let temporary: Self = "Temporary"
}
