import Foundation

/// Typed reads that are not plain listings: `info` and `search` endpoints and filtered lists.
extension AshbyClient {
    /// The key's title and scopes (`apiKey.info`): a cheap check that the key works.
    public func apiKeyInfo() throws(AshbyError) -> ApiKeyInfo {
        try results("apiKey.info", as: ApiKeyInfo.self)
    }

    /// Users with this email (`user.search`), e.g. to resolve the acting user.
    public func searchUsers(email: String) throws(AshbyError) -> [User] {
        try results("user.search", body: ["email": .string(email)], as: [User].self)
    }

    public func job(id: String) throws(AshbyError) -> Job {
        try results("job.info", body: ["id": .string(id)], as: Job.self)
    }

    /// Published postings; unlisted ones too unless `listedOnly`.
    public func jobPostings(listedOnly: Bool = false) throws(AshbyError) -> [JobPosting] {
        try listAll(AshbyList.jobPostings, parameters: ["listedOnly": .bool(listedOnly)])
    }

    /// Hiring team role titles and ids (`hiringTeamRole.list` with `namesOnly: false`).
    public func hiringTeamRoles() throws(AshbyError) -> [HiringTeamRole] {
        try results("hiringTeamRole.list", body: ["namesOnly": false], as: [HiringTeamRole].self)
    }

    /// Hiring team role titles only (`hiringTeamRole.list` with its default `namesOnly: true`).
    public func hiringTeamRoleTitles() throws(AshbyError) -> [String] {
        try results("hiringTeamRole.list", as: [HiringTeamRole].self).compactMap(\.title)
    }

    /// The stages of one interview plan, in plan order.
    public func interviewStages(interviewPlanId: String) throws(AshbyError) -> [InterviewStage] {
        try listAll(AshbyList.interviewStages, parameters: ["interviewPlanId": .string(interviewPlanId)])
    }

    public func candidate(id: String) throws(AshbyError) -> Candidate {
        try results("candidate.info", body: ["id": .string(id)], as: Candidate.self)
    }

    /// At most 100 candidates matching both `email` and `name` when given; for lookups, never for syncing.
    public func searchCandidates(email: String? = nil, name: String? = nil) throws(AshbyError) -> [Candidate] {
        var body: [String: JSONValue] = [:]
        if let email { body["email"] = .string(email) }
        if let name { body["name"] = .string(name) }
        return try results("candidate.search", body: .object(body), as: [Candidate].self)
    }

    public func notes(candidateId: String) throws(AshbyError) -> [Note] {
        try listAll(AshbyList.candidateNotes, parameters: ["candidateId": .string(candidateId)])
    }

    /// One application with its stage history (`application.info`).
    public func application(id: String) throws(AshbyError) -> Application {
        try results("application.info", body: ["applicationId": .string(id)], as: Application.self)
    }

    public func applicationHistory(applicationId: String) throws(AshbyError) -> [ApplicationHistoryItem] {
        try listAll(AshbyList.applicationHistory, parameters: ["applicationId": .string(applicationId)])
    }

    public func archiveReasons(includeArchived: Bool = false) throws(AshbyError) -> [ArchiveReason] {
        try listAll(AshbyList.archiveReasons, parameters: ["includeArchived": .bool(includeArchived)])
    }

    public func sources(includeArchived: Bool = false) throws(AshbyError) -> [Source] {
        try listAll(AshbyList.sources, parameters: ["includeArchived": .bool(includeArchived)])
    }

    public func customFields(includeArchived: Bool = false) throws(AshbyError) -> [CustomFieldDefinition] {
        try listAll(AshbyList.customFields, parameters: ["includeArchived": .bool(includeArchived)])
    }

    public func interviewEvents(interviewScheduleId: String) throws(AshbyError) -> [InterviewEvent] {
        try listAll(AshbyList.interviewEvents, parameters: ["interviewScheduleId": .string(interviewScheduleId)])
    }

    public func interviewSchedules(applicationId: String) throws(AshbyError) -> [InterviewSchedule] {
        try listAll(AshbyList.interviewSchedules, parameters: ["applicationId": .string(applicationId)])
    }

    public func feedback(applicationId: String) throws(AshbyError) -> [ApplicationFeedback] {
        try listAll(AshbyList.applicationFeedback, parameters: ["applicationId": .string(applicationId)])
    }

    /// One offer with every version (`offer.info`).
    public func offer(id: String, excludeFormDefinition: Bool = true) throws(AshbyError) -> Offer {
        try results("offer.info", body: ["offerId": .string(id), "excludeFormDefinition": .bool(excludeFormDefinition)], as: Offer.self)
    }

    /// Approvals of one offer version (`approval.list` filtered by entity).
    public func approvals(offerVersionId: String) throws(AshbyError) -> [Approval] {
        try listAll(AshbyList.approvals, parameters: ["entityType": "offer", "entityId": .string(offerVersionId)])
    }

    /// Survey submissions of one type; EEO data cannot be listed (the spec allows only these two).
    public func surveySubmissions(type: SurveyListType) throws(AshbyError) -> [SurveySubmission] {
        try listAll(AshbyList.surveySubmissions, parameters: ["surveyType": .string(type.rawValue)])
    }
}

/// The survey types `surveySubmission.list` accepts.
public enum SurveyListType: String, Sendable, CaseIterable {
    case candidateExperience = "CandidateExperience"
    case questionnaire = "Questionnaire"
}
