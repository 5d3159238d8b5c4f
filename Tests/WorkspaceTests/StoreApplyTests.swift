import AshbyAPI
import Foundation
import XCTest
@testable import Workspace

final class StoreApplyTests: XCTestCase {
    typealias F = StoreFixture

    func testInsertThenUpdateThenRemoveReportsEachChange() {
        let store = EntityStore()
        let inserted = store.apply(F.delta { $0.applications = [F.application("a1"), F.application("a2")] }, now: F.date(0))
        XCTAssertEqual(inserted[.applications], ResourceChanges(inserted: ["a1", "a2"]))
        XCTAssertEqual(store.applications.count, 2)

        var renamed = F.application("a1", name: "Grace", updated: 10)
        renamed.stageEnteredAt = nil
        let updated = store.apply(F.delta { $0.applications = [renamed] }, now: F.date(20))
        XCTAssertEqual(updated[.applications], ResourceChanges(updated: ["a1"]))
        XCTAssertEqual(store.applications["a1"]?.candidateName, "Grace")
        XCTAssertTrue(updated.movedApplications.isEmpty)

        let removed = store.apply(F.delta { $0.removals = [.applications: ["a2", "missing"]] }, now: F.date(30))
        XCTAssertEqual(removed[.applications], ResourceChanges(removed: ["a2"]))
        XCTAssertEqual(Set(store.applications.keys), ["a1"])
        XCTAssertEqual(store.applicationCount(jobId: "job-1"), 1)
    }

    func testUpsertOfAnEqualRecordIsNoChange() {
        let store = EntityStore()
        store.apply(F.delta { $0.applications = [F.application("a1")] }, now: F.date(0))
        let again = store.apply(F.delta { $0.applications = [F.application("a1")] }, now: F.date(0))
        XCTAssertTrue(again.isEmpty)
    }

    func testMoveReportsTheMoveAndStampsStageEntryWithTheMoveTime() {
        let store = EntityStore()
        store.apply(F.delta { $0.applications = [F.application("a1", stage: "stage-a", updated: 0, entered: -500)] }, now: F.date(0))
        let moved = store.apply(F.delta { $0.applications = [F.application("a1", stage: "stage-b", updated: 900)] }, now: F.date(1000))
        XCTAssertEqual(moved.movedApplications, [ApplicationMove(applicationId: "a1", fromStageId: "stage-a", toStageId: "stage-b")])
        XCTAssertEqual(moved[.applications], ResourceChanges(updated: ["a1"]))
        XCTAssertEqual(store.applications["a1"]?.stageEnteredAt, F.time(900))
        XCTAssertEqual(store.applicationCount(jobId: "job-1", stageId: "stage-a"), 0)
        XCTAssertEqual(store.applicationCount(jobId: "job-1", stageId: "stage-b"), 1)
        XCTAssertEqual(store.stageIdsWithApplications(jobId: "job-1"), ["stage-b"])
    }

    func testARolledBackMoveRestoresTheOriginalEntryTime() {
        let store = EntityStore()
        let original = F.application("a1", stage: "stage-a", updated: 0, entered: -500)
        store.apply(F.delta { $0.applications = [original] }, now: F.date(0))
        var optimistic = F.application("a1", stage: "stage-b", updated: 900)
        optimistic.stageEnteredAt = F.time(900)
        store.apply(F.delta { $0.applications = [optimistic] }, now: F.date(900))
        let rollback = store.apply(F.delta { $0.applications = [original] }, now: F.date(950))
        XCTAssertEqual(rollback.movedApplications, [ApplicationMove(applicationId: "a1", fromStageId: "stage-b", toStageId: "stage-a")])
        XCTAssertEqual(store.applications["a1"]?.stageEnteredAt, F.time(-500))
    }

    func testUnchangedStageKeepsTheKnownEntryTimeUnlessTheRecordBringsOne() {
        let store = EntityStore()
        store.apply(F.delta { $0.applications = [F.application("a1", updated: 0, entered: -500)] }, now: F.date(0))
        store.apply(F.delta { $0.applications = [F.application("a1", name: "Renamed", updated: 50)] }, now: F.date(60))
        XCTAssertEqual(store.applications["a1"]?.stageEnteredAt, F.time(-500))
        store.apply(F.delta { $0.applications = [F.application("a1", name: "Renamed", updated: 50, entered: -300)] }, now: F.date(60))
        XCTAssertEqual(store.applications["a1"]?.stageEnteredAt, F.time(-300))
    }

