import AshbyAPI
import Foundation

/// Clock times and day names in the user's time zone, as the schedule shows them ("14:30",
/// "Tue 10", "Tue 10 Mar 2026"). Built from calendar fields, not a locale's formatter, so
/// snapshots read the same everywhere.
struct ScheduleClock {
    let calendar: Calendar

    init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "14:30".
    func time(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    func time(_ timestamp: Timestamp) -> String { time(Date(timeIntervalSince1970: timestamp.secondsSince1970)) }

    /// "14" (the hour alone, for a narrow axis).
    func hour(_ date: Date) -> String { String(format: "%02d", calendar.component(.hour, from: date)) }

    /// "Tue 10".
    func shortDay(_ date: Date) -> String {
        let parts = calendar.dateComponents([.weekday, .day], from: date)
        return "\(Self.weekdays[(parts.weekday ?? 1) - 1]) \(parts.day ?? 0)"
    }

    /// "Tue 10 Mar 2026".
    func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.weekday, .day, .month, .year], from: date)
        return "\(Self.weekdays[(parts.weekday ?? 1) - 1]) \(parts.day ?? 0) \(Self.months[(parts.month ?? 1) - 1]) \(parts.year ?? 0)"
    }

    /// Whole days from the start of `start`'s day to the start of `date`'s day.
    func daysBetween(_ start: Date, _ date: Date) -> Int {
        calendar.dateComponents([.day], from: calendar.startOfDay(for: start), to: calendar.startOfDay(for: date)).day ?? 0
    }
}
