/// Why `JSONReader` stopped, and the byte offset in the input where it did.
public struct JSONReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong at `offset`.
    public enum Problem: Sendable, Equatable {
        /// The input ended inside a value.
        case unexpectedEnd
        /// A byte that cannot stand here; `expected` says what could.
        case unexpectedByte(UInt8, expected: String)
        /// A well-formed value of the wrong kind for what the caller reads.
        case typeMismatch(expected: String, found: JSONKind)
        /// A backslash followed by something JSON does not define, or `\u` without four hex digits.
        case invalidEscape
        /// A `\u` escape of a lone UTF-16 surrogate (a high one not followed by a low one, or a low one alone).
        case unpairedSurrogate
        /// A raw byte below 0x20 inside a string (JSON requires it escaped).
        case controlCharacterInString
        /// A string's bytes are not valid UTF-8.
        case invalidUTF8
        /// Not a JSON number: `01`, `1.`, `-`, `1e`, `+1`, `.5`.
        case invalidNumber
        /// A number that does not fit what was asked (Int overflow, a fraction where an integer is
        /// required, a Double beyond ±1.8e308).
        case numberOutOfRange
        /// `tru`, `nul`, `False`…
        case invalidLiteral
        /// Something other than whitespace after the one top-level value.
        case trailingBytes
        /// Containers nested deeper than `JSONReader.maxDepth`.
        case tooDeep
        /// An object lacks a field the caller requires; `offset` is the object's `{`.
        case missingField(String)
        /// A value the caller could not accept (a malformed date, say).
        case invalidValue(String)
    }

    public var offset: Int
    public var problem: Problem

    public init(offset: Int, _ problem: Problem) {
        self.offset = offset
        self.problem = problem
    }

    /// The problem in a few words, without the offset ("expected string, found number").
    public var reason: String {
        switch problem {
        case .unexpectedEnd: return "unexpected end of input"
        case .unexpectedByte(let byte, let expected): return "expected \(expected), found \(Self.describe(byte))"
        case .typeMismatch(let expected, let found): return "expected \(expected), found \(found)"
        case .invalidEscape: return "invalid escape sequence"
        case .unpairedSurrogate: return "unpaired UTF-16 surrogate escape"
        case .controlCharacterInString: return "unescaped control character in string"
        case .invalidUTF8: return "invalid UTF-8"
        case .invalidNumber: return "invalid number"
        case .numberOutOfRange: return "number out of range"
        case .invalidLiteral: return "invalid literal"
        case .trailingBytes: return "unexpected bytes after the value"
        case .tooDeep: return "nested too deeply"
        case .missingField(let name): return "required field \"\(name)\" missing"
        case .invalidValue(let why): return why
        }
    }

    public var description: String { "\(reason) at byte \(offset)" }

    /// True when the input is not JSON at all (rather than JSON the caller cannot accept).
    public var isSyntaxError: Bool {
        switch problem {
        case .unexpectedEnd, .unexpectedByte, .invalidEscape, .controlCharacterInString, .invalidNumber, .invalidLiteral,
            .trailingBytes, .tooDeep:
            return true
        case .typeMismatch, .unpairedSurrogate, .invalidUTF8, .numberOutOfRange, .missingField, .invalidValue:
            return false
        }
    }

    private static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(hex.count == 1 ? "0" + hex : hex)"
    }
}

/// The kind of a JSON value, from its first byte.
public enum JSONKind: String, Sendable, Equatable, CustomStringConvertible {
    case object, array, string, number, bool, null

    public var description: String { rawValue }
}
