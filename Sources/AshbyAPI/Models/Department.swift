/// An organization department (`department.list`).
public struct Department: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var externalName: String?
    public var isArchived: Bool
    public var parentId: String?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var extraData: [String: JSONValue]?

    public init(
        id: String, name: String, externalName: String? = nil, isArchived: Bool, parentId: String? = nil,
        createdAt: Timestamp, updatedAt: Timestamp, extraData: [String: JSONValue]? = nil
    ) {
        self.id = id
        self.name = name
        self.externalName = externalName
        self.isArchived = isArchived
        self.parentId = parentId
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.extraData = extraData
    }
}
