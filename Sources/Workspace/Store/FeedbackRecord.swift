import Foundation
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
    /// The form's definition id, or a digest of the form itself that is the same in every run
    /// (Swift's `hashValue` is seeded per process, so it cannot name a cached form).
    public static func formKey(definitionId: String?, form: FormDefinition) -> String {
        if let definitionId { return definitionId }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let bytes = (try? encoder.encode(form)) ?? Data()
        // FNV-1a, 64 bits: stable, and plenty to tell a tenant's few forms apart.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "form-" + String(hash, radix: 16)
    }
}
