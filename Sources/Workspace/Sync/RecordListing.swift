import AshbyAPI

/// One page of a listing, already in the shape the store keeps.
struct RecordPage<Record> {
    var records: [Record]
    /// 1 for the first page of a pass (a restarted pass starts at 1 again).
    var number: Int
    var isLast: Bool
    var kind: SyncPassKind
}

/// Lists each synced resource page by page, converted to store records.
///
/// The three big lists (applications, schedules, feedback) decode straight into store records
/// with the `JSONReader` decoders of `Sources/Workspace/Decoding/` (differentially tested against
/// the Codable models); the rest keep their API models.
struct RecordListing: Sendable {
    let client: AshbyClient
    let pageSize: Int

    typealias OnPage<Record> = (RecordPage<Record>) throws -> Void

    // MARK: - The three big lists, decoded straight into records

    func applications(token: String?, _ onPage: OnPage<ApplicationRecord>) throws -> SyncOutcome {
        try records(token, onPage) { try client.syncApplicationRecords(token: $0, pageSize: pageSize, onPage: $1) }
    }

    func interviewSchedules(token: String?, _ onPage: OnPage<InterviewScheduleRecord>) throws -> SyncOutcome {
        try records(token, onPage) { try client.syncInterviewScheduleRecords(token: $0, pageSize: pageSize, onPage: $1) }
    }

    func feedback(token: String?, _ onPage: OnPage<(FeedbackRecord, FormDefinition)>) throws -> SyncOutcome {
        try records(token, onPage) { try client.syncFeedbackRecords(token: $0, pageSize: pageSize, onPage: $1) }
    }

    // MARK: - Lists kept as their API models

    func users(token: String?, _ onPage: OnPage<User>) throws -> SyncOutcome {
        // Deactivated users still author notes and feedback; archived records still label old cards.
        try sync(AshbyList.users, token: token, parameters: ["includeDeactivated": true], onPage) { $0 }
    }

    func departments(token: String?, _ onPage: OnPage<Department>) throws -> SyncOutcome {
        try sync(AshbyList.departments, token: token, parameters: ["includeArchived": true], onPage) { $0 }
    }

    func locations(token: String?, _ onPage: OnPage<Location>) throws -> SyncOutcome {
        try sync(AshbyList.locations, token: token, parameters: ["includeArchived": true], onPage) { $0 }
    }

    func jobs(token: String?, _ onPage: OnPage<Job>) throws -> SyncOutcome {
        // Without `status` drafts are hidden; every status keeps the store complete.
        try sync(AshbyList.jobs, token: token, parameters: ["status": ["Open", "Closed", "Archived", "Draft"]], onPage) { $0 }
    }

    func openings(token: String?, _ onPage: OnPage<Opening>) throws -> SyncOutcome {
        try sync(AshbyList.openings, token: token, onPage) { $0 }
    }

    func interviewPlans(token: String?, _ onPage: OnPage<InterviewPlan>) throws -> SyncOutcome {
        try sync(AshbyList.interviewPlans, token: token, parameters: ["includeArchived": true], onPage) { $0 }
    }

    func interviews(token: String?, _ onPage: OnPage<Interview>) throws -> SyncOutcome {
        try sync(AshbyList.interviews, token: token, parameters: ["includeArchived": true, "includeNonSharedInterviews": true], onPage) { $0 }
    }

    func feedbackFormDefinitions(token: String?, _ onPage: OnPage<FeedbackFormDefinition>) throws -> SyncOutcome {
        try sync(AshbyList.feedbackFormDefinitions, token: token, parameters: ["includeArchived": true], onPage) { $0 }
    }

    func offers(token: String?, _ onPage: OnPage<Offer>) throws -> SyncOutcome {
        try sync(AshbyList.offers, token: token, onPage) { $0 }
    }

    func approvals(token: String?, _ onPage: OnPage<Approval>) throws -> SyncOutcome {
        try sync(AshbyList.approvals, token: token, onPage) { $0 }
    }

    /// Every plan, archived ones included (to learn which stage lists exist when plans come from a token).
    func allInterviewPlans() throws(AshbyError) -> [InterviewPlan] {
        try client.listAll(AshbyList.interviewPlans, parameters: ["includeArchived": true])
    }

    /// A listing that already yields store records (the fast decoders' `sync…Records`).
    private func records<Record>(_ token: String?, _ onPage: OnPage<Record>,
                                 list: (String?, (Page<Record>, SyncPassKind) throws -> Void) throws -> SyncOutcome) throws -> SyncOutcome {
        try withoutActuallyEscaping(onPage) { onPage in
            try list(token) { page, kind in
                try onPage(RecordPage(records: page.items, number: page.number, isLast: !page.moreDataAvailable, kind: kind))
            }
        }
    }

    private func sync<Item, Record>(_ endpoint: ListEndpoint<Item>, token: String?, parameters: [String: JSONValue] = [:],
                                    _ onPage: OnPage<Record>, convert: ([Item]) -> [Record]) throws -> SyncOutcome {
        try client.sync(endpoint, token: token, parameters: parameters, pageSize: pageSize) { page, kind in
            try onPage(RecordPage(records: convert(page.items), number: page.number, isLast: !page.moreDataAvailable, kind: kind))
        }
    }
}
