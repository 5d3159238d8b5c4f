/// An interview plan: the ordered stages a job's applications move through.
public struct InterviewPlan: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var isArchived: Bool
    public var createdAt: Timestamp
    public var updatedAt: Timestamp

    public init(id: String, title: String, isArchived: Bool, createdAt: Timestamp, updatedAt: Timestamp) {
        self.id = id
        self.title = title
        self.isArchived = isArchived
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
