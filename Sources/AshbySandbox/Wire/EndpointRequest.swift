import AshbyAPI

/// A logical failure: answered as HTTP 200 with `success:false` and this code.
struct EndpointError: Error {
    var code: String
    var message: String

    static func invalidInput(_ message: String) -> EndpointError { EndpointError(code: "invalid_input", message: message) }
}

/// One authenticated request to an endpoint: the parsed body and who sent it.
struct EndpointRequest {
    var path: String
    var body: [String: JSONValue]
    var now: Millis
    var key: SandboxAPIKey

    func has(_ name: String) -> Bool { body[name] != nil && body[name] != .null }

    func string(_ name: String) throws -> String? {
        guard let value = body[name], value != .null else { return nil }
        guard let text = value.stringValue else { throw EndpointError.invalidInput("\(name) must be a string") }
        return text
    }

    func requiredString(_ name: String) throws -> String {
        guard let text = try string(name), !text.isEmpty else { throw EndpointError.invalidInput("\(name) is required") }
        return text
    }

    func bool(_ name: String) throws -> Bool? {
        guard let value = body[name], value != .null else { return nil }
        guard let flag = value.boolValue else { throw EndpointError.invalidInput("\(name) must be a boolean") }
        return flag
    }

    func int(_ name: String) throws -> Int? {
        guard let value = body[name], value != .null else { return nil }
        guard let number = value.doubleValue, number.isFinite, abs(number) < 9.0e15 else { throw EndpointError.invalidInput("\(name) must be a number") }
        return Int(number)
    }

    func strings(_ name: String) throws -> [String]? {
        guard let value = body[name], value != .null else { return nil }
        guard let items = value.arrayValue else { throw EndpointError.invalidInput("\(name) must be an array") }
        return try items.map { item in
            guard let text = item.stringValue else { throw EndpointError.invalidInput("\(name) must contain strings") }
            return text
        }
    }

    /// `limit`: default and maximum 100, clamped.
    func limit() throws -> Int {
        guard let limit = try int("limit") else { return 100 }
        return min(100, max(1, limit))
    }

    /// `createdAfter` (epoch ms) as a row filter.
    func createdAfter() throws -> Millis? { try int("createdAfter").map(Millis.init) }

    func expand() throws -> Set<String> { Set(try strings("expand") ?? []) }
}

/// Top-level members of a success body besides `success`.
typealias EndpointAnswer = [String: JSONValue]

/// An endpoint: the permission it needs and what it does.
struct Route: Sendable {
    var permission: String
    var isWrite: Bool
    var run: @Sendable (TenantEngine, EndpointRequest) throws -> EndpointAnswer
}
