import AshbyAPI
import Foundation

/// The orders a pipeline column can be sorted in.
public enum PipelineSort: String, Sendable, CaseIterable, Codable {
    /// Longest in stage first: oldest `stageEnteredAt ?? updatedAt` first.
    case daysInStage
    /// Candidate name, case-insensitive (lowercased, then by UTF-8 bytes), A first.
    case candidateName
    /// Most recently updated first (`updatedAt` newest first).
    case lastActivity
}

/// A case-insensitive name key: the lowercased name compared by UTF-8 bytes, with its first
/// eight bytes packed into an integer so most comparisons never touch the string.
struct NameSortKey: Comparable, Sendable {
    var prefix: UInt64
    var folded: String

    init(_ name: String) {
        folded = name.lowercased()
        var packed: UInt64 = 0
        var taken = 0
        for byte in folded.utf8.prefix(8) {
            packed = packed << 8 | UInt64(byte)
            taken += 1
        }
        prefix = packed << (8 * UInt64(8 - taken))
    }

    static func < (lhs: NameSortKey, rhs: NameSortKey) -> Bool {
        if lhs.prefix != rhs.prefix { return lhs.prefix < rhs.prefix }
        return lhs.folded.utf8.lexicographicallyPrecedes(rhs.folded.utf8)
    }

    static func == (lhs: NameSortKey, rhs: NameSortKey) -> Bool {
        lhs.prefix == rhs.prefix && lhs.folded.utf8.elementsEqual(rhs.folded.utf8)
    }
}

extension ApplicationRecord {
    /// When the application's time in its current stage started: `stageEnteredAt ?? updatedAt`.
    public var stageClockStart: Timestamp { stageEnteredAt ?? updatedAt }

    /// Whole days in the current stage at `now` (never negative); computed on read, it is cheap.
    public func daysInStage(now: Date) -> Int {
        let seconds = now.timeIntervalSince1970 - stageClockStart.secondsSince1970
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return Int(min(seconds / 86_400, Double(Int32.max)))
    }

    /// Key of the days-in-stage order: ascending start time puts the longest waiting first.
    var daysSortKey: Double { Self.orderable(stageClockStart.secondsSince1970) }
    /// Key of the last-activity order: negated so ascending order is newest first.
    var activitySortKey: Double { -Self.orderable(updatedAt.secondsSince1970) }

    /// NaN (only constructible by hand) would break the order; it sorts as the epoch.
    private static func orderable(_ seconds: Double) -> Double { seconds.isNaN ? 0 : seconds }
}
