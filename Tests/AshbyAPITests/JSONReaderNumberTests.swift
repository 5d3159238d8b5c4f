import AshbyAPI
import Foundation
import XCTest

/// Numbers: integer and Double forms, exact rounding against JSONDecoder, ranges, and bad forms with offsets.
final class JSONReaderNumberTests: XCTestCase {
    private func int(_ json: String) throws -> Int { try JSONReader.read(Array(json.utf8)) { try $0.readInt() } }
    private func double(_ json: String) throws -> Double { try JSONReader.read(Array(json.utf8)) { try $0.readDouble() } }

    private func failure(_ json: String, _ read: (inout JSONReader) throws -> Void) -> JSONReaderError? {
        do {
            try JSONReader.read(Array(json.utf8), read)
            return nil
        } catch {
            return error as? JSONReaderError
        }
    }

    func testIntegers() throws {
        XCTAssertEqual(try int("0"), 0)
        XCTAssertEqual(try int("-0"), 0)
        XCTAssertEqual(try int("42"), 42)
        XCTAssertEqual(try int("-42"), -42)
        XCTAssertEqual(try int("9223372036854775807"), Int.max)
        XCTAssertEqual(try int("-9223372036854775808"), Int.min)
        // Whole numbers written with a fraction or an exponent are still integers.
        XCTAssertEqual(try int("3.0"), 3)
        XCTAssertEqual(try int("3e2"), 300)
        XCTAssertEqual(try int("-250E-1"), -25)
    }

    func testIntegersOutOfRange() {
        XCTAssertEqual(failure("9223372036854775808") { _ = try $0.readInt() }, JSONReaderError(offset: 0, .numberOutOfRange))
        XCTAssertEqual(failure("-9223372036854775809") { _ = try $0.readInt() }, JSONReaderError(offset: 0, .numberOutOfRange))
        XCTAssertEqual(failure("[1, 3.5]") { reader in
            try reader.beginArray()
            while try reader.nextElement() { _ = try reader.readInt() }
        }, JSONReaderError(offset: 4, .numberOutOfRange))
        XCTAssertEqual(failure("1e19") { _ = try $0.readInt() }, JSONReaderError(offset: 0, .numberOutOfRange))
    }

    func testDoublesInEveryForm() throws {
        XCTAssertEqual(try double("0"), 0)
        XCTAssertEqual(try double("-0").sign, .minus)
        XCTAssertEqual(try double("0.1"), 0.1)
        XCTAssertEqual(try double("-1.5e-3"), -0.0015)
        XCTAssertEqual(try double("1E10"), 1e10)
        XCTAssertEqual(try double("2.5E+3"), 2500)
        XCTAssertEqual(try double("123456789012345678901234567890"), 123456789012345678901234567890.0)
        XCTAssertEqual(try double("1.7976931348623157e308"), .greatestFiniteMagnitude)
        XCTAssertEqual(try double("4.9e-324"), .leastNonzeroMagnitude)
        XCTAssertEqual(try double("1e-400"), 0)
    }

    /// Correct rounding everywhere: the fast path must equal what JSONDecoder (strtod) gives.
    func testDoublesMatchJSONDecoderBitForBit() throws {
        var samples = ["0.30000000000000004", "9007199254740993", "9007199254740992.5", "1e22", "1e23", "8.98846567431158e307",
                       "2.2250738585072014e-308", "2.2250738585072011e-308", "0.000001", "123.456e-7", "-7.0e-10",
                       "3.141592653589793238462643383279", "1000000000000000000000000000000000001e-20"]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let mantissa = UInt64.random(in: 0...UInt64(1) << 60, using: &random)
            let exponent = Int.random(in: -30...30, using: &random)
            samples.append("\(mantissa)e\(exponent)")
            samples.append("0.\(mantissa)")
        }
        for sample in samples {
            let expected = try JSONDecoder().decode(Double.self, from: Data(sample.utf8))
            XCTAssertEqual(try double(sample).bitPattern, expected.bitPattern, sample)
        }
    }

    func testOutOfRangeDoubles() {
        XCTAssertEqual(failure("1e309") { _ = try $0.readDouble() }, JSONReaderError(offset: 0, .numberOutOfRange))
        XCTAssertEqual(failure("-1e400") { _ = try $0.readDouble() }, JSONReaderError(offset: 0, .numberOutOfRange))
    }

    func testMalformedNumbersWithOffsets() {
        func skipping(_ json: String) -> JSONReaderError? { failure(json) { try $0.skipValue() } }
        XCTAssertEqual(skipping("[01]"), JSONReaderError(offset: 1, .invalidNumber))
        XCTAssertEqual(skipping("[-01]"), JSONReaderError(offset: 1, .invalidNumber))
        XCTAssertEqual(skipping("[1.]"), JSONReaderError(offset: 3, .invalidNumber))
        XCTAssertEqual(skipping("[1.e5]"), JSONReaderError(offset: 3, .invalidNumber))
        XCTAssertEqual(skipping("[-]"), JSONReaderError(offset: 2, .invalidNumber))
        XCTAssertEqual(skipping("[1e]"), JSONReaderError(offset: 3, .invalidNumber))
        XCTAssertEqual(skipping("[1e+]"), JSONReaderError(offset: 4, .invalidNumber))
        XCTAssertEqual(skipping("[+1]"), JSONReaderError(offset: 1, .unexpectedByte(UInt8(ascii: "+"), expected: "a value")))
        XCTAssertEqual(skipping("[.5]"), JSONReaderError(offset: 1, .unexpectedByte(UInt8(ascii: "."), expected: "a value")))
        XCTAssertEqual(skipping("[1x]"), JSONReaderError(offset: 2, .unexpectedByte(UInt8(ascii: "x"), expected: "',' or ']'")))
        XCTAssertEqual(skipping("-"), JSONReaderError(offset: 1, .unexpectedEnd))
        XCTAssertEqual(skipping("1."), JSONReaderError(offset: 2, .unexpectedEnd))
    }

    func testReadingANumberWhereSomethingElseStands() {
        XCTAssertEqual(failure(#""12""#) { _ = try $0.readInt() }, JSONReaderError(offset: 0, .typeMismatch(expected: "integer", found: .string)))
        XCTAssertEqual(failure("true") { _ = try $0.readDouble() }, JSONReaderError(offset: 0, .typeMismatch(expected: "number", found: .bool)))
        XCTAssertEqual(failure("12") { _ = try $0.readString() }, JSONReaderError(offset: 0, .typeMismatch(expected: "string", found: .number)))
    }
}
