/// A user's role on a job's or application's hiring team.
public struct HiringTeamMember: Codable, Sendable, Hashable {
    public var userId: String
    public var email: String
    public var firstName: String
    public var lastName: String
    /// The role's title (e.g. "Recruiter"); the catalogue is `hiringTeamRole.list`.
    public var role: String

    public init(userId: String, email: String, firstName: String, lastName: String, role: String) {
        self.userId = userId
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.role = role
    }
}

/// A hiring-team role from `hiringTeamRole.list` / `applicationHiringTeamRole.list`.
///
/// With `namesOnly` (the default) the server sends bare title strings; otherwise `{id, title}`.
/// Both decode; a role without `id` encodes back to a bare string.
public struct HiringTeamRole: Codable, Sendable, Hashable {
    public var id: String?
    public var title: String?

    public init(id: String? = nil, title: String? = nil) {
        self.id = id
        self.title = title
    }

    private enum CodingKeys: String, CodingKey { case id, title }

    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let title = try? single.decode(String.self) {
            self.init(id: nil, title: title)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decodeIfPresent(String.self, forKey: .id),
            title: try container.decodeIfPresent(String.self, forKey: .title))
    }

    public func encode(to encoder: Encoder) throws {
        if id == nil, let title {
            var single = encoder.singleValueContainer()
            try single.encode(title)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(title, forKey: .title)
    }
}
