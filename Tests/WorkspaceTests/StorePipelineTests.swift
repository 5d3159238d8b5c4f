import AshbyAPI
import Foundation
import XCTest
@testable import Workspace

final class StorePipelineTests: XCTestCase {
    typealias F = StoreFixture

    private func column(_ store: EntityStore, _ stage: String, _ sort: PipelineSort, job: String = "job-1") -> [String] {
        store.applicationIds(jobId: job, stageId: stage, sort: sort, offset: 0, count: .max)
    }

    private func seeded() -> EntityStore {
        let store = EntityStore()
        store.apply(F.delta {
            $0.applications = [
                F.application("a1", name: "carol", updated: 300, entered: 100),
                F.application("a2", name: "Alice", updated: 100, entered: 50),
                F.application("a3", name: "bob", updated: 200),
                F.application("a4", name: "Dave", updated: 400, entered: 10),
                F.application("b1", stage: "stage-b", name: "Eve", updated: 0),
            ]
        }, now: F.date(1000))
        return store
    }

    func testEachSortOrdersTheColumn() {
        let store = seeded()
        // Days in stage: oldest (stageEnteredAt ?? updatedAt) first: a4 10, a2 50, a1 100, a3 200.
        XCTAssertEqual(column(store, "stage-a", .daysInStage), ["a4", "a2", "a1", "a3"])
        XCTAssertEqual(column(store, "stage-a", .candidateName), ["a2", "a3", "a1", "a4"])
        XCTAssertEqual(column(store, "stage-a", .lastActivity), ["a4", "a1", "a3", "a2"])
        XCTAssertEqual(store.applicationCount(jobId: "job-1", stageId: "stage-a"), 4)
        XCTAssertEqual(store.applicationCount(jobId: "job-1", stageId: "stage-b"), 1)
        XCTAssertEqual(store.applicationCount(jobId: "job-1"), 5)
        XCTAssertEqual(store.applicationCount(jobId: "job-1", stageId: "nowhere"), 0)
    }

    func testWindowsAreClampedSlicesOfTheOrder() {
        let store = seeded()
        XCTAssertEqual(store.applicationIds(jobId: "job-1", stageId: "stage-a", sort: .candidateName, offset: 1, count: 2), ["a3", "a1"])
        XCTAssertEqual(store.applicationIds(jobId: "job-1", stageId: "stage-a", sort: .candidateName, offset: 3, count: 10), ["a4"])
        XCTAssertEqual(store.applicationIds(jobId: "job-1", stageId: "stage-a", sort: .candidateName, offset: 9, count: 10), [])
        XCTAssertEqual(store.applicationIds(jobId: "job-1", stageId: "stage-a", sort: .candidateName, offset: -5, count: 1), ["a2"])
        XCTAssertEqual(store.applications(jobId: "job-1", stageId: "stage-a", sort: .lastActivity, offset: 0, count: 1).map(\.candidateName), ["Dave"])
        XCTAssertEqual(store.position(ofApplication: "a1", sort: .candidateName), 2)
        XCTAssertEqual(store.position(ofApplication: "b1", sort: .daysInStage), 0)
        XCTAssertNil(store.position(ofApplication: "zz", sort: .daysInStage))
    }

    func testOrdersStayCorrectThroughMovesAndRenames() {
        let store = seeded()
        // Rename bob → Zed and bump activity; move carol to stage-b at t=500.
        store.apply(F.delta {
            $0.applications = [F.application("a3", name: "Zed", updated: 450), F.application("a1", stage: "stage-b", name: "carol", updated: 500)]
        }, now: F.date(1000))
        XCTAssertEqual(column(store, "stage-a", .daysInStage), ["a4", "a2", "a3"])
        XCTAssertEqual(column(store, "stage-a", .candidateName), ["a2", "a4", "a3"])
        XCTAssertEqual(column(store, "stage-a", .lastActivity), ["a3", "a4", "a2"])
        XCTAssertEqual(column(store, "stage-b", .daysInStage), ["b1", "a1"])
        XCTAssertEqual(column(store, "stage-b", .candidateName), ["a1", "b1"])
        XCTAssertEqual(column(store, "stage-b", .lastActivity), ["a1", "b1"])
        XCTAssertEqual(store.applicationCount(jobId: "job-1", stageId: "stage-a"), 3)
        XCTAssertEqual(store.applicationCount(jobId: "job-1", stageId: "stage-b"), 2)

        // Move to another job: the old job's counts drop.
        store.apply(F.delta { $0.applications = [F.application("a2", job: "job-2", stage: "stage-a", name: "Alice", updated: 600)] },
                    now: F.date(1000))
        XCTAssertEqual(column(store, "stage-a", .candidateName), ["a4", "a3"])
        XCTAssertEqual(column(store, "stage-a", .candidateName, job: "job-2"), ["a2"])
        XCTAssertEqual(store.applicationCount(jobId: "job-1"), 4)
        XCTAssertEqual(store.applicationCount(jobId: "job-2"), 1)
    }

    func testEqualKeysBreakTiesById() {
        let store = EntityStore()
        store.apply(F.delta {
            $0.applications = [F.application("b", name: "same", updated: 5), F.application("a", name: "SAME", updated: 5)]
        }, now: F.date(0))
        for sort in PipelineSort.allCases { XCTAssertEqual(column(store, "stage-a", sort), ["a", "b"], "\(sort)") }
    }

    func testNameOrderIsCaseInsensitiveByteOrderOfLowercasedNames() {
        let names = ["émile", "Zoë", "zoe", "", "Ünal", "amy", "😀 Smile", "AMY"]
        let store = EntityStore()
        store.apply(F.delta { $0.applications = names.enumerated().map { F.application("a\($0.offset)", name: $0.element) } }, now: F.date(0))
        let expected = names.enumerated().sorted { lhs, rhs in
            let left = Array(lhs.element.lowercased().utf8), right = Array(rhs.element.lowercased().utf8)
            return left != right ? left.lexicographicallyPrecedes(right) : "a\(lhs.offset)" < "a\(rhs.offset)"
        }.map { "a\($0.offset)" }
        XCTAssertEqual(column(store, "stage-a", .candidateName), expected)
        XCTAssertEqual(expected.first, "a3", "the empty name sorts first")
    }

    func testDaysInStageIsWholeDaysSinceTheStageClockStarted() {
        let record = F.application("a", updated: 0, entered: -3 * 86_400 - 5)
        XCTAssertEqual(record.daysInStage(now: F.date(0)), 3)
        XCTAssertEqual(F.application("b", updated: 100).daysInStage(now: F.date(0)), 0, "never negative")
    }
}
