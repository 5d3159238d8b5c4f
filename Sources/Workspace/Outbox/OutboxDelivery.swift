import AshbyAPI
import Foundation

/// What the server made of a write.
enum DeliveryOutcome: Sendable {
    /// Applied; the delta carries the server's version of what changed.
    case applied(StoreDelta)
    /// Refused for good (or refused before sending, e.g. the offer version is no longer the latest).
    case refused(reason: String)
}

/// Sends each kind of write, and — after an attempt whose outcome is unknown — looks on the
/// server for its effect, so a write Ashby cannot deduplicate is never applied twice.
/// Blocking; runs on the outbox's queue. Transient errors are thrown for the caller to retry.
struct OutboxDelivery: Sendable {
    let client: AshbyClient
    /// Allowance for the server's clock running behind ours when matching "created after the attempt".
    var clockSkew: TimeInterval = 300

    // MARK: - Sending

    func send(_ entry: OutboxEntry) throws -> DeliveryOutcome {
        do {
            switch entry.action {
            case .moveApplication(let applicationId, let stageId, let archiveReasonId):
                let application = try client.changeStage(applicationId: applicationId, interviewStageId: stageId, archiveReasonId: archiveReasonId)
                var delta = StoreDelta()
                delta.applications = [ApplicationRecord(application)]
                return .applied(delta)
            case .addNote(let candidateId, let text):
                _ = try client.createNote(candidateId: candidateId, note: .plain(text))
                return .applied(StoreDelta())
            case .submitFeedback(let applicationId, let formDefinitionId, let interviewEventId, let userId, let fields):
                let result = try client.submitFeedback(formDefinitionId: formDefinitionId, applicationId: applicationId,
                                                       fields: fields.map { FeedbackFieldSubmission(path: $0.path, value: $0.value) },
                                                       userId: userId, interviewEventId: interviewEventId)
                return .applied(feedbackDelta(entry, submittedId: result.submittedFormInstance?.id, fallback: result.submittedFormInstance))
            case .approveOffer(let offerId, let offerVersionId, let stepId, let userId):
                if let refusal = try approvalRefusal(offerId: offerId, offerVersionId: offerVersionId, stepId: stepId, userId: userId) {
                    return .refused(reason: refusal)
                }
                let step = stepId.flatMap { stepId in userId.map { OfferApprovalStep(approvalStepId: stepId, userId: $0) } }
                let offer = try client.approveOffer(offerVersionId: offerVersionId, step: step)
                return .applied(offerDelta(offer, offerVersionId: offerVersionId))
            }
        } catch let error as AshbyError where !error.isTransient {
            return .refused(reason: error.description)
        }
    }

    /// Approving is allowed only on the version shown, at the step shown, by one of its undecided approvers.
    private func approvalRefusal(offerId: String, offerVersionId: String, stepId: String?, userId: String?) throws -> String? {
        let offer = try client.offer(id: offerId)
        guard offer.latestVersion?.id == offerVersionId else {
            return "the offer was revised since it was shown (version \(offerVersionId) is no longer the latest); review the new version before approving"
        }
        guard let stepId, let userId else { return nil }
        guard let approval = try client.approvals(offerVersionId: offerVersionId).first else {
            return "the offer version has no approval process"
        }
        guard let step = approval.currentStep, step.id == stepId else {
            return "the approval step shown is no longer the current one; review the offer again"
        }
        guard let approver = step.approvers.first(where: { $0.userId == userId }) else {
            return "you are not an approver of the current step"
        }
        guard approver.decision == .pending else { return "you have already decided on this step" }
        return nil
    }

    // MARK: - Looking for the effect of an earlier attempt

    /// The server's version when an earlier attempt of `entry` already took effect; nil when it
    /// did not (send it). Idempotent writes are simply sent again.
    func effectOfEarlierAttempt(_ entry: OutboxEntry) throws -> StoreDelta? {
        guard let attemptedAt = entry.attemptedAt, !entry.action.isIdempotent else { return nil }
        let earliest = attemptedAt.addingTimeInterval(-clockSkew)
        switch entry.action {
        case .moveApplication:
            return nil
        case .addNote(let candidateId, let text):
            let notes = try client.notes(candidateId: candidateId)
            let found = notes.contains { $0.content == text && $0.createdAt.secondsSince1970 >= earliest.timeIntervalSince1970 }
            return found ? StoreDelta() : nil
        case .submitFeedback(let applicationId, _, _, _, _):
            let submissions = try client.feedback(applicationId: applicationId)
            guard let match = submissions.first(where: { matches($0, entry, earliest: earliest) }) else { return nil }
            return feedbackDelta(entry, found: match)
        case .approveOffer(let offerId, let offerVersionId, let stepId, let userId):
            guard let approval = try client.approvals(offerVersionId: offerVersionId).first else { return nil }
            let decided: Bool
            if let stepId, let userId {
                let approver = approval.steps.first { $0.id == stepId }?.approvers.first { $0.userId == userId }
                decided = approver.map { $0.decision != .pending } ?? false
            } else {
                decided = approval.completedAt != nil
            }
            guard decided else { return nil }
            var delta = StoreDelta()
            delta.approvals = [approval]
            if let offer = try? client.offer(id: offerId) { delta.offers = [Self.listShaped(offer)] }
            return delta
        }
    }

