/// A candidate's application to a job: one card of the pipeline (`application.list`, `application.info`).
public struct Application: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var status: ApplicationStatus
    public var customFields: [CustomFieldValue]?
    public var candidate: ApplicationCandidate
    public var currentInterviewStage: InterviewStage
    public var source: Source?
    public var archiveReason: ArchiveReason?
    public var archivedAt: Timestamp?
    public var job: ApplicationJob
    public var creditedToUser: User?
    public var hiringTeam: [HiringTeamMember]
    public var appliedViaJobPostingId: String?
    public var submitterClientIp: String?
    public var submitterUserAgent: String?
    /// Only with `expand: ["openings"]`.
    public var openings: [Opening]?
    /// `application.info` only: the stage history, same shape as `application.listHistory`.
    public var applicationHistory: [ApplicationHistoryItem]?
    /// `application.info` with `expand: ["applicationFormSubmissions"]` only.
    public var applicationFormSubmissions: [SubmittedFormInstance]?
    /// `application.info` with `expand: ["referrals"]` only.
    public var referrals: [Referral]?
    /// `application.info` only.
    public var resumeFileHandle: FileHandle?

    public init(
        id: String, createdAt: Timestamp, updatedAt: Timestamp, status: ApplicationStatus,
        customFields: [CustomFieldValue]? = nil, candidate: ApplicationCandidate,
        currentInterviewStage: InterviewStage, source: Source? = nil, archiveReason: ArchiveReason? = nil,
        archivedAt: Timestamp? = nil, job: ApplicationJob, creditedToUser: User? = nil,
        hiringTeam: [HiringTeamMember] = [], appliedViaJobPostingId: String? = nil,
        submitterClientIp: String? = nil, submitterUserAgent: String? = nil, openings: [Opening]? = nil,
        applicationHistory: [ApplicationHistoryItem]? = nil,
        applicationFormSubmissions: [SubmittedFormInstance]? = nil, referrals: [Referral]? = nil,
        resumeFileHandle: FileHandle? = nil
    ) {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.status = status
        self.customFields = customFields
        self.candidate = candidate
        self.currentInterviewStage = currentInterviewStage
        self.source = source
        self.archiveReason = archiveReason
        self.archivedAt = archivedAt
        self.job = job
        self.creditedToUser = creditedToUser
        self.hiringTeam = hiringTeam
        self.appliedViaJobPostingId = appliedViaJobPostingId
        self.submitterClientIp = submitterClientIp
        self.submitterUserAgent = submitterUserAgent
        self.openings = openings
        self.applicationHistory = applicationHistory
        self.applicationFormSubmissions = applicationFormSubmissions
        self.referrals = referrals
        self.resumeFileHandle = resumeFileHandle
    }
}

/// Where an application stands overall.
public struct ApplicationStatus: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let hired: Self = "Hired"
    public static let archived: Self = "Archived"
    public static let active: Self = "Active"
    public static let lead: Self = "Lead"
}

/// The candidate summary embedded in an application.
public struct ApplicationCandidate: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var primaryEmailAddress: ContactInfo?
    public var primaryPhoneNumber: ContactInfo?

    public init(id: String, name: String, primaryEmailAddress: ContactInfo? = nil, primaryPhoneNumber: ContactInfo? = nil) {
        self.id = id
        self.name = name
        self.primaryEmailAddress = primaryEmailAddress
        self.primaryPhoneNumber = primaryPhoneNumber
    }
}

/// The job summary embedded in an application.
public struct ApplicationJob: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var locationId: String?
    public var departmentId: String?

    public init(id: String, title: String, locationId: String? = nil, departmentId: String? = nil) {
        self.id = id
        self.title = title
        self.locationId = locationId
        self.departmentId = departmentId
    }
}

/// Who referred the candidate for this application, and when.
public struct Referral: Codable, Sendable, Hashable {
    public var user: User?
    public var referredAt: Timestamp?

    public init(user: User? = nil, referredAt: Timestamp? = nil) {
        self.user = user
        self.referredAt = referredAt
    }
}
