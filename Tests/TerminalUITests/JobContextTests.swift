import AshbyAPI
import Foundation
import XCTest
@testable import TerminalUI
@testable import Workspace

/// The job context: built from the store, drawn as a strip and as the detail view.
final class JobContextTests: XCTestCase {
    func testContextOfTheSandboxJob() throws {
        let (model, tenant) = try SandboxWorkspace.make()
        let context = try XCTUnwrap(JobContextScreen(jobId: tenant.landmarks.jobID, store: model.store))
        XCTAssertEqual(context.title, "Senior Backend Engineer")
        XCTAssertEqual(context.status, .open)
        XCTAssertEqual(context.department, "Engineering")
        XCTAssertEqual(context.location, "San Francisco HQ")
        XCTAssertEqual(context.workplaceType, .onSite)
        XCTAssertEqual(context.hiringTeam.map(\.role), ["Hiring Manager", "Recruiter", "Coordinator", "Interviewer"])
        XCTAssertEqual(context.hiringTeam.first?.members, ["Ingrid Horvat"])
        XCTAssertEqual(context.openings.map(\.state), [.open, .filled])
        XCTAssertEqual(context.openings.map(\.identifier), ["REQ-1000", "REQ-1001"])
        XCTAssertEqual([context.openOpeningCount, context.filledOpeningCount], [1, 1])
        XCTAssertEqual(context.postings.map(\.isListed), [true])
        XCTAssertEqual(context.customFields, [CustomFieldRow(title: "Budget Code", value: "CC-4200")])
        XCTAssertEqual(context.applicationCount, model.store.applicationCount(jobId: tenant.landmarks.jobID))
        XCTAssertNil(JobContextScreen(jobId: "no-such-job", store: model.store))

        var canvas = Canvas(width: 80, height: 1)
        JobContextPane.drawStrip(context, in: canvas.bounds, on: &canvas)
        XCTAssertEqual(canvas.lines[0], "Open · Engineering · San Francisco HQ (on-site) · HM Ingrid Horvat · Recruiter …")
        XCTAssertEqual(canvas[0, 0].style, .success)
        XCTAssertEqual(canvas[7, 0].style, .value)
    }

    static func store() -> EntityStore {
        let stamp = Timestamp(SandboxWorkspace.now)
        var delta = StoreDelta()
        delta.departments = [
            Department(id: "d-platform", name: "Platform", isArchived: false, parentId: "d-eng", createdAt: stamp, updatedAt: stamp),
            Department(id: "d-eng", name: "Engineering", isArchived: false, parentId: nil, createdAt: stamp, updatedAt: stamp),
            Department(id: "d-loop-a", name: "Loop A", isArchived: false, parentId: "d-loop-b", createdAt: stamp, updatedAt: stamp),
            Department(id: "d-loop-b", name: "Loop B", isArchived: false, parentId: "d-loop-a", createdAt: stamp, updatedAt: stamp),
        ]
        delta.users = [User(id: "u1", firstName: "Grace", lastName: "Hopper", globalRole: .elevatedAccess, isEnabled: true, updatedAt: stamp)]
        delta.customFields = [CustomFieldDefinition(id: "cf-level", title: "Level", objectType: .job, isArchived: false, fieldType: .valueSelect,
                                                    isRequired: false, selectableValues: [CustomFieldSelectableValue(label: "Senior (L5)", value: "l5")])]
        delta.jobs = [
            Job(id: "j1", title: "Platform Engineer", confidential: true, status: .draft, employmentType: .contract, departmentId: "d-platform",
                customFields: [CustomFieldValue(id: "cf-level", title: "Level", value: "l5"),
                               CustomFieldValue(id: "cf-empty", title: "Empty", value: nil)],
                hiringTeam: [HiringTeamMember(userId: "u1", email: "g@x", firstName: "G", lastName: "H", role: "Sourcer"),
                             HiringTeamMember(userId: "u2", email: "a@x", firstName: "Alan", lastName: "Turing", role: "Hiring Manager"),
                             HiringTeamMember(userId: "u1", email: "g@x", firstName: "G", lastName: "H", role: "Bar Raiser")],
                updatedAt: stamp),
            Job(id: "j2", title: "Looping", confidential: false, status: .closed, employmentType: .fullTime, departmentId: "d-loop-a",
                updatedAt: stamp),
        ]
        let store = EntityStore()
        store.apply(delta, now: SandboxWorkspace.now)
        return store
    }

    func testDepartmentPathsTeamOrderAndSelectLabels() throws {
        let store = Self.store()
        let context = try XCTUnwrap(JobContextScreen(jobId: "j1", store: store))
        XCTAssertEqual(context.department, "Engineering › Platform")
        XCTAssertEqual(context.hiringTeam, [HiringTeamGroup(role: "Hiring Manager", members: ["Alan Turing"]),
                                            HiringTeamGroup(role: "Sourcer", members: ["Grace Hopper"]),
                                            HiringTeamGroup(role: "Bar Raiser", members: ["Grace Hopper"])])
        XCTAssertEqual(context.customFields, [CustomFieldRow(title: "Level", value: "Senior (L5)")])
        XCTAssertEqual(JobContextScreen(jobId: "j2", store: store)?.department, "Loop B › Loop A", "a parent cycle stops")
    }

    func testDetailViewOfAJobWithoutOpeningsOrPostings() throws {
        let context = try XCTUnwrap(JobContextScreen(jobId: "j1", store: Self.store()))
        var canvas = Canvas(width: 60, height: 22)
        JobContextPane.drawDetail(context, in: canvas.bounds, on: &canvas, time: PaneTime(now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc))
        XCTAssertEqual(canvas.lines, [
            "┌ Job · Platform Engineer ─────────────────────────────────┐",
            "│ Details                                                  │",
            "│ Status          Draft                                    │",
            "│ Employment      Contract                                 │",
            "│ Department      Engineering › Platform                   │",
            "│ Location        —                                        │",
            "│ Applications    0 (0 active)                             │",
            "│ Confidential    yes: visible to its hiring team only     │",
            "│                                                          │",
            "│ Custom fields                                            │",
            "│ Level           Senior (L5)                              │",
            "│                                                          │",
            "│ Hiring team                                              │",
            "│ Hiring Manager  Alan Turing                              │",
            "│ Sourcer         Grace Hopper                             │",
            "│ Bar Raiser      Grace Hopper                             │",
            "│                                                          │",
            "│ Openings  0 open · 0 filled                              │",
            "│ No openings                                              │",
            "│                                                          │",
            "│ … 2 more lines (widen or heighten the window)            │",
            "└──────────────────────────────────────────── i/Esc close ─┘",
        ])
        XCTAssertEqual(canvas[18, 7].style, .warning)
    }
}
