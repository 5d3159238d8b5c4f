import Foundation

/// An instant on the wire as an ISO-8601 string, held as seconds since 1970 (UTC).
///
/// Parsing is hand-written because `ISO8601DateFormatter` is too slow for 100k records.
/// Accepted: `2023-11-15T14:30:00Z`, fractional seconds of any length, `+02:00`/`-0500`/`+02`
/// offsets, no zone (read as UTC), and a bare `2023-11-15` (midnight UTC).
/// Encoded as `yyyy-MM-ddTHH:mm:ss.SSSZ`.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var secondsSince1970: Double

    public init(secondsSince1970: Double) { self.secondsSince1970 = secondsSince1970 }
    public init(millisecondsSince1970: Int64) { self.secondsSince1970 = Double(millisecondsSince1970) / 1000 }
    public init(_ date: Date) { self.secondsSince1970 = date.timeIntervalSince1970 }

    /// Parses an ISO-8601 date-time; nil when the string is not one.
    public init?(iso8601 string: String) {
        var string = string
        let parsed = string.withUTF8 { Timestamp.parse($0) }
        guard let parsed else { return nil }
        self.secondsSince1970 = parsed
    }

    public var date: Date { Date(timeIntervalSince1970: secondsSince1970) }
    /// Epoch milliseconds, the unit of Ashby's `createdAfter`-style filters.
    /// Clamped to the Int64 range; a non-finite value (only constructible by hand) reads as 0.
    public var millisecondsSince1970: Int64 {
        let millis = (secondsSince1970 * 1000).rounded()
        guard millis.isFinite else { return 0 }
        return Int64(min(max(millis, -9.2e18), 9.2e18))
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    public var description: String { iso8601String }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let value = Timestamp(iso8601: string) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not an ISO-8601 date-time: \"\(string)\"")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601String)
    }
}

// MARK: - Formatting

extension Timestamp {
    /// `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC, milliseconds rounded to nearest.
    public var iso8601String: String {
        let totalMillis = millisecondsSince1970
        let (days, millisOfDay) = Timestamp.floorDivide(totalMillis, 86_400_000)
        let (year, month, day) = Timestamp.civilFromDays(days)
        let hour = millisOfDay / 3_600_000
        let minute = millisOfDay / 60_000 % 60
        let second = millisOfDay / 1000 % 60
        let millis = millisOfDay % 1000

        guard (0...9999).contains(year) else {
            // Expanded ISO-8601 year (±YYYYY); never seen from Ashby, kept lossless rather than clamped.
            let digits = String(abs(year))
            let sign = year < 0 ? "-" : "+"
            let tail = Timestamp.format(2000, month, day, hour, minute, second, millis).dropFirst(4)
            return sign + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + tail
        }
        return Timestamp.format(year, month, day, hour, minute, second, millis)
    }

    private static func format(
        _ year: Int64, _ month: Int64, _ day: Int64, _ hour: Int64, _ minute: Int64, _ second: Int64, _ millis: Int64
    ) -> String {
        String(unsafeUninitializedCapacity: 24) { buffer in
            func put(_ value: Int64, at start: Int, width: Int) {
                var rest = value
                for index in stride(from: start + width - 1, through: start, by: -1) {
                    buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, at: 0, width: 4)
            buffer[4] = UInt8(ascii: "-"); put(month, at: 5, width: 2)
            buffer[7] = UInt8(ascii: "-"); put(day, at: 8, width: 2)
            buffer[10] = UInt8(ascii: "T"); put(hour, at: 11, width: 2)
            buffer[13] = UInt8(ascii: ":"); put(minute, at: 14, width: 2)
            buffer[16] = UInt8(ascii: ":"); put(second, at: 17, width: 2)
            buffer[19] = UInt8(ascii: "."); put(millis, at: 20, width: 3)
            buffer[23] = UInt8(ascii: "Z")
            return 24
        }
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        return (quotient, value - quotient * divisor)
    }

    // Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

// MARK: - Parsing

extension Timestamp {
    private static func daysInMonth(_ month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func parse(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let count = s.count

        func digits(_ width: Int) -> Int64? {
            guard index + width <= count else { return nil }
            var value: Int64 = 0
            for offset in 0..<width {
                let digit = s[index + offset] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int64(digit)
            }
            index += width
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < count, s[index] == byte else { return false }
            index += 1
            return true
        }

        guard let year = digits(4), expect(UInt8(ascii: "-")),
            let month = digits(2), expect(UInt8(ascii: "-")),
            let day = digits(2),
            (1...12).contains(month), day >= 1, day <= daysInMonth(month, year: year)
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        if index == count { return Double(days * 86_400) }

        guard index < count, s[index] == UInt8(ascii: "T") || s[index] == UInt8(ascii: "t") || s[index] == UInt8(ascii: " ")
        else { return nil }
        index += 1
        guard let hour = digits(2), expect(UInt8(ascii: ":")), let minute = digits(2),
            expect(UInt8(ascii: ":")), let second = digits(2),
            hour < 24, minute < 60, second <= 60
        else { return nil }

        // Up to nine fractional digits count (nanoseconds); further digits are checked and dropped.
        var fraction = 0.0
        if index < count, s[index] == UInt8(ascii: ".") || s[index] == UInt8(ascii: ",") {
            index += 1
            let start = index
            var numerator: Int64 = 0
            var denominator: Int64 = 1
            while index < count {
                let digit = s[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                if index - start < 9 {
                    numerator = numerator * 10 + Int64(digit)
                    denominator *= 10
                }
                index += 1
            }
            guard index > start else { return nil }
            fraction = Double(numerator) / Double(denominator)
        }

        var offsetSeconds: Int64 = 0
        if index < count {
            let sign = s[index]
            if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
                index += 1
            } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                index += 1
                guard let offsetHours = digits(2), offsetHours < 24 else { return nil }
                var offsetMinutes: Int64 = 0
                if index < count {
                    _ = expect(UInt8(ascii: ":"))
                    guard let minutes = digits(2), minutes < 60 else { return nil }
                    offsetMinutes = minutes
                }
                offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
            } else {
                return nil
            }
        }
        guard index == count else { return nil }
        let whole = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Double(whole) + fraction
    }
}
