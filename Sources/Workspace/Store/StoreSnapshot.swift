import AshbyAPI

/// Every record the store holds, as plain values keyed by id: what the cache saves and loads,
/// and what a background queue may encode while the UI thread goes on. Taking one is O(1)
/// (the dictionaries are copy-on-write). It holds no survey/EEO data, and must never: the
/// cache writes whatever is here to disk.
public struct StoreSnapshot: Sendable, Equatable {
    public var users: [String: User] = [:]
    public var departments: [String: Department] = [:]
    public var locations: [String: Location] = [:]
    public var jobs: [String: Job] = [:]
    public var openings: [String: Opening] = [:]
    public var jobPostings: [String: JobPosting] = [:]
    public var interviewPlans: [String: InterviewPlan] = [:]
    public var interviewStages: [String: InterviewStage] = [:]
    public var archiveReasons: [String: ArchiveReason] = [:]
    public var sources: [String: Source] = [:]
    public var customFields: [String: CustomFieldDefinition] = [:]
    /// Keyed by `EntityStore.key(of:)`: the role's id, or its title when the server sent names only.
    public var hiringTeamRoles: [String: HiringTeamRole] = [:]
    public var applications: [String: ApplicationRecord] = [:]
    public var interviews: [String: Interview] = [:]
    public var interviewSchedules: [String: InterviewScheduleRecord] = [:]
    public var feedback: [String: FeedbackRecord] = [:]
    /// Forms of `feedback`, keyed by `FeedbackRecord.formKey`.
    public var feedbackForms: [String: FormDefinition] = [:]
    public var feedbackFormDefinitions: [String: FeedbackFormDefinition] = [:]
    public var offers: [String: Offer] = [:]
    public var approvals: [String: Approval] = [:]

    public init() {}

    /// Ids currently held for `resource`.
    func ids(of resource: SyncedResource) -> [String] {
        switch resource {
        case .users: Array(users.keys)
        case .departments: Array(departments.keys)
        case .locations: Array(locations.keys)
        case .jobs: Array(jobs.keys)
        case .openings: Array(openings.keys)
        case .jobPostings: Array(jobPostings.keys)
        case .interviewPlans: Array(interviewPlans.keys)
        case .interviewStages: Array(interviewStages.keys)
        case .archiveReasons: Array(archiveReasons.keys)
        case .sources: Array(sources.keys)
        case .customFields: Array(customFields.keys)
        case .hiringTeamRoles: Array(hiringTeamRoles.keys)
        case .applications: Array(applications.keys)
        case .interviews: Array(interviews.keys)
        case .interviewSchedules: Array(interviewSchedules.keys)
        case .applicationFeedback: Array(feedback.keys)
        case .feedbackFormDefinitions: Array(feedbackFormDefinitions.keys)
        case .offers: Array(offers.keys)
        case .approvals: Array(approvals.keys)
        }
    }
}
