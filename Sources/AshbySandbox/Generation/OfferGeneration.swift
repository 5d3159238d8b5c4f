import AshbyAPI

extension TenantGenerator {
    mutating func generateOffers() {
        for (applicationRow, scenario) in offerPlan {
            makeOffer(applicationRow: applicationRow, scenario: scenario)
        }
    }

    mutating func makeOffer(applicationRow: Int, scenario: OfferScenario) {
        let application = store.applications[applicationRow]
        let job = store.jobs[application.jobRow]
        let offerStageRow = store.plans[job.planRow].stageRows[6]
        let offerEntered = application.history.first { $0.stageRow == offerStageRow }?.enteredAt ?? application.updatedAt
        let created = min(offerEntered + 6 * TenantTime.hour, now - 2 * TenantTime.hour)
        let recruiter = job.hiringTeam[0].userRow
        let offerRow = store.offers.count
        let salary = 110_000 + random.below(24) * 5_000
        func version(_ generator: inout TenantGenerator, at time: Millis, salary: Int, status: String?) -> OfferVersionRecord {
            OfferVersionRecord(id: generator.uuid(), createdAt: time, startDate: TenantTime.startOfDay(generator.now) + Millis(generator.random.int(in: 30...75)) * TenantTime.day,
                               salary: salary, currencyCode: "USD", openingID: job.openingRows.first.map { generator.store.openings[$0].id },
                               authorRow: recruiter, approvalStatus: status, approvalRow: nil)
        }
        var versions: [OfferVersionRecord] = []
        let offerStatus: String, acceptance: String, approvalStatus: String?
        switch scenario {
        case .partiallyApproved, .firstStepDone, .awaitingApprovals:
            (offerStatus, acceptance, approvalStatus) = ("WaitingOnOfferApproval", "Pending", "WaitingOnApprovals")
        case .approvalNotStarted: (offerStatus, acceptance, approvalStatus) = ("WaitingOnApprovalStart", "Created", nil)
        case .noApprovalDefinition: (offerStatus, acceptance, approvalStatus) = ("WaitingOnApprovalDefinition", "Created", nil)
        case .waitingOnResponse: (offerStatus, acceptance, approvalStatus) = ("WaitingOnCandidateResponse", "WaitingOnResponse", "Approved")
        case .accepted: (offerStatus, acceptance, approvalStatus) = ("CandidateAccepted", "Accepted", "Approved")
        case .rejected: (offerStatus, acceptance, approvalStatus) = ("CandidateRejected", "Declined", "Approved")
        case .cancelled: (offerStatus, acceptance, approvalStatus) = ("OfferCancelled", "Cancelled", "Declined")
        }
        if scenario == .partiallyApproved {
            versions.append(version(&self, at: created - TenantTime.day, salary: salary - 10_000, status: nil))
        }
        versions.append(version(&self, at: created, salary: salary, status: approvalStatus))
        let decided: Millis? = [.accepted, .rejected, .cancelled].contains(scenario) ? min(created + 3 * TenantTime.day, now - TenantTime.hour) : nil
        store.offers.insert(OfferRecord(id: uuid(), applicationRow: applicationRow, acceptanceStatus: acceptance, offerStatus: offerStatus,
                                        decidedAt: decided, versions: versions, createdAt: versions[0].createdAt),
                            sequence: 0, logged: false)
        store.offersByApplication[applicationRow].append(offerRow)
        for (index, version) in versions.enumerated() { store.offerByVersion[version.id] = (offerRow, index) }
        guard approvalStatus != nil else { return }

        // The approval of the latest version: steps from the job's approval chain.
        let submitted = created + TenantTime.hour
        var steps: [ApprovalStepRecord] = []
        for (stepIndex, approverRows) in job.approverRowsByStep.enumerated() {
            let required = stepIndex == 0 ? min(2, approverRows.count) : 1
            var approvers = approverRows.map { ApproverRecord(id: uuid(), userRow: $0, decision: "pending", decidedAt: nil,
                                                               requestedAt: stepIndex == 0 ? submitted : nil) }
            var completedAt: Millis? = nil
            let approveCount: Int
            switch scenario {
            case .partiallyApproved: approveCount = stepIndex == 0 ? 1 : 0
            case .firstStepDone: approveCount = stepIndex == 0 ? required : 0
            case .awaitingApprovals: approveCount = 0
            case .cancelled: approveCount = 0
            default: approveCount = required
            }
            let decidedAt = submitted + Millis(stepIndex + 1) * 5 * TenantTime.hour
            for index in 0..<approveCount {
                approvers[index].decision = "approve"
                approvers[index].decidedAt = decidedAt
                approvers[index].requestedAt = approvers[index].requestedAt ?? submitted
            }
            if approveCount >= required { completedAt = decidedAt }
            if scenario == .cancelled, stepIndex == 0 {
                approvers[0].decision = "reject"
                approvers[0].decidedAt = decidedAt
            }
            if stepIndex > 0, steps.last?.completedAt != nil {
                for index in approvers.indices { approvers[index].requestedAt = approvers[index].requestedAt ?? steps.last!.completedAt }
            }
            steps.append(ApprovalStepRecord(id: uuid(), approvalsRequired: required, completedAt: completedAt, approvers: approvers))
        }
        let allDone = steps.allSatisfy { $0.completedAt != nil }
        let approvalRow = store.approvals.insert(ApprovalRecord(
            id: uuid(), definitionID: job.approvalDefinitionID, entityType: "offer",
            entityID: versions[versions.count - 1].id, offerRow: offerRow, createdAt: created, submittedAt: submitted,
            completedAt: allDone ? steps.last!.completedAt : nil, steps: steps), sequence: 0, logged: false)
        store.offers[offerRow].versions[versions.count - 1].approvalRow = approvalRow
        store.approvalByEntity[versions[versions.count - 1].id] = approvalRow
    }
}

extension JobRecord {
    /// A stable per-job approval definition id (uuid-shaped, derived from the job id).
    var approvalDefinitionID: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return IdentifierMint.format(high: (hash & 0xFFFF_FFFF_FFFF_0FFF) | 0x4000, low: (hash.byteSwapped & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000)
    }
}
