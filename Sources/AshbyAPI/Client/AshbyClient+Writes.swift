import Foundation

/// The writes the workspace performs. Each states when it may be retried: Ashby has no
/// idempotency keys, so a write whose second copy could apply twice is retried only when the
/// first attempt certainly never reached the server (connect/DNS failure, 401/403/429).
extension AshbyClient {
    /// Moves an application to a stage (`application.changeStage`). `archiveReasonId` is
    /// required when the target stage is of type Archived and refused otherwise.
    ///
    /// Retry rule: idempotent. Moving to stage X twice leaves it in X, so every transient
    /// failure is retried. (No archive email is ever sent from here, which would not be.)
    public func changeStage(applicationId: String, interviewStageId: String, archiveReasonId: String? = nil) throws(AshbyError) -> Application {
        var body: [String: JSONValue] = ["applicationId": .string(applicationId), "interviewStageId": .string(interviewStageId)]
        if let archiveReasonId { body["archiveReasonId"] = .string(archiveReasonId) }
        return try results("application.changeStage", body: .object(body), as: Application.self, rule: .idempotent)
    }

    /// Adds a note to a candidate (`candidate.createNote`); notifications are off unless asked.
    ///
    /// Retry rule: not idempotent — a resent note is a second note. Retried only when it
    /// certainly never arrived; otherwise the caller reads the notes back before sending again.
    public func createNote(candidateId: String, note: NoteBody, isPrivate: Bool = false, sendNotifications: Bool = false) throws(AshbyError) -> Note {
        let body: JSONValue = [
            "candidateId": .string(candidateId),
            "note": note.json,
            "isPrivate": .bool(isPrivate),
            "sendNotifications": .bool(sendNotifications),
        ]
        return try results("candidate.createNote", body: body, as: Note.self, rule: .onlyIfCertainlyNotApplied)
    }

    /// Submits a scorecard (`applicationFeedback.submit`). With `interviewEventId` it is interview
    /// feedback and `userId` (an interviewer on that event) is required.
    ///
    /// Retry rule: not idempotent — a resent scorecard is a second scorecard. Retried only when
    /// it certainly never arrived; the caller reads `applicationFeedback.list` back otherwise.
    public func submitFeedback(formDefinitionId: String, applicationId: String, fields: [FeedbackFieldSubmission],
                               userId: String? = nil, interviewEventId: String? = nil) throws(AshbyError) -> FeedbackSubmitResult {
        var body: [String: JSONValue] = [
            "formDefinitionId": .string(formDefinitionId),
            "applicationId": .string(applicationId),
            "feedbackForm": ["fieldSubmissions": .array(fields.map { ["path": .string($0.path), "value": $0.value] })],
        ]
        if let userId { body["userId"] = .string(userId) }
        if let interviewEventId { body["interviewEventId"] = .string(interviewEventId) }
        return try results("applicationFeedback.submit", body: .object(body), as: FeedbackSubmitResult.self,
                           rule: .onlyIfCertainlyNotApplied)
    }

    /// Approves an offer version (`offer.approve`): one step as one approver, or with `step`
    /// nil the whole approval process ("Force Approve", needs the permission).
    ///
    /// Retry rule: not idempotent — after a step completes, a resent approval may approve the
    /// next step if the same user approves it too. Retried only when it certainly never arrived.
    public func approveOffer(offerVersionId: String, step: OfferApprovalStep?) throws(AshbyError) -> Offer {
        var body: [String: JSONValue] = ["offerVersionId": .string(offerVersionId), "excludeFormDefinition": true]
        if let step {
            body["approvalStepId"] = .string(step.approvalStepId)
            body["userId"] = .string(step.userId)
        }
        return try results("offer.approve", body: .object(body), as: Offer.self, rule: .onlyIfCertainlyNotApplied)
    }
}

/// A note's content: plain text, or HTML limited by Ashby to b, i, u, a, ul, ol, li, code, pre.
public enum NoteBody: Sendable, Equatable {
    case plain(String)
    case html(String)

    var json: JSONValue {
        switch self {
        case .plain(let text): return ["type": "text/plain", "value": .string(text)]
        case .html(let html): return ["type": "text/html", "value": .string(html)]
        }
    }
}

/// One answered field of a feedback form: its `path` and the value in the field type's encoding
/// (`{"score": 3}` for scores, the option's value for selects, a string for text…).
public struct FeedbackFieldSubmission: Sendable, Equatable {
    public var path: String
    public var value: JSONValue

    public init(path: String, value: JSONValue) {
        self.path = path
        self.value = value
    }
}

/// Which step to approve, and as whom: the step must be the current one and the user one of its approvers.
public struct OfferApprovalStep: Sendable, Equatable {
    public var approvalStepId: String
    public var userId: String

    public init(approvalStepId: String, userId: String) {
        self.approvalStepId = approvalStepId
        self.userId = userId
    }
}
