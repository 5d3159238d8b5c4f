import AshbyAPI

/// A pipeline card: the fields of an application the panes show. Kept lean on purpose — the
/// store holds up to 100,000 of them (a full Codable `Application` costs ≈ 2.8 KB each).
public struct ApplicationRecord: Sendable, Hashable, Identifiable {
    public var id: String
    public var candidateId: String
    public var candidateName: String
    public var candidateEmail: String?
    public var jobId: String
    public var jobTitle: String
    public var stageId: String
    public var interviewPlanId: String
    public var status: ApplicationStatus
    public var sourceTitle: String?
    public var archiveReasonId: String?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var archivedAt: Timestamp?
    /// When the application entered its current stage, when known (from its history, or from a
    /// move the store observed). Ashby's application carries no such field; `updatedAt` bounds it.
    public var stageEnteredAt: Timestamp?

    public init(id: String, candidateId: String, candidateName: String, candidateEmail: String? = nil, jobId: String,
                jobTitle: String, stageId: String, interviewPlanId: String, status: ApplicationStatus, sourceTitle: String? = nil,
                archiveReasonId: String? = nil, createdAt: Timestamp, updatedAt: Timestamp, archivedAt: Timestamp? = nil,
                stageEnteredAt: Timestamp? = nil) {
        self.id = id
        self.candidateId = candidateId
        self.candidateName = candidateName
        self.candidateEmail = candidateEmail
        self.jobId = jobId
        self.jobTitle = jobTitle
        self.stageId = stageId
        self.interviewPlanId = interviewPlanId
        self.status = status
        self.sourceTitle = sourceTitle
        self.archiveReasonId = archiveReasonId
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.archivedAt = archivedAt
        self.stageEnteredAt = stageEnteredAt
    }

    /// The lean record of a decoded application.
    public init(_ application: Application) {
        self.init(id: application.id, candidateId: application.candidate.id, candidateName: application.candidate.name,
                  candidateEmail: application.candidate.primaryEmailAddress?.value, jobId: application.job.id,
                  jobTitle: application.job.title, stageId: application.currentInterviewStage.id,
                  interviewPlanId: application.currentInterviewStage.interviewPlanId, status: application.status,
                  sourceTitle: application.source?.title, archiveReasonId: application.archiveReason?.id,
                  createdAt: application.createdAt, updatedAt: application.updatedAt, archivedAt: application.archivedAt)
    }
}
