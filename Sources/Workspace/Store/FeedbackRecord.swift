import AshbyAPI

/// A submitted scorecard. Its form lives once in the store (`EntityStore.feedbackForms`) under
/// `formKey`, not in every record.
public struct FeedbackRecord: Sendable, Hashable, Identifiable {
    public var id: String
    public var applicationId: String
    public var submittedByUserId: String
    public var interviewId: String?
    public var interviewEventId: String?
    /// `feedbackFormDefinitionId`, or the form's own identity when the server gave none.
    public var formKey: String
    public var submittedAt: Timestamp?
    /// Keyed by field path.
    public var values: [String: JSONValue]

    public init(id: String, applicationId: String, submittedByUserId: String, interviewId: String? = nil,
                interviewEventId: String? = nil, formKey: String, submittedAt: Timestamp? = nil, values: [String: JSONValue] = [:]) {
        self.id = id
        self.applicationId = applicationId
        self.submittedByUserId = submittedByUserId
        self.interviewId = interviewId
        self.interviewEventId = interviewEventId
        self.formKey = formKey
        self.submittedAt = submittedAt
        self.values = values
    }

    /// The record, and its form to store under `formKey`.
    public static func split(_ feedback: ApplicationFeedback) -> (FeedbackRecord, FormDefinition) {
        let key = formKey(definitionId: feedback.feedbackFormDefinitionId, form: feedback.formDefinition)
        let record = FeedbackRecord(id: feedback.id, applicationId: feedback.applicationId, submittedByUserId: feedback.submittedByUser.id,
                                    interviewId: feedback.interviewId, interviewEventId: feedback.interviewEventId, formKey: key,
                                    submittedAt: feedback.submittedAt, values: feedback.submittedValues)
        return (record, feedback.formDefinition)
    }

    /// The key a form is stored under: its definition id, else its own identity. Shared by
    /// `split` and the JSON decoder so both key a form alike.
    public static func formKey(definitionId: String?, form: FormDefinition) -> String {
        definitionId ?? "form-\(form.hashValue)"
    }
}
