import AshbyAPI
import Foundation

/// What the job context shows: the job's department, location, status, hiring team by role,
/// openings and postings, for the strip under the pipeline header and the job detail view.
public struct JobContextScreen: Sendable, Equatable {
    public var jobId: String
    public var title: String
    public var status: JobStatus
    public var employmentType: EmploymentType
    public var isConfidential: Bool
    public var requisitionId: String?
    /// The department with its parents, outermost first ("Engineering › Platform").
    public var department: String?
    public var location: String?
    public var workplaceType: WorkplaceType?
    public var openedAt: Timestamp?
    public var closedAt: Timestamp?
    /// Applications of the job in any stage, and those neither archived nor hired.
    public var applicationCount: Int
    public var activeApplicationCount: Int
    /// Hiring Manager, Recruiter, Coordinator, Sourcer first, then other roles by title.
    public var hiringTeam: [HiringTeamGroup]
    public var openings: [JobOpeningRow]
    public var postings: [JobPostingRow]
    /// The job's custom fields with their labels.
    public var customFields: [CustomFieldRow]

    /// Openings that still take a hire (open or approved).
    public var openOpeningCount: Int { openings.filter { $0.state == .open || $0.state == .approved }.count }
    public var filledOpeningCount: Int { openings.filter { $0.state == .filled }.count }
    /// Postings listed on a job board.
    public var publishedPostingCount: Int { postings.filter(\.isListed).count }
}

/// The members of a hiring team holding one role.
public struct HiringTeamGroup: Sendable, Equatable {
    public var role: String
    public var members: [String]
}

/// One headcount slot of the job.
public struct JobOpeningRow: Sendable, Equatable {
    public var openingId: String
    /// The opening's own identifier ("ENG-12"), when it has one.
    public var identifier: String?
    public var state: OpeningState
    public var isBackfill: Bool
    public var targetHireDate: String?
    public var openedAt: Timestamp?
    public var closedAt: Timestamp?
}

/// One job board posting of the job: published (listed) or not.
public struct JobPostingRow: Sendable, Equatable {
    public var postingId: String
    public var title: String
    public var isListed: Bool
    public var publishedDate: String?
    public var location: String
    public var workplaceType: WorkplaceType?
}

/// A custom field as shown: its label and its value as text.
public struct CustomFieldRow: Sendable, Equatable {
    public var title: String
    public var value: String
    public var isPrivate: Bool

    public init(title: String, value: String, isPrivate: Bool = false) {
        self.title = title
        self.value = value
        self.isPrivate = isPrivate
    }
}
