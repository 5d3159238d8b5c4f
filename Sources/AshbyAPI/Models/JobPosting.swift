/// A published job posting on a job board (`jobPosting.list`).
public struct JobPosting: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var jobId: String
    public var departmentName: String
    public var teamName: String
    public var locationName: String
    public var locationIds: JobPostingLocationIds
    public var workplaceType: WorkplaceType?
    public var employmentType: EmploymentType
    public var isListed: Bool
    /// No format in the spec; kept as sent.
    public var publishedDate: String
    public var applicationDeadline: Timestamp?
    /// Null on internal boards.
    public var externalLink: String?
    public var applyLink: String
    public var compensationTierSummary: String?
    public var shouldDisplayCompensationOnJobBoard: Bool
    public var updatedAt: Timestamp

    public init(
        id: String, title: String, jobId: String, departmentName: String, teamName: String, locationName: String,
        locationIds: JobPostingLocationIds, workplaceType: WorkplaceType? = nil, employmentType: EmploymentType,
        isListed: Bool, publishedDate: String, applicationDeadline: Timestamp? = nil, externalLink: String? = nil,
        applyLink: String, compensationTierSummary: String? = nil, shouldDisplayCompensationOnJobBoard: Bool,
        updatedAt: Timestamp
    ) {
        self.id = id
        self.title = title
        self.jobId = jobId
        self.departmentName = departmentName
        self.teamName = teamName
        self.locationName = locationName
        self.locationIds = locationIds
        self.workplaceType = workplaceType
        self.employmentType = employmentType
        self.isListed = isListed
        self.publishedDate = publishedDate
        self.applicationDeadline = applicationDeadline
        self.externalLink = externalLink
        self.applyLink = applyLink
        self.compensationTierSummary = compensationTierSummary
        self.shouldDisplayCompensationOnJobBoard = shouldDisplayCompensationOnJobBoard
        self.updatedAt = updatedAt
    }
}

/// The locations a job posting is listed under.
public struct JobPostingLocationIds: Codable, Sendable, Hashable {
    public var primaryLocationId: String
    public var secondaryLocationIds: [String]

    public init(primaryLocationId: String, secondaryLocationIds: [String] = []) {
        self.primaryLocationId = primaryLocationId
        self.secondaryLocationIds = secondaryLocationIds
    }
}
