import AshbyAPI
import Foundation
import XCTest

final class TimestampModelTests: XCTestCase {
    private func seconds(_ string: String) -> Double? { Timestamp(iso8601: string)?.secondsSince1970 }

    func testParsesZuluWithAndWithoutMilliseconds() {
        XCTAssertEqual(seconds("2023-11-15T14:30:00Z"), 1_700_058_600)
        XCTAssertEqual(seconds("2023-11-15T14:30:00.000Z"), 1_700_058_600)
        XCTAssertEqual(seconds("2022-07-21T17:32:28Z"), 1_658_424_748)
        XCTAssertEqual(seconds("2023-11-15t14:30:00z"), 1_700_058_600)
    }

    func testFractionalSecondsOfAnyLength() throws {
        XCTAssertEqual(seconds("2023-11-15T14:30:00.5Z"), 1_700_058_600.5)
        XCTAssertEqual(seconds("2023-11-15T14:30:00.25Z"), 1_700_058_600.25)
        XCTAssertEqual(try XCTUnwrap(seconds("2022-11-10T19:47:56.795Z")), 1_668_109_676.795, accuracy: 1e-6)
        XCTAssertEqual(try XCTUnwrap(seconds("2023-11-15T14:30:00.123456Z")), 1_700_058_600.123456, accuracy: 1e-6)
        // Digits beyond nanoseconds are accepted and dropped.
        XCTAssertEqual(try XCTUnwrap(seconds("2023-11-15T14:30:00.123456789987654Z")), 1_700_058_600.123456789, accuracy: 1e-6)
        XCTAssertEqual(seconds("2023-11-15T14:30:00,5Z"), 1_700_058_600.5)
    }

    func testOffsets() {
        XCTAssertEqual(seconds("2023-11-15T16:30:00+02:00"), 1_700_058_600)
        XCTAssertEqual(seconds("2023-11-15T09:30:00-0500"), 1_700_058_600)
        XCTAssertEqual(seconds("2023-11-15T16:30:00+02"), 1_700_058_600)
        XCTAssertEqual(seconds("2023-11-15T20:00:00.250+05:30"), 1_700_058_600.25)
        XCTAssertEqual(seconds("2023-11-16T00:30:00+10:00"), 1_700_058_600)
        XCTAssertEqual(seconds("2023-11-15T14:30:00-00:00"), 1_700_058_600)
    }

    func testNoZoneMeansUTCAndDateOnlyMeansMidnightUTC() {
        XCTAssertEqual(seconds("2023-11-15T14:30:00"), 1_700_058_600)
        XCTAssertEqual(seconds("2023-11-15T14:30:00.5"), 1_700_058_600.5)
        XCTAssertEqual(seconds("2024-02-29"), 1_709_164_800)
        XCTAssertEqual(seconds("2024-02-29 00:00:00"), 1_709_164_800)
    }

    func testCalendarEdges() {
        XCTAssertEqual(seconds("2024-02-29T00:00:00Z"), 1_709_164_800)
        XCTAssertEqual(seconds("2000-03-01T00:00:00Z"), 951_868_800)
        XCTAssertEqual(seconds("1970-01-01T00:00:00Z"), 0)
        XCTAssertEqual(seconds("1969-12-31T23:59:58.5Z"), -1.5)
    }

    func testInvalidStringsAreRejected() {
        let invalid = [
            "", "not a date", "2023", "2023-11", "2023-11-15T", "2023-11-15T14:30", "2023-11-15T14:30:0Z",
            "2023-13-01T00:00:00Z", "2023-00-10T00:00:00Z", "2023-02-29T00:00:00Z", "2023-04-31T00:00:00Z",
            "2023-11-00T00:00:00Z", "2023-11-15T24:00:00Z", "2023-11-15T14:60:00Z", "2023-11-15T14:30:61Z",
            "2023-11-15T14:30:00.Z", "2023-11-15T14:30:00+2", "2023-11-15T14:30:00+02:0", "2023-11-15T14:30:00+25:00",
            "2023-11-15T14:30:00Zjunk", "2023-11-15T14:30:00 Z", " 2023-11-15T14:30:00Z", "2023/11/15T14:30:00Z",
            "2023-11-15X14:30:00Z", "２０２３-11-15T14:30:00Z", "1700058600",
        ]
        for string in invalid {
            XCTAssertNil(Timestamp(iso8601: string), "accepted \"\(string)\"")
        }
    }

