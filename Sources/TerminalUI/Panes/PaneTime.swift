import AshbyAPI
import Foundation

/// Times as the panes print them, in the user's time zone: "Tue 10 Mar 14:00", "3d ago", "in 2h".
/// Built from a Gregorian calendar (no `DateFormatter`: not Sendable, and slow to make).
public struct PaneTime: Sendable {
    public var now: Date
    public var timeZone: TimeZone
    private let calendar: Calendar

    public init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Tue 10 Mar 14:00"; with the year instead of the time when it is not this year ("Mon 3 Mar 2025").
    public func short(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: date)
        let nowYear = calendar.component(.year, from: now)
        let day = "\(Self.weekdays[(parts.weekday ?? 1) - 1]) \(parts.day ?? 1) \(Self.months[(parts.month ?? 1) - 1])"
        if parts.year != nowYear { return "\(day) \(parts.year ?? 0)" }
        return "\(day) \(Self.twoDigits(parts.hour ?? 0)):\(Self.twoDigits(parts.minute ?? 0))"
    }

    public func short(_ time: Timestamp) -> String { short(time.date) }

    /// "14:00".
    public func clock(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return "\(Self.twoDigits(parts.hour ?? 0)):\(Self.twoDigits(parts.minute ?? 0))"
    }

    /// "10 Mar 2026".
    public func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.day ?? 1) \(Self.months[(parts.month ?? 1) - 1]) \(parts.year ?? 0)"
    }

    /// "just now", "5m ago", "3h ago", "3d ago", "5w ago", "in 2h", "in 3d": the largest whole unit.
    public func relative(_ date: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        let magnitude = abs(seconds)
        guard magnitude.isFinite else { return "—" }
        if magnitude < 60 { return "just now" }
        let amount: String
        switch magnitude {
        case ..<3600: amount = "\(Int(magnitude / 60))m"
        case ..<86_400: amount = "\(Int(magnitude / 3600))h"
        case ..<(86_400 * 14): amount = "\(Int(magnitude / 86_400))d"
        case ..<(86_400 * 365): amount = "\(Int(magnitude / (86_400 * 7)))w"
        default: amount = "\(Int(magnitude / (86_400 * 365)))y"
        }
        return seconds < 0 ? "\(amount) ago" : "in \(amount)"
    }

    public func relative(_ time: Timestamp) -> String { relative(time.date) }

    /// "Tue 10 Mar 14:00 (3d ago)".
    public func both(_ time: Timestamp) -> String { "\(short(time)) (\(relative(time)))" }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
