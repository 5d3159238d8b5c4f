/// A person in the ATS (`candidate.list`, `candidate.info`, `candidate.search`).
public struct Candidate: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var createdAt: Timestamp?
    public var updatedAt: Timestamp?
    public var name: String
    public var primaryEmailAddress: ContactInfo?
    public var emailAddresses: [ContactInfo]
    public var primaryPhoneNumber: ContactInfo?
    public var phoneNumbers: [ContactInfo]
    public var socialLinks: [SocialLink]
    public var tags: [CandidateTag]
    public var position: String?
    public var company: String?
    public var school: String?
    public var applicationIds: [String]
    public var resumeFileHandle: FileHandle?
    public var fileHandles: [FileHandle]
    public var customFields: [CustomFieldValue]?
    /// Deep link into the Ashby web app.
    public var profileUrl: String
    public var source: Source?
    public var creditedToUser: User?
    public var timezone: String?
    public var location: CandidateLocation?
    public var fraudStatus: FraudStatus?

    public init(
        id: String, createdAt: Timestamp? = nil, updatedAt: Timestamp? = nil, name: String,
        primaryEmailAddress: ContactInfo? = nil, emailAddresses: [ContactInfo] = [],
        primaryPhoneNumber: ContactInfo? = nil, phoneNumbers: [ContactInfo] = [], socialLinks: [SocialLink] = [],
        tags: [CandidateTag] = [], position: String? = nil, company: String? = nil, school: String? = nil,
        applicationIds: [String] = [], resumeFileHandle: FileHandle? = nil, fileHandles: [FileHandle] = [],
        customFields: [CustomFieldValue]? = nil, profileUrl: String, source: Source? = nil,
        creditedToUser: User? = nil, timezone: String? = nil, location: CandidateLocation? = nil,
        fraudStatus: FraudStatus? = nil
    ) {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.name = name
        self.primaryEmailAddress = primaryEmailAddress
        self.emailAddresses = emailAddresses
        self.primaryPhoneNumber = primaryPhoneNumber
        self.phoneNumbers = phoneNumbers
        self.socialLinks = socialLinks
        self.tags = tags
        self.position = position
        self.company = company
        self.school = school
        self.applicationIds = applicationIds
        self.resumeFileHandle = resumeFileHandle
        self.fileHandles = fileHandles
        self.customFields = customFields
        self.profileUrl = profileUrl
        self.source = source
        self.creditedToUser = creditedToUser
        self.timezone = timezone
        self.location = location
        self.fraudStatus = fraudStatus
    }
}

/// A candidate's primary location, e.g. "United States, California, San Francisco".
public struct CandidateLocation: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var locationSummary: String
    public var locationComponents: [LocationComponent]

    public init(id: String, locationSummary: String, locationComponents: [LocationComponent] = []) {
        self.id = id
        self.locationSummary = locationSummary
        self.locationComponents = locationComponents
    }
}

/// One level of a candidate location.
public struct LocationComponent: Codable, Sendable, Hashable {
    public var type: LocationComponentType
    public var name: String

    public init(type: LocationComponentType, name: String) {
        self.type = type
        self.name = name
    }
}

/// The level a location component names.
public struct LocationComponentType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let country: Self = "Country"
    public static let region: Self = "Region"
    public static let city: Self = "City"
}

/// The outcome of Ashby's fraud review of a candidate.
public struct FraudStatus: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let fraudulent: Self = "Fraudulent"
    public static let notFraudulent: Self = "NotFraudulent"
    public static let unsure: Self = "Unsure"
    public static let unreviewed: Self = "Unreviewed"
    public static let passedFraudCheck: Self = "PassedFraudCheck"
}