    /// A submission by the same user, for the same application, form and interview, with the same
    /// answers, made no earlier than the attempt.
    private func matches(_ feedback: ApplicationFeedback, _ entry: OutboxEntry, earliest: Date) -> Bool {
        guard case .submitFeedback(let applicationId, let formDefinitionId, let interviewEventId, let userId, let fields) = entry.action else {
            return false
        }
        guard feedback.applicationId == applicationId, feedback.feedbackFormDefinitionId == formDefinitionId,
              feedback.interviewEventId == interviewEventId,
              (feedback.submittedAt?.secondsSince1970 ?? .infinity) >= earliest.timeIntervalSince1970
        else { return false }
        if let submitter = userId ?? entry.actingUserId, feedback.submittedByUser.id != submitter { return false }
        let answers = Dictionary(fields.filter { !$0.value.isNull }.map { ($0.path, $0.value) }, uniquingKeysWith: { _, last in last })
        return feedback.submittedValues == answers
    }

    // MARK: - The server's version, and undoing

    /// The server's current version of what `entry` would have changed: the rollback after a
    /// restart, when the rollback delta given at submission is gone. Best effort.
    func serverVersion(for entry: OutboxEntry) -> StoreDelta {
        var delta = StoreDelta()
        delta.removals = entry.temporaryIds
        switch entry.action {
        case .moveApplication(let applicationId, _, _):
            if let application = try? client.application(id: applicationId) { delta.applications = [ApplicationRecord(application)] }
        case .approveOffer(let offerId, let offerVersionId, _, _):
            if let offer = try? client.offer(id: offerId) { delta.offers = [Self.listShaped(offer)] }
            if let approvals = try? client.approvals(offerVersionId: offerVersionId) { delta.approvals = approvals }
        case .addNote, .submitFeedback:
            break
        }
        return delta
    }

    private func feedbackDelta(_ entry: OutboxEntry, submittedId: String?, fallback: SubmittedFormInstance?) -> StoreDelta {
        guard case .submitFeedback(let applicationId, _, _, _, _) = entry.action else { return StoreDelta() }
        // The list gives the full record (submitter, time, interview); the submit answer lacks them.
        if let submittedId, let found = (try? client.feedback(applicationId: applicationId))?.first(where: { $0.id == submittedId }) {
            return feedbackDelta(entry, found: found)
        }
        var delta = StoreDelta()
        delta.removals = entry.temporaryIds
        if case .submitFeedback(_, let formDefinitionId, let interviewEventId, let userId, _) = entry.action, let fallback {
            delta.feedback = [FeedbackRecord(id: fallback.id, applicationId: applicationId, submittedByUserId: userId ?? entry.actingUserId ?? "",
                                             interviewEventId: interviewEventId, formKey: formDefinitionId, values: fallback.submittedValues)]
            delta.feedbackForms[formDefinitionId] = fallback.formDefinition
        }
        return delta
    }

    private func feedbackDelta(_ entry: OutboxEntry, found: ApplicationFeedback) -> StoreDelta {
        var delta = StoreDelta()
        delta.removals = entry.temporaryIds
        let (record, form) = FeedbackRecord.split(found)
        delta.feedback = [record]
        delta.feedbackForms[record.formKey] = form
        return delta
    }

    private func offerDelta(_ offer: Offer, offerVersionId: String) -> StoreDelta {
        var delta = StoreDelta()
        delta.offers = [Self.listShaped(offer)]
        if let approvals = try? client.approvals(offerVersionId: offerVersionId) { delta.approvals = approvals }
        return delta
    }

    /// An offer as `offer.list` shows it (latest version only), which is what the store keeps.
    static func listShaped(_ offer: Offer) -> Offer {
        var offer = offer
        offer.versions = nil
        offer.formDefinition = nil
        return offer
    }
}
