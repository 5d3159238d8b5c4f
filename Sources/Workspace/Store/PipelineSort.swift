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

/// A case-insensitive name key: names compare by the UTF-8 bytes of their lowercased form.
/// The first 16 of those bytes are packed into two integers, computed without allocating for
/// ASCII names, so comparisons touch the strings only when 16 bytes tie and one of the names
/// is longer (a pipeline column holds many equal names: comparing those must not read strings).
struct NameSortKey: Comparable, Sendable {
    var high: UInt64
    var low: UInt64
    var name: String
    /// The name is ASCII, at most 16 bytes and has no NUL: the two words hold its whole folded
    /// form, so two whole keys with equal words are equal.
    var isWhole: Bool

    init(_ name: String) {
        self.name = name
        var packed: (UInt64, UInt64) = (0, 0)
        var ascii = true
        var nul = false
        var count = 0
        // Through the contiguous bytes: a UTF8View iterator costs several times more per byte.
        var copy = name
        copy.withUTF8 { bytes in
            count = bytes.count
            for (taken, byte) in bytes.prefix(16).enumerated() {
                guard byte < 0x80 else {
                    ascii = false
                    break
                }
                if byte == 0 { nul = true }
                let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                Self.put(folded, at: taken, into: &packed)
            }
        }
        if !ascii {
            packed = (0, 0)
            var taken = 0
            for byte in name.lowercased().utf8.prefix(16) {
                Self.put(byte, at: taken, into: &packed)
                taken += 1
            }
        }
        high = packed.0
        low = packed.1
        isWhole = ascii && !nul && count <= 16
    }

    private static func put(_ byte: UInt8, at position: Int, into packed: inout (UInt64, UInt64)) {
        let shift = UInt64(8 * (7 - position % 8))
        if position < 8 { packed.0 |= UInt64(byte) << shift } else { packed.1 |= UInt64(byte) << shift }
    }

    static func < (lhs: NameSortKey, rhs: NameSortKey) -> Bool {
        if lhs.high != rhs.high { return lhs.high < rhs.high }
        if lhs.low != rhs.low { return lhs.low < rhs.low }
        if lhs.isWhole && rhs.isWhole { return false }
        if lhs.name.utf8.elementsEqual(rhs.name.utf8) { return false }
        return lhs.name.lowercased().utf8.lexicographicallyPrecedes(rhs.name.lowercased().utf8)
    }

    static func == (lhs: NameSortKey, rhs: NameSortKey) -> Bool {
        guard lhs.high == rhs.high, lhs.low == rhs.low else { return false }
        if lhs.isWhole && rhs.isWhole { return true }
        return lhs.name.utf8.elementsEqual(rhs.name.utf8) || lhs.name.lowercased().utf8.elementsEqual(rhs.name.lowercased().utf8)
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
