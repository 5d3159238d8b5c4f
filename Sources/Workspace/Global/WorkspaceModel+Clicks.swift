import Foundation

extension WorkspaceModel {
    /// Answers a mouse click on something drawn. A click selects; a click on what is already
    /// selected opens it (as Enter would). With a dialog open, only the dialog's own rows and
    /// buttons answer.
    func handleClick(_ target: ClickTarget, now: Date) -> [Effect] {
        if let modal { return handleClick(target, in: modal, now: now) }
        switch target {
        case .tab(let pane):
            return show(pane, now: now)
        case .toasts:
            toasts.dismissAll()
            return []
        case .application(let id):
            guard let record = store.applications[id] else { return [] }
            // A row of the schedule's awaiting list opens its candidate (it has no cursor of its own).
            if activePane == .schedule {
                return perform(PaneOutcome(request: .showCandidate(candidateId: record.candidateId, applicationId: id)), now: now)
            }
            guard activePane == .pipeline else { return [] }
            if pipeline.selectedApplicationId == id { return handle(.openCandidate, now: now) }
            pipeline.select(applicationId: id, store: store)
            noteFocusedApplication()
            return []
        case .stageColumn(let stageId):
            guard activePane == .pipeline else { return [] }
            let columns = pipeline.columns(store: store).map(\.id)
            guard let target = columns.firstIndex(of: stageId) else { return [] }
            let current = pipeline.focusedStageId.flatMap { columns.firstIndex(of: $0) } ?? 0
            pipeline.moveColumn(by: target - current, store: store)
            noteFocusedApplication()
            return []
        case .candidateSection(let section):
            guard activePane == .candidate else { return [] }
            candidate.section = section
            return []
        case .scheduleEvent(let eventId):
            guard activePane == .schedule else { return [] }
            if schedule.selectedEventId == eventId { return handle(.select, now: now) }
            schedule.selectedEventId = eventId
            return []
        case .scheduleLane(let laneId):
            guard activePane == .schedule else { return [] }
            schedule.selectedLaneId = laneId
            return []
        case .scorecard(let feedbackId):
            guard activePane == .feedback else { return [] }
            feedback.selectedFeedbackId = feedbackId
            return []
        case .overdueFeedback(let eventId):
            guard activePane == .feedback, feedback.mode == .overdue else { return [] }
            let rows = feedback.overdueRows(store: store, now: now)
            guard let index = rows.firstIndex(where: { $0.eventId == eventId }) else { return [] }
            if index == feedback.overdueIndex { return handle(.select, now: now) }
            feedback.move(by: index - feedback.overdueIndex, store: store, now: now)
            return []
        case .offer(let offerId):
            guard activePane == .offers else { return [] }
            if offers.selectedOfferId == offerId { return handle(.openCandidate, now: now) }
            return perform(offers.select(offerId: offerId, store: store, details: details), now: now)
        case .listRow, .dialogButton:
            return []
        }
    }

    private func handleClick(_ target: ClickTarget, in modal: Modal, now: Date) -> [Effect] {
        switch (target, modal) {
        case (.dialogButton(.confirm), .confirmation(let dialog)):
            return confirm(dialog, now: now)
        case (.dialogButton(.cancel), .confirmation):
            self.modal = nil
            return []
        case (.listRow(let row), .palette(var palette)):
            if row == palette.selection { return handleInModal(.select, now: now) }
            palette.moveSelection(by: row - palette.selection)
            self.modal = .palette(palette)
            return []
        case (.listRow(let row), .picker(var picker)):
            if row == picker.selection { return handleInModal(.select, now: now) }
            picker.moveSelection(by: row - picker.selection)
            self.modal = .picker(picker)
            return []
        case (.listRow(let row), .scorecard(var draft)) where draft.fields.indices.contains(row):
            draft.focus = .field(row)
            self.modal = .scorecard(draft)
            return []
        case (.dialogButton(.confirm), .scorecard(let draft)):
            return submitScorecard(draft, now: now)
        case (.dialogButton(.cancel), .scorecard(let draft)):
            return closeScorecard(draft, now: now)
        case (.toasts, _):
            toasts.dismissAll()
            return []
        default:
            return []
        }
    }
}
