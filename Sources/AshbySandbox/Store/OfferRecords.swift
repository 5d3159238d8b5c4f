import AshbyAPI

struct OfferVersionRecord: Sendable {
    var id: String
    var createdAt: Millis
    var startDate: Millis
    var salary: Int
    var currencyCode: String
    var openingID: String?
    var authorRow: Int
    /// nil when no approval process applies to this version.
    var approvalStatus: String?
    var approvalRow: Int?
}

struct OfferRecord: IdentifiedRecord, Sendable {
    var id: String
    var applicationRow: Int
    var acceptanceStatus: String
    var offerStatus: String
    var decidedAt: Millis?
    var versions: [OfferVersionRecord]
    var createdAt: Millis

    var latest: OfferVersionRecord { versions[versions.count - 1] }
}

struct ApproverRecord: Sendable {
    var id: String
    var userRow: Int
    var decision: String
    var decidedAt: Millis?
    var requestedAt: Millis?
}

struct ApprovalStepRecord: Sendable {
    var id: String
    var approvalsRequired: Int
    var completedAt: Millis?
    var approvers: [ApproverRecord]
}

struct ApprovalRecord: IdentifiedRecord, Sendable {
    var id: String
    var definitionID: String
    var entityType: String
    /// The offer version id, for offer approvals.
    var entityID: String
    var offerRow: Int
    var createdAt: Millis
    var submittedAt: Millis?
    var completedAt: Millis?
    var steps: [ApprovalStepRecord]

    /// The first step without `completedAt`: the only one a step approval may target.
    var currentStepIndex: Int? { steps.firstIndex { $0.completedAt == nil } }
}

struct SurveyFormRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
    var surveyType: String
    var isArchived: Bool
    var isDefaultForm: Bool
    var sections: [FormSection]
}

struct SurveySubmissionRecord: IdentifiedRecord, Sendable {
    var id: String
    var formRow: Int
    var candidateRow: Int
    var applicationRow: Int?
    var surveyType: String
    var submittedAt: Millis
    var values: [String: JSONValue]
}

