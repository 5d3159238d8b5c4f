import XCTest
import Workspace
@testable import TerminalUI

/// The drawing fixture itself: the same seed syncs the same workspace.
final class SandboxWorkspaceTests: XCTestCase {
    func testTheFixtureIsSyncedAndDeterministic() throws {
        let (first, tenant) = try SandboxWorkspace.make()
        let (second, _) = try SandboxWorkspace.make()
        XCTAssertEqual(first.store.applications.count, tenant.stats.applications)
        XCTAssertEqual(first.pipeline.screen(store: first.store, now: SandboxWorkspace.now),
                       second.pipeline.screen(store: second.store, now: SandboxWorkspace.now))
    }
}
