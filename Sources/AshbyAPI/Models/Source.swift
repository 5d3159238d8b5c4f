/// Where a candidate or application came from (`source.list`).
public struct Source: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var isArchived: Bool
    public var sourceType: SourceType?

    public init(id: String, title: String, isArchived: Bool, sourceType: SourceType? = nil) {
        self.id = id
        self.title = title
        self.isArchived = isArchived
        self.sourceType = sourceType
    }
}

/// The category a source belongs to, e.g. "Inbound".
public struct SourceType: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var isArchived: Bool

    public init(id: String, title: String, isArchived: Bool) {
        self.id = id
        self.title = title
        self.isArchived = isArchived
    }
}
