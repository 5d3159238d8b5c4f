/// A form's structure (feedback, survey, offer and application forms): sections of field entries.
public struct FormDefinition: Codable, Sendable, Hashable {
    public var sections: [FormSection]?

    public init(sections: [FormSection]? = nil) { self.sections = sections }

    /// Every field, in form order.
    public var fields: [FormField] { (sections ?? []).flatMap { $0.fields.map(\.field) } }

    /// The field whose `path` is the key of submitted values.
    public func field(atPath path: String) -> FormField? {
        for section in sections ?? [] {
            for entry in section.fields where entry.field.path == path { return entry.field }
        }
        return nil
    }
}

/// A titled group of fields.
public struct FormSection: Codable, Sendable, Hashable {
    public var title: String?
    public var descriptionHtml: String?
    public var descriptionPlain: String?
    public var fields: [FormFieldEntry]

    public init(title: String? = nil, descriptionHtml: String? = nil, descriptionPlain: String? = nil, fields: [FormFieldEntry] = []) {
        self.title = title
        self.descriptionHtml = descriptionHtml
        self.descriptionPlain = descriptionPlain
        self.fields = fields
    }
}

/// A field placed in a section, with whether it must be answered.
public struct FormFieldEntry: Codable, Sendable, Hashable {
    public var isRequired: Bool
    public var descriptionHtml: String?
    public var descriptionPlain: String?
    public var field: FormField

    public init(isRequired: Bool, descriptionHtml: String? = nil, descriptionPlain: String? = nil, field: FormField) {
        self.isRequired = isRequired
        self.descriptionHtml = descriptionHtml
        self.descriptionPlain = descriptionPlain
        self.field = field
    }
}

/// One question of a form; submitted values are keyed by its `path`.
public struct FormField: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var type: FormFieldType
    public var path: String
    public var humanReadablePath: String
    public var title: String
    public var isNullable: Bool
    /// The options of ValueSelect / MultiValueSelect fields, configured per organization.
    public var selectableValues: [FormSelectableValue]?

    public init(
        id: String, type: FormFieldType, path: String, humanReadablePath: String, title: String,
        isNullable: Bool, selectableValues: [FormSelectableValue]? = nil
    ) {
        self.id = id
        self.type = type
        self.path = path
        self.humanReadablePath = humanReadablePath
        self.title = title
        self.isNullable = isNullable
        self.selectableValues = selectableValues
    }

    /// The label of an option value, if the field lists it.
    public func label(forValue value: String) -> String? {
        selectableValues?.first { $0.value == value }?.label
    }
}

/// One option of a select form field.
public struct FormSelectableValue: Codable, Sendable, Hashable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// The answer type of a form field (the spec gives no enum; these are the documented values).
public struct FormFieldType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let boolean: Self = "Boolean"
    public static let compensationRange: Self = "CompensationRange"
    public static let currency: Self = "Currency"
    public static let date: Self = "Date"
    public static let email: Self = "Email"
    public static let longText: Self = "LongText"
    public static let multiValueSelect: Self = "MultiValueSelect"
    public static let number: Self = "Number"
    public static let numberRange: Self = "NumberRange"
    public static let phone: Self = "Phone"
    public static let richText: Self = "RichText"
    public static let score: Self = "Score"
    public static let string: Self = "String"
    public static let url: Self = "Url"
    public static let uuid: Self = "UUID"
    public static let valueSelect: Self = "ValueSelect"
}

/// A filled-in form: `applicationFeedback.submit`'s result and `Application.applicationFormSubmissions`.
public struct SubmittedFormInstance: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var formDefinition: FormDefinition
    /// Keyed by field `path`.
    public var submittedValues: [String: JSONValue]

    public init(id: String, formDefinition: FormDefinition, submittedValues: [String: JSONValue] = [:]) {
        self.id = id
        self.formDefinition = formDefinition
        self.submittedValues = submittedValues
    }
}

/// The `results` of `applicationFeedback.submit`.
public struct FeedbackSubmitResult: Codable, Sendable, Hashable {
    public var submittedFormInstance: SubmittedFormInstance?

    public init(submittedFormInstance: SubmittedFormInstance? = nil) {
        self.submittedFormInstance = submittedFormInstance
    }
}
