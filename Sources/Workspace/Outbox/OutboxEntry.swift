import Foundation

/// One pending write as the journal keeps it on disk until the server's answer is known.
struct OutboxEntry: Codable, Sendable, Equatable {
    var id: String
    /// Submission order, kept across restarts: pending writes are sent oldest first.
    var sequence: UInt64
    var action: OutboxAction
    var summary: String
    var submittedAt: Date
    /// Recorded durably just before each send. Once set, the write may have reached the server,
    /// so a write that is not idempotent is checked on the server before it is sent again.
    var attemptedAt: Date?
    var attempts: Int = 0
    /// Ids the optimistic change inserted (temporary ids), removed when the server's version arrives
    /// or the action is undone — also after a restart, when the in-memory rollback is gone.
    var temporaryIds: [SyncedResource: Set<String>] = [:]
    /// The acting user when it was submitted: whose feedback or approval to look for on the server.
    var actingUserId: String?

    /// The journal's file name: sorts in submission order.
    var fileName: String {
        let hex = String(sequence, radix: 16)
        return String(repeating: "0", count: max(0, 16 - hex.count)) + hex + "-" + id + ".json"
    }
}

extension OutboxAction {
    /// Sending it twice does no harm (a stage move): no server check is needed before a resend.
    var isIdempotent: Bool {
        if case .moveApplication = self { return true }
        return false
    }
}
