struct ContactInfo: Sendable {
    var value: String
    var type: String
    var isPrimary: Bool
}

struct SocialLink: Sendable {
    var type: String
    var url: String
}

struct CandidateRecord: IdentifiedRecord, Sendable {
    var id: String
    var name: String
    var emails: [ContactInfo]
    var phones: [ContactInfo]
    var socialLinks: [SocialLink]
    var tagRows: [Int]
    var position: String?
    var company: String?
    var school: String?
    var applicationRows: [Int]
    var sourceRow: Int?
    var creditedToUserRow: Int?
    var timezone: String?
    var locationRow: Int?
    var customFields: [CustomFieldValue]
    var fraudStatus: String?
    var createdAt: Millis
    var updatedAt: Millis
}

struct ApplicationHistoryEntry: Sendable {
    var id: String
    var stageRow: Int
    var enteredAt: Millis
    var leftAt: Millis?
    var actorRow: Int?
}

struct ApplicationRecord: IdentifiedRecord, Sendable {
    var id: String
    var candidateRow: Int
    var jobRow: Int
    var stageRow: Int
    var status: String
    var sourceRow: Int?
    var archiveReasonRow: Int?
    var archivedAt: Millis?
    var creditedToUserRow: Int?
    var postingRow: Int?
    var createdAt: Millis
    var updatedAt: Millis
    var history: [ApplicationHistoryEntry]
    var customFields: [CustomFieldValue]
}

struct NoteRecord: IdentifiedRecord, Sendable {
    var id: String
    var candidateRow: Int
    var createdAt: Millis
    var isPrivate: Bool
    var content: String
    var authorRow: Int
}
