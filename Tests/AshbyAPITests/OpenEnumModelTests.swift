import AshbyAPI
import Foundation
import XCTest

final class OpenEnumModelTests: XCTestCase {
    func testKnownValuesDecodeToTheirConstants() throws {
        let statuses = try JSONDecoder().decode([ApplicationStatus].self, from: Data(#"["Active","Hired","Archived","Lead"]"#.utf8))
        XCTAssertEqual(statuses, [.active, .hired, .archived, .lead])
    }

    func testUnknownValuesArePreservedAndReEncoded() throws {
        let decoded = try JSONDecoder().decode([InterviewScheduleStatus].self, from: Data(#"["Scheduled","PendingRobotReview"]"#.utf8))
        XCTAssertEqual(decoded[0], .scheduled)
        XCTAssertEqual(decoded[1].rawValue, "PendingRobotReview")
        XCTAssertNotEqual(decoded[1], .unknown)
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self), #"["Scheduled","PendingRobotReview"]"#)
    }

    func testUnknownValueInsideAModelSurvivesARoundTrip() throws {
        let json = #"{"id":"t1","title":"Phone screen","order":2,"stageType":"Sourcing"}"#
        let group = try JSONDecoder().decode(InterviewStageGroup.self, from: Data(json.utf8))
        XCTAssertEqual(group.stageType, "Sourcing")
        let again = try JSONDecoder().decode(InterviewStageGroup.self, from: try JSONEncoder().encode(group))
        XCTAssertEqual(again, group)
        XCTAssertEqual(again.stageType.rawValue, "Sourcing")
    }

    func testLiteralsRawValuesAndDescription() {
        let role: GlobalRole = "Organization Admin"
        XCTAssertEqual(role, .organizationAdmin)
        XCTAssertEqual(GlobalRole(rawValue: "Limited Access"), .limitedAccess)
        XCTAssertEqual(TrainingRole.reverseShadow.rawValue, "Reverse-Shadow")
        XCTAssertEqual(TrainingStageRole.reverseShadow.rawValue, "ReverseShadow")
        XCTAssertEqual(ApplicationHistoryAction.noAction.rawValue, "none")
        XCTAssertEqual(CompensationInterval.halfMonth.rawValue, "0.5 MONTH")
        XCTAssertEqual("\(OfferStatus.waitingOnApprovalStart)", "WaitingOnApprovalStart")
        XCTAssertEqual(Set<JobStatus>([.open, "Open", .closed]).count, 2)
    }

    func testNonStringValueIsATypeMismatch() {
        XCTAssertThrowsError(try JSONDecoder().decode([JobStatus].self, from: Data("[3]".utf8))) { error in
            guard case DecodingError.typeMismatch = error else { return XCTFail("got \(error)") }
        }
    }
}
