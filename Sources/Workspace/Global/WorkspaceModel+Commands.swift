import AshbyAPI
import Foundation

extension WorkspaceModel {
    /// The message every write gets in read-only mode.
    public static let readOnlyRefusal = "Read-only mode: moves, archiving, notes, scorecards and approvals are turned off"

    /// Answers a command: the open dialog takes it first, then global commands, then the active
    /// pane. Returns the effects to run; state changes happen here and nowhere else.
    @discardableResult
    public func handle(_ command: Command, now: Date = Date()) -> [Effect] {
        if modal != nil { return handleInModal(command, now: now) }
        switch command {
        case .quit: return [.quit]
        case .refresh:
            toasts.post(Notice(.info, "Syncing with Ashby…"), now: now)
            return [.refresh]
        case .redraw: return [.redraw]
        case .dismissToasts:
            toasts.dismissAll()
            return []
        case .click(let target):
            return handleClick(target, now: now)
        case .help:
            modal = .help(HelpScreen(pane: activePane, rows: keymap.bindingTable(for: activePane, registry: registry)))
            return []
        case .palette:
            modal = .palette(CommandPalette(context: paletteContext()))
            return []
        case .nextPane: return show(activePane.next, now: now)
        case .previousPane: return show(activePane.previous, now: now)
        case .showPane(let pane): return show(pane, now: now)
        case .filter(nil):
            guard activePane != .candidate else {
                toasts.post(Notice(.info, "Nothing to filter in the candidate pane"), now: now)
                return []
            }
            modal = .textInput(TextInput(prompt: "Filter", text: currentFilter, purpose: .filter(original: currentFilter)))
            return []
        default:
            break
        }
        if command.writes && isReadOnly {
            toasts.post(Notice(.warning, Self.readOnlyRefusal), now: now)
            return []
        }
        guard let spec = registry.spec(named: command.name) else { return [] }
        guard spec.applies(in: activePane) else {
            toasts.post(Notice(.info, "\(spec.name) does not apply in the \(activePane.title) pane"), now: now)
            return []
        }
        if command == .writeScorecard { return openScorecard(now: now) }
        return dispatchToPane(command, now: now)
    }

    var currentFilter: String {
        switch activePane {
        case .pipeline: return pipeline.filterText
        case .offers: return offers.filterText
        case .feedback: return feedback.filterText
        case .schedule, .candidate: return ""
        }
    }

    func dispatchToPane(_ command: Command, now: Date) -> [Effect] {
        // Esc in a candidate opened from another pane goes back there, as a browser's Back would.
        if command == .cancel, activePane == .candidate, let back = returnPane {
            returnPane = nil
            return show(back, now: now)
        }
        let outcome: PaneOutcome
        switch activePane {
        case .pipeline: outcome = pipeline.handle(command, store: store, now: now)
        case .candidate: outcome = candidate.handle(command, store: store, details: details, now: now)
        case .schedule: outcome = schedule.handle(command, store: store, now: now)
        case .feedback: outcome = feedback.handle(command, store: store, now: now)
        case .offers: outcome = offers.handle(command, store: store, details: details, now: now)
        }
        noteFocusedApplication()
        return perform(outcome, now: now)
    }

    /// Posts an outcome's notices, opens what it asks for, and passes its effects on.
    func perform(_ outcome: PaneOutcome, now: Date) -> [Effect] {
        for notice in outcome.notices { toasts.post(notice, now: now) }
        var effects = outcome.effects
        switch outcome.request {
        case .picker(let picker)?: modal = .picker(picker)
        case .confirmation(let dialog)?: modal = .confirmation(dialog)
        case .textInput(let input)?: modal = .textInput(input)
        case .showCandidate(let candidateId, let applicationId)?:
            effects += candidate.show(candidateId: candidateId, applicationId: applicationId, store: store, details: details)
            focusedApplicationId = candidate.applicationId
            if activePane != .candidate { returnPane = activePane }
            activePane = .candidate
        case nil: break
        }
        for case .requestDetail(let key) in effects { details.markRequested(key) }
        return effects
    }

    /// Switches panes; the pane shown follows what the user had in hand.
    func show(_ pane: Pane, now: Date) -> [Effect] {
        noteFocusedApplication()
        if pane != .candidate { returnPane = nil }
        activePane = pane
        pendingKeys = []
        switch pane {
        case .feedback:
            feedback.show(applicationId: focusedApplicationId)
        case .candidate:
            guard candidate.candidateId == nil, let id = focusedApplicationId, let record = store.applications[id] else {
                return candidate.detailRequests(store: store, details: details).map { effect in
                    if case .requestDetail(let key) = effect { details.markRequested(key) }
                    return effect
                }
            }
            return perform(PaneOutcome(request: .showCandidate(candidateId: record.candidateId, applicationId: id)), now: now)
        case .offers:
            return perform(offers.normalize(store: store, details: details), now: now)
        case .schedule:
            // Reads whole columns: done when the pane shows, not after every merge.
            schedule.refreshAwaitingIfStale(store: store)
        case .pipeline:
            break
        }
        return []
    }

