struct InterviewPlanRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
    var isArchived: Bool
    var createdAt: Millis
    var updatedAt: Millis
    /// Stage rows in plan order.
    var stageRows: [Int]
}

/// The stage families the spec names; `type` on the wire.
enum StageType: String, Sendable, CaseIterable {
    case lead = "Lead"
    case preInterviewScreen = "PreInterviewScreen"
    case active = "Active"
    case offer = "Offer"
    case hired = "Hired"
    case archived = "Archived"

    /// The application status an application in a stage of this type has.
    var applicationStatus: String {
        switch self {
        case .lead: return "Lead"
        case .preInterviewScreen, .active, .offer: return "Active"
        case .hired: return "Hired"
        case .archived: return "Archived"
        }
    }
}

struct InterviewStageRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
    var type: StageType
    var order: Int
    var planRow: Int
    var groupID: String
    /// The interviews held in this stage (empty for non-interviewing stages).
    var interviewRows: [Int]
}

struct HiringTeamMember: Sendable {
    var userRow: Int
    var role: String
}

struct JobRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
    var confidential: Bool
    var status: String
    var employmentType: String
    var locationRow: Int
    var departmentRow: Int
    var planRow: Int
    var hiringTeam: [HiringTeamMember]
    var postingRows: [Int]
    var openingRows: [Int]
    var authorRow: Int
    var createdAt: Millis
    var updatedAt: Millis
    var openedAt: Millis?
    var closedAt: Millis?
    var requisitionID: String
    var customFields: [CustomFieldValue]
    /// Interviewers who may sit on this job's panels.
    var interviewerRows: [Int]
    /// Approvers of this job's offers, one list per approval step.
    var approverRowsByStep: [[Int]]
}

struct OpeningRecord: IdentifiedRecord, Sendable {
    var id: String
    var openingState: String
    var isArchived: Bool
    var openedAt: Millis?
    var closedAt: Millis?
    var archivedAt: Millis?
    var versionID: String
    var identifier: String
    var description: String
    var authorRow: Int
    var createdAt: Millis
    var jobRows: [Int]
    var locationRows: [Int]
    var isBackfill: Bool
    var employmentType: String
    var targetHireDate: String?
}

struct JobPostingRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
    var jobRow: Int
    var isListed: Bool
    var publishedAt: Millis
    var updatedAt: Millis
    var compensationSummary: String?
}
