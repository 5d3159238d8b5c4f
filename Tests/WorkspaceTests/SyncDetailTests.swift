import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// On-demand details: fetched in the background, cached, refreshed when a change touches them.
final class SyncDetailTests: XCTestCase {
    private func histories(_ pump: InboxPump, _ applicationId: String) -> [[ApplicationHistoryItem]] {
        pump.details.compactMap { payload in
            if case .applicationHistory(let id, let items) = payload, id == applicationId { return items }
            return nil
        }
    }

    func testApplicationHistoryIsCachedAndRefetchedWhenTheApplicationChanges() throws {
        let sandbox = try startLoopbackSandbox()
        let landmarks = sandbox.tenant.landmarks
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let engine = startEngine(sandbox, inbox: inbox)
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })

        engine.requestDetail(.applicationHistory(applicationId: landmarks.applicationID))
        XCTAssertTrue(pump.pump(timeout: 10) { self.histories($0, landmarks.applicationID).count == 1 })
        let before = try XCTUnwrap(histories(pump, landmarks.applicationID).first)

        // Asked again while fresh: the cached copy, at once, without a request.
        let requests = sandbox.tenant.stats.requests
        engine.requestDetail(.applicationHistory(applicationId: landmarks.applicationID))
        XCTAssertTrue(pump.pump(timeout: 5) { self.histories($0, landmarks.applicationID).count == 2 })
        XCTAssertEqual(sandbox.tenant.stats.requests, requests)

        // A colleague moves it: the next poll sees the application change and refetches its history.
        _ = try sandbox.client().changeStage(applicationId: landmarks.applicationID, interviewStageId: landmarks.offerStageID)
        engine.refreshNow()
        XCTAssertTrue(pump.pump(timeout: 30) { self.histories($0, landmarks.applicationID).count == 3 })
        let after = try XCTUnwrap(histories(pump, landmarks.applicationID).last)
        XCTAssertEqual(after.count, before.count + 1)
        XCTAssertEqual(after.last?.stageId, landmarks.offerStageID)
    }

    func testApplicationInfoIsFetchedWithItsCustomFieldsCachedAndRefetchedWhenTheApplicationChanges() throws {
        let sandbox = try startLoopbackSandbox()
        let landmarks = sandbox.tenant.landmarks
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let engine = startEngine(sandbox, inbox: inbox)
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })
        func applications(_ pump: InboxPump, _ id: String) -> [Application] {
            pump.details.compactMap { if case .application(let application) = $0, application.id == id { return application }; return nil }
        }

        // The first synced application (by id) that carries a custom field; the lean store record has none.
        let client = sandbox.client()
        let withFields = try XCTUnwrap(pump.store.applications.keys.sorted().lazy.compactMap { id in
            (try? client.application(id: id)).flatMap { $0.customFields?.isEmpty == false ? $0 : nil }
        }.first)
        engine.requestDetail(.application(id: withFields.id))
        XCTAssertTrue(pump.pump(timeout: 10) { applications($0, withFields.id).count == 1 })
        let delivered = try XCTUnwrap(applications(pump, withFields.id).first)
        XCTAssertEqual(delivered, withFields)
        XCTAssertEqual(delivered.customFields?.map(\.title), ["Referral Bonus Eligible"])
        XCTAssertEqual(delivered.customFields?.map(\.boolValue), [true])
        XCTAssertEqual(CustomFieldRow.rows(delivered.customFields ?? [], store: pump.store),
                       [CustomFieldRow(title: "Referral Bonus Eligible", value: "yes")])

        // Asked again while fresh: the cached copy, at once, without a request.
        let requests = sandbox.tenant.stats.requests
        engine.requestDetail(.application(id: withFields.id))
        XCTAssertTrue(pump.pump(timeout: 5) { applications($0, withFields.id).count == 2 })
        XCTAssertEqual(sandbox.tenant.stats.requests, requests)

        // A colleague moves a watched application: the next poll refetches it.
        engine.requestDetail(.application(id: landmarks.applicationID))
        XCTAssertTrue(pump.pump(timeout: 10) { applications($0, landmarks.applicationID).count == 1 })
        _ = try client.changeStage(applicationId: landmarks.applicationID, interviewStageId: landmarks.offerStageID)
        engine.refreshNow()
        XCTAssertTrue(pump.pump(timeout: 30) { applications($0, landmarks.applicationID).count == 2 })
        XCTAssertEqual(applications(pump, landmarks.applicationID).last?.currentInterviewStage.id, landmarks.offerStageID)
        XCTAssertEqual(applications(pump, withFields.id).count, 2, "an unchanged application is not fetched again")
    }

    func testOfferVersionsAreRefetchedWhenItsApprovalChanges() throws {
        let sandbox = try startLoopbackSandbox()
        let landmarks = sandbox.tenant.landmarks
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let engine = startEngine(sandbox, inbox: inbox)
        XCTAssertTrue(pump.pump(timeout: 30) { $0.passEnds >= 1 })
        func offers(_ pump: InboxPump) -> [Offer] {
            pump.details.compactMap { if case .offerVersions(landmarks.offerID, let offer) = $0 { return offer }; return nil }
        }

        engine.requestDetail(.offer(id: landmarks.offerID))
        XCTAssertTrue(pump.pump(timeout: 10) { offers($0).count == 1 })
        let versions = try XCTUnwrap(offers(pump).first?.versions)
        XCTAssertEqual(Set(versions.map(\.id)).isSuperset(of: [landmarks.offerVersionID, landmarks.staleOfferVersionID]), true)

        _ = try sandbox.client().approveOffer(offerVersionId: landmarks.offerVersionID,
                                              step: OfferApprovalStep(approvalStepId: landmarks.currentApprovalStepID,
                                                                      userId: landmarks.pendingApproverUserIDs[0]))
        engine.refreshNow()
        XCTAssertTrue(pump.pump(timeout: 30) { offers($0).count == 2 })
    }

    func testNotesAreRefetchedAfterTheOutboxConfirmsANewNote() throws {
        let sandbox = try startLoopbackSandbox()
        let landmarks = sandbox.tenant.landmarks
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let engine = startEngine(sandbox, inbox: inbox)
        let outbox = try Outbox(client: sandbox.client(), inbox: inbox, directory: temporaryDirectory(),
                                onConfirmed: { engine.actionConfirmed($0) })
        addTeardownBlock { outbox.stop() }
        func notes(_ pump: InboxPump) -> [[Note]] {
            pump.details.compactMap { if case .notes(landmarks.candidateID, let notes) = $0 { return notes }; return nil }
        }

        engine.requestDetail(.notes(candidateId: landmarks.candidateID))
        XCTAssertTrue(pump.pump(timeout: 10) { notes($0).count == 1 })
        let text = "Strong systems design; schedule the onsite. \(UUID().uuidString)"
        outbox.submit(.addNote(candidateId: landmarks.candidateID, text: text), optimistic: StoreDelta(), rollback: StoreDelta(),
                      summary: "Add a note")
        XCTAssertTrue(pump.pump(timeout: 30) { notes($0).count == 2 })
        XCTAssertEqual(notes(pump)[1].count, notes(pump)[0].count + 1)
        XCTAssertEqual(notes(pump)[1].filter { $0.content == text }.count, 1)
    }

    func testAFailedDetailSaysWhy() throws {
        let sandbox = try startLoopbackSandbox()
        let inbox = Inbox()
        let pump = InboxPump(inbox: inbox)
        let engine = startEngine(sandbox, inbox: inbox)
        engine.requestDetail(.candidate(id: "no-such-candidate"))
        XCTAssertTrue(pump.pump(timeout: 10) { !$0.details.isEmpty })
        guard case .failed(let key, let reason)? = pump.details.first else { return XCTFail("\(pump.details)") }
        XCTAssertEqual(key, .candidate(id: "no-such-candidate"))
        XCTAssertTrue(reason.contains("candidate_not_found"), reason)
    }
}
