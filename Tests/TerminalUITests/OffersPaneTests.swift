import Foundation
import XCTest
import AshbySandbox
import Workspace
@testable import TerminalUI

/// The Offers pane drawn from the sandbox fixture at 80x24 and 160x48.
final class OffersPaneTests: XCTestCase {
    let now = SandboxWorkspace.now

    func frame(_ model: WorkspaceModel, width: Int, height: Int) -> Canvas {
        let screen = model.offers.screen(store: model.store, details: model.details, now: now)
        return ChromeTestFrame.draw(model, width: width, height: height) { area, canvas in
            OffersPane.draw(screen, in: area, on: &canvas, timeZone: SandboxWorkspace.utc, now: now)
        }
    }

    /// The fixture with a pending approver of the landmark offer's current step acting.
    func approverModel(width: Int, height: Int, hostile: Bool = false) throws -> (WorkspaceModel, SandboxLandmarks) {
        let (model, tenant) = try SandboxWorkspace.make(hostile: hostile)
        model.store.actingUserId = tenant.landmarks.pendingApproverUserIDs[0]
        model.setViewport(Viewport(width: width, height: height))
        model.handle(.showPane(.offers), now: now)
        model.handle(.top, now: now)
        return (model, tenant.landmarks)
    }

    func testOffersAt80x24() throws {
        let (model, _) = try approverModel(width: 80, height: 24)
        GoldenFile.assertCanvas(frame(model, width: 80, height: 24), matches: "Offers-80x24")
    }

    func testOffersAt160x48() throws {
        let (model, _) = try approverModel(width: 160, height: 48)
        model.handle(.down, now: now)
        GoldenFile.assertCanvas(frame(model, width: 160, height: 48), matches: "Offers-160x48")
    }

    func testHostileDataAt80x24And160x48() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            let (model, _) = try approverModel(width: width, height: height, hostile: true)
            GoldenFile.assertCanvas(frame(model, width: width, height: height), matches: "Offers-hostile-\(width)x\(height)")
        }
    }

    func testOffersAwaitingMeComeFirstMarkedAndClickable() throws {
        let (model, landmarks) = try approverModel(width: 80, height: 24)
        let screen = model.offers.screen(store: model.store, details: model.details, now: now)
        let canvas = frame(model, width: 80, height: 24)
        XCTAssertEqual(screen.awaitingMeCount, 3)
        // List rows start at row 3 (tabs, pane header, column titles).
        for index in 0..<screen.rows.count {
            XCTAssertEqual(canvas[1, 3 + index].text == "★", index < 3, "row \(index): \(canvas.line(3 + index))")
            XCTAssertEqual(canvas.target(atX: 10, y: 3 + index), .offer(screen.rows[index].offerId))
        }
        XCTAssertEqual(canvas[1, 4].style, .awaitsMe)
        XCTAssertEqual(canvas[10, 3].style, .selection)
        XCTAssertTrue(screen.rows.prefix(3).contains { $0.offerId == landmarks.offerID })
        XCTAssertTrue(canvas.text.contains("Emeka Ibrahim (you)"))
        XCTAssertTrue(canvas.text.contains("★ You can approve step 1"))
    }

    func testACandidateWithoutANameReadsNoNameInTheListAndTheDetail() throws {
        let (model, _) = try approverModel(width: 120, height: 30)
        var screen = model.offers.screen(store: model.store, details: model.details, now: now)
        screen.rows[0].candidateName = "  "
        screen.detail?.candidateName = ""
        var canvas = Canvas(width: 120, height: 28)
        OffersPane.draw(screen, in: canvas.bounds, on: &canvas, timeZone: SandboxWorkspace.utc, now: now)
        let job = String(screen.rows[0].jobTitle.prefix(10))
        XCTAssertTrue(canvas.lines.contains { $0.contains("(no name)") && $0.contains(job) }, canvas.text)
        XCTAssertEqual(canvas.lines.filter { $0.contains("(no name)") }.count, 2, canvas.text)
    }

    func testWhyICannotApproveIsShown() throws {
        let (model, tenant) = try SandboxWorkspace.make()
        model.store.actingUserId = tenant.landmarks.nonApproverUserID
        model.setViewport(Viewport(width: 80, height: 24))
        model.handle(.showPane(.offers), now: now)
        _ = model.handle(.top, now: now)
        let canvas = frame(model, width: 80, height: 24)
        let row = try XCTUnwrap(canvas.lines.firstIndex { $0.contains("⚠ You are not an approver of step 1") })
        XCTAssertEqual(canvas[canvas.line(row).cellColumn(of: "⚠"), row].style, .warning)
    }
}
