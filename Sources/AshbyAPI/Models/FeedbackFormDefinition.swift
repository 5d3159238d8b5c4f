/// A scorecard template (`feedbackFormDefinition.list` / `.info`).
public struct FeedbackFormDefinition: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var organizationId: String
    public var title: String
    public var isArchived: Bool
    public var isDefaultForm: Bool
    public var formDefinition: FormDefinition
    public var interviewId: String?

    public init(
        id: String, organizationId: String, title: String, isArchived: Bool, isDefaultForm: Bool,
        formDefinition: FormDefinition, interviewId: String? = nil
    ) {
        self.id = id
        self.organizationId = organizationId
        self.title = title
        self.isArchived = isArchived
        self.isDefaultForm = isDefaultForm
        self.formDefinition = formDefinition
        self.interviewId = interviewId
    }
}
