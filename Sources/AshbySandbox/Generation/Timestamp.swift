import Foundation

/// Milliseconds since the Unix epoch: every stored time in the tenant.
typealias Millis = Int64

/// Fast ISO-8601 formatting (`2023-11-15T14:30:00.000Z`) without Foundation formatters.
enum Timestamp {
    static let minute: Millis = 60_000
    static let hour: Millis = 3_600_000
    static let day: Millis = 86_400_000

    static func millis(_ date: Date) -> Millis { Millis((date.timeIntervalSince1970 * 1000).rounded()) }

    static func iso(_ ms: Millis) -> String {
        let (year, month, day, seconds) = civil(ms)
        let millisecond = Int(((ms % 1000) + 1000) % 1000)
        var out = [UInt8]()
        out.reserveCapacity(24)
        append(year, width: 4, to: &out); out.append(UInt8(ascii: "-"))
        append(month, width: 2, to: &out); out.append(UInt8(ascii: "-"))
        append(day, width: 2, to: &out); out.append(UInt8(ascii: "T"))
        append(seconds / 3600, width: 2, to: &out); out.append(UInt8(ascii: ":"))
        append(seconds / 60 % 60, width: 2, to: &out); out.append(UInt8(ascii: ":"))
        append(seconds % 60, width: 2, to: &out); out.append(UInt8(ascii: "."))
        append(millisecond, width: 3, to: &out); out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `YYYY-MM-DD` (feedback Date fields, posting publish dates).
    static func day(_ ms: Millis) -> String {
        let (year, month, day, _) = civil(ms)
        var out = [UInt8]()
        append(year, width: 4, to: &out); out.append(UInt8(ascii: "-"))
        append(month, width: 2, to: &out); out.append(UInt8(ascii: "-"))
        append(day, width: 2, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`; nil for anything else.
    static func parse(_ text: String) -> Millis? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return millis(date) }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return millis(date) }
        return nil
    }

    /// Start of the UTC day containing `ms`.
    static func startOfDay(_ ms: Millis) -> Millis { ms - ((ms % day) + day) % day }

    private static func civil(_ ms: Millis) -> (Int, Int, Int, Int) {
        let totalSeconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        var days = Int(totalSeconds >= 0 ? totalSeconds / 86400 : (totalSeconds - 86399) / 86400)
        let seconds = Int(totalSeconds - Int64(days) * 86400)
        // Howard Hinnant's days-to-civil.
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, seconds)
    }

    private static func append(_ value: Int, width: Int, to out: inout [UInt8]) {
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var rest = value
        for index in stride(from: width - 1, through: 0, by: -1) {
            digits[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        out.append(contentsOf: digits)
    }
}
