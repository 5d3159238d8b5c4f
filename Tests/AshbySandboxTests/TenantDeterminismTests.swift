import AshbyAPI
import AshbySandbox
import XCTest

final class TenantDeterminismTests: XCTestCase {
    func testSameSeedGivesIdenticalBytes() {
        let first = TenantHarness.tenant(seed: 42, hostile: true)
        let second = TenantHarness.tenant(seed: 42, hostile: true)
        for path in ["/candidate.list", "/application.list", "/interviewSchedule.list", "/offer.list", "/user.list"] {
            let one = first.call(path, ["limit": 25]).reply
            let two = second.call(path, ["limit": 25]).reply
            XCTAssertEqual(one.body, two.body, path)
            XCTAssertEqual(one.headers.first { $0.name == "x-ashby-request-id" }?.value, two.headers.first { $0.name == "x-ashby-request-id" }?.value)
        }
        XCTAssertEqual(first.landmarks, second.landmarks)
        XCTAssertEqual(first.stats, second.stats)
    }

    func testChurnIsDeterministic() {
        let first = TenantHarness.tenant(seed: 9)
        let second = TenantHarness.tenant(seed: 9)
        first.applyChurn(count: 40)
        second.applyChurn(count: 40)
        XCTAssertEqual(first.snapshot(of: "application"), second.snapshot(of: "application"))
        XCTAssertEqual(first.snapshot(of: "note"), second.snapshot(of: "note"))
        XCTAssertEqual(first.stats.changes, 40)
    }

    func testDifferentSeedsDiffer() {
        let first = TenantHarness.tenant(seed: 1).call("/candidate.list", ["limit": 5]).reply.body
        let second = TenantHarness.tenant(seed: 2).call("/candidate.list", ["limit": 5]).reply.body
        XCTAssertNotEqual(first, second)
    }

    func testGeneratedTenantCoversTheDomain() {
        let tenant = TenantHarness.tenant()
        let users = tenant.snapshot(of: "user")
        XCTAssertEqual(Set(users.compactMap { $0["globalRole"]?.stringValue }),
                       ["Organization Admin", "Elevated Access", "Limited Access", "External Recruiter"])
        XCTAssertTrue(users.contains { $0["isEnabled"] == false })
        let stages = tenant.snapshot(of: "interviewStage")
        XCTAssertEqual(Set(stages.compactMap { $0["type"]?.stringValue }), ["Lead", "PreInterviewScreen", "Active", "Offer", "Hired", "Archived"])
        let offers = tenant.snapshot(of: "offer")
        XCTAssertEqual(Set(offers.compactMap { $0["offerStatus"]?.stringValue }),
                       ["WaitingOnApprovalStart", "WaitingOnOfferApproval", "WaitingOnApprovalDefinition", "WaitingOnCandidateResponse",
                        "CandidateRejected", "CandidateAccepted", "OfferCancelled"])
        let applications = tenant.snapshot(of: "application")
        let statuses = Dictionary(grouping: applications, by: { $0["status"]?.stringValue ?? "" }).mapValues(\.count)
        XCTAssertGreaterThan(statuses["Archived"] ?? 0, statuses["Hired"] ?? 0)
        XCTAssertGreaterThan(statuses["Active"] ?? 0, 0)
        XCTAssertTrue(applications.filter { $0["status"] == "Archived" }.allSatisfy { $0["archiveReason"] != nil && $0["archivedAt"] != nil })
        let schedules = tenant.snapshot(of: "interviewSchedule")
        XCTAssertTrue(schedules.contains { $0["status"] == "NeedsScheduling" })
        XCTAssertTrue(schedules.contains { $0["status"] == "WaitingOnFeedback" })
        // A double-booked interviewer: two events with the same interviewer and the same start.
        let events = tenant.snapshot(of: "interviewEvent")
        var seen = Set<String>()
        var conflict = false
        for event in events {
            for interviewer in event["interviewers"]?.arrayValue ?? [] {
                let key = "\(interviewer["id"]?.stringValue ?? "")@\(event["startTime"]?.stringValue ?? "")"
                if !seen.insert(key).inserted { conflict = true }
            }
        }
        XCTAssertTrue(conflict, "expected a double-booked interviewer")
    }
}
