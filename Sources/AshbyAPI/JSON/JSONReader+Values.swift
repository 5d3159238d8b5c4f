extension JSONReader {
    /// Any value as a `JSONValue`, the same tree `JSONDecoder` builds for it (numbers as Double,
    /// a repeated key keeps its last value).
    public mutating func readValue() throws(JSONReaderError) -> JSONValue {
        switch try peek() {
        case .object:
            try beginObject()
            var members: [String: JSONValue] = [:]
            while let key = try nextKey() {
                let name = try key.decoded()
                members[name] = try readValue()
            }
            return .object(members)
        case .array:
            try beginArray()
            var elements: [JSONValue] = []
            while try nextElement() { elements.append(try readValue()) }
            return .array(elements)
        case .string:
            return .string(try readString())
        case .number:
            return .number(try readDouble())
        case .bool:
            return .bool(try readBool())
        case .null:
            _ = try skipNull()
            return .null
        }
    }

    /// An ISO-8601 date-time string as a `Timestamp`, parsed from the bytes without making a String.
    public mutating func readTimestamp() throws(JSONReaderError) -> Timestamp {
        let token = try readRawString()
        let seconds: Double?
        if token.hasEscapes {
            seconds = (try? token.withUnescapedBytes { Timestamp.parse($0) }) ?? nil
        } else {
            seconds = Timestamp.parse(token.rawBytes)
        }
        guard let seconds else { throw JSONReaderError(offset: token.offset, .invalidValue("not an ISO-8601 date-time")) }
        return Timestamp(secondsSince1970: seconds)
    }

    /// A timestamp or null.
    public mutating func readOptionalTimestamp() throws(JSONReaderError) -> Timestamp? {
        try skipNull() ? nil : readTimestamp()
    }

    /// A bool or null.
    public mutating func readOptionalBool() throws(JSONReaderError) -> Bool? {
        try skipNull() ? nil : readBool()
    }

    /// An array of strings.
    public mutating func readStringArray() throws(JSONReaderError) -> [String] {
        try beginArray()
        var strings: [String] = []
        while try nextElement() { strings.append(try readString()) }
        return strings
    }
}
