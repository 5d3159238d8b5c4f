/// The definition of a custom field (`customField.list`).
public struct CustomFieldDefinition: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var isPrivate: Bool?
    public var title: String
    public var objectType: CustomFieldObjectType
    public var isArchived: Bool
    public var fieldType: CustomFieldType
    public var isRequired: Bool
    /// Documented for MultiValueSelect; sent for ValueSelect too.
    public var selectableValues: [CustomFieldSelectableValue]?

    public init(
        id: String, isPrivate: Bool? = nil, title: String, objectType: CustomFieldObjectType, isArchived: Bool,
        fieldType: CustomFieldType, isRequired: Bool, selectableValues: [CustomFieldSelectableValue]? = nil
    ) {
        self.id = id
        self.isPrivate = isPrivate
        self.title = title
        self.objectType = objectType
        self.isArchived = isArchived
        self.fieldType = fieldType
        self.isRequired = isRequired
        self.selectableValues = selectableValues
    }

    /// The label of an option value, if the definition lists it.
    public func label(forValue value: String) -> String? {
        selectableValues?.first { $0.value == value }?.label
    }
}

/// One option of a select custom field.
public struct CustomFieldSelectableValue: Codable, Sendable, Hashable {
    public var label: String?
    public var value: String?
    public var isArchived: Bool?

    public init(label: String? = nil, value: String? = nil, isArchived: Bool? = nil) {
        self.label = label
        self.value = value
        self.isArchived = isArchived
    }
}

/// The kind of record a custom field belongs to.
public struct CustomFieldObjectType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let application: Self = "Application"
    public static let candidate: Self = "Candidate"
    public static let employee: Self = "Employee"
    public static let job: Self = "Job"
    public static let offer: Self = "Offer"
    public static let opening: Self = "Opening"
    public static let talentProject: Self = "Talent_Project"
}

/// The value type of a custom field.
public struct CustomFieldType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let boolean: Self = "Boolean"
    public static let compensationRange: Self = "CompensationRange"
    public static let currency: Self = "Currency"
    public static let date: Self = "Date"
    public static let longText: Self = "LongText"
    public static let multiValueSelect: Self = "MultiValueSelect"
    public static let number: Self = "Number"
    public static let numberRange: Self = "NumberRange"
    public static let string: Self = "String"
    public static let valueSelect: Self = "ValueSelect"
}
