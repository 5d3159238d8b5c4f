import Foundation

/// A strict, allocation-light pull parser over UTF-8 JSON bytes, for decoding large list pages
/// straight into lean records (≈ 10x `JSONDecoder` on Ashby pages; see `ashby-bench`).
///
/// The reader walks one buffer front to back. Objects are read with `beginObject()` and a
/// `while let key = try nextKey()` loop, arrays with `beginArray()` and `while try nextElement()`;
/// every key must be followed by exactly one value read (`readString()`, `readInt()`, …, or
/// `skipValue()`). Keys come back as `JSONString` tokens that compare to literals byte by byte
/// without allocating; strings are allocated only when a caller asks for one.
///
/// Strict: truncated input, trailing commas, bad literals, leading zeros, unescaped control
/// characters, unknown escapes, lone UTF-16 surrogate escapes in a decoded string and invalid
/// UTF-8 in a decoded string all throw a `JSONReaderError` with the byte offset. Skipped values
/// are checked for syntax (escapes included) but their strings are not UTF-8-validated.
///
/// The reader borrows the bytes: use it only inside the closure that lent them
/// (`JSONReader.read(_:_:)` or `withUnsafeBytes`).
public struct JSONReader {
    /// Containers nested deeper than this are refused rather than risking the stack.
    public static let maxDepth = 512

    @usableFromInline let base: UnsafePointer<UInt8>
    @usableFromInline let count: Int
    @usableFromInline var position: Int
    @usableFromInline var depth = 0
    /// Set on entering a container; the first `nextKey`/`nextElement` expects no comma.
    @usableFromInline var atContainerStart = false

    /// A reader over `bytes`, which must stay valid while the reader is used.
    public init(_ bytes: UnsafeRawBufferPointer) {
        self.count = bytes.count
        if let address = bytes.baseAddress {
            self.base = address.assumingMemoryBound(to: UInt8.self)
        } else {
            self.base = JSONReader.emptyInput
        }
        self.position = 0
    }

    // Never written; an empty input is never dereferenced, it just needs an address.
    nonisolated(unsafe) private static let emptyInput: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    /// Reads one whole JSON document: `body` reads the top-level value, then only whitespace may follow.
    public static func read<Bytes: ContiguousBytes, Value>(_ bytes: Bytes, _ body: (inout JSONReader) throws -> Value) throws -> Value {
        try bytes.withUnsafeBytes { raw in
            var reader = JSONReader(raw)
            let value = try body(&reader)
            try reader.finish()
            return value
        }
    }

    /// Byte offset of the next byte to read.
    public var offset: Int { position }

    /// Throws unless only whitespace is left.
    public mutating func finish() throws(JSONReaderError) {
        while position < count, JSONReader.isWhitespace(base[position]) { position += 1 }
        guard position == count else { throw JSONReaderError(offset: position, .trailingBytes) }
    }

    // MARK: - Looking ahead

    /// The kind of the next value, without consuming it.
    public mutating func peek() throws(JSONReaderError) -> JSONKind {
        let byte = try significantByte()
        guard let kind = JSONReader.kind(startingWith: byte) else {
            throw JSONReaderError(offset: position, .unexpectedByte(byte, expected: "a value"))
        }
        return kind
    }

    /// Consumes a `null` if one comes next; true when it did. For optional fields:
    /// `let email = try reader.skipNull() ? nil : try reader.readString()`.
    public mutating func skipNull() throws(JSONReaderError) -> Bool {
        guard try significantByte() == UInt8(ascii: "n") else { return false }
        try literal(JSONReader.nullBytes)
        return true
    }

    // MARK: - Containers

    /// Enters an object. Returns the offset of its `{` (for `missingField` errors).
    @discardableResult
    public mutating func beginObject() throws(JSONReaderError) -> Int {
        let byte = try significantByte()
        guard byte == UInt8(ascii: "{") else { throw mismatch(expected: "object", byte) }
        let start = position
        try enterContainer()
        return start
    }

