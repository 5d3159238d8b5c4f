import AshbyAPI

/// A JSON object under construction; optional members are simply left out when nil.
typealias JSONObject = [String: JSONValue]

extension Dictionary where Key == String, Value == JSONValue {
    mutating func put(_ key: String, _ value: String?) {
        if let value { self[key] = .string(value) }
    }

    mutating func put(_ key: String, time: Millis?) {
        if let time { self[key] = .string(TenantTime.iso(time)) }
    }

    mutating func put(_ key: String, _ value: JSONValue?) {
        if let value { self[key] = value }
    }
}

extension JSONValue {
    static func time(_ ms: Millis) -> JSONValue { .string(TenantTime.iso(ms)) }
    static func int(_ value: Int) -> JSONValue { .number(Double(value)) }
    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}
