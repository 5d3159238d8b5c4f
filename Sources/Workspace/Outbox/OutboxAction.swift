import AshbyAPI
import Foundation

/// A write the user asked for. Every write goes through the outbox as one of these.
public enum OutboxAction: Sendable, Equatable, Codable {
    /// Move to a stage; `archiveReasonId` is required when the stage is of type Archived.
    case moveApplication(applicationId: String, toStageId: String, archiveReasonId: String?)
    case addNote(candidateId: String, text: String)
    /// Approve the current step as `userId`, or with `stepId` nil the whole offer. The version is the one shown.
    case approveOffer(offerId: String, offerVersionId: String, stepId: String?, userId: String?)
    case submitFeedback(applicationId: String, formDefinitionId: String, interviewEventId: String?, userId: String?,
                        fields: [FeedbackAnswer])
}

/// One answered field of a scorecard, in `applicationFeedback.submit`'s value encoding.
public struct FeedbackAnswer: Sendable, Equatable, Codable {
    public var path: String
    public var value: JSONValue

    public init(path: String, value: JSONValue) {
        self.path = path
        self.value = value
    }
}

/// Where an action is in its life, for the status bar and toasts.
public struct OutboxActionState: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// Written durably, not yet sent.
        case queued
        case sending(attempt: Int)
        /// Waiting to retry after a transient failure.
        case retrying(at: Date, reason: String)
        case confirmed
        /// Permanently refused; the optimistic change was rolled back.
        case failed(reason: String)
    }

    public var actionId: String
    public var action: OutboxAction
    public var phase: Phase
    /// "Move Ada Lovelace to Onsite" — for toasts and the pending list.
    public var summary: String

    public init(actionId: String, action: OutboxAction, phase: Phase, summary: String) {
        self.actionId = actionId
        self.action = action
        self.phase = phase
        self.summary = summary
    }
}
