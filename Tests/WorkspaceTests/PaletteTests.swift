import XCTest
@testable import Workspace

final class PaletteTests: XCTestCase {
    private func palette(_ pane: Pane = .pipeline) -> CommandPalette {
        CommandPalette(context: .init(pane: pane, choices: [
            .stage: ["Application Review", "Phone Screen", "Onsite", "Offer", "Hired", "Archived"],
            .archiveReason: ["Not a fit", "Withdrew", "Hired elsewhere"],
            .job: ["Backend Engineer", "Product Designer"],
        ]))
    }

    func testListsOnlyCommandsOfThePaneAndGlobal() {
        let names = Set(palette(.offers).items.map(\.value))
        XCTAssertTrue(names.contains("offers.approve-step"))
        XCTAssertTrue(names.contains("quit"))
        XCTAssertFalse(names.contains("pipeline.archive"))
    }

    func testFuzzyCommandMatchWithHighlight() {
        var palette = palette()
        palette.setInput("arch")
        XCTAssertEqual(palette.items.first?.value, "pipeline.archive")
        XCTAssertEqual(palette.items.first?.title, "pipeline.archive [reason]")
        XCTAssertEqual(palette.items.first?.titleMatch?.positions, [9, 10, 11, 12])
    }

    func testSummaryMatchesComeAfterNameMatches() {
        var palette = palette()
        palette.setInput("kanban")
        XCTAssertTrue(palette.items.isEmpty)
        palette.setInput("sync")
        XCTAssertEqual(palette.items.first?.value, "refresh")
        XCTAssertNil(palette.items.first?.titleMatch)
        XCTAssertEqual(palette.items.first?.detailMatch?.positions, [0, 1, 2, 3])
    }

    func testEnterOnCommandWithArgumentMovesToArgument() {
        var palette = palette()
        palette.setInput("move")
        XCTAssertEqual(palette.selectedItem?.value, "pipeline.move-to")
        XCTAssertEqual(palette.submit(), .stayOpen)
        XCTAssertEqual(palette.input, "pipeline.move-to ")
        XCTAssertEqual(palette.items.map(\.value), ["Application Review", "Phone Screen", "Onsite", "Offer", "Hired", "Archived"])
        palette.insert("ons")
        XCTAssertEqual(palette.items.map(\.value), ["Onsite", "Phone Screen"])
        XCTAssertEqual(palette.submit(), .run(.moveTo("Onsite")))
    }

    func testTabCompletesArgumentAndSelectionMoves() {
        var palette = palette()
        palette.setInput("pipeline.archive ")
        palette.moveSelection(by: 1)
        XCTAssertEqual(palette.selectedItem?.value, "Withdrew")
        palette.moveSelection(by: 10)
        XCTAssertEqual(palette.selectedItem?.value, "Hired elsewhere")
        palette.complete()
        XCTAssertEqual(palette.input, "pipeline.archive Hired elsewhere")
        XCTAssertEqual(palette.submit(), .run(.archive("Hired elsewhere")))
    }

    func testNoMatchingArgumentIsAnError() {
        var palette = palette()
        palette.setInput("pipeline.move-to zzz")
        XCTAssertEqual(palette.submit(), .error("no stage matches 'zzz'"))
    }

    func testFixedChoicesForPanesAndSortOrders() {
        var palette = palette()
        palette.setInput("pane of")
        XCTAssertEqual(palette.items.map(\.value), ["offers"])
        XCTAssertEqual(palette.submit(), .run(.showPane(.offers)))
        palette.setInput("pipeline.sort act")
        XCTAssertEqual(palette.submit(), .run(.sort(.lastActivity)))
    }

    func testCommandWithoutArgumentRunsAndTextArgumentIsFree() {
        var palette = palette()
        palette.setInput("quit")
        XCTAssertEqual(palette.submit(), .run(.quit))
        palette.setInput("filter ada love")
        XCTAssertEqual(palette.submit(), .run(.filter("ada love")))
        palette.setInput("filter")
        XCTAssertEqual(palette.submit(), .run(.filter(nil)))
        palette.setInput("zzzz")
        XCTAssertEqual(palette.submit(), .error("no command matches 'zzzz'"))
    }

    func testDeleteBackwardLeavesArgumentMode() {
        var palette = palette()
        palette.setInput("pipeline.job ")
        XCTAssertEqual(palette.argumentOf?.name, "pipeline.job")
        palette.deleteBackward()
        XCTAssertNil(palette.argumentOf)
        XCTAssertEqual(palette.items.first?.value, "pipeline.job")
    }
}
