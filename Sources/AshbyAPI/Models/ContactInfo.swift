/// An email address or phone number of a candidate.
public struct ContactInfo: Codable, Sendable, Hashable {
    public var value: String
    public var type: ContactType
    public var isPrimary: Bool

    public init(value: String, type: ContactType, isPrimary: Bool) {
        self.value = value
        self.type = type
        self.isPrimary = isPrimary
    }
}

/// Whose contact detail it is.
public struct ContactType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let personal: Self = "Personal"
    public static let work: Self = "Work"
    public static let other: Self = "Other"
}

/// A profile link of a candidate.
public struct SocialLink: Codable, Sendable, Hashable {
    public var type: SocialLinkType
    public var url: String

    public init(type: SocialLinkType, url: String) {
        self.type = type
        self.url = url
    }
}

/// The site a social link points to.
public struct SocialLinkType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let linkedIn: Self = "LinkedIn"
    public static let gitHub: Self = "GitHub"
    public static let twitter: Self = "Twitter"
    public static let medium: Self = "Medium"
    public static let stackOverflow: Self = "StackOverflow"
    public static let youTube: Self = "YouTube"
    public static let codePen: Self = "CodePen"
    public static let website: Self = "Website"
}

/// A stored file (resume, offer letter); pass `handle` to `file.info` for a download URL.
public struct FileHandle: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var handle: String

    public init(id: String, name: String, handle: String) {
        self.id = id
        self.name = name
        self.handle = handle
    }
}
