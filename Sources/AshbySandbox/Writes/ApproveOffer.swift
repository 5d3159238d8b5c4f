import AshbyAPI

extension TenantEngine {
    /// `offer.approve`: the whole approval (no step, no user) or one step by one of its approvers.
    func approveOffer(_ request: EndpointRequest) throws -> EndpointAnswer {
        let versionID = try request.requiredString("offerVersionId")
        let stepID = try request.string("approvalStepId")
        let userID = try request.string("userId")
        let excludeForm = try request.bool("excludeFormDefinition") ?? false
        guard (stepID == nil) == (userID == nil) else {
            throw EndpointError.invalidInput("Send approvalStepId and userId together, or neither to approve the whole offer")
        }
        guard let (offerRow, versionIndex) = store.offerByVersion[versionID] else {
            throw EndpointError(code: "offer_not_found", message: "No offer version with id \(versionID)")
        }
        let offer = store.offers[offerRow]
        guard versionIndex == offer.versions.count - 1 else {
            throw EndpointError(code: "offer_version_not_latest",
                                message: "Offer version \(versionID) has been superseded; reload the offer and approve its latest version")
        }
        guard offer.offerStatus == "WaitingOnOfferApproval", let approvalRow = offer.latest.approvalRow else {
            throw EndpointError.invalidInput("The offer is not waiting on approval (status \(offer.offerStatus))")
        }
        let now = request.now
        if let stepID, let userID {
            let approval = store.approvals[approvalRow]
            guard let stepIndex = approval.steps.firstIndex(where: { $0.id == stepID }) else {
                throw EndpointError(code: "approval_step_not_found", message: "No approval step \(stepID) on this offer version")
            }
            guard stepIndex == approval.currentStepIndex else {
                throw EndpointError.invalidInput("Approval step \(stepID) is not the current step")
            }
            guard let userRow = store.users.row(of: userID) else { throw EndpointError(code: "user_not_found", message: "No user with id \(userID)") }
            guard let approverIndex = approval.steps[stepIndex].approvers.firstIndex(where: { $0.userRow == userRow }) else {
                throw EndpointError.invalidInput("User \(userID) is not an approver on this step")
            }
            guard approval.steps[stepIndex].approvers[approverIndex].decision == "pending" else {
                throw EndpointError.invalidInput("User \(userID) has already decided on this step")
            }
            approveStep(offerRow: offerRow, approvalRow: approvalRow, stepIndex: stepIndex, approverIndex: approverIndex, now: now, sequence: beginChange())
        } else {
            approveWhole(offerRow: offerRow, approvalRow: approvalRow, now: now, sequence: beginChange())
        }
        return ["results": store.offerJSON(offerRow, detailed: true, includeForm: !excludeForm)]
    }

    func approveStep(offerRow: Int, approvalRow: Int, stepIndex: Int, approverIndex: Int, now: Millis, sequence: UInt64) {
        var approval = store.approvals[approvalRow]
        approval.steps[stepIndex].approvers[approverIndex].decision = "approve"
        approval.steps[stepIndex].approvers[approverIndex].decidedAt = now
        let approved = approval.steps[stepIndex].approvers.filter { $0.decision == "approve" }.count
        if approved >= approval.steps[stepIndex].approvalsRequired {
            approval.steps[stepIndex].completedAt = now
            if stepIndex + 1 < approval.steps.count {
                for index in approval.steps[stepIndex + 1].approvers.indices where approval.steps[stepIndex + 1].approvers[index].requestedAt == nil {
                    approval.steps[stepIndex + 1].approvers[index].requestedAt = now
                }
            }
        }
        store.approvals[approvalRow] = approval
        store.approvals.touch(approvalRow, sequence: sequence)
        if approval.currentStepIndex == nil { finishApproval(offerRow: offerRow, approvalRow: approvalRow, now: now, sequence: sequence) }
    }

    /// Force-approves every remaining step.
    func approveWhole(offerRow: Int, approvalRow: Int, now: Millis, sequence: UInt64) {
        for index in store.approvals[approvalRow].steps.indices where store.approvals[approvalRow].steps[index].completedAt == nil {
            store.approvals[approvalRow].steps[index].completedAt = now
        }
        store.approvals.touch(approvalRow, sequence: sequence)
        finishApproval(offerRow: offerRow, approvalRow: approvalRow, now: now, sequence: sequence)
    }

    /// Every step is done: the version is Approved and the offer goes to the candidate.
    private func finishApproval(offerRow: Int, approvalRow: Int, now: Millis, sequence: UInt64) {
        store.approvals[approvalRow].completedAt = now
        let last = store.offers[offerRow].versions.count - 1
        store.offers[offerRow].versions[last].approvalStatus = "Approved"
        store.offers[offerRow].offerStatus = "WaitingOnCandidateResponse"
        store.offers[offerRow].acceptanceStatus = "WaitingOnResponse"
        store.offers.touch(offerRow, sequence: sequence)
    }
}
