import Foundation
import Workspace
@testable import TerminalUI

/// A whole screen as users see it for pane snapshots: tab bar on top, the pane, status bar below.
enum ChromeTestFrame {
    static func draw(_ model: WorkspaceModel, width: Int, height: Int, now: Date = SandboxWorkspace.now,
                     pane: (Rect, inout Canvas) -> Void) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        TabBar.draw(active: model.activePane, hint: "? help", in: canvas.bounds.row(0), on: &canvas)
        pane(Rect(x: 0, y: 1, width: width, height: height - 2), &canvas)
        StatusBar.draw(model.status, pendingKeys: model.pendingKeys, now: now, in: canvas.bounds.row(height - 1), on: &canvas)
        return canvas
    }

    /// The fixture model sized to `width`×`height`, showing `pane`.
    static func model(width: Int, height: Int, pane: Pane, hostile: Bool = false) throws -> WorkspaceModel {
        let (model, _) = try SandboxWorkspace.make(hostile: hostile)
        model.setViewport(Viewport(width: width, height: height))
        model.handle(.showPane(pane), now: SandboxWorkspace.now)
        return model
    }
}
