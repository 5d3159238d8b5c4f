/// An Ashby user (recruiter, interviewer, approver…), the shape shared by every endpoint.
public struct User: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var firstName: String
    public var lastName: String
    public var email: String?
    public var globalRole: GlobalRole
    public var isEnabled: Bool
    public var updatedAt: Timestamp
    public var managerId: String?
    /// Feature-gated; usually absent.
    public var customFields: [CustomFieldValue]?

    public init(
        id: String, firstName: String, lastName: String, email: String? = nil, globalRole: GlobalRole,
        isEnabled: Bool, updatedAt: Timestamp, managerId: String? = nil, customFields: [CustomFieldValue]? = nil
    ) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.globalRole = globalRole
        self.isEnabled = isEnabled
        self.updatedAt = updatedAt
        self.managerId = managerId
        self.customFields = customFields
    }
}

/// A user's organization-wide access level.
public struct GlobalRole: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let organizationAdmin: Self = "Organization Admin"
    public static let elevatedAccess: Self = "Elevated Access"
    public static let limitedAccess: Self = "Limited Access"
    public static let externalRecruiter: Self = "External Recruiter"
}
