/// A tag that can be put on candidates (`candidateTag.list`, `Candidate.tags`).
public struct CandidateTag: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var isArchived: Bool

    public init(id: String, title: String, isArchived: Bool) {
        self.id = id
        self.title = title
        self.isArchived = isArchived
    }
}
