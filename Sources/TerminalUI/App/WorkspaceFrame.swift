import Foundation
import Workspace

/// One whole frame, as a pure function of the workspace: the tab bar, the active pane, the status
/// bar, toasts, and the open dialog on top. Only what is visible is built.
public enum WorkspaceFrame {
    public static func draw(_ model: WorkspaceModel, width: Int, height: Int, now: Date) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let minimum = TerminalSession.minimumSize
        guard width >= minimum.width, height >= minimum.height else {
            drawTooSmall(on: &canvas, minimum: minimum)
            return canvas
        }
        let (tabRow, below) = canvas.bounds.splitTop(1)
        let (paneArea, statusRow) = below.splitBottom(1)
        TabBar.draw(active: model.activePane, hint: helpHint(model), in: tabRow, on: &canvas)
        drawPane(model, in: paneArea, on: &canvas, now: now)
        StatusBar.draw(model.status, pendingKeys: model.pendingKeys, now: now, in: statusRow, on: &canvas)
        ToastStack.draw(model.toasts.visible(now: now), in: paneArea, on: &canvas)
        if let modal = model.modal { ModalOverlay.draw(modal, in: paneArea, on: &canvas, now: now) }
        return canvas
    }

    static func drawPane(_ model: WorkspaceModel, in area: Rect, on canvas: inout Canvas, now: Date) {
        let store = model.store
        let timeZone = model.status.timeZone
        switch model.activePane {
        case .pipeline:
            let screen = model.pipeline.screen(store: store, now: now)
            // The job's context reads its openings and postings: built only when it is drawn.
            let showsContext = screen.showsJobDetail || model.pipeline.layout.contextRows(height: area.height) > 0
            let context = showsContext ? model.pipeline.jobId.flatMap { JobContextScreen(jobId: $0, store: store) } : nil
            PipelinePane.draw(screen, context: context, layout: model.pipeline.layout,
                              in: area, on: &canvas, now: now, timeZone: timeZone)
        case .candidate:
            let pendingNotes = model.candidate.candidateId.map { model.pendingNotes(candidateId: $0) } ?? []
            CandidatePane.draw(model.candidate.screen(store: store, details: model.details, pendingNotes: pendingNotes, now: now),
                               in: area, on: &canvas, now: now, timeZone: timeZone)
        case .schedule:
            SchedulePane.draw(model.schedule.screen(store: store, now: now), in: area, on: &canvas,
                              timeZone: model.schedule.timeZone, now: now)
        case .feedback:
            FeedbackPane.draw(model.feedback.screen(store: store, now: now), in: area, on: &canvas, now: now, timeZone: timeZone)
        case .offers:
            OffersPane.draw(model.offers.screen(store: store, details: model.details, now: now), in: area, on: &canvas,
                            timeZone: timeZone, now: now)
        }
    }

    /// "? help", from the active keymap, so it is always true.
    static func helpHint(_ model: WorkspaceModel) -> String? {
        model.keymap.keys(for: .help, in: model.activePane).map { "\($0) help" }
    }

    static func drawTooSmall(on canvas: inout Canvas, minimum: (width: Int, height: Int)) {
        let lines = ["Terminal too small: \(canvas.width)x\(canvas.height)", "ashby-tui needs \(minimum.width)x\(minimum.height)"]
        let top = max(0, (canvas.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < canvas.height {
            canvas.writeRow(line, in: canvas.bounds.row(top + index), style: index == 0 ? .warning : .dim, align: .center)
        }
    }
}