    func testFormatsAsUTCWithMilliseconds() {
        XCTAssertEqual(Timestamp(secondsSince1970: 1_700_058_600).iso8601String, "2023-11-15T14:30:00.000Z")
        XCTAssertEqual(Timestamp(secondsSince1970: 1_694_640_657.965).iso8601String, "2023-09-13T21:30:57.965Z")
        XCTAssertEqual(Timestamp(secondsSince1970: 1_700_058_600.9996).iso8601String, "2023-11-15T14:30:01.000Z")
        XCTAssertEqual(Timestamp(secondsSince1970: -1.5).iso8601String, "1969-12-31T23:59:58.500Z")
        XCTAssertEqual(Timestamp(iso8601: "2023-11-15T16:30:00.1+02:00")?.iso8601String, "2023-11-15T14:30:00.100Z")
        XCTAssertEqual(Timestamp(millisecondsSince1970: 1_700_058_600_123).iso8601String, "2023-11-15T14:30:00.123Z")
        XCTAssertEqual(Timestamp(secondsSince1970: 1_700_058_600.123).millisecondsSince1970, 1_700_058_600_123)
        XCTAssertEqual(Timestamp(secondsSince1970: 253_402_300_800).iso8601String, "+10000-01-01T00:00:00.000Z")
        XCTAssertEqual(Timestamp(secondsSince1970: -62_167_219_200).iso8601String, "0000-01-01T00:00:00.000Z")
        XCTAssertEqual(Timestamp(secondsSince1970: -62_167_219_201).iso8601String, "-0001-12-31T23:59:59.000Z")
        XCTAssertEqual(Timestamp(secondsSince1970: .nan).millisecondsSince1970, 0)
    }

    func testFormattingAndParsingAgreeWithFoundationAcrossCenturies() throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let millis = Int64.random(in: -2_208_988_800_000...4_102_444_800_000, using: &generator)  // 1900...2100
            let timestamp = Timestamp(millisecondsSince1970: millis)
            let expected = formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
            XCTAssertEqual(timestamp.iso8601String, expected)
            XCTAssertEqual(Timestamp(iso8601: expected)?.millisecondsSince1970, millis, expected)
        }
    }

    func testCodableAsStringAndComparable() throws {
        struct Holder: Codable, Equatable { var at: Timestamp }
        let holder = try JSONDecoder().decode(Holder.self, from: Data(#"{"at":"2023-11-15T16:30:00.5+02:00"}"#.utf8))
        XCTAssertEqual(holder.at, Timestamp(secondsSince1970: 1_700_058_600.5))
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(holder), as: UTF8.self), #"{"at":"2023-11-15T14:30:00.500Z"}"#)
        XCTAssertLessThan(Timestamp(iso8601: "2023-11-15T14:30:00Z")!, Timestamp(iso8601: "2023-11-15T14:30:00.001Z")!)
        XCTAssertEqual(holder.at.date, Date(timeIntervalSince1970: 1_700_058_600.5))
    }

    func testDecodingAnInvalidStringThrowsDataCorrupted() {
        struct Holder: Codable { var at: Timestamp }
        XCTAssertThrowsError(try JSONDecoder().decode(Holder.self, from: Data(#"{"at":"yesterday"}"#.utf8))) { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["at"])
        }
        XCTAssertThrowsError(try JSONDecoder().decode(Holder.self, from: Data(#"{"at":1700058600}"#.utf8)))
    }
}
