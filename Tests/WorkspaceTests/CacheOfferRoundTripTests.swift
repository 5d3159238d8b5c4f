import AshbyAPI
import Foundation
import XCTest
@testable import Workspace

/// Offers and approvals are binary in the cache (with JSON only for an offer's rare nested
/// values): every field, present or absent, must come back equal.
final class CacheOfferRoundTripTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try CacheFixture.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testOffersAndApprovalsWithEveryFieldRoundTrip() throws {
        let cache = SnapshotCache(directory: directory.appendingPathComponent("ashby-tui"),
                                  tenant: CacheTenant(baseURL: "https://api.ashbyhq.com", fingerprint: "offers"))
        let time = { (seconds: Double) in Timestamp(secondsSince1970: 1_700_000_000.125 + seconds) }
        let author = User(id: "u9", firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", globalRole: .elevatedAccess,
                          isEnabled: true, updatedAt: time(1))
        let full = OfferVersion(id: "v-full", startDate: time(2), salary: CurrencyAmount(currencyCode: "EUR", value: 91_000.5),
                                createdAt: time(3), openingId: "opening-1",
                                customFields: [CustomFieldValue(id: "cf1", title: "Band", value: .string("L4"))],
                                fileHandles: [AshbyAPI.FileHandle(id: "f1", name: "offer.pdf", handle: "h1")], author: author,
                                approvalStatus: .approved)
        let bare = OfferVersion(id: "v-bare", createdAt: time(4))
        var snapshot = StoreSnapshot()
        snapshot.offers = [
            "o-full": Offer(id: "o-full", decidedAt: "2024-01-02", applicationId: "app-1", acceptanceStatus: .accepted,
                            offerStatus: .candidateAccepted, latestVersion: full, versions: [full, bare],
                            formDefinition: FormDefinition(sections: [FormSection(title: "Offer", fields: [])])),
            "o-bare": Offer(id: "o-bare", applicationId: "app-2", acceptanceStatus: OfferAcceptanceStatus(rawValue: "SomethingNew")),
            "o-empty-versions": Offer(id: "o-empty-versions", applicationId: "app-3", acceptanceStatus: .pending, versions: []),
        ]
        snapshot.approvals = [
            "a-full": Approval(id: "a-full", approvalDefinitionId: "def", entityId: "v-full", entityType: .offer, createdAt: time(5),
                               submittedAt: time(6), completedAt: time(7), steps: [
                                   ApprovalStep(id: "s1", approvalsRequired: 2, completedAt: time(8), approvers: [
                                       Approver(id: "r1", userId: "u9", decision: .approve, decidedAt: time(9), requestedAt: time(10)),
                                       Approver(id: "r2", userId: "u8", decision: .reject),
                                   ]),
                                   ApprovalStep(id: "s2", approvalsRequired: 0),
                               ]),
            "a-bare": Approval(id: "a-bare", approvalDefinitionId: "def", entityId: "job-1", entityType: .job, createdAt: time(11)),
        ]
        try cache.save(snapshot: snapshot, tokens: [.offers: "t"], savedAt: Date(timeIntervalSince1970: 1_700_000_000))
        let loaded = try cache.load().get()
        XCTAssertEqual(loaded.snapshot.offers, snapshot.offers)
        XCTAssertEqual(loaded.snapshot.approvals, snapshot.approvals)
        XCTAssertEqual(loaded.snapshot, snapshot)
    }
}
