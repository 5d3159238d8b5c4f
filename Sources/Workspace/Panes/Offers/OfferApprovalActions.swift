import AshbyAPI
import Foundation

/// Approving an offer's current step as the acting user, or the whole offer: allowed only on
/// the version shown, confirmed with candidate, job, version and step named, and sent through
/// the outbox with that exact `offerVersionId`.
extension OffersModel {
    /// Why `userId` may not approve the current step of `approval` (nil when they may).
    static func stepRefusal(offer: Offer, approval: Approval?, userId: String?) -> String? {
        guard let userId else { return "No acting user is configured, so no step can be approved as you" }
        guard offer.latestVersion != nil else { return "This offer has no version to approve" }
        guard let approval else { return "This offer version has no approval process" }
        switch approval.status {
        case .approved: return "This offer version is already approved"
        case .declined: return "This offer version was declined"
        case .pending: break
        }
        guard let step = approval.currentStep, let number = approval.steps.firstIndex(of: step).map({ $0 + 1 }) else {
            return "This offer version has no step awaiting approval"
        }
        guard let mine = step.approvers.first(where: { $0.userId == userId }) else {
            return "You are not an approver of step \(number)"
        }
        guard mine.decision == .pending else { return "You already decided on step \(number)" }
        return nil
    }

    func approveStepOutcome(store: EntityStore, now: Date) -> PaneOutcome {
        guard let offer = selectedOfferId.flatMap({ store.offers[$0] }) else { return .notice(.info, "No offer selected") }
        let approval = Self.approval(of: offer, store: store)
        if let refusal = Self.stepRefusal(offer: offer, approval: approval, userId: store.actingUserId) {
            return .notice(.warning, refusal)
        }
        let (version, approval2, userId) = (offer.latestVersion!, approval!, store.actingUserId!)
        let step = approval2.currentStep!
        let number = approval2.steps.firstIndex(of: step)! + 1
        var approved = approval2
        let stamp = Timestamp(now)
        let stepIndex = number - 1
        if let seat = approved.steps[stepIndex].approvers.firstIndex(where: { $0.userId == userId }) {
            approved.steps[stepIndex].approvers[seat].decision = .approve
            approved.steps[stepIndex].approvers[seat].decidedAt = stamp
        }
        let given = approved.steps[stepIndex].approvers.filter { $0.decision == .approve }.count
        if given >= approved.steps[stepIndex].approvalsRequired { approved.steps[stepIndex].completedAt = stamp }
        if approved.steps.allSatisfy({ $0.completedAt != nil }) { approved.completedAt = stamp }

        let record = store.applications[offer.applicationId]
        let candidate = record?.candidateName ?? "Unknown candidate"
        var lines = Self.describe(offer: offer, version: version, record: record)
        let before = step.approvers.filter { $0.decision == .approve }.count
        lines.append("Step \(number) of \(approval2.steps.count): \(before) of \(step.approvalsRequired) approvals so far")
        return PaneOutcome(request: .confirmation(Confirmation(
            title: "Approve step \(number) of \(candidate)'s offer?", lines: lines, confirmLabel: "Approve step",
            effects: [.submit(OutboxSubmission(
                action: .approveOffer(offerId: offer.id, offerVersionId: version.id, stepId: step.id, userId: userId),
                optimistic: Self.delta(approved), rollback: Self.delta(approval2),
                summary: "Approve step \(number) of \(candidate)'s offer"))],
            guardedVersion: OfferVersionGuard(offerId: offer.id, versionId: version.id))))
    }

    func approveOfferOutcome(store: EntityStore, now: Date) -> PaneOutcome {
        guard let offer = selectedOfferId.flatMap({ store.offers[$0] }) else { return .notice(.info, "No offer selected") }
        guard let version = offer.latestVersion else { return .notice(.warning, "This offer has no version to approve") }
        guard let approval = Self.approval(of: offer, store: store), approval.status == .pending else {
            return .notice(.warning, "This offer version has no approval waiting")
        }
        var approved = approval
        let stamp = Timestamp(now)
        for index in approved.steps.indices where approved.steps[index].completedAt == nil { approved.steps[index].completedAt = stamp }
        approved.completedAt = stamp
        let record = store.applications[offer.applicationId]
        let candidate = record?.candidateName ?? "Unknown candidate"
        var lines = Self.describe(offer: offer, version: version, record: record)
        let open = approval.steps.filter { $0.completedAt == nil }.count
        lines.append("Approves all \(open) remaining step\(open == 1 ? "" : "s") at once (Force Approve); needs the permission")
        return PaneOutcome(request: .confirmation(Confirmation(
            title: "Approve \(candidate)'s whole offer?", lines: lines, confirmLabel: "Approve whole offer", isDestructive: true,
            effects: [.submit(OutboxSubmission(
                action: .approveOffer(offerId: offer.id, offerVersionId: version.id, stepId: nil, userId: nil),
                optimistic: Self.delta(approved), rollback: Self.delta(approval),
                summary: "Approve \(candidate)'s whole offer"))],
            guardedVersion: OfferVersionGuard(offerId: offer.id, versionId: version.id))))
    }

    static func describe(offer: Offer, version: OfferVersion, record: ApplicationRecord?) -> [String] {
        var lines = ["Candidate: \(record?.candidateName ?? "Unknown candidate")", "Job: \(record?.jobTitle ?? "Unknown job")",
                     "Offer version: \(version.id) of \(OfferFormatting.date(version.createdAt) ?? "?")"]
        if let salary = OfferFormatting.money(version.salary) { lines.append("Salary: \(salary)") }
        return lines
    }

    static func delta(_ approval: Approval) -> StoreDelta {
        var delta = StoreDelta()
        delta.approvals = [approval]
        return delta
    }
}