    func testRecordStageEntrySetsTheTimeExactlyAndResortsTheColumn() {
        let store = EntityStore()
        store.apply(F.delta { $0.applications = [F.application("a1", updated: 0), F.application("a2", updated: 100)] }, now: F.date(0))
        XCTAssertEqual(store.applicationIds(jobId: "job-1", stageId: "stage-a", sort: .daysInStage, offset: 0, count: 10), ["a1", "a2"])
        let changes = store.recordStageEntry(applicationId: "a2", at: F.time(-7 * 86_400))
        XCTAssertEqual(changes[.applications], ResourceChanges(updated: ["a2"]))
        XCTAssertEqual(store.applications["a2"]?.stageEnteredAt, F.time(-7 * 86_400))
        XCTAssertEqual(store.applicationIds(jobId: "job-1", stageId: "stage-a", sort: .daysInStage, offset: 0, count: 10), ["a2", "a1"])
        XCTAssertEqual(store.applications["a2"]?.daysInStage(now: F.date(0)), 7)
        XCTAssertTrue(store.recordStageEntry(applicationId: "nope", at: F.time(0)).isEmpty)
    }

    func testCompletedFullPassSweepsRecordsThePassDidNotReturn() {
        let store = EntityStore()
        store.apply(F.delta {
            $0.applications = [F.application("a1"), F.application("a2"), F.application("a3")]
            $0.users = [User(id: "u1", firstName: "A", lastName: "B", globalRole: .elevatedAccess, isEnabled: true, updatedAt: F.time(0))]
        }, now: F.date(0))
        let changes = store.apply(F.delta {
            $0.applications = [F.application("a3", name: "Last page")]
            $0.completedFullPasses = [.applications: ["a1", "a3"]]
        }, now: F.date(10))
        XCTAssertEqual(changes[.applications], ResourceChanges(updated: ["a3"], removed: ["a2"]))
        XCTAssertEqual(Set(store.applications.keys), ["a1", "a3"])
        XCTAssertEqual(store.users.count, 1, "a pass of one resource sweeps no other")
        XCTAssertEqual(store.applicationCount(jobId: "job-1", stageId: "stage-a"), 2)
        XCTAssertEqual(store.applications(ofCandidate: "cand-a2"), [])
    }

    func testRemovedThenReinsertedInOneDeltaNetsToAnUpdate() {
        var changes = ResourceChanges()
        changes.noteRemoved("x")
        changes.noteInserted("x")
        XCTAssertEqual(changes, ResourceChanges(updated: ["x"]))
        var other = ResourceChanges()
        other.noteInserted("y")
        other.noteRemoved("y")
        XCTAssertTrue(other.isEmpty)
    }

    func testStagesOfAPlanAreInPlanOrderAndReplacedAsAWhole() {
        let store = EntityStore()
        store.apply(F.delta {
            $0.interviewStagesByPlan = ["plan-1": [F.stage("s3", order: 3), F.stage("s1", order: 1), F.stage("s2", order: 2)]]
        }, now: F.date(0))
        XCTAssertEqual(store.stages(ofPlan: "plan-1").map(\.id), ["s1", "s2", "s3"])
        let changes = store.apply(F.delta {
            $0.interviewStagesByPlan = ["plan-1": [F.stage("s3", order: 0), F.stage("s1", order: 1)]]
        }, now: F.date(0))
        XCTAssertEqual(store.stages(ofPlan: "plan-1").map(\.id), ["s3", "s1"])
        XCTAssertEqual(changes[.interviewStages], ResourceChanges(updated: ["s3"], removed: ["s2"]))
        XCTAssertNil(store.interviewStages["s2"])
    }

    func testCandidateIndexFollowsCandidateChanges() {
        let store = EntityStore()
        store.apply(F.delta {
            $0.applications = [F.application("a1", candidate: "c1"), F.application("a2", job: "job-2", candidate: "c1"),
                               F.application("a3", candidate: "c2")]
        }, now: F.date(0))
        XCTAssertEqual(Set(store.applications(ofCandidate: "c1").map(\.id)), ["a1", "a2"])
        store.apply(F.delta { $0.applications = [F.application("a1", candidate: "c2")] }, now: F.date(0))
        XCTAssertEqual(store.applications(ofCandidate: "c1").map(\.id), ["a2"])
        XCTAssertEqual(Set(store.applications(ofCandidate: "c2").map(\.id)), ["a1", "a3"])
    }

    func testHiringTeamRolesAreKeyedByIdOrTitle() {
        let store = EntityStore()
        store.apply(F.delta { $0.hiringTeamRoles = [HiringTeamRole(title: "Recruiter"), HiringTeamRole(id: "r2", title: "Coordinator")] },
                    now: F.date(0))
        XCTAssertEqual(Set(store.hiringTeamRoles.keys), ["Recruiter", "r2"])
    }
}
