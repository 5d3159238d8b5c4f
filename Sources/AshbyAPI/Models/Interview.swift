/// An interview definition: what an interview event is an instance of (`interview.list`).
public struct Interview: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var externalTitle: String?
    public var isArchived: Bool
    public var isDebrief: Bool?
    public var isFeedbackRequired: Bool
    public var isFeedbackRequested: Bool
    public var instructionsHtml: String?
    public var instructionsPlain: String?
    /// Nil for interviews shared across jobs.
    public var jobId: String?
    public var feedbackFormDefinitionId: String

    public init(
        id: String, title: String, externalTitle: String? = nil, isArchived: Bool, isDebrief: Bool? = nil,
        isFeedbackRequired: Bool, isFeedbackRequested: Bool, instructionsHtml: String? = nil,
        instructionsPlain: String? = nil, jobId: String? = nil, feedbackFormDefinitionId: String
    ) {
        self.id = id
        self.title = title
        self.externalTitle = externalTitle
        self.isArchived = isArchived
        self.isDebrief = isDebrief
        self.isFeedbackRequired = isFeedbackRequired
        self.isFeedbackRequested = isFeedbackRequested
        self.instructionsHtml = instructionsHtml
        self.instructionsPlain = instructionsPlain
        self.jobId = jobId
        self.feedbackFormDefinitionId = feedbackFormDefinitionId
    }
}
