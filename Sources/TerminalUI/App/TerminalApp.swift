import Foundation
import Workspace

/// The front end's loop: draw a frame when something changed, then sleep until a key, a mouse
/// event, a resize, background data (the inbox's wake descriptor) or a visible timer (a toast
/// to expire, the sync age) — never a redraw loop, never busy waiting. Only this thread touches
/// ncurses and the model.
public final class TerminalApp {
    let session: WorkspaceSession
    let terminal: TerminalSession
    private var lastFrame: Canvas?
    private var quitRequested = false

    /// Lines a wheel notch scrolls.
    static let wheelLines = 3

    public init(session: WorkspaceSession, terminal: TerminalSession) {
        self.session = session
        self.terminal = terminal
    }

    var model: WorkspaceModel { session.model }

    /// Runs until the user quits or SIGTERM/SIGHUP asks to stop.
    public func run() {
        resize(to: terminal.size)
        var needsFrame = true
        while !quitRequested && !TerminalSession.terminationRequested {
            let now = Date()
            if needsFrame {
                let frame = WorkspaceFrame.draw(model, width: terminal.size.width, height: terminal.size.height, now: now)
                terminal.present(frame)
                lastFrame = frame
            }
            let timeout = model.nextWakeup(now: now).map { max(0, $0.timeIntervalSince(now)) }
            _ = terminal.waitForInput(wakeDescriptor: session.wakeDescriptor, timeout: timeout)
            needsFrame = false
            let later = Date()
            for event in terminal.readEvents() {
                handle(event, now: later)
                needsFrame = true
            }
            let drained = session.drain(now: later)
            run(drained.effects)
            if model.tick(now: later) || drained.changed { needsFrame = true }
            // A visible clock (the sync age) moved on even when nothing else changed.
            if let wake = timeout, wake <= later.timeIntervalSince(now) + 0.001 { needsFrame = true }
        }
    }

    func handle(_ event: TerminalEvent, now: Date) {
        switch event {
        case .key(let chord):
            run(session.perform(model.handleKey(chord, now: now)))
        case .mouse(.click(let x, let y)):
            guard let target = lastFrame?.target(atX: x, y: y) else { return }
            run(session.perform(model.handle(.click(target), now: now)))
        case .mouse(.wheelUp):
            for _ in 0..<Self.wheelLines { run(session.perform(model.handle(.up, now: now))) }
        case .mouse(.wheelDown):
            for _ in 0..<Self.wheelLines { run(session.perform(model.handle(.down, now: now))) }
        case .resize(let width, let height):
            resize(to: (width, height))
        }
    }

    func resize(to size: (width: Int, height: Int)) {
        model.setViewport(Viewport(width: size.width, height: size.height))
    }

    /// What is left after the session ran its part: the terminal's own effects.
    func run(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit: quitRequested = true
            case .redraw: terminal.invalidate()
            default: break
            }
        }
    }
}
