import AshbyAPI
import XCTest
@testable import Workspace

final class PipelineActionTests: XCTestCase {
    typealias F = ViewModelFixture

    private func model(_ store: EntityStore) -> PipelineModel {
        var model = PipelineModel()
        model.setViewport(Viewport(width: 160, height: 48), store: store)
        model.showJob("job-1", store: store)
        return model
    }

    private func confirmation(_ outcome: PaneOutcome, file: StaticString = #filePath, line: UInt = #line) -> Confirmation? {
        guard case .confirmation(let confirmation)? = outcome.request else {
            XCTFail("expected a confirmation, got \(String(describing: outcome.request)) \(outcome.notices)", file: file, line: line)
            return nil
        }
        return confirmation
    }

    func testBulkMoveOfMarkedCardsProducesExactActionsAndDeltas() throws {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        model.select(applicationId: "a1", store: store)
        _ = model.handle(.toggleMark, store: store, now: F.now)
        XCTAssertEqual(model.selectedApplicationId, "a3")
        _ = model.handle(.toggleMark, store: store, now: F.now)
        XCTAssertEqual(model.marks, ["a1", "a3"])

        let dialog = try XCTUnwrap(confirmation(model.handle(.moveTo("onsite"), store: store, now: F.now)))
        XCTAssertEqual(dialog.title, "Move 2 applications to Onsite?")
        XCTAssertEqual(dialog.lines, ["Job: Backend Engineer", "Ada Lovelace: Application Review → Onsite",
                                      "Cyd Charisse: Application Review → Onsite"])
        XCTAssertEqual(dialog.confirmLabel, "Move 2")
        XCTAssertFalse(dialog.isDestructive)
        let submissions = dialog.effects.compactMap(\.submission)
        XCTAssertEqual(submissions.map(\.action), [
            .moveApplication(applicationId: "a1", toStageId: "s-onsite", archiveReasonId: nil),
            .moveApplication(applicationId: "a3", toStageId: "s-onsite", archiveReasonId: nil),
        ])
        XCTAssertEqual(submissions.map(\.summary), ["Move Ada Lovelace to Onsite", "Move Cyd Charisse to Onsite"])
        var expected = store.applications["a1"]!
        expected.stageId = "s-onsite"
        expected.updatedAt = Timestamp(F.now)
        expected.stageEnteredAt = Timestamp(F.now)
        XCTAssertEqual(submissions[0].optimistic.applications, [expected])
        XCTAssertEqual(submissions[0].rollback.applications, [store.applications["a1"]!])
        XCTAssertTrue(submissions[0].optimistic.removals.isEmpty)

        // Applying the optimistic deltas moves both cards; the rollback restores them.
        for submission in submissions { store.apply(submission.optimistic, now: F.now) }
        XCTAssertEqual(store.applicationCount(jobId: "job-1", stageId: "s-onsite"), 3)
        for submission in submissions { store.apply(submission.rollback, now: F.now) }
        XCTAssertEqual(store.applicationCount(jobId: "job-1", stageId: "s-review"), 3)
    }

    func testNextAndPreviousStage() throws {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        model.select(applicationId: "a6", store: store)
        let dialog = try XCTUnwrap(confirmation(model.handle(.nextStage, store: store, now: F.now)))
        XCTAssertEqual(dialog.title, "Move Fay Wray to Offer?")
        XCTAssertEqual(dialog.lines, ["Job: Backend Engineer", "Fay Wray: Onsite → Offer"])
        XCTAssertEqual(dialog.effects.compactMap(\.submission).map(\.action),
                       [.moveApplication(applicationId: "a6", toStageId: "s-offer", archiveReasonId: nil)])

        model.select(applicationId: "a7", store: store)
        XCTAssertEqual(model.handle(.nextStage, store: store, now: F.now).notices,
                       [Notice(.info, "Gus Fring is already in the last stage")])
        model.select(applicationId: "a2", store: store)
        XCTAssertEqual(model.handle(.previousStage, store: store, now: F.now).notices,
                       [Notice(.info, "bo chen is already in the first stage")])
        let back = try XCTUnwrap(confirmation({ model.select(applicationId: "a4", store: store)
            return model.handle(.previousStage, store: store, now: F.now) }()))
        XCTAssertEqual(back.lines.last, "Dan Brown: Phone Screen → Application Review")
    }

