import AshbyAPI
import AshbySandbox
import Foundation
import XCTest

/// Shared helpers for the tenant tests: small tenants on a fixed clock, and typed calls.
enum TenantHarness {
    /// 2024-03-01T12:00:00Z.
    static let epoch = Date(timeIntervalSince1970: 1_709_294_400)

    /// A mutable clock tests can move.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var current: Date
        init(_ start: Date = TenantHarness.epoch) { current = start }
        var now: Date { lock.withLock { current } }
        func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
    }

    static func configuration(seed: UInt64 = 7, candidates: Int = 60, jobs: Int = 6, clock: Clock = Clock(), hostile: Bool = false) -> SandboxConfiguration {
        var configuration = SandboxConfiguration()
        configuration.seed = seed
        configuration.candidates = candidates
        configuration.jobs = jobs
        configuration.hostile = hostile
        configuration.now = { clock.now }
        return configuration
    }

    static func tenant(seed: UInt64 = 7, candidates: Int = 60, jobs: Int = 6, clock: Clock = Clock(), hostile: Bool = false) -> SandboxTenant {
        SandboxTenant(configuration: configuration(seed: seed, candidates: candidates, jobs: jobs, clock: clock, hostile: hostile))
    }

    static let authorization = "Basic " + Data("sandbox-key:".utf8).base64EncodedString()
}

/// One parsed answer.
struct TenantAnswer {
    var reply: SandboxReply
    var json: JSONValue

    var success: Bool { json["success"]?.boolValue ?? false }
    var code: String? { json["errorInfo"]?["code"]?.stringValue }
    var results: [JSONValue] { json["results"]?.arrayValue ?? [] }
    var ids: [String] { results.compactMap { $0["id"]?.stringValue } }
    var nextCursor: String? { json["nextCursor"]?.stringValue }
    var syncToken: String? { json["syncToken"]?.stringValue }
    var more: Bool? { json["moreDataAvailable"]?.boolValue }
}

extension SandboxTenant {
    /// POSTs `body` to `path` with the default key; records the exchange when ASHBY_SANDBOX_EXCHANGES names a file.
    @discardableResult
    func call(_ path: String, _ body: JSONValue = [:], authorization: String? = TenantHarness.authorization) -> TenantAnswer {
        var headers: [String: String] = ["content-type": "application/json"]
        if let authorization { headers["authorization"] = authorization }
        let reply = handle(SandboxRequest(method: "POST", path: path, headers: headers, body: body.serialized()))
        let json = (try? JSONValue.parse(reply.body)) ?? .null
        ExchangeLog.shared.record(path: path, status: reply.status, request: body, response: json)
        return TenantAnswer(reply: reply, json: json)
    }

    /// Every page of a list pass; `between` runs after each page (e.g. to apply churn).
    func pass(_ path: String, _ body: [String: JSONValue] = [:], limit: Int = 100, between: () -> Void = {}) -> (records: [JSONValue], token: String?, pages: Int) {
        var records: [JSONValue] = []
        var cursor: String? = nil
        var pages = 0
        while true {
            var request = body
            request["limit"] = .number(Double(limit))
            if let cursor { request["cursor"] = .string(cursor) }
            let answer = call(path, .object(request))
            pages += 1
            guard answer.success else { XCTFail("\(path) failed: \(answer.json.serializedString)"); return (records, nil, pages) }
            records += answer.results
            if answer.more == true, let next = answer.nextCursor {
                cursor = next
                between()
            } else {
                return (records, answer.syncToken, pages)
            }
        }
    }
}

/// Appends exchanges as JSON lines for Tests/Conformance/validate_exchanges.py.
final class ExchangeLog: @unchecked Sendable {
    static let shared = ExchangeLog()
    private let lock = NSLock()
    private let handle: Foundation.FileHandle?

    private init() {
        guard let path = ProcessInfo.processInfo.environment["ASHBY_SANDBOX_EXCHANGES"] else { handle = nil; return }
        FileManager.default.createFile(atPath: path, contents: nil)
        handle = Foundation.FileHandle(forWritingAtPath: path)
    }

    func record(path: String, status: Int, request: JSONValue, response: JSONValue) {
        guard let handle else { return }
        let line: JSONValue = ["path": .string(path), "status": .number(Double(status)), "request": request, "response": response]
        lock.withLock { handle.write(line.serialized() + Data("\n".utf8)) }
    }
}
