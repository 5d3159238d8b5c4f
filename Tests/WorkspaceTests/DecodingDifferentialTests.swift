import AshbyAPI
import AshbySandbox
import Foundation
import Workspace
import XCTest

/// Every page of a normal and a hostile sandbox tenant (escape sequences, bidi, emoji, huge and
/// empty strings), decoded by the `JSONReader` record decoders and by `JSONDecoder` + the
/// records' model initialisers: equal, record for record. Each page is also re-encoded with
/// every character escaped (surrogate pairs, `\/`, escaped keys) and extra whitespace, and
/// must still decode to the same records both ways.
final class DecodingDifferentialTests: XCTestCase {
    private func tenant(hostile: Bool) -> SandboxTenant {
        var configuration = SandboxConfiguration()
        configuration.seed = hostile ? 99 : 3
        configuration.candidates = 160
        configuration.jobs = 6
        configuration.hostile = hostile
        configuration.now = { Date(timeIntervalSince1970: 1_790_000_000) }
        return SandboxTenant(configuration: configuration)
    }

    /// The raw bodies of a full listing, page by page, straight from the tenant's wire protocol.
    private func pageBodies(_ tenant: SandboxTenant, _ endpoint: String, pageSize: Int = 23) throws -> [Data] {
        let transport = InProcessTransport(service: tenant.service)
        var bodies: [Data] = []
        var cursor: String?
        repeat {
            var request: [String: JSONValue] = ["limit": .number(Double(pageSize))]
            if let cursor { request["cursor"] = .string(cursor) }
            let response = try transport.send(HTTPRequest(url: "http://sandbox/\(endpoint)",
                                                          headers: [("Authorization", try APIKey("sandbox-key").authorizationHeader)],
                                                          body: JSONValue.object(request).serialized()))
            XCTAssertEqual(response.status, 200)
            bodies.append(response.body)
            let envelope = try JSONValue.parse(response.body)
            cursor = envelope["moreDataAvailable"]?.boolValue == true ? envelope["nextCursor"]?.stringValue : nil
        } while cursor != nil
        XCTAssertGreaterThan(bodies.count, 2, "several pages")
        return bodies
    }

    /// `results` of a page through `JSONReader`, each item read by `item`.
    private func readResults<Item>(_ body: Data, _ item: (inout JSONReader) throws -> Item) throws -> [Item] {
        try JSONReader.read(body) { reader in
            var items: [Item] = []
            try reader.beginObject()
            while let key = try reader.nextKey() {
                guard key == "results" else {
                    try reader.skipValue()
                    continue
                }
                try reader.beginArray()
                while try reader.nextElement() { items.append(try item(&reader)) }
            }
            return items
        }
    }

    private struct Results<Item: Decodable>: Decodable {
        var results: [Item]
    }

    /// The body and its everything-escaped twin.
    private func variants(of body: Data) throws -> [Data] {
        [body, Data(DecodingEscapedJSON.write(try JSONValue.parse(body)).utf8)]
    }

    func testApplicationsOfANormalAndAHostileTenant() throws {
        for hostile in [false, true] {
            var decoder = RecordDecoder()
            var all: [ApplicationRecord] = []
            for body in try pageBodies(tenant(hostile: hostile), "application.list") {
                for variant in try variants(of: body) {
                    let expected = try JSONDecoder().decode(Results<Application>.self, from: variant).results.map(ApplicationRecord.init)
                    let fast = try readResults(variant) { try decoder.application(&$0) }
                    let alone = try readResults(variant) { try ApplicationRecord(json: &$0) }
                    XCTAssertEqual(fast, expected)
                    XCTAssertEqual(alone, expected)
                    XCTAssertGreaterThan(fast.count, 0)
                    all += fast
                }
            }
            if hostile { assertHostile(all.flatMap { [$0.candidateName, $0.jobTitle, $0.sourceTitle ?? ""] }) }
            // Jobs, stages, plans, statuses and sources are interned: a few dozen strings for hundreds of records.
            XCTAssertLessThan(decoder.strings.count, 120)
        }
    }

    func testInterviewSchedulesWithEventsAndSeats() throws {
        for hostile in [false, true] {
            var decoder = RecordDecoder()
            var events = 0, seats = 0
            for body in try pageBodies(tenant(hostile: hostile), "interviewSchedule.list") {
                for variant in try variants(of: body) {
                    let expected = try JSONDecoder().decode(Results<InterviewSchedule>.self, from: variant).results.map(InterviewScheduleRecord.init)
                    let fast = try readResults(variant) { try decoder.interviewSchedule(&$0) }
                    XCTAssertEqual(fast, expected)
                    XCTAssertEqual(try readResults(variant) { try InterviewScheduleRecord(json: &$0) }, expected)
                    events += fast.reduce(0) { $0 + $1.events.count }
                    seats += fast.reduce(0) { $0 + $1.events.reduce(0) { $0 + $1.interviewers.count } }
                }
            }
            XCTAssertGreaterThan(events, 10)
            XCTAssertGreaterThan(seats, events)
        }
    }

