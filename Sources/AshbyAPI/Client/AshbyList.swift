import Foundation

/// Every list endpoint the workspace reads, with what it supports (API-DIGEST §2.0).
public enum AshbyList {
    public static let users = ListEndpoint<User>("user.list", paginated: true, syncToken: true)
    public static let departments = ListEndpoint<Department>("department.list", paginated: true, syncToken: true)
    public static let locations = ListEndpoint<Location>("location.list", paginated: true, syncToken: true)
    public static let jobs = ListEndpoint<Job>("job.list", paginated: true, syncToken: true)
    public static let openings = ListEndpoint<Opening>("opening.list", paginated: true, syncToken: true)
    public static let jobPostings = ListEndpoint<JobPosting>("jobPosting.list", paginated: false, syncToken: false)
    public static let customFields = ListEndpoint<CustomFieldDefinition>("customField.list", paginated: false, syncToken: false)
    public static let surveyFormDefinitions = ListEndpoint<SurveyFormDefinition>("surveyFormDefinition.list", paginated: true, syncToken: true)
    /// Needs `surveyType` in the parameters.
    public static let surveySubmissions = ListEndpoint<SurveySubmission>("surveySubmission.list", paginated: true, syncToken: true)
    public static let interviewPlans = ListEndpoint<InterviewPlan>("interviewPlan.list", paginated: true, syncToken: true)
    /// Needs `interviewPlanId`; stages come back in plan order.
    public static let interviewStages = ListEndpoint<InterviewStage>("interviewStage.list", paginated: false, syncToken: false)
    public static let candidates = ListEndpoint<Candidate>("candidate.list", paginated: true, syncToken: true)
    /// Needs `candidateId`.
    public static let candidateNotes = ListEndpoint<Note>("candidate.listNotes", paginated: true, syncToken: true)
    public static let applications = ListEndpoint<Application>("application.list", paginated: true, syncToken: true)
    /// Needs `applicationId`; pagination only, no incremental sync.
    public static let applicationHistory = ListEndpoint<ApplicationHistoryItem>("application.listHistory", paginated: true, syncToken: false)
    public static let archiveReasons = ListEndpoint<ArchiveReason>("archiveReason.list", paginated: false, syncToken: false)
    public static let sources = ListEndpoint<Source>("source.list", paginated: false, syncToken: false)
    public static let interviews = ListEndpoint<Interview>("interview.list", paginated: true, syncToken: true)
    /// Needs `interviewScheduleId`: events of one schedule. `interviewSchedules` embeds them for all.
    public static let interviewEvents = ListEndpoint<InterviewEvent>("interviewEvent.list", paginated: true, syncToken: true)
    public static let interviewSchedules = ListEndpoint<InterviewSchedule>("interviewSchedule.list", paginated: true, syncToken: true)
    public static let applicationFeedback = ListEndpoint<ApplicationFeedback>("applicationFeedback.list", paginated: true, syncToken: true)
    public static let feedbackFormDefinitions = ListEndpoint<FeedbackFormDefinition>("feedbackFormDefinition.list", paginated: true, syncToken: true)
    /// Offers with their latest version only; `offer.info` has every version.
    public static let offers = ListEndpoint<Offer>("offer.list", paginated: true, syncToken: true)
    public static let approvals = ListEndpoint<Approval>("approval.list", paginated: true, syncToken: true)
}
