/// A note on a candidate (`candidate.listNotes`, and the result of `candidate.createNote`).
public struct Note: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var createdAt: Timestamp
    /// Private notes need the key's "non-offer private fields" permission to be seen.
    public var isPrivate: Bool
    public var content: String?
    public var author: NoteAuthor

    public init(id: String, createdAt: Timestamp, isPrivate: Bool, content: String? = nil, author: NoteAuthor) {
        self.id = id
        self.createdAt = createdAt
        self.isPrivate = isPrivate
        self.content = content
        self.author = author
    }
}

/// The short user shape that notes carry as their author.
public struct NoteAuthor: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var firstName: String
    public var lastName: String
    public var email: String?

    public init(id: String, firstName: String, lastName: String, email: String? = nil) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
    }
}
