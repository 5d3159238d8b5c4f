import AshbyAPI

/// The resources the workspace keeps in its store, each synced from one list endpoint.
public enum SyncedResource: String, Sendable, CaseIterable, Codable, Comparable {
    case users, departments, locations, jobs, openings, jobPostings, interviewPlans, interviewStages
    case archiveReasons, sources, customFields, hiringTeamRoles
    case applications, interviews, interviewSchedules, applicationFeedback, feedbackFormDefinitions
    case offers, approvals

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Everything that changes the store, from any source: a sync page, an optimistic write from
/// the outbox, a rollback, a loaded cache. Upserts replace whole records by id; a completed
/// full pass removes every record of its resource whose id the pass did not return.
public struct StoreDelta: Sendable {
    public var users: [User] = []
    public var departments: [Department] = []
    public var locations: [Location] = []
    public var jobs: [Job] = []
    public var openings: [Opening] = []
    public var jobPostings: [JobPosting] = []
    public var interviewPlans: [InterviewPlan] = []
    /// Stages of plans, replacing each listed plan's stages as a whole (keyed by plan id, in plan order).
    public var interviewStagesByPlan: [String: [InterviewStage]] = [:]
    public var archiveReasons: [ArchiveReason] = []
    public var sources: [Source] = []
    public var customFields: [CustomFieldDefinition] = []
    public var hiringTeamRoles: [HiringTeamRole] = []
    public var applications: [ApplicationRecord] = []
    public var interviews: [Interview] = []
    public var interviewSchedules: [InterviewScheduleRecord] = []
    public var feedback: [FeedbackRecord] = []
    /// Forms of `feedback`, keyed by `FeedbackRecord.formKey`.
    public var feedbackForms: [String: FormDefinition] = [:]
    public var feedbackFormDefinitions: [FeedbackFormDefinition] = []
    public var offers: [Offer] = []
    public var approvals: [Approval] = []
    /// Ids to remove outright (an optimistic insert rolled back, a temporary id replaced).
    public var removals: [SyncedResource: Set<String>] = [:]
    /// Full passes that finished with this delta, with every id each returned: the store sweeps the rest.
    public var completedFullPasses: [SyncedResource: Set<String>] = [:]

    public init() {}

    /// True when applying it would change nothing.
    public var isEmpty: Bool {
        users.isEmpty && departments.isEmpty && locations.isEmpty && jobs.isEmpty && openings.isEmpty && jobPostings.isEmpty
            && interviewPlans.isEmpty && interviewStagesByPlan.isEmpty && archiveReasons.isEmpty && sources.isEmpty
            && customFields.isEmpty && hiringTeamRoles.isEmpty && applications.isEmpty && interviews.isEmpty
            && interviewSchedules.isEmpty && feedback.isEmpty && feedbackForms.isEmpty && feedbackFormDefinitions.isEmpty
            && offers.isEmpty && approvals.isEmpty && removals.isEmpty && completedFullPasses.isEmpty
    }
}
