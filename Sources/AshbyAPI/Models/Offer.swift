/// An offer for an application (`offer.list` shows `latestVersion` only; `offer.info` adds `versions`).
public struct Offer: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// No format in the spec; kept as sent.
    public var decidedAt: String?
    public var applicationId: String
    public var acceptanceStatus: OfferAcceptanceStatus
    public var offerStatus: OfferStatus?
    public var latestVersion: OfferVersion?
    public var versions: [OfferVersion]?
    public var formDefinition: FormDefinition?

    public init(
        id: String, decidedAt: String? = nil, applicationId: String, acceptanceStatus: OfferAcceptanceStatus,
        offerStatus: OfferStatus? = nil, latestVersion: OfferVersion? = nil, versions: [OfferVersion]? = nil,
        formDefinition: FormDefinition? = nil
    ) {
        self.id = id
        self.decidedAt = decidedAt
        self.applicationId = applicationId
        self.acceptanceStatus = acceptanceStatus
        self.offerStatus = offerStatus
        self.latestVersion = latestVersion
        self.versions = versions
        self.formDefinition = formDefinition
    }
}

/// One version of an offer; its `id` is the `offerVersionId` that approval calls take.
public struct OfferVersion: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var startDate: Timestamp?
    public var salary: CurrencyAmount?
    public var createdAt: Timestamp
    public var openingId: String?
    public var customFields: [CustomFieldValue]?
    /// The unsigned .pdf/.docx letters, and the signed .pdf once it exists.
    public var fileHandles: [FileHandle]?
    public var author: User?
    /// Nil when no approval process applies to the version.
    public var approvalStatus: OfferApprovalStatus?

    public init(
        id: String, startDate: Timestamp? = nil, salary: CurrencyAmount? = nil, createdAt: Timestamp,
        openingId: String? = nil, customFields: [CustomFieldValue]? = nil, fileHandles: [FileHandle]? = nil,
        author: User? = nil, approvalStatus: OfferApprovalStatus? = nil
    ) {
        self.id = id
        self.startDate = startDate
        self.salary = salary
        self.createdAt = createdAt
        self.openingId = openingId
        self.customFields = customFields
        self.fileHandles = fileHandles
        self.author = author
        self.approvalStatus = approvalStatus
    }
}

/// The candidate's answer to an offer.
public struct OfferAcceptanceStatus: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let accepted: Self = "Accepted"
    public static let declined: Self = "Declined"
    public static let pending: Self = "Pending"
    public static let created: Self = "Created"
    public static let cancelled: Self = "Cancelled"
    public static let waitingOnResponse: Self = "WaitingOnResponse"
}

/// Where an offer is in the offer process.
public struct OfferStatus: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let waitingOnApprovalStart: Self = "WaitingOnApprovalStart"
    public static let waitingOnOfferApproval: Self = "WaitingOnOfferApproval"
    public static let waitingOnApprovalDefinition: Self = "WaitingOnApprovalDefinition"
    public static let waitingOnCandidateResponse: Self = "WaitingOnCandidateResponse"
    public static let candidateRejected: Self = "CandidateRejected"
    public static let candidateAccepted: Self = "CandidateAccepted"
    public static let offerCancelled: Self = "OfferCancelled"
}

/// The approval state of an offer version.
public struct OfferApprovalStatus: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let approved: Self = "Approved"
    public static let waitingOnApprovals: Self = "WaitingOnApprovals"
    public static let declined: Self = "Declined"
}
