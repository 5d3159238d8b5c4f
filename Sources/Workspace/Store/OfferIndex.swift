import AshbyAPI

/// Offers by application, by status, and by version id (approvals name the version).
struct OfferIndex: Sendable {
    private(set) var idsByApplication: [String: Set<String>] = [:]
    private(set) var idsByStatus: [OfferStatus: Set<String>] = [:]
    private(set) var offerIdByVersion: [String: String] = [:]

    init() {}

    mutating func insert(_ offer: Offer) {
        idsByApplication[offer.applicationId, default: []].insert(offer.id)
        if let status = offer.offerStatus { idsByStatus[status, default: []].insert(offer.id) }
        for versionId in Self.versionIds(of: offer) { offerIdByVersion[versionId] = offer.id }
    }

    mutating func remove(_ offer: Offer) {
        idsByApplication[offer.applicationId]?.remove(offer.id)
        if idsByApplication[offer.applicationId]?.isEmpty == true { idsByApplication[offer.applicationId] = nil }
        if let status = offer.offerStatus {
            idsByStatus[status]?.remove(offer.id)
            if idsByStatus[status]?.isEmpty == true { idsByStatus[status] = nil }
        }
        for versionId in Self.versionIds(of: offer) where offerIdByVersion[versionId] == offer.id {
            offerIdByVersion[versionId] = nil
        }
    }

    static func versionIds(of offer: Offer) -> Set<String> {
        var ids = Set((offer.versions ?? []).map(\.id))
        if let latest = offer.latestVersion { ids.insert(latest.id) }
        return ids
    }
}

extension Offer {
    /// Out to the candidate or on its way: neither declined nor cancelled (by either status field).
    public var isOut: Bool {
        acceptanceStatus != .declined && acceptanceStatus != .cancelled
            && offerStatus != .candidateRejected && offerStatus != .offerCancelled
    }
}