    func noteFocusedApplication() {
        switch activePane {
        case .pipeline: focusedApplicationId = pipeline.selectedApplicationId ?? focusedApplicationId
        case .candidate: focusedApplicationId = candidate.applicationId ?? focusedApplicationId
        case .schedule:
            if let event = schedule.selectedEventId, let applicationId = store.schedule(ofEvent: event)?.applicationId {
                focusedApplicationId = applicationId
            }
        case .offers:
            if let offerId = offers.selectedOfferId, let applicationId = store.offers[offerId]?.applicationId {
                focusedApplicationId = applicationId
            }
        case .feedback: break
        }
    }

    /// What the palette completes arguments from.
    func paletteContext() -> CommandPalette.PaletteContext {
        var choices: [ArgumentKind: [String]] = [:]
        choices[.job] = PipelineModel.pickableJobs(store: store).map(\.title)
        choices[.stage] = pipeline.columns(store: store).filter { !$0.interviewPlanId.isEmpty }.map(\.title)
        choices[.archiveReason] = store.archiveReasons.values.filter { !$0.isArchived }.map(\.text).sorted()
        choices[.interviewer] = store.users.values.filter(\.isEnabled).map(ScheduleModel.fullName).sorted()
        return CommandPalette.PaletteContext(pane: activePane, registry: registry, choices: choices)
    }

    // MARK: Dialogs

    /// The user said yes: the dialog closes and its effects run (writes still refused when read-only).
    func confirm(_ dialog: Confirmation, now: Date) -> [Effect] {
        modal = nil
        if isReadOnly && dialog.effects.contains(where: { $0.submission != nil }) {
            toasts.post(Notice(.warning, Self.readOnlyRefusal), now: now)
            return []
        }
        noteSentScorecards(dialog.effects)
        return dialog.effects
    }

    func handleInModal(_ command: Command, now: Date) -> [Effect] {
        guard let current = modal else { return [] }
        if case .click(let target) = command { return handleClick(target, now: now) }
        switch current {
        case .scorecard(let draft):
            // The keymap's dialog keys (Enter, Esc, ctrl+n/p…) as the keys they stand for.
            let key: KeyChord.Key? = switch command {
            case .up, .pageUp: .up
            case .down, .pageDown: .down
            case .select: .enter
            case .cancel: .escape
            default: nil
            }
            guard let key else { return [] }
            return handleKeyInScorecard(KeyChord(key), draft, now: now)
        case .help(var help):
            switch command {
            case .down: help.offset = min(help.offset + 1, max(0, help.rows.count - 1))
            case .up: help.offset = max(0, help.offset - 1)
            case .cancel, .select, .help, .quit: modal = nil
                return []
            default: return []
            }
            modal = .help(help)
        case .confirmation(var dialog):
            switch command {
            case .select where dialog.focus == .confirm:
                return confirm(dialog, now: now)
            case .select, .cancel:
                modal = nil
            case .left, .right, .nextPane, .previousPane:
                dialog.toggleFocus()
                modal = .confirmation(dialog)
            default: break
            }
        case .palette(var palette):
            switch command {
            case .insertText(let text): palette.insert(text)
            case .deleteBackward: palette.deleteBackward()
            case .up: palette.moveSelection(by: -1)
            case .down: palette.moveSelection(by: 1)
            case .nextPane: palette.complete()
            case .cancel:
                modal = nil
                return []
            case .select:
                switch palette.submit() {
                case .run(let chosen):
                    modal = nil
                    return handle(chosen, now: now)
                case .stayOpen: break
                case .error(let message): toasts.post(Notice(.error, message), now: now)
                }
            default: break
            }
            modal = .palette(palette)
        case .picker(var picker):
            switch command {
            case .insertText(let text): picker.insert(text)
            case .deleteBackward: picker.deleteBackward()
            case .up: picker.moveSelection(by: -1)
            case .down: picker.moveSelection(by: 1)
            case .pageUp: picker.moveSelection(by: -10)
            case .pageDown: picker.moveSelection(by: 10)
            case .cancel:
                modal = nil
                return []
            case .select:
                modal = nil
                guard let chosen = picker.chosenCommand else { return [] }
                return handle(chosen, now: now)
            default: break
            }
            modal = .picker(picker)
        case .textInput(var input):
            switch command {
            case .insertText(let text): input.text += text
            case .deleteBackward: if !input.text.isEmpty { input.text.removeLast() }
            case .cancel:
                modal = nil
                if case .filter(let original) = input.purpose { _ = dispatchToPane(.filter(original), now: now) }
                return []
            case .select:
                modal = nil
                if case .note = input.purpose { return handle(.addNote(input.text), now: now) }
                return []
            default: return []
            }
            modal = .textInput(input)
            // The filter narrows the pane as it is typed.
            if case .filter = input.purpose { return dispatchToPane(.filter(input.text), now: now) }
        }
        return []
    }
}
