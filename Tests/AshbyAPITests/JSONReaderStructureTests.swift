import AshbyAPI
import Foundation
import XCTest

/// Objects, arrays, literals, skipping, whole-document strictness, error offsets and paths.
final class JSONReaderStructureTests: XCTestCase {
    private func failure(_ json: String, _ read: (inout JSONReader) throws -> Void = { try $0.skipValue() }) -> JSONReaderError? {
        do {
            try JSONReader.read(Array(json.utf8), read)
            return nil
        } catch {
            return error as? JSONReaderError
        }
    }

    /// The document every value kind appears in, nested, with whitespace everywhere.
    private let document = """
         { "id" : "a1", "count": -12, "ratio": 0.25, "ok": true, "no": false, "none": null,
           "list": [ 1, "two", [ ], { }, [ [ null ] ], {"deep": {"deeper": [true, {"x": "\\u00e9"}]}} ],
           "empty": "", "unicode": "中文 👩🏽‍💻", "escaped": "a\\"b\\\\c\\nd" }\t\r\n
        """

    func testReadValueBuildsTheSameTreeAsJSONDecoder() throws {
        let bytes = Array(document.utf8)
        let read = try JSONReader.read(bytes) { try $0.readValue() }
        XCTAssertEqual(read, try JSONValue.parse(Data(bytes)))
        XCTAssertEqual(read["list"]?.arrayValue?.count, 6)
        XCTAssertEqual(read["list"]?.arrayValue?[4], .array([.array([.null])]))
    }

    func testReadingChosenFieldsSkipsEverythingElse() throws {
        let picked: (String, Int, Bool?, String?, [String]) = try JSONReader.read(Array(document.utf8)) { reader in
            var id = "", count = 0
            var ok: Bool?, none: String? = "unset"
            var keys: [String] = []
            try reader.beginObject()
            while let key = try reader.nextKey() {
                keys.append(try key.decoded())
                if key == "id" { id = try reader.readString() }
                else if key == "count" { count = try reader.readInt() }
                else if key == "ok" { ok = try reader.readOptionalBool() }
                else if key == "none" { none = try reader.readOptionalString() }
                else { try reader.skipValue() }
            }
            return (id, count, ok, none, keys)
        }
        XCTAssertEqual(picked.0, "a1")
        XCTAssertEqual(picked.1, -12)
        XCTAssertEqual(picked.2, true)
        XCTAssertNil(picked.3)
        XCTAssertEqual(picked.4, ["id", "count", "ratio", "ok", "no", "none", "list", "empty", "unicode", "escaped"])
    }

