import AshbyAPI
import XCTest
@testable import Workspace

final class OffersModelTests: XCTestCase {
    typealias F = ViewModelFixture

    private func setup(actingUser: String? = "u-me") -> (EntityStore, OffersModel) {
        let store = F.store(F.pipelineApplications, actingUserId: actingUser)
        store.apply(F.offersDelta(), now: F.now)
        var model = OffersModel()
        _ = model.normalize(store: store, details: ShownDetails())
        return (store, model)
    }

    func testAwaitingMyApprovalFirstThenByState() {
        let (store, model) = setup()
        let screen = model.screen(store: store, details: ShownDetails(), now: F.now)
        XCTAssertEqual(screen.rows.map(\.offerId), ["o1", "o2", "o3", "o4"])
        XCTAssertEqual(screen.rows.map(\.awaitsMe), [true, false, false, false])
        XCTAssertEqual(screen.rows.map(\.statusLabel), ["Waiting on approval", "Waiting on approval", "Waiting on candidate", "Accepted"])
        XCTAssertEqual(screen.rows.map(\.candidateName), ["Fay Wray", "Eve Polastri", "Dan Brown", "Gus Fring"])
        XCTAssertEqual(screen.awaitingMeCount, 1)
        XCTAssertEqual(model.selectedOfferId, "o1")
    }

    func testDetailShowsVersionCompensationAndSteps() throws {
        let (store, model) = setup()
        let detail = try XCTUnwrap(model.screen(store: store, details: ShownDetails(), now: F.now).detail)
        XCTAssertEqual(detail.versionId, "v1b")
        XCTAssertEqual(detail.compensation, [OfferField("Salary", "USD 150,000"), OfferField("Signing bonus", "USD 10,000"),
                                             OfferField("Equity", "2,000")])
        XCTAssertEqual(detail.steps.map(\.number), [1, 2])
        XCTAssertEqual(detail.steps.map(\.isCurrent), [true, false])
        XCTAssertEqual(detail.steps[0].approvalsGiven, 1)
        XCTAssertEqual(detail.steps[0].approvers.map(\.name), ["Mia Moss", "Ivan Ives"])
        XCTAssertEqual(detail.steps[0].approvers.map(\.decision), [.pending, .approve])
        XCTAssertEqual(detail.steps[0].approvers.map(\.isMe), [true, false])
        XCTAssertNil(detail.stepRefusal)
    }

    func testApproveStepAllowedForPendingApproverWithExactVersion() throws {
        var (store, model) = setup()
        let outcome = model.handle(.approveStep, store: store, details: ShownDetails(), now: F.now)
        guard case .confirmation(let dialog)? = outcome.request else { return XCTFail("expected a confirmation: \(outcome.notices)") }
        XCTAssertEqual(dialog.title, "Approve step 1 of Fay Wray's offer?")
        XCTAssertEqual(dialog.lines, ["Candidate: Fay Wray", "Job: Backend Engineer", "Offer version: v1b of 2023-11-12",
                                      "Salary: USD 150,000", "Step 1 of 2: 1 of 2 approvals so far"])
        XCTAssertEqual(dialog.guardedVersion, OfferVersionGuard(offerId: "o1", versionId: "v1b"))
        let submission = try XCTUnwrap(dialog.effects.first?.submission)
        XCTAssertEqual(submission.action, .approveOffer(offerId: "o1", offerVersionId: "v1b", stepId: "step-1", userId: "u-me"))
        XCTAssertEqual(submission.summary, "Approve step 1 of Fay Wray's offer")
        let original = store.approvals["ap1"]!
        XCTAssertEqual(submission.rollback.approvals, [original])
        var expected = original
        expected.steps[0].approvers[0].decision = .approve
        expected.steps[0].approvers[0].decidedAt = Timestamp(F.now)
        expected.steps[0].completedAt = Timestamp(F.now)
        XCTAssertEqual(submission.optimistic.approvals, [expected])

        // Applied, the offer no longer awaits me and the next step is current.
        store.apply(submission.optimistic, now: F.now)
        let screen = model.screen(store: store, details: ShownDetails(), now: F.now)
        XCTAssertEqual(screen.awaitingMeCount, 0)
        XCTAssertEqual(screen.detail?.steps.map(\.isCurrent), [false, true])
        XCTAssertEqual(screen.detail?.stepRefusal, "You are not an approver of step 2")
        _ = model
    }

