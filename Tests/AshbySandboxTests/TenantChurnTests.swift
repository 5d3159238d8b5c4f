import AshbyAPI
import AshbySandbox
import Foundation
import XCTest

final class TenantChurnTests: XCTestCase {
    func testBackgroundChurnChangesTheTenant() {
        var configuration = TenantHarness.configuration()
        configuration.churnPerMinute = 6000 // 100 per second
        let tenant = SandboxTenant(configuration: configuration)
        let token = tenant.pass("/application.list").token!
        let deadline = Date() + 5
        while tenant.stats.changes < 20, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        XCTAssertGreaterThanOrEqual(tenant.stats.changes, 20)
        XCTAssertTrue(tenant.call("/application.list", ["syncToken": .string(token)]).success)
    }

    func testChurnMakesEveryKindOfChange() {
        let tenant = TenantHarness.tenant()
        let before = tenant.stats
        let notesBefore = tenant.snapshot(of: "note").count
        let archivedBefore = tenant.snapshot(of: "application").filter { $0["status"] == "Archived" }.count
        tenant.applyChurn(count: 300)
        let after = tenant.stats
        XCTAssertEqual(after.changes, 300)
        XCTAssertGreaterThan(after.candidates, before.candidates)
        XCTAssertEqual(after.candidates - before.candidates, after.applications - before.applications)
        XCTAssertGreaterThan(tenant.snapshot(of: "note").count, notesBefore)
        XCTAssertGreaterThan(tenant.snapshot(of: "application").filter { $0["status"] == "Archived" }.count, archivedBefore)
        XCTAssertGreaterThan(after.feedbackSubmissions, before.feedbackSubmissions)
        // Histories stay consistent with the current stage.
        for application in tenant.snapshot(of: "application").prefix(200) {
            let id = application["id"]!
            let history = tenant.call("/application.info", ["applicationId": id]).json["results"]!["applicationHistory"]!.arrayValue!
            XCTAssertEqual(history.last?["stageId"], application["currentInterviewStage"]?["id"])
            XCTAssertNil(history.last?["leftStageAt"])
        }
    }
}
