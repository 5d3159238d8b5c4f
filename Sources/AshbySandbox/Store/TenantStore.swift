import Foundation

/// Everything the simulated tenant holds. Mutated only under the tenant's lock.
final class TenantStore {
    let seed: UInt64
    let organizationID: String
    var ids: IdentifierMint
    /// The last change sequence handed out; every write takes the next one.
    private(set) var sequence: UInt64 = 0

    var users = RecordTable<UserRecord>()
    var departments = RecordTable<DepartmentRecord>()
    var locations = RecordTable<LocationRecord>()
    var archiveReasons = RecordTable<ArchiveReasonRecord>()
    var sources = RecordTable<SourceRecord>()
    var tags = RecordTable<TagRecord>()
    var hiringTeamRoles = RecordTable<HiringTeamRoleRecord>()
    var customFields = RecordTable<CustomFieldDefinitionRecord>()
    var plans = RecordTable<InterviewPlanRecord>()
    var stages = RecordTable<InterviewStageRecord>()
    var jobs = RecordTable<JobRecord>()
    var openings = RecordTable<OpeningRecord>()
    var postings = RecordTable<JobPostingRecord>()
    var candidates = RecordTable<CandidateRecord>()
    var applications = RecordTable<ApplicationRecord>()
    var notes = RecordTable<NoteRecord>()
    var interviews = RecordTable<InterviewRecord>()
    var feedbackForms = RecordTable<FeedbackFormRecord>()
    var schedules = RecordTable<InterviewScheduleRecord>()
    var events = RecordTable<InterviewEventRecord>()
    var feedback = RecordTable<FeedbackRecord>()
    var offers = RecordTable<OfferRecord>()
    var approvals = RecordTable<ApprovalRecord>()
    var surveyForms = RecordTable<SurveyFormRecord>()
    var surveySubmissions = RecordTable<SurveySubmissionRecord>()

    // Secondary indexes: ascending row lists, append-only, so paging a filtered list seeks by binary search.
    var notesByCandidate: [[Int]] = []
    var applicationsByJob: [[Int]] = []
    var schedulesByApplication: [[Int]] = []
    var schedulesByStage: [[Int]] = []
    var feedbackByApplication: [[Int]] = []
    var offersByApplication: [[Int]] = []
    var approvalByEntity: [String: Int] = [:]
    /// Offer version id → (offer row, index in its versions).
    var offerByVersion: [String: (offerRow: Int, version: Int)] = [:]
    var candidatesByEmail: [String: [Int]] = [:]
    var usersByEmail: [String: Int] = [:]

    /// Whether generation is over: from then on every insert and touch is logged for incremental sync.
    var isLive = false

    init(seed: UInt64) {
        self.seed = seed
        ids = IdentifierMint(seed: seed)
        organizationID = ids.uuid()
    }

    /// The next change sequence: one per write, shared by every record the write changes.
    func nextSequence() -> UInt64 {
        sequence += 1
        return sequence
    }

    /// Current change watermark (the last sequence used).
    var watermark: UInt64 { sequence }
}
