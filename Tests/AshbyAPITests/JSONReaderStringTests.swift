import AshbyAPI
import Foundation
import XCTest

/// Strings: every escape, surrogate pairs, raw UTF-8, the eight-byte scanner's edges, and
/// every way a string can be malformed, each with its byte offset.
final class JSONReaderStringTests: XCTestCase {
    private func string(_ json: String) throws -> String {
        try JSONReader.read(Array(json.utf8)) { try $0.readString() }
    }

    private func failure(_ bytes: [UInt8], _ read: (inout JSONReader) throws -> Void = { _ = try $0.readString() }) -> JSONReaderError? {
        do {
            try JSONReader.read(bytes, read)
            return nil
        } catch {
            return error as? JSONReaderError
        }
    }

    private func failure(_ json: String) -> JSONReaderError? { failure(Array(json.utf8)) }

    func testEverySimpleEscape() throws {
        XCTAssertEqual(try string(#""\"\\\/\b\f\n\r\t""#), "\"\\/\u{8}\u{C}\n\r\t")
        XCTAssertEqual(try string(#""a\nb\tc""#), "a\nb\tc")
    }

    func testUnicodeEscapesInEveryUTF8Length() throws {
        XCTAssertEqual(try string(#""\u0041\u00e9\u4E2D\u0000\u001b\u007F""#), "Aé中\u{0}\u{1B}\u{7F}")
        XCTAssertEqual(try string(#""\uD83D\uDE00""#), "😀")
        XCTAssertEqual(try string(#""\ud83d\ude00x\uD834\uDD1E""#), "😀x𝄞")
        XCTAssertEqual(try string(#""\u200E\u202E\u2066""#), "\u{200E}\u{202E}\u{2066}")
    }

    func testRawUTF8PassesThroughUnchanged() throws {
        let text = "山田 太郎 👩🏽‍💻🎉🇯🇵 e\u{301} \u{202E}bidi\u{202C} \u{7F}"
        XCTAssertEqual(try string("\"" + text + "\""), text)
    }

    func testEmptyAndLongStrings() throws {
        XCTAssertEqual(try string(#""""#), "")
        let long = String(repeating: "Nguyen ", count: 2_000)
        XCTAssertEqual(try string("\"\(long)\""), long)
    }

    /// The scanner reads eight bytes at a time: put the quote, an escape and a control byte at every lane.
    func testSpecialBytesAtEveryPositionOfTheWideScan() throws {
        for prefix in 0..<20 {
            let filler = String(repeating: "x", count: prefix)
            XCTAssertEqual(try string("\"\(filler)\""), filler)
            XCTAssertEqual(try string("\"\(filler)\\n\(filler)\""), filler + "\n" + filler)
            XCTAssertEqual(try string("\"\(filler)\\u00e9\(filler)\""), filler + "é" + filler)
            XCTAssertEqual(failure("\"\(filler)\u{1}\(filler)\"")?.problem, .controlCharacterInString)
            XCTAssertEqual(failure("\"\(filler)\u{1}\(filler)\"")?.offset, 1 + prefix)
            XCTAssertEqual(failure("\"\(filler)")?.problem, .unexpectedEnd)
        }
    }

    func testRawControlCharactersAreRefusedWithTheirOffset() {
        XCTAssertEqual(failure("\"ab\tc\""), JSONReaderError(offset: 3, .controlCharacterInString))
        XCTAssertEqual(failure("\"ab\nc\""), JSONReaderError(offset: 3, .controlCharacterInString))
        XCTAssertEqual(failure([0x22, 0x61, 0x00, 0x22]), JSONReaderError(offset: 2, .controlCharacterInString))
    }

    func testInvalidEscapes() {
        XCTAssertEqual(failure(#""ab\x""#), JSONReaderError(offset: 3, .invalidEscape))
        XCTAssertEqual(failure(#""\u12G4""#), JSONReaderError(offset: 1, .invalidEscape))
        XCTAssertEqual(failure(#""\U0041""#), JSONReaderError(offset: 1, .invalidEscape))
        XCTAssertEqual(failure(#""\u004""#), JSONReaderError(offset: 1, .invalidEscape))
        XCTAssertEqual(failure(#""\u00"#), JSONReaderError(offset: 5, .unexpectedEnd))
        XCTAssertEqual(failure(#""abc\"#), JSONReaderError(offset: 5, .unexpectedEnd))
    }

    func testUnpairedSurrogatesAreErrorsWhenDecoded() {
        XCTAssertEqual(failure(#""\uD800""#), JSONReaderError(offset: 1, .unpairedSurrogate))
        XCTAssertEqual(failure(#""ab\uD83Dx""#), JSONReaderError(offset: 3, .unpairedSurrogate))
        XCTAssertEqual(failure(#""\uD83D\u0041""#), JSONReaderError(offset: 1, .unpairedSurrogate))
        XCTAssertEqual(failure(#""\uD83D\uD83D""#), JSONReaderError(offset: 1, .unpairedSurrogate))
        XCTAssertEqual(failure(#""x\uDE00""#), JSONReaderError(offset: 2, .unpairedSurrogate))
        // Skipping checks syntax only: a lone surrogate is well-formed JSON text.
        XCTAssertNil(failure(Array(#"["\uD800"]"#.utf8)) { try $0.skipValue() })
    }

    func testInvalidUTF8IsRefusedWhenDecodedAndSkippedWhenNot() {
        let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0x62, 0x22]
        XCTAssertEqual(failure(bytes), JSONReaderError(offset: 0, .invalidUTF8))
        XCTAssertEqual(failure([0x22, 0xE4, 0xB8, 0x22]), JSONReaderError(offset: 0, .invalidUTF8), "truncated sequence")
        XCTAssertEqual(failure([0x22, 0xED, 0xA0, 0x80, 0x22]), JSONReaderError(offset: 0, .invalidUTF8), "encoded surrogate")
        XCTAssertNil(failure(bytes) { try $0.skipValue() })
    }

    func testKeysCompareAsBytesAndThroughEscapes() throws {
        let matches: [Bool] = try JSONReader.read(Array(#"{"name":1,"n\u0061me":2,"nam":3,"names":4,"":5}"#.utf8)) { reader in
            var found: [Bool] = []
            try reader.beginObject()
            while let key = try reader.nextKey() {
                found.append(key == "name")
                try reader.skipValue()
            }
            return found
        }
        XCTAssertEqual(matches, [true, true, false, false, false])
    }

    func testRawStringTokens() throws {
        let tokens: [(String, Int, Bool, Int)] = try JSONReader.read(Array(#"[ "abc", "a\nb" ]"#.utf8)) { reader in
            var tokens: [(String, Int, Bool, Int)] = []
            try reader.beginArray()
            while try reader.nextElement() {
                let token = try reader.readRawString()
                tokens.append((try token.decoded(), token.rawCount, token.hasEscapes, token.offset))
            }
            return tokens
        }
        XCTAssertEqual(tokens.map(\.0), ["abc", "a\nb"])
        XCTAssertEqual(tokens.map(\.1), [3, 4])
        XCTAssertEqual(tokens.map(\.2), [false, true])
        XCTAssertEqual(tokens.map(\.3), [2, 9])
    }

    /// Whatever JSONDecoder reads as a string, the reader reads the same.
    func testAgreesWithJSONDecoderOnEscapedAndRawText() throws {
        let samples = [#""plain""#, #""\u00e9t\u00E9 \ud83c\udf89""#, "\"tab\\tand\\\\slash\\/\"", "\"日本語 \\\"quoted\\\"\"",
                       "\"\u{1B}[31m\"".replacingOccurrences(of: "\u{1B}", with: "\\u001b")]
        for sample in samples {
            let expected = try JSONDecoder().decode(String.self, from: Data(sample.utf8))
            XCTAssertEqual(try string(sample), expected, sample)
        }
    }
}
