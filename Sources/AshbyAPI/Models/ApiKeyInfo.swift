/// What `apiKey.info` says about the key in use.
public struct ApiKeyInfo: Codable, Sendable, Hashable {
    public var title: String?
    public var createdAt: Timestamp?
    /// Opaque scope strings (the spec's examples read `jobs:read`, unlike permission names).
    public var scopes: [String]?

    public init(title: String? = nil, createdAt: Timestamp? = nil, scopes: [String]? = nil) {
        self.title = title
        self.createdAt = createdAt
        self.scopes = scopes
    }
}
