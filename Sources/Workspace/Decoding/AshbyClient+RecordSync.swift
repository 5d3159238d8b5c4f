import AshbyAPI

extension AshbyClient {
    /// `sync(AshbyList.applications, …)` decoded straight into store records by `JSONReader`:
    /// the same pages, pass kinds, token fallback and errors, at a fraction of the time and memory.
    /// Repeated strings are shared across the whole pass; the next page is requested while one is
    /// decoded (see `AshbyClient.sync(_:decodingItems:…)`, which can turn that off).
    public func syncApplicationRecords(token: String?, parameters: [String: JSONValue] = [:], pageSize: Int = AshbyClient.maxPageSize,
                                       onPage: (Page<ApplicationRecord>, SyncPassKind) throws -> Void) throws -> SyncOutcome {
        var decoder = RecordDecoder()
        return try sync(AshbyList.applications, decodingItems: { reader in try decoder.application(&reader) },
                        token: token, parameters: parameters, pageSize: pageSize, onPage: onPage)
    }

    /// `sync(AshbyList.interviewSchedules, …)` decoded straight into store records (events and interviewer seats included).
    public func syncInterviewScheduleRecords(token: String?, parameters: [String: JSONValue] = [:], pageSize: Int = AshbyClient.maxPageSize,
                                             onPage: (Page<InterviewScheduleRecord>, SyncPassKind) throws -> Void) throws -> SyncOutcome {
        var decoder = RecordDecoder()
        return try sync(AshbyList.interviewSchedules, decodingItems: { reader in try decoder.interviewSchedule(&reader) },
                        token: token, parameters: parameters, pageSize: pageSize, onPage: onPage)
    }

    /// `sync(AshbyList.applicationFeedback, …)` decoded straight into records and their forms, as
    /// `FeedbackRecord.split` makes them; identical forms are decoded once and shared.
    public func syncFeedbackRecords(token: String?, parameters: [String: JSONValue] = [:], pageSize: Int = AshbyClient.maxPageSize,
                                    onPage: (Page<(FeedbackRecord, FormDefinition)>, SyncPassKind) throws -> Void) throws -> SyncOutcome {
        var decoder = RecordDecoder()
        return try sync(AshbyList.applicationFeedback, decodingItems: { reader in try decoder.feedback(&reader) },
                        token: token, parameters: parameters, pageSize: pageSize, onPage: onPage)
    }
}
