/// A JSON string as it stands in the input: its raw bytes between the quotes, escapes not yet
/// decoded. Valid only while the reader's bytes are. Compare it to literals (`key == "id"`) or
/// intern it without allocating; `decoded()` makes a `String`.
public struct JSONString {
    @usableFromInline let start: UnsafePointer<UInt8>
    /// Bytes between the quotes, escapes included.
    public let rawCount: Int
    /// False when the raw bytes are the string's UTF-8 as is.
    public let hasEscapes: Bool
    /// Offset of the opening quote in the input.
    public let offset: Int

    @usableFromInline
    init(start: UnsafePointer<UInt8>, rawCount: Int, hasEscapes: Bool, offset: Int) {
        self.start = start
        self.rawCount = rawCount
        self.hasEscapes = hasEscapes
        self.offset = offset
    }

    /// The raw bytes between the quotes (escapes not decoded).
    public var rawBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: rawCount) }

    /// The string, unescaped and UTF-8-validated.
    public func decoded() throws(JSONReaderError) -> String {
        if !hasEscapes {
            // Most strings (ids, emails, keys) are ASCII, always valid: skip the generic validator.
            if JSONString.isASCII(rawBytes) { return String(decoding: rawBytes, as: UTF8.self) }
            guard let string = String(validating: rawBytes, as: UTF8.self) else {
                throw JSONReaderError(offset: offset, .invalidUTF8)
            }
            return string
        }
        let bytes = try unescapedBytes()
        guard let string = String(validating: bytes, as: UTF8.self) else { throw JSONReaderError(offset: offset, .invalidUTF8) }
        return string
    }

    /// True when every byte is below 0x80, checked eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0, high: UInt64 = 0
        while index &+ 8 <= bytes.count {
            high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index &+= 8
        }
        while index < bytes.count {
            high |= UInt64(base[index])
            index &+= 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// Calls `body` with the string's UTF-8 bytes (escapes decoded, not UTF-8-validated), copying only when it has escapes.
    public func withUnescapedBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result {
        if !hasEscapes { return try body(rawBytes) }
        return try unescapedBytes().withUnsafeBufferPointer(body)
    }

    /// True when the string equals `literal` (an ASCII or UTF-8 key name).
    @inlinable
    public static func == (lhs: JSONString, rhs: StaticString) -> Bool {
        if lhs.hasEscapes { return lhs.slowEquals(rhs) }
        guard lhs.rawCount == rhs.utf8CodeUnitCount else { return false }
        let other = rhs.utf8Start
        for index in 0..<lhs.rawCount where lhs.start[index] != other[index] { return false }
        return true
    }

    @usableFromInline
    func slowEquals(_ literal: StaticString) -> Bool {
        guard let bytes = try? unescapedBytes() else { return false }
        return bytes.elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// The bytes with escapes decoded. Every escape is at least as long as what it stands for,
    /// so the result never outgrows the raw bytes.
    func unescapedBytes() throws(JSONReaderError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rawCount)
        var index = 0
        while index < rawCount {
            let byte = start[index]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            // The scanner already checked that an escape character (and four hex digits for \u) follow.
            let escape = start[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                let escapeOffset = offset + 1 + index - 2
                var scalar = hex4(at: index)
                index += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 6 <= rawCount, start[index] == UInt8(ascii: "\\"), start[index + 1] == UInt8(ascii: "u") else {
                        throw JSONReaderError(offset: escapeOffset, .unpairedSurrogate)
                    }
                    let low = hex4(at: index + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { throw JSONReaderError(offset: escapeOffset, .unpairedSurrogate) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw JSONReaderError(offset: escapeOffset, .unpairedSurrogate)
                }
                JSONString.appendUTF8(scalar, to: &out)
            default:
                throw JSONReaderError(offset: offset + 1 + index - 2, .invalidEscape)
            }
        }
        return out
    }

    private func hex4(at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 { value = value << 4 | UInt32(JSONString.hexValue(start[index + offset])) }
        return value
    }

    /// 0–15 for a hex digit, 0xFF otherwise.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return 0xFF
        }
    }

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

// MARK: - Scanning

extension JSONReader {
    /// Scans the string whose opening quote is at `position`, checking escapes and control
    /// characters, and leaves `position` after the closing quote.
    @usableFromInline
    mutating func scanString() throws(JSONReaderError) -> JSONString {
        let open = position
        var index = open + 1
        var escaped = false
        while true {
            // Eight bytes at a time until one is a quote, a backslash or a control character.
            while index &+ 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let special = JSONReader.specialByteMask(word)
                if special != 0 {
                    index &+= special.trailingZeroBitCount &>> 3
                    break
                }
                index &+= 8
            }
            guard index < count else { throw JSONReaderError(offset: count, .unexpectedEnd) }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index = try endOfEscape(at: index)
            } else if byte < 0x20 {
                throw JSONReaderError(offset: index, .controlCharacterInString)
            } else {
                index &+= 1
            }
        }
        position = index &+ 1
        return JSONString(start: base + open + 1, rawCount: index - open - 1, hasEscapes: escaped, offset: open)
    }

    /// High bit set in each byte lane that holds `"`, `\` or a byte below 0x20. Only the lowest
    /// flagged lane is exact (borrows can flag lanes above it), which is all the scanner uses.
    @inline(__always)
    static func specialByteMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let controls = (word &- ones &* 0x20) & ~word
        let quoteLanes = (quotes &- ones) & ~quotes
        let backslashLanes = (backslashes &- ones) & ~backslashes
        return (controls | quoteLanes | backslashLanes) & highs
    }

    /// Checks the escape whose backslash is at `index`; returns the index after it.
    mutating func endOfEscape(at index: Int) throws(JSONReaderError) -> Int {
        guard index + 1 < count else { throw JSONReaderError(offset: count, .unexpectedEnd) }
        switch base[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return index + 2
        case UInt8(ascii: "u"):
            guard index + 6 <= count else { throw JSONReaderError(offset: count, .unexpectedEnd) }
            for digit in 2..<6 where JSONString.hexValue(base[index + digit]) == 0xFF {
                throw JSONReaderError(offset: index, .invalidEscape)
            }
            return index + 6
        default:
            throw JSONReaderError(offset: index, .invalidEscape)
        }
    }
}
