/// A survey form template (`surveyFormDefinition.list` / `.info`).
public struct SurveyFormDefinition: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var organizationId: String
    public var title: String
    public var isArchived: Bool
    public var isDefaultForm: Bool
    public var formDefinition: FormDefinition
    public var surveyType: SurveyType

    public init(
        id: String, organizationId: String, title: String, isArchived: Bool, isDefaultForm: Bool,
        formDefinition: FormDefinition, surveyType: SurveyType
    ) {
        self.id = id
        self.organizationId = organizationId
        self.title = title
        self.isArchived = isArchived
        self.isDefaultForm = isDefaultForm
        self.formDefinition = formDefinition
        self.surveyType = surveyType
    }
}

/// A candidate's answers to a survey (`surveySubmission.list`, `surveySubmit` webhook).
public struct SurveySubmission: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// Nil when the form was deleted.
    public var surveyFormDefinitionId: String?
    public var submittedAt: Timestamp
    public var candidateId: String
    public var applicationId: String?
    public var surveyType: SurveyType
    public var formDefinition: FormDefinition?
    /// Keyed by field `path`.
    public var submittedValues: [String: JSONValue]?

    public init(
        id: String, surveyFormDefinitionId: String? = nil, submittedAt: Timestamp, candidateId: String,
        applicationId: String? = nil, surveyType: SurveyType, formDefinition: FormDefinition? = nil,
        submittedValues: [String: JSONValue]? = nil
    ) {
        self.id = id
        self.surveyFormDefinitionId = surveyFormDefinitionId
        self.submittedAt = submittedAt
        self.candidateId = candidateId
        self.applicationId = applicationId
        self.surveyType = surveyType
        self.formDefinition = formDefinition
        self.submittedValues = submittedValues
    }
}

/// The kind of survey.
public struct SurveyType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let candidateDataConsent: Self = "CandidateDataConsent"
    public static let candidateExperience: Self = "CandidateExperience"
    public static let diversity: Self = "Diversity"
    public static let eeoc: Self = "EEOC"
    public static let questionnaire: Self = "Questionnaire"
}
