import Foundation

/// A number token: where it is and its decimal digits as an integer mantissa and a power of ten.
struct JSONNumberToken {
    var start: Int
    var end: Int
    var negative: Bool
    /// The significant digits, exact unless `truncated`.
    var mantissa: UInt64
    /// Digits beyond UInt64's reach were dropped (the exponent accounts for them).
    var truncated: Bool
    var decimalExponent: Int
    /// No fraction and no exponent in the text.
    var isIntegerLiteral: Bool
}

extension JSONReader {
    /// An integer. Accepts any JSON number whose value is a whole number that fits `Int`
    /// (`3`, `-0`, `3.0`, `3e2`); throws `numberOutOfRange` for `3.5` or `1e19`.
    public mutating func readInt() throws(JSONReaderError) -> Int {
        let byte = try significantByte()
        guard byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else {
            throw mismatch(expected: "integer", byte)
        }
        let token = try scanNumber()
        if token.isIntegerLiteral && !token.truncated {
            if token.negative {
                guard token.mantissa <= UInt64(Int.max) + 1 else { throw JSONReaderError(offset: token.start, .numberOutOfRange) }
                return token.mantissa == UInt64(Int.max) + 1 ? Int.min : -Int(token.mantissa)
            }
            guard token.mantissa <= UInt64(Int.max) else { throw JSONReaderError(offset: token.start, .numberOutOfRange) }
            return Int(token.mantissa)
        }
        guard let whole = Int(exactly: try double(of: token)) else { throw JSONReaderError(offset: token.start, .numberOutOfRange) }
        return whole
    }

    /// A number as the nearest Double (correctly rounded); throws `numberOutOfRange` beyond ±1.8e308.
    public mutating func readDouble() throws(JSONReaderError) -> Double {
        let byte = try significantByte()
        guard byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else {
            throw mismatch(expected: "number", byte)
        }
        return try double(of: scanNumber())
    }

    /// Scans a number starting at `position` (a `-` or a digit), checking JSON's grammar.
    mutating func scanNumber() throws(JSONReaderError) -> JSONNumberToken {
        let start = position
        var index = position
        var token = JSONNumberToken(start: start, end: start, negative: false, mantissa: 0, truncated: false,
                                    decimalExponent: 0, isIntegerLiteral: true)
        @inline(__always) func digit(at index: Int) -> UInt8? {
            guard index < count else { return nil }
            let value = base[index] &- UInt8(ascii: "0")
            return value < 10 ? value : nil
        }
        @inline(__always) func accumulate(_ value: UInt8) -> Bool {
            let (times, overflowTimes) = token.mantissa.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(UInt64(value))
            if overflowTimes || overflowSum {
                token.truncated = true
                return false
            }
            token.mantissa = sum
            return true
        }

        if base[index] == UInt8(ascii: "-") {
            token.negative = true
            index += 1
        }
        guard index < count else { throw JSONReaderError(offset: count, .unexpectedEnd) }
        guard let first = digit(at: index) else { throw JSONReaderError(offset: index, .invalidNumber) }
        index += 1
        if first == 0 {
            if digit(at: index) != nil { throw JSONReaderError(offset: start, .invalidNumber) }
        } else {
            token.mantissa = UInt64(first)
            while let next = digit(at: index) {
                // Integer digits past UInt64's precision still count, as powers of ten.
                if token.truncated || !accumulate(next) { token.decimalExponent += 1 }
                index += 1
            }
        }
        if index < count, base[index] == UInt8(ascii: ".") {
            token.isIntegerLiteral = false
            index += 1
            guard index < count else { throw JSONReaderError(offset: count, .unexpectedEnd) }
            guard digit(at: index) != nil else { throw JSONReaderError(offset: index, .invalidNumber) }
            while let next = digit(at: index) {
                if !token.truncated && accumulate(next) { token.decimalExponent -= 1 }
                index += 1
            }
        }
        if index < count, base[index] == UInt8(ascii: "e") || base[index] == UInt8(ascii: "E") {
            token.isIntegerLiteral = false
            index += 1
            var exponentNegative = false
            if index < count, base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") {
                exponentNegative = base[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < count else { throw JSONReaderError(offset: count, .unexpectedEnd) }
            guard digit(at: index) != nil else { throw JSONReaderError(offset: index, .invalidNumber) }
            var exponent = 0
            while let next = digit(at: index) {
                // Beyond a million the value is 0 or infinite anyway; capping keeps the arithmetic safe.
                exponent = min(exponent * 10 + Int(next), 1_000_000)
                index += 1
            }
            token.decimalExponent += exponentNegative ? -exponent : exponent
        }
        token.end = index
        position = index
        return token
    }

    private static let exactPowersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// The correctly rounded Double of a token: exact arithmetic when both the mantissa and
    /// the power of ten are exact Doubles (Clinger's fast path), `strtod` otherwise.
    func double(of token: JSONNumberToken) throws(JSONReaderError) -> Double {
        var value: Double
        if !token.truncated, token.mantissa <= 1 << 53, abs(token.decimalExponent) <= 22 {
            value = Double(token.mantissa)
            let power = JSONReader.exactPowersOfTen[abs(token.decimalExponent)]
            value = token.decimalExponent < 0 ? value / power : value * power
            if token.negative { value = -value }
        } else {
            let text = String(decoding: UnsafeBufferPointer(start: base + token.start, count: token.end - token.start), as: UTF8.self)
            guard let parsed = Double(text) else { throw JSONReaderError(offset: token.start, .invalidNumber) }
            value = parsed
        }
        guard value.isFinite else { throw JSONReaderError(offset: token.start, .numberOutOfRange) }
        return value
    }
}