    func testArraysOfObjectsAndEmptyContainers() throws {
        let ids: [[String]] = try JSONReader.read(Array(#"[[], [{"id":"x"}], [{"id":"y"},{"id":"z","more":[{}]}]]"#.utf8)) { reader in
            var all: [[String]] = []
            try reader.beginArray()
            while try reader.nextElement() {
                var ids: [String] = []
                try reader.beginArray()
                while try reader.nextElement() {
                    try reader.beginObject()
                    while let key = try reader.nextKey() {
                        if key == "id" { ids.append(try reader.readString()) } else { try reader.skipValue() }
                    }
                }
                all.append(ids)
            }
            return all
        }
        XCTAssertEqual(ids, [[], ["x"], ["y", "z"]])
    }

    func testPeekAndSkipNull() throws {
        let kinds: [JSONKind] = try JSONReader.read(Array(#"[{}, [], "s", -1, true, null]"#.utf8)) { reader in
            var kinds: [JSONKind] = []
            try reader.beginArray()
            while try reader.nextElement() {
                kinds.append(try reader.peek())
                if try !reader.skipNull() { try reader.skipValue() }
            }
            return kinds
        }
        XCTAssertEqual(kinds, [.object, .array, .string, .number, .bool, .null])
    }

    func testTruncatedInputEverywhere() {
        let text = #"{"a":[1,"xy",{"b":null}],"c":true}"#
        for length in 0..<text.utf8.count {
            let cut = String(decoding: Array(text.utf8).prefix(length), as: UTF8.self)
            XCTAssertEqual(failure(cut)?.problem, .unexpectedEnd, "cut at \(length): \(cut)")
            XCTAssertEqual(failure(cut)?.offset, length, "cut at \(length)")
        }
        XCTAssertNil(failure(text))
    }

    func testMalformedStructureWithOffsets() {
        XCTAssertEqual(failure(#"{"a":1,}"#), JSONReaderError(offset: 7, .unexpectedByte(UInt8(ascii: "}"), expected: "a key string")))
        XCTAssertEqual(failure("[1,]"), JSONReaderError(offset: 3, .unexpectedByte(UInt8(ascii: "]"), expected: "a value")))
        XCTAssertEqual(failure("[,1]"), JSONReaderError(offset: 1, .unexpectedByte(UInt8(ascii: ","), expected: "a value")))
        XCTAssertEqual(failure(#"{"a" 1}"#), JSONReaderError(offset: 5, .unexpectedByte(UInt8(ascii: "1"), expected: "':'")))
        XCTAssertEqual(failure(#"{"a":1 "b":2}"#), JSONReaderError(offset: 7, .unexpectedByte(UInt8(ascii: "\""), expected: "',' or '}'")))
        XCTAssertEqual(failure(#"{a:1}"#), JSONReaderError(offset: 1, .unexpectedByte(UInt8(ascii: "a"), expected: "a key string")))
        XCTAssertEqual(failure("[1 2]"), JSONReaderError(offset: 3, .unexpectedByte(UInt8(ascii: "2"), expected: "',' or ']'")))
        XCTAssertEqual(failure("[1}"), JSONReaderError(offset: 2, .unexpectedByte(UInt8(ascii: "}"), expected: "',' or ']'")))
        XCTAssertEqual(failure("{}x"), JSONReaderError(offset: 2, .trailingBytes))
        XCTAssertEqual(failure("{} {}"), JSONReaderError(offset: 3, .trailingBytes))
        XCTAssertEqual(failure(""), JSONReaderError(offset: 0, .unexpectedEnd))
        XCTAssertEqual(failure("   "), JSONReaderError(offset: 3, .unexpectedEnd))
        XCTAssertEqual(failure("\u{FEFF}{}"), JSONReaderError(offset: 0, .unexpectedByte(0xEF, expected: "a value")))
    }

    func testMalformedStructureWhileReadingFields() {
        func readAll(_ reader: inout JSONReader) throws {
            try reader.beginObject()
            while try reader.nextKey() != nil { try reader.skipValue() }
        }
        XCTAssertEqual(failure(#"{"a":1,}"#, readAll), JSONReaderError(offset: 7, .unexpectedByte(UInt8(ascii: "}"), expected: "a key string")))
        XCTAssertEqual(failure(#"{"a":1 "b":2}"#, readAll), JSONReaderError(offset: 7, .unexpectedByte(UInt8(ascii: "\""), expected: "',' or '}'")))
        XCTAssertEqual(failure(#"{"a":1} 2"#, readAll), JSONReaderError(offset: 8, .trailingBytes))
        XCTAssertEqual(failure("[1,2", { reader in
            try reader.beginArray()
            while try reader.nextElement() { _ = try reader.readInt() }
        }), JSONReaderError(offset: 4, .unexpectedEnd))
    }

    func testBadLiterals() {
        XCTAssertEqual(failure("tru"), JSONReaderError(offset: 3, .unexpectedEnd))
        XCTAssertEqual(failure("[tru]"), JSONReaderError(offset: 1, .invalidLiteral))
        XCTAssertEqual(failure("[nul]"), JSONReaderError(offset: 1, .invalidLiteral))
        XCTAssertEqual(failure("[falsy]"), JSONReaderError(offset: 1, .invalidLiteral))
        XCTAssertEqual(failure("[True]"), JSONReaderError(offset: 1, .unexpectedByte(UInt8(ascii: "T"), expected: "a value")))
        XCTAssertEqual(failure("[nullx]"), JSONReaderError(offset: 5, .unexpectedByte(UInt8(ascii: "x"), expected: "',' or ']'")))
        XCTAssertEqual(failure("null") { _ = try $0.readBool() }, JSONReaderError(offset: 0, .typeMismatch(expected: "bool", found: .null)))
    }

    func testNestingBeyondTheLimitIsRefused() {
        let deep = String(repeating: "[", count: JSONReader.maxDepth + 1) + String(repeating: "]", count: JSONReader.maxDepth + 1)
        XCTAssertEqual(failure(deep), JSONReaderError(offset: JSONReader.maxDepth, .tooDeep))
        let fits = String(repeating: "[", count: JSONReader.maxDepth) + String(repeating: "]", count: JSONReader.maxDepth)
        XCTAssertNil(failure(fits))
    }

    func testTypeMismatchNamesBothKinds() {
        XCTAssertEqual(failure(#"{"a":1}"#) { _ = try $0.beginArray() }, JSONReaderError(offset: 0, .typeMismatch(expected: "array", found: .object)))
        XCTAssertEqual(failure("[]") { _ = try $0.beginObject() }, JSONReaderError(offset: 0, .typeMismatch(expected: "object", found: .array)))
        XCTAssertEqual(JSONReaderError(offset: 9, .typeMismatch(expected: "string", found: .number)).description,
                       "expected string, found number at byte 9")
        XCTAssertEqual(JSONReaderError(offset: 2, .unexpectedByte(0x1B, expected: "a value")).reason, "expected a value, found byte 0x1B")
    }

    func testPathsOfOffsetsAndExplanations() {
        let json = #"{"results":[{"a":1},{"candidate":{"id":"c","name":5}}],"success":true}"#
        let bytes = Array(json.utf8)
        let five = bytes.firstIndex(of: UInt8(ascii: "5"))!
        let candidate = Array(json.utf8).indices.first { json.utf8.dropFirst($0).starts(with: #"{"id""#.utf8) }!
        bytes.withUnsafeBytes { raw in
            XCTAssertEqual(JSONReader.describe(JSONReader.path(to: five, in: raw)), "results[1].candidate.name")
            XCTAssertEqual(JSONReader.describe(JSONReader.path(to: 0, in: raw)), "body")
            XCTAssertEqual(JSONReader.describe(JSONReader.path(to: 2, in: raw)), "body", "on a key: the object holding it")
            XCTAssertEqual(JSONReader.describe(JSONReader.path(to: candidate, in: raw)), "results[1].candidate")
            XCTAssertEqual(JSONReader.explain(JSONReaderError(offset: five, .typeMismatch(expected: "string", found: .number)), in: raw),
                           "results[1].candidate.name: expected string, found number")
            XCTAssertEqual(JSONReader.explain(JSONReaderError(offset: candidate, .missingField("email")), in: raw),
                           "results[1].candidate.email: required field missing")
        }
        let broken = Array(#"{"results":[{"a":tru}]}"#.utf8)
        broken.withUnsafeBytes { raw in
            XCTAssertEqual(JSONReader.explain(JSONReaderError(offset: 17, .invalidLiteral), in: raw),
                           "not JSON: invalid literal at byte 17 (in results[0].a)")
        }
    }

    func testTimestampsParseFromBytes() throws {
        let times: [Timestamp?] = try JSONReader.read(Array(#"["2024-01-02T03:04:05.678Z", "2024-01-02T03:04:05\u002e5+02:00", null]"#.utf8)) { reader in
            var times: [Timestamp?] = []
            try reader.beginArray()
            while try reader.nextElement() { times.append(try reader.readOptionalTimestamp()) }
            return times
        }
        XCTAssertEqual(times, [Timestamp(iso8601: "2024-01-02T03:04:05.678Z"), Timestamp(iso8601: "2024-01-02T03:04:05.5+02:00"), nil])
        XCTAssertEqual(failure(#"["2024-13-01T00:00:00Z"]"#) { reader in
            try reader.beginArray()
            while try reader.nextElement() { _ = try reader.readTimestamp() }
        }, JSONReaderError(offset: 1, .invalidValue("not an ISO-8601 date-time")))
    }

    func testSkipValueReturningBytesSpansTheValue() throws {
        let spans: [String] = try JSONReader.read(Array(#"{"a": {"x":[1,2]} , "b":"q"}"#.utf8)) { reader in
            var spans: [String] = []
            try reader.beginObject()
            while try reader.nextKey() != nil { spans.append(String(decoding: try reader.skipValueReturningBytes(), as: UTF8.self)) }
            return spans
        }
        XCTAssertEqual(spans, [#"{"x":[1,2]}"#, #""q""#])
    }
}
