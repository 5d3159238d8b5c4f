import AshbyAPI
import Foundation
import XCTest

final class CustomFieldValueModelTests: XCTestCase {
    private func field(_ valueJSON: String, label: String? = nil) throws -> CustomFieldValue {
        let labelPart = label.map { #","valueLabel":\#($0)"# } ?? ""
        return try decodeModel(CustomFieldValue.self, #"{"id":"cf","title":"T","isPrivate":false,"value":\#(valueJSON)\#(labelPart)}"#)
    }

    func testSpecSetValueExampleDecodes() throws {
        let json = """
            [{"id":"650e5f74-32db-4a0a-b61b-b9afece05023","title":"Is actively looking","value":true},
             {"id":"650e5f74-32db-4a0a-b61b-b9afece05024","title":"Years of experience","value":5},
             {"id":"650e5f74-32db-4a0a-b61b-b9afece05025","title":"Salary expectation","value":{"value":100000,"currencyCode":"USD"}},
             {"id":"650e5f74-32db-4a0a-b61b-b9afece05026","title":"Expected start date","value":"2022-11-10T19:47:56.795Z"}]
            """
        let fields = try decodeModel([CustomFieldValue].self, json)
        XCTAssertEqual(fields.map(\.kind), [
            .boolean(true), .number(5), .currency(CurrencyAmount(currencyCode: "USD", value: 100_000)),
            .string("2022-11-10T19:47:56.795Z"),
        ])
        XCTAssertEqual(fields[3].timestampValue, Timestamp(secondsSince1970: 1_668_109_676.795))
        XCTAssertNil(fields[0].isPrivate)
        try assertRoundTrip(fields)
    }

    func testProbingEveryShape() throws {
        XCTAssertEqual(try field("false").kind, .boolean(false))
        XCTAssertEqual(try field("false").boolValue, false)
        XCTAssertEqual(try field("12.5").kind, .number(12.5))
        XCTAssertEqual(try field("12.5").numberValue, 12.5)
        XCTAssertNil(try field("12.5").boolValue)
        XCTAssertEqual(try field(#""senior""#, label: #""Senior""#).kind, .string("senior"))
        XCTAssertNil(try field(#""senior""#).timestampValue)
        XCTAssertEqual(try field(#"["a","b"]"#).kind, .strings(["a", "b"]))
        XCTAssertEqual(try field("[]").stringArrayValue, [])
        XCTAssertNil(try field(#"["a",1]"#).stringArrayValue)
        XCTAssertEqual(try field(#"["a",1]"#).kind, .other(["a", 1]))
        XCTAssertEqual(try field("null").kind, .null)
        XCTAssertEqual(
            try field(#"{"type":"number-range","minValue":1,"maxValue":3}"#).kind,
            .numberRange(NumberRange(minValue: 1, maxValue: 3)))
        XCTAssertEqual(
            try field(#"{"type":"compensation-range","minValue":90000,"maxValue":120000,"currencyCode":"EUR","interval":"1 YEAR"}"#).kind,
            .compensationRange(CompensationRange(minValue: 90_000, maxValue: 120_000, currencyCode: "EUR", interval: .year)))
        XCTAssertEqual(try field(#"{"currencyCode":"GBP"}"#).kind, .currency(CurrencyAmount(currencyCode: "GBP")))
        XCTAssertNil(try field(#"{"type":"number-range","minValue":1,"maxValue":3}"#).currencyValue)
        XCTAssertEqual(try field(#"{"type":"geo","lat":1}"#).kind, .other(["type": "geo", "lat": 1]))
        XCTAssertEqual(try field(#"{"value":5}"#).kind, .other(["value": 5]))
    }

    func testValueLabelIsAStringOrAStringArray() throws {
        let single = try field(#""senior""#, label: #""Senior""#)
        XCTAssertEqual(single.valueLabel, .single("Senior"))
        XCTAssertEqual(single.valueLabel?.labels, ["Senior"])
        let multiple = try field(#"["go","rust"]"#, label: #"["Go","Rust"]"#)
        XCTAssertEqual(multiple.valueLabel, .multiple(["Go", "Rust"]))
        XCTAssertEqual(multiple.valueLabel?.labels, ["Go", "Rust"])
        XCTAssertNil(try field(#""x""#, label: "null").valueLabel)
        try assertRoundTrip(single)
        try assertRoundTrip(multiple)
        XCTAssertThrowsError(try field(#""x""#, label: "7"))
    }

    func testMissingValueFailsButNullIsKept() throws {
        XCTAssertThrowsError(try decodeModel(CustomFieldValue.self, #"{"id":"cf","title":"T"}"#))
        XCTAssertEqual(try field("null").value, .null)
    }

    func testRangesEncodeWithTheirTypeTag() throws {
        XCTAssertEqual(
            try JSONValue.parse(try JSONEncoder().encode(NumberRange(minValue: 1, maxValue: 2))),
            ["type": "number-range", "minValue": 1, "maxValue": 2])
        let range = CompensationRange(minValue: 1, maxValue: 2, currencyCode: "USD", interval: .hour)
        XCTAssertEqual(
            try JSONValue.parse(try JSONEncoder().encode(range)),
            ["type": "compensation-range", "minValue": 1, "maxValue": 2, "currencyCode": "USD", "interval": "1 HOUR"])
        try assertRoundTrip(range)
    }
}
