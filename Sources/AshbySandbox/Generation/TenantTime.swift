import AshbyAPI
import Foundation

/// Milliseconds since the Unix epoch: every stored time in the tenant.
typealias Millis = Int64

/// The tenant's units of time, and its wire formats through the client's own `Timestamp`
/// (one formatter and parser for both sides of the wire).
enum TenantTime {
    static let minute: Millis = 60_000
    static let hour: Millis = 3_600_000
    static let day: Millis = 86_400_000

    static func millis(_ date: Date) -> Millis { Millis((date.timeIntervalSince1970 * 1000).rounded()) }

    /// `2023-11-15T14:30:00.000Z`.
    static func iso(_ ms: Millis) -> String { Timestamp(millisecondsSince1970: ms).iso8601String }

    /// `YYYY-MM-DD` (feedback Date fields, posting publish dates).
    static func day(_ ms: Millis) -> String { String(iso(ms).prefix(10)) }

    /// Parses an ISO-8601 date-time (fractional seconds and offsets optional); nil for anything else.
    static func parse(_ text: String) -> Millis? { Timestamp(iso8601: text)?.millisecondsSince1970 }

    /// Start of the UTC day containing `ms`.
    static func startOfDay(_ ms: Millis) -> Millis { ms - ((ms % day) + day) % day }
}