    func testFeedbackAndItsFormsKeyedAsSplitKeysThem() throws {
        for hostile in [false, true] {
            var decoder = RecordDecoder()
            var all: [FeedbackRecord] = []
            for body in try pageBodies(tenant(hostile: hostile), "applicationFeedback.list") {
                for variant in try variants(of: body) {
                    let expected = try JSONDecoder().decode(Results<ApplicationFeedback>.self, from: variant).results.map(FeedbackRecord.split)
                    let fast = try readResults(variant) { try decoder.feedback(&$0) }
                    XCTAssertEqual(fast.map(\.0), expected.map(\.0))
                    XCTAssertEqual(fast.map(\.1), expected.map(\.1))
                    let alone = try readResults(variant) { try FeedbackRecord.split(json: &$0) }
                    XCTAssertEqual(alone.map(\.0), expected.map(\.0))
                    XCTAssertEqual(alone.map(\.1), expected.map(\.1))
                    all += fast.map(\.0)
                }
            }
            XCTAssertGreaterThan(all.count, 10)
            if hostile { assertHostile(all.flatMap { $0.values.values.compactMap(\.stringValue) }) }
        }
    }

    /// The same comparison through the client: `sync…Records` against `sync` + the model initialisers.
    func testClientListingsAgreePageForPage() throws {
        let tenant = tenant(hostile: true)
        let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:1"), apiKey: try APIKey("sandbox-key"),
                                 transport: InProcessTransport(service: tenant.service), retryPolicy: .none)
        var expected: [[ApplicationRecord]] = [], fast: [[ApplicationRecord]] = []
        let codableOutcome = try client.sync(AshbyList.applications, token: nil, pageSize: 31) { page, _ in
            expected.append(page.items.map(ApplicationRecord.init))
        }
        let fastOutcome = try client.syncApplicationRecords(token: nil, pageSize: 31) { page, _ in fast.append(page.items) }
        XCTAssertEqual(fast, expected)
        // Tokens carry the tenant's issue serial, so only their presence compares.
        XCTAssertEqual(fastOutcome.kind, codableOutcome.kind)
        XCTAssertEqual([fastOutcome.pages, fastOutcome.items], [codableOutcome.pages, codableOutcome.items])
        XCTAssertNotNil(fastOutcome.syncToken)

        var schedules: [[InterviewScheduleRecord]] = [], fastSchedules: [[InterviewScheduleRecord]] = []
        _ = try client.sync(AshbyList.interviewSchedules, token: nil, pageSize: 31) { page, _ in
            schedules.append(page.items.map(InterviewScheduleRecord.init))
        }
        _ = try client.syncInterviewScheduleRecords(token: nil, pageSize: 31) { page, _ in fastSchedules.append(page.items) }
        XCTAssertEqual(fastSchedules, schedules)

        var feedback: [[FeedbackRecord]] = [], fastFeedback: [[FeedbackRecord]] = []
        var forms: [[FormDefinition]] = [], fastForms: [[FormDefinition]] = []
        _ = try client.sync(AshbyList.applicationFeedback, token: nil, pageSize: 31) { page, _ in
            let split = page.items.map(FeedbackRecord.split)
            feedback.append(split.map(\.0))
            forms.append(split.map(\.1))
        }
        _ = try client.syncFeedbackRecords(token: nil, pageSize: 31) { page, _ in
            fastFeedback.append(page.items.map(\.0))
            fastForms.append(page.items.map(\.1))
        }
        XCTAssertEqual(fastFeedback, feedback)
        XCTAssertEqual(fastForms, forms)
    }

    /// The hostile tenant really was hostile: the equalities above covered every kind of bad text.
    private func assertHostile(_ strings: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(strings.contains { $0.contains("\u{1B}[31m") }, "SGR escape", file: file, line: line)
        XCTAssertTrue(strings.contains { $0.contains("\u{202E}") }, "bidi override", file: file, line: line)
        XCTAssertTrue(strings.contains { $0.unicodeScalars.contains { $0.value >= 0x1F000 } }, "emoji", file: file, line: line)
        XCTAssertTrue(strings.contains { $0.utf8.count > 500 }, "huge", file: file, line: line)
        XCTAssertTrue(strings.contains { $0.isEmpty }, "empty", file: file, line: line)
    }
}

/// JSON with every string character escaped (`\uXXXX` in both cases, surrogate pairs, `\/`,
/// the short escapes), keys included, and whitespace around every token.
enum DecodingEscapedJSON {
    static func write(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += " null "
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number):
            out += number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
        case .string(let string): out += escaped(string)
        case .array(let elements):
            out += "[ "
            for (index, element) in elements.enumerated() {
                if index > 0 { out += " ,\n" }
                write(element, into: &out)
            }
            out += " ]"
        case .object(let members):
            out += "{\t"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += ",\r\n " }
                out += escaped(key) + " : "
                write(members[key]!, into: &out)
            }
            out += " }"
        }
    }

    static func escaped(_ string: String) -> String {
        var out = "\""
        for (index, scalar) in string.unicodeScalars.enumerated() {
            let upper = index % 2 == 0
            func unit(_ value: UInt32) -> String {
                let hex = String(value, radix: 16, uppercase: upper)
                return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x2F: out += "\\/"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x10000...:
                let value = scalar.value - 0x10000
                out += unit(0xD800 + (value >> 10)) + unit(0xDC00 + (value & 0x3FF))
            default:
                out += unit(scalar.value)
            }
        }
        return out + "\""
    }
}
