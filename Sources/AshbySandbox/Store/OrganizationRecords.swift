import AshbyAPI

/// What a user does in the organization: drives hiring teams, interviews and approvals.
enum UserFunction: String, Sendable, CaseIterable {
    case admin, recruiter, coordinator, hiringManager, interviewer, approver, externalRecruiter
}

struct UserRecord: IdentifiedRecord, Sendable {
    var id: String
    var firstName: String
    var lastName: String
    var email: String
    var globalRole: String
    var isEnabled: Bool
    var updatedAt: Millis
    var managerRow: Int?
    var function: UserFunction
}

struct DepartmentRecord: IdentifiedRecord, Sendable {
    var id: String
    var name: String
    var isArchived: Bool
    var parentRow: Int?
    var createdAt: Millis
    var updatedAt: Millis
}

struct LocationRecord: IdentifiedRecord, Sendable {
    var id: String
    var name: String
    var isArchived: Bool
    var workplaceType: String
    var country: String
    var region: String?
    var city: String?
    var streetAddress: String?
    var postalCode: String?
}

struct ArchiveReasonRecord: IdentifiedRecord, Sendable {
    var id: String
    var text: String
    var reasonType: String
    var isArchived: Bool
}

struct SourceRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
    var isArchived: Bool
    var sourceTypeID: String
    var sourceTypeTitle: String
}

struct TagRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
    var isArchived: Bool
}

struct HiringTeamRoleRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
}

struct SelectableValue: Sendable {
    var label: String
    var value: String
    var isArchived: Bool = false
}

struct CustomFieldDefinitionRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
    var objectType: String
    var fieldType: String
    var isArchived: Bool
    var isPrivate: Bool
    var isRequired: Bool
    var selectableValues: [SelectableValue]
}

/// A custom field's value on a record: which definition, and the JSON value.
struct CustomFieldValue: Sendable {
    var definitionRow: Int
    var value: JSONValue
}
