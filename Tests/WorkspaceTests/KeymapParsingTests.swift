import XCTest
@testable import Workspace

final class KeymapParsingTests: XCTestCase {
    func testDefaultKeymapParsesAndResolves() throws {
        let keymap = Keymap.standard
        XCTAssertEqual(keymap.resolve(KeySequence(.ctrl("l")), in: .pipeline), .command(.redraw))
        XCTAssertEqual(keymap.resolve(KeySequence(.character("a")), in: .pipeline), .command(.archive(nil)))
        XCTAssertEqual(keymap.resolve(KeySequence(.character("a")), in: .offers), .command(.approveStep))
        XCTAssertEqual(keymap.resolve(KeySequence(.character("a")), in: .candidate), .unbound(KeySequence(.character("a"))))
        XCTAssertEqual(keymap.resolve(KeySequence(.character("5")), in: .pipeline), .command(.showPane(.offers)))
        XCTAssertEqual(keymap.resolve(KeySequence(KeyChord(.tab, modifiers: .shift)), in: .schedule), .command(.previousPane))
        let g = KeySequence(.character("g"))
        XCTAssertEqual(keymap.resolve(g, in: .pipeline), .pending(g))
        XCTAssertEqual(keymap.resolve(KeySequence([.character("g"), .character("g")]), in: .pipeline), .command(.top))
    }

    func testPaneBindingWinsOverGlobal() throws {
        let keymap = try Keymap.parse("""
            [global]
            x = refresh
            g g = cursor.top
            [pipeline]
            x = pipeline.mark
            g = pipeline.sort
            """, file: "test.keymap")
        XCTAssertEqual(keymap.resolve(KeySequence(.character("x")), in: .pipeline), .command(.toggleMark))
        XCTAssertEqual(keymap.resolve(KeySequence(.character("x")), in: .offers), .command(.refresh))
        // The pane's `g` hides the global `g g` there, and only there.
        XCTAssertEqual(keymap.resolve(KeySequence(.character("g")), in: .pipeline), .command(.sort(nil)))
        XCTAssertEqual(keymap.resolve(KeySequence(.character("g")), in: .offers), .pending(KeySequence(.character("g"))))
    }

    func testErrorsAreCollectedWithFileAndLine() {
        let text = """
            # my keymap
            [global]
            ctrl+l = redraw
            ctrl+  = refresh
            q = qiut
            ctrl+l = quit
            [pipeline]
            m = offers.approve-step
            n = pipeline.sort sideways
            [nowhere]
            z = quit
            [offers]
            a
            """
        XCTAssertThrowsError(try Keymap.parse(text, file: "keymaps/custom.keymap")) { error in
            guard let failure = error as? KeymapParseError else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.errors.map(\.description), [
                "keymaps/custom.keymap:4: malformed key 'ctrl+'",
                "keymaps/custom.keymap:5: unknown command 'qiut' (did you mean 'quit'?)",
                "keymaps/custom.keymap:6: 'ctrl+l' is bound twice in [global] (first at line 3)",
                "keymaps/custom.keymap:8: offers.approve-step does not apply in the pipeline pane",
                "keymaps/custom.keymap:9: no sort order 'sideways' (days, name, activity)",
                "keymaps/custom.keymap:10: unknown section [nowhere] (expected global, pipeline, candidate, schedule, feedback, offers)",
                "keymaps/custom.keymap:13: expected 'keys = command', got 'a'",
            ])
        }
    }

    func testMorePerLineErrors() {
        let text = """
            q = quit
            [global]
            g = cursor.top
            g g = cursor.bottom
            a = offers.approve-step
            b = pane
            c = refresh now
            d =
            """
        XCTAssertThrowsError(try Keymap.parse(text, file: "k")) { error in
            XCTAssertEqual((error as? KeymapParseError)?.errors.map(\.description), [
                "k:1: binding 'q' is outside any section; start with [global] or a pane section",
                "k:4: 'g g' and 'g' (line 3) in [global] start the same way; one could never be typed",
                "k:5: offers.approve-step applies only in some panes; bind it in [offers]",
                "k:6: pane needs a pane",
                "k:7: refresh takes no argument (got \"now\")",
                "k:8: no command for 'd'",
            ])
        }
    }

    func testEqualsAndHashKeysAndCRLF() throws {
        let keymap = try Keymap.parse("[global]\r\n= = refresh\r\nhash = help\r\n  # comment\r\n", file: "k")
        XCTAssertEqual(keymap.resolve(KeySequence(.character("=")), in: .pipeline), .command(.refresh))
        XCTAssertEqual(keymap.resolve(KeySequence(.character("#")), in: .pipeline), .command(.help))
    }

    func testUserKeymapOverlaysBase() throws {
        let user = try Keymap.parse("""
            [global]
            q = none
            ctrl+q = quit
            [offers]
            a = offers.approve-offer
            """, file: "user.keymap", base: .standard)
        XCTAssertEqual(user.resolve(KeySequence(.character("q")), in: .pipeline), .unbound(KeySequence(.character("q"))))
        XCTAssertEqual(user.resolve(KeySequence(.ctrl("q")), in: .pipeline), .command(.quit))
        XCTAssertEqual(user.resolve(KeySequence(.character("a")), in: .offers), .command(.approveOffer))
        XCTAssertEqual(user.resolve(KeySequence(.character("A")), in: .offers), .command(.approveOffer))
        XCTAssertEqual(user.resolve(KeySequence(.ctrl("l")), in: .offers), .command(.redraw))
    }

    func testBindingTableForHelp() throws {
        let keymap = try Keymap.parse("""
            [global]
            ? = help
            x = refresh
            [offers]
            x = offers.approve-step
            A = offers.approve-offer
            """, file: "k")
        XCTAssertEqual(keymap.bindingTable(for: .offers).map { "\($0.scope) \($0.keys) \($0.command) — \($0.description)" }, [
            "offers x offers.approve-step — Approve the current step as me",
            "offers A offers.approve-offer — Approve the whole offer (needs permission)",
            "global ? help — Show key bindings for this pane",
        ])
        XCTAssertEqual(keymap.bindingTable().map(\.keys), ["?", "x", "x", "A"])
        XCTAssertEqual(keymap.keys(for: .approveStep, in: .offers)?.description, "x")
    }

    func testEveryRegistryCommandNamesItself() throws {
        for spec in CommandRegistry.standard.specs {
            let argument: String? = switch spec.argument?.kind {
            case .pane?: "offers"
            case .sortOrder?: "name"
            case nil: nil
            default: spec.argument!.isRequired ? "x" : nil
            }
            let command = try spec.command(argument: argument)
            XCTAssertEqual(command.name, spec.name)
        }
        XCTAssertEqual(Set(CommandRegistry.standard.specs.map(\.name)).count, CommandRegistry.standard.specs.count)
    }
}