    func testApproveStepRefusedForOthers() {
        var (store, model) = setup()
        _ = model.handle(.down, store: store, details: ShownDetails(), now: F.now)
        XCTAssertEqual(model.selectedOfferId, "o2")
        let outcome = model.handle(.approveStep, store: store, details: ShownDetails(), now: F.now)
        XCTAssertNil(outcome.request)
        XCTAssertEqual(outcome.notices, [Notice(.warning, "You are not an approver of step 1")])
        _ = model.handle(.down, store: store, details: ShownDetails(), now: F.now)
        XCTAssertEqual(model.handle(.approveStep, store: store, details: ShownDetails(), now: F.now).notices,
                       [Notice(.warning, "This offer version has no approval process")])
        XCTAssertEqual(model.handle(.approveOffer, store: store, details: ShownDetails(), now: F.now).notices,
                       [Notice(.warning, "This offer version has no approval waiting")])

        let (noUserStore, noUserModel) = setup(actingUser: nil)
        var mutableModel = noUserModel
        XCTAssertEqual(mutableModel.handle(.approveStep, store: noUserStore, details: ShownDetails(), now: F.now).notices,
                       [Notice(.warning, "No acting user is configured, so no step can be approved as you")])
    }

    func testAlreadyDecidedIsRefused() {
        var (store, model) = setup()
        var approval = store.approvals["ap1"]!
        approval.steps[0].approvers[0].decision = .approve
        var delta = StoreDelta()
        delta.approvals = [approval]
        store.apply(delta, now: F.now)
        XCTAssertEqual(model.handle(.approveStep, store: store, details: ShownDetails(), now: F.now).notices,
                       [Notice(.warning, "You already decided on step 1")])
        _ = store
    }

    func testApproveWholeOfferIsSeparateAndExplicit() throws {
        var (store, model) = setup()
        _ = model.handle(.down, store: store, details: ShownDetails(), now: F.now)
        let outcome = model.handle(.approveOffer, store: store, details: ShownDetails(), now: F.now)
        guard case .confirmation(let dialog)? = outcome.request else { return XCTFail("expected a confirmation") }
        XCTAssertEqual(dialog.title, "Approve Eve Polastri's whole offer?")
        XCTAssertTrue(dialog.isDestructive)
        XCTAssertEqual(dialog.focus, .cancel)
        XCTAssertEqual(dialog.lines.last, "Approves all 1 remaining step at once (Force Approve); needs the permission")
        let submission = try XCTUnwrap(dialog.effects.first?.submission)
        XCTAssertEqual(submission.action, .approveOffer(offerId: "o2", offerVersionId: "v2", stepId: nil, userId: nil))
        XCTAssertEqual(submission.optimistic.approvals.first?.completedAt, Timestamp(F.now))
        _ = store
    }

    func testSelectingAnOfferAsksForItsVersionsOnce() {
        var (store, model) = setup()
        var details = ShownDetails()
        let outcome = model.handle(.down, store: store, details: details, now: F.now)
        XCTAssertEqual(outcome.effects.compactMap(\.detailKey), [.offer(id: "o2")])
        details.markRequested(.offer(id: "o2"))
        XCTAssertEqual(model.screen(store: store, details: details, now: F.now).detailNote, "Loading versions…")
        _ = model.handle(.up, store: store, details: details, now: F.now)
        XCTAssertEqual(model.handle(.down, store: store, details: details, now: F.now).effects.compactMap(\.detailKey), [])
        _ = store
    }
}
