import AshbyAPI
import AshbySandbox
import XCTest

final class TenantPaginationTests: XCTestCase {
    func testLimitSevenCoversEveryRecordOnceWhileChurning() {
        let tenant = TenantHarness.tenant()
        let before = Set(tenant.snapshot(of: "application").compactMap { $0["id"]?.stringValue })
        let pass = tenant.pass("/application.list", limit: 7) { tenant.applyChurn(count: 3) }
        let ids = pass.records.compactMap { $0["id"]?.stringValue }
        XCTAssertEqual(ids.count, Set(ids).count, "no duplicates")
        XCTAssertTrue(before.isSubset(of: Set(ids)), "no record present at the start is skipped")
        XCTAssertTrue(pass.records.allSatisfy { $0["id"] != nil })
        XCTAssertNotNil(pass.token)
        XCTAssertEqual(pass.pages, (ids.count + 6) / 7)
    }

    func testEveryPageCarriesMoreDataAvailableAndOnlyTheLastAToken() {
        let tenant = TenantHarness.tenant()
        var cursor: String? = nil
        var pages = 0
        repeat {
            var body: [String: JSONValue] = ["limit": 20]
            if let cursor { body["cursor"] = .string(cursor) }
            let answer = tenant.call("/candidate.list", .object(body))
            XCTAssertNotNil(answer.more)
            XCTAssertEqual(answer.syncToken == nil, answer.more == true)
            XCTAssertEqual(answer.nextCursor == nil, answer.more == false)
            cursor = answer.nextCursor
            pages += 1
        } while cursor != nil
        XCTAssertEqual(pages, 3) // 60 candidates
    }

    func testLimitIsClampedToOneHundred() {
        let tenant = TenantHarness.tenant(candidates: 150)
        XCTAssertEqual(tenant.call("/candidate.list", ["limit": 500]).results.count, 100)
        XCTAssertEqual(tenant.call("/candidate.list", [:]).results.count, 100)
        XCTAssertEqual(tenant.call("/candidate.list", ["limit": 0]).results.count, 1)
    }

    func testFilteredPassByJobCoversExactlyThatJob() {
        let tenant = TenantHarness.tenant()
        let jobID = tenant.landmarks.jobID
        let expected = tenant.snapshot(of: "application").filter { $0["job"]?["id"]?.stringValue == jobID }.compactMap { $0["id"]?.stringValue }
        let pass = tenant.pass("/application.list", ["jobId": .string(jobID)], limit: 3)
        XCTAssertEqual(pass.records.compactMap { $0["id"]?.stringValue }, expected)
        let archived = tenant.pass("/application.list", ["status": "Archived"], limit: 7)
        XCTAssertTrue(archived.records.allSatisfy { $0["status"] == "Archived" })
        XCTAssertEqual(archived.records.count, tenant.snapshot(of: "application").filter { $0["status"] == "Archived" }.count)
    }

    func testCursorErrors() {
        let clock = TenantHarness.Clock()
        let tenant = TenantHarness.tenant(clock: clock)
        let garbage = tenant.call("/candidate.list", ["cursor": "not-a-cursor"])
        XCTAssertEqual(garbage.reply.status, 200)
        XCTAssertFalse(garbage.success)
        XCTAssertEqual(garbage.code, "invalid_next_cursor")
        let first = tenant.call("/candidate.list", ["limit": 10])
        let cursor = first.nextCursor!
        // A cursor with one character changed, and a cursor of another list, are both invalid.
        var tampered = Array(cursor)
        tampered[5] = tampered[5] == "A" ? "B" : "A"
        XCTAssertEqual(tenant.call("/candidate.list", ["cursor": .string(String(tampered))]).code, "invalid_next_cursor")
        XCTAssertEqual(tenant.call("/application.list", ["cursor": .string(cursor)]).code, "invalid_next_cursor")
        XCTAssertTrue(tenant.call("/candidate.list", ["cursor": .string(cursor)]).success)
        clock.advance(3601)
        let expired = tenant.call("/candidate.list", ["cursor": .string(cursor)])
        XCTAssertEqual(expired.code, "next_cursor_expired")
        XCTAssertEqual(expired.json["errors"], ["next_cursor_expired"])
    }

    func testCursorsAreOpaque() {
        let tenant = TenantHarness.tenant()
        let cursor = tenant.call("/candidate.list", ["limit": 10]).nextCursor!
        XCTAssertNil(Int(cursor))
        XCTAssertGreaterThan(cursor.count, 20)
    }
}
