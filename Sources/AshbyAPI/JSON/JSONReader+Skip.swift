extension JSONReader {
    /// Skips the next value of any kind, checking its syntax without building anything.
    public mutating func skipValue() throws(JSONReaderError) {
        let byte = try significantByte()
        switch byte {
        case UInt8(ascii: "\""):
            _ = try scanString()
        case UInt8(ascii: "{"):
            try skipObject()
        case UInt8(ascii: "["):
            try skipArray()
        case UInt8(ascii: "t"):
            try literal(JSONReader.trueBytes)
        case UInt8(ascii: "f"):
            try literal(JSONReader.falseBytes)
        case UInt8(ascii: "n"):
            try literal(JSONReader.nullBytes)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = try scanNumber()
        default:
            throw JSONReaderError(offset: position, .unexpectedByte(byte, expected: "a value"))
        }
    }

    /// Skips the value and returns the input bytes it spanned (for caching by content).
    public mutating func skipValueReturningBytes() throws(JSONReaderError) -> UnsafeBufferPointer<UInt8> {
        _ = try significantByte()
        let start = position
        try skipValue()
        return UnsafeBufferPointer(start: base + start, count: position - start)
    }

    private mutating func skipObject() throws(JSONReaderError) {
        try enterContainer()
        var byte = try significantByte()
        if byte == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            atContainerStart = false
            return
        }
        while true {
            guard byte == UInt8(ascii: "\"") else { throw JSONReaderError(offset: position, .unexpectedByte(byte, expected: "a key string")) }
            _ = try scanString()
            byte = try significantByte()
            guard byte == UInt8(ascii: ":") else { throw JSONReaderError(offset: position, .unexpectedByte(byte, expected: "':'")) }
            position += 1
            try skipValue()
            byte = try significantByte()
            position += 1
            if byte == UInt8(ascii: "}") { break }
            guard byte == UInt8(ascii: ",") else { throw JSONReaderError(offset: position - 1, .unexpectedByte(byte, expected: "',' or '}'")) }
            byte = try significantByte()
        }
        depth -= 1
        atContainerStart = false
    }

    private mutating func skipArray() throws(JSONReaderError) {
        try enterContainer()
        var byte = try significantByte()
        if byte == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            atContainerStart = false
            return
        }
        while true {
            try skipValue()
            byte = try significantByte()
            position += 1
            if byte == UInt8(ascii: "]") { break }
            guard byte == UInt8(ascii: ",") else { throw JSONReaderError(offset: position - 1, .unexpectedByte(byte, expected: "',' or ']'")) }
        }
        depth -= 1
        atContainerStart = false
    }
}