    /// The next key of the current object, positioned on its value; nil after the closing `}`.
    @inlinable
    public mutating func nextKey() throws(JSONReaderError) -> JSONString? {
        var byte = try significantByte()
        if byte == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            atContainerStart = false
            return nil
        }
        if atContainerStart {
            atContainerStart = false
        } else {
            guard byte == UInt8(ascii: ",") else { throw JSONReaderError(offset: position, .unexpectedByte(byte, expected: "',' or '}'")) }
            position += 1
            byte = try significantByte()
        }
        guard byte == UInt8(ascii: "\"") else { throw JSONReaderError(offset: position, .unexpectedByte(byte, expected: "a key string")) }
        let key = try scanString()
        byte = try significantByte()
        guard byte == UInt8(ascii: ":") else { throw JSONReaderError(offset: position, .unexpectedByte(byte, expected: "':'")) }
        position += 1
        return key
    }

    /// Enters an array. Returns the offset of its `[`.
    @discardableResult
    public mutating func beginArray() throws(JSONReaderError) -> Int {
        let byte = try significantByte()
        guard byte == UInt8(ascii: "[") else { throw mismatch(expected: "array", byte) }
        let start = position
        try enterContainer()
        return start
    }

    /// True when another element follows (positioned on it); false after the closing `]`.
    @inlinable
    public mutating func nextElement() throws(JSONReaderError) -> Bool {
        let byte = try significantByte()
        if byte == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            atContainerStart = false
            return false
        }
        if atContainerStart {
            atContainerStart = false
            return true
        }
        guard byte == UInt8(ascii: ",") else { throw JSONReaderError(offset: position, .unexpectedByte(byte, expected: "',' or ']'")) }
        position += 1
        return true
    }

    // MARK: - Scalars

    public mutating func readBool() throws(JSONReaderError) -> Bool {
        let byte = try significantByte()
        if byte == UInt8(ascii: "t") {
            try literal(JSONReader.trueBytes)
            return true
        }
        if byte == UInt8(ascii: "f") {
            try literal(JSONReader.falseBytes)
            return false
        }
        throw mismatch(expected: "bool", byte)
    }

    /// A string, unescaped and UTF-8-validated.
    @inlinable
    public mutating func readString() throws(JSONReaderError) -> String {
        try readRawString().decoded()
    }

    /// A string or null.
    @inlinable
    public mutating func readOptionalString() throws(JSONReaderError) -> String? {
        try skipNull() ? nil : readString()
    }

    /// A string as a token over the input bytes: compare it or intern it before allocating.
    @inlinable
    public mutating func readRawString() throws(JSONReaderError) -> JSONString {
        let byte = try significantByte()
        guard byte == UInt8(ascii: "\"") else { throw mismatch(expected: "string", byte) }
        return try scanString()
    }

    // MARK: - Internals shared by the reader's files

    /// Skips whitespace and returns the next byte without consuming it.
    @inlinable @inline(__always)
    mutating func significantByte() throws(JSONReaderError) -> UInt8 {
        while position < count {
            let byte = base[position]
            if byte > 0x20 || !JSONReader.isWhitespace(byte) { return byte }
            position += 1
        }
        throw JSONReaderError(offset: position, .unexpectedEnd)
    }

    @inlinable @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    @usableFromInline
    mutating func enterContainer() throws(JSONReaderError) {
        guard depth < JSONReader.maxDepth else { throw JSONReaderError(offset: position, .tooDeep) }
        depth += 1
        position += 1
        atContainerStart = true
    }

    static func kind(startingWith byte: UInt8) -> JSONKind? {
        switch byte {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: return nil
        }
    }

    /// The error for finding `byte` where a value of kind `expected` should start.
    @usableFromInline
    func mismatch(expected: String, _ byte: UInt8) -> JSONReaderError {
        if let found = JSONReader.kind(startingWith: byte) {
            return JSONReaderError(offset: position, .typeMismatch(expected: expected, found: found))
        }
        return JSONReaderError(offset: position, .unexpectedByte(byte, expected: expected))
    }

    static let trueBytes: [UInt8] = Array("true".utf8)
    static let falseBytes: [UInt8] = Array("false".utf8)
    static let nullBytes: [UInt8] = Array("null".utf8)

    mutating func literal(_ expected: [UInt8]) throws(JSONReaderError) {
        for (index, byte) in expected.enumerated() {
            guard position + index < count else { throw JSONReaderError(offset: count, .unexpectedEnd) }
            guard base[position + index] == byte else { throw JSONReaderError(offset: position, .invalidLiteral) }
        }
        position += expected.count
    }
}