    func testArchiveRequiresAReason() throws {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        model.select(applicationId: "a4", store: store)
        let outcome = model.handle(.archive(nil), store: store, now: F.now)
        guard case .picker(let picker)? = outcome.request else { return XCTFail("a reason picker is required") }
        XCTAssertEqual(picker.title, "Archive Dan Brown: reason")
        XCTAssertEqual(picker.items.map(\.title), ["Not a fit", "Withdrew"], "archived reasons are not offered")
        XCTAssertEqual(picker.chosenCommand, .archive("r-fit"))
        // Choosing the Archived stage by moving asks for a reason too.
        guard case .picker(let viaMove)? = model.handle(.moveTo("Archived"), store: store, now: F.now).request else {
            return XCTFail("moving to Archived asks for a reason")
        }
        XCTAssertEqual(viaMove.target, .archiveReason)

        let dialog = try XCTUnwrap(confirmation(model.handle(.archive("r-fit"), store: store, now: F.now)))
        XCTAssertEqual(dialog.title, "Archive Dan Brown?")
        XCTAssertEqual(dialog.lines, ["Job: Backend Engineer", "Dan Brown: Phone Screen → Archived", "Reason: Not a fit"])
        XCTAssertTrue(dialog.isDestructive)
        let submission = try XCTUnwrap(dialog.effects.first?.submission)
        XCTAssertEqual(submission.action, .moveApplication(applicationId: "a4", toStageId: "s-archived", archiveReasonId: "r-fit"))
        XCTAssertEqual(submission.summary, "Archive Dan Brown (Not a fit)")
        let archived = try XCTUnwrap(submission.optimistic.applications.first)
        XCTAssertEqual(archived.status, .archived)
        XCTAssertEqual(archived.archiveReasonId, "r-fit")
        XCTAssertEqual(archived.archivedAt, Timestamp(F.now))

        XCTAssertEqual(model.handle(.archive("Old reason"), store: store, now: F.now).notices,
                       [Notice(.error, "No archive reason 'Old reason'")])
        XCTAssertEqual(model.handle(.archive("withdrew"), store: store, now: F.now).request.map { _ in true }, true)
    }

    func testBulkArchiveListsEveryone() throws {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        _ = model.handle(.markColumn, store: store, now: F.now)
        let dialog = try XCTUnwrap(confirmation(model.handle(.archive("Not a fit"), store: store, now: F.now)))
        XCTAssertEqual(dialog.title, "Archive 3 applications?")
        XCTAssertEqual(dialog.confirmLabel, "Archive 3")
        XCTAssertEqual(dialog.lines, ["Job: Backend Engineer", "Ada Lovelace: Application Review → Archived",
                                      "bo chen: Application Review → Archived", "Cyd Charisse: Application Review → Archived",
                                      "Reason: Not a fit"])
        XCTAssertEqual(dialog.effects.count, 3)
    }

    func testUnknownStageAndNothingSelected() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        XCTAssertEqual(model.handle(.moveTo("Nowhere"), store: store, now: F.now).notices,
                       [Notice(.error, "No stage 'Nowhere' in this job's interview plan")])
        XCTAssertEqual(model.handle(.moveTo("Application Review"), store: store, now: F.now).notices,
                       [Notice(.info, "bo chen is already in Application Review")])
        var empty = PipelineModel()
        XCTAssertEqual(empty.handle(.nextStage, store: store, now: F.now).notices, [Notice(.info, "No application selected")])
    }

    func testEnterOpensTheCandidate() {
        let store = F.store(F.pipelineApplications)
        var model = model(store)
        guard case .showCandidate(let candidateId, let applicationId)? = model.handle(.select, store: store, now: F.now).request else {
            return XCTFail("expected the candidate")
        }
        XCTAssertEqual(candidateId, "c-a2")
        XCTAssertEqual(applicationId, "a2")
    }
}
