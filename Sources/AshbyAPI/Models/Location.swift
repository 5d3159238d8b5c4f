/// An office location or region (`location.list`; also `Job.location` with expand).
public struct Location: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var externalName: String?
    public var isArchived: Bool
    public var address: LocationAddress?
    /// Deprecated by Ashby in favour of `workplaceType`.
    public var isRemote: Bool?
    public var workplaceType: WorkplaceType?
    public var parentLocationId: String?
    public var type: LocationType?
    public var extraData: [String: JSONValue]?

    public init(
        id: String, name: String, externalName: String? = nil, isArchived: Bool, address: LocationAddress? = nil,
        isRemote: Bool? = nil, workplaceType: WorkplaceType? = nil, parentLocationId: String? = nil,
        type: LocationType? = nil, extraData: [String: JSONValue]? = nil
    ) {
        self.id = id
        self.name = name
        self.externalName = externalName
        self.isArchived = isArchived
        self.address = address
        self.isRemote = isRemote
        self.workplaceType = workplaceType
        self.parentLocationId = parentLocationId
        self.type = type
        self.extraData = extraData
    }
}

/// The address wrapper of a location.
public struct LocationAddress: Codable, Sendable, Hashable {
    public var postalAddress: PostalAddress?

    public init(postalAddress: PostalAddress? = nil) { self.postalAddress = postalAddress }
}

/// A schema.org-style postal address.
public struct PostalAddress: Codable, Sendable, Hashable {
    public var addressCountry: String?
    public var addressRegion: String?
    public var addressLocality: String?
    public var postalCode: String?
    public var streetAddress: String?

    public init(
        addressCountry: String? = nil, addressRegion: String? = nil, addressLocality: String? = nil,
        postalCode: String? = nil, streetAddress: String? = nil
    ) {
        self.addressCountry = addressCountry
        self.addressRegion = addressRegion
        self.addressLocality = addressLocality
        self.postalCode = postalCode
        self.streetAddress = streetAddress
    }
}

/// Where the work happens.
public struct WorkplaceType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let onSite: Self = "OnSite"
    public static let hybrid: Self = "Hybrid"
    public static let remote: Self = "Remote"
}

/// Whether a location is a place or a region grouping places.
public struct LocationType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let location: Self = "Location"
    public static let locationHierarchy: Self = "LocationHierarchy"
}
