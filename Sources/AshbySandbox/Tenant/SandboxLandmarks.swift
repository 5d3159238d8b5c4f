/// Well-known records of a generated tenant, so tests and demos can aim at exact cases.
public struct SandboxLandmarks: Sendable, Equatable {
    /// The API key's user: author of notes created through the API, credited for feedback without `userId`.
    public var actingUserID: String = ""
    public var actingUserEmail: String = ""
    public var deactivatedUserID: String = ""

    /// An Open job with every stage type, and some of its stages.
    public var jobID: String = ""
    public var interviewPlanID: String = ""
    public var leadStageID: String = ""
    public var activeStageID: String = ""
    public var offerStageID: String = ""
    public var hiredStageID: String = ""
    public var archivedStageID: String = ""
    public var confidentialJobID: String = ""

    /// An Active application of `jobID` (in `activeStageID`) and its candidate.
    public var applicationID: String = ""
    public var candidateID: String = ""
    /// An active (not archived) archive reason, and an archived one.
    public var archiveReasonID: String = ""
    public var archivedArchiveReasonID: String = ""

    /// A past interview event of `applicationID` without feedback, one of its interviewers, its form.
    public var interviewEventID: String = ""
    public var interviewerUserID: String = ""
    public var feedbackFormDefinitionID: String = ""
    /// A user who is not an interviewer on `interviewEventID`.
    public var nonInterviewerUserID: String = ""

    /// An offer waiting on approval whose current (first) step needs 2 approvals and has 1.
    public var offerID: String = ""
    public var offerVersionID: String = ""
    /// An earlier, superseded version of `offerID`'s offer... kept for stale-version tests.
    public var staleOfferVersionID: String = ""
    public var currentApprovalStepID: String = ""
    public var laterApprovalStepID: String = ""
    /// Approvers of the current step who have not decided yet (two of them, so a test can complete the step).
    public var pendingApproverUserIDs: [String] = []
    /// The approver of the later step.
    public var laterStepApproverUserID: String = ""
    /// A user who approves nothing on this offer.
    public var nonApproverUserID: String = ""

    public init() {}
}
