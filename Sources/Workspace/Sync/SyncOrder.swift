extension SyncedResource {
    /// The order of a pass: metadata first (what cards refer to), then the pipeline, then what
    /// hangs off applications. Stages follow plans because plans say which stage lists to fetch.
    public static let syncOrder: [SyncedResource] = [
        .users, .departments, .locations, .jobs, .openings, .jobPostings, .interviewPlans, .interviewStages,
        .archiveReasons, .sources, .customFields, .hiringTeamRoles, .interviews, .feedbackFormDefinitions,
        .applications, .interviewSchedules, .applicationFeedback, .offers, .approvals,
    ]

    /// Lists that accept a `syncToken`; the rest are listed whole again now and then.
    public var hasSyncToken: Bool {
        switch self {
        case .jobPostings, .interviewStages, .archiveReasons, .sources, .customFields, .hiringTeamRoles: return false
        default: return true
        }
    }
}
