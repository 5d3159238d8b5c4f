import Foundation
@testable import Workspace

extension WorkspaceSession {
    /// Runs the session's loop as the front end would (wait for events, drain them) until `done`
    /// holds; false when `timeout` passes first.
    func pump(timeout: TimeInterval, until done: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !done() {
            guard Date() < deadline else { return false }
            _ = inbox.waitForEvents(timeout: 0.2)
            _ = drain(now: Date())
        }
        return true
    }
}
