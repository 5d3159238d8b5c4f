import AshbyAPI
import Foundation

extension WorkspaceModel {
    /// `feedback.write`: opens the scorecard of the interview in hand for the acting user — the
    /// selected row of the overdue list, the selected event of the schedule, or in the scorecards
    /// view the latest interview of the shown application still waiting for the user's feedback.
    /// A draft closed earlier reopens as it was left.
    func openScorecard(now: Date) -> [Effect] {
        guard let userId = store.actingUserId else {
            toasts.post(Notice(.warning, "Scorecards are written as you: start with --user EMAIL (or `user =` in the config)"), now: now)
            return []
        }
        let found: (event: InterviewEventRecord, schedule: InterviewScheduleRecord)
        switch scorecardEvent(userId: userId, now: now) {
        case .found(let event, let schedule): found = (event, schedule)
        case .refused(let notice):
            toasts.post(notice, now: now)
            return []
        }
        let interview = store.interviews[found.event.interviewId]
        guard let formId = interview?.feedbackFormDefinitionId, let definition = store.feedbackFormDefinitions[formId] else {
            toasts.post(Notice(.warning, "The scorecard form of \(interview?.title ?? "this interview") is not synced yet: press r, then try again"), now: now)
            return []
        }
        let candidate = store.applications[found.schedule.applicationId]?.candidateName ?? "Unknown candidate"
        var draft = ScorecardDraft(applicationId: found.schedule.applicationId, interviewEventId: found.event.id, userId: userId,
                                   formDefinitionId: formId, candidateName: candidate, interviewTitle: interview?.title ?? "Interview",
                                   formTitle: definition.title, form: definition.formDefinition)
        // A kept draft goes on, over the form as it is now (a form changed since keeps the answers
        // to the questions it still asks).
        if let kept = scorecardDrafts[found.event.id] { draft.takeAnswers(from: kept) }
        modal = .scorecard(draft)
        return []
    }

    /// The interview a scorecard is for, or why there is none.
    private enum ScorecardInterview {
        case found(InterviewEventRecord, InterviewScheduleRecord)
        case refused(Notice)
    }

    /// The interview event the scorecard is for, or why there is none.
    private func scorecardEvent(userId: String, now: Date) -> ScorecardInterview {
        func pair(_ eventId: String) -> (InterviewEventRecord, InterviewScheduleRecord)? {
            guard let schedule = store.schedule(ofEvent: eventId), let event = schedule.events.first(where: { $0.id == eventId }) else { return nil }
            return (event, schedule)
        }
        func mine(_ found: (InterviewEventRecord, InterviewScheduleRecord)) -> ScorecardInterview {
            guard found.0.interviewers.contains(where: { $0.userId == userId }) else {
                let names = found.0.interviewers.map { OffersModel.name(of: $0.userId, store: store) }
                let who = names.isEmpty ? "its interviewers" : names.joined(separator: ", ")
                return .refused(Notice(.info, "Only \(who) can write a scorecard for this interview"))
            }
            return .found(found.0, found.1)
        }
        switch activePane {
        case .feedback where feedback.mode == .overdue:
            guard let row = feedback.overdueRows(store: store, now: now).dropFirst(feedback.overdueIndex).first,
                  let found = pair(row.eventId) else { return .refused(Notice(.info, "Select an overdue interview first")) }
            return mine(found)
        case .schedule:
            guard let eventId = schedule.selectedEventId, let found = pair(eventId) else {
                return .refused(Notice(.info, "Select an interview first"))
            }
            return mine(found)
        default:
            guard let applicationId = feedback.applicationId ?? focusedApplicationId else {
                return .refused(Notice(.info, "Select an application first"))
            }
            // The latest interview that has started and still waits for my feedback; else the next one.
            let candidates = store.interviewSchedules(ofApplication: applicationId).filter { $0.status != .cancelled }.flatMap { schedule in
                schedule.events.filter { event in
                    event.interviewers.contains { $0.userId == userId } && !store.feedbackIndex.hasSubmitted(userId: userId, event: event)
                }.map { ($0, schedule) }
            }
            let started = candidates.filter { $0.0.startTime.secondsSince1970 <= now.timeIntervalSince1970 }
            let chosen = started.max { $0.0.startTime < $1.0.startTime } ?? candidates.min { $0.0.startTime < $1.0.startTime }
            guard let chosen else {
                let name = store.applications[applicationId]?.candidateName ?? "this candidate"
                return .refused(Notice(.info, "No interview with \(name) waits for your scorecard"))
            }
            return .found(chosen.0, chosen.1)
        }
    }

    // MARK: The dialog

    /// Keys in the scorecard dialog. Text fields take typed characters; elsewhere digits pick a
    /// score or an option, y/n answer yes/no, Space ticks an option. Enter goes to the next field,
    /// presses a button; Esc closes and keeps the draft.
    func handleKeyInScorecard(_ chord: KeyChord, _ draft: ScorecardDraft, now: Date) -> [Effect] {
        var draft = draft
        let field = draft.focusedField
        switch chord.key {
        case .escape:
            return closeScorecard(draft, now: now)
        case .up: draft.moveFocus(by: -1)
        case .tab: draft.moveFocus(by: chord.modifiers.contains(.shift) ? -1 : 1)
        case .down: draft.moveFocus(by: 1)
        case .left: draft.step(by: -1)
        case .right: draft.step(by: 1)
        case .backspace: draft.deleteBackward()
        case .enter where chord.modifiers.contains(.alt):
            if field?.allowsNewlines == true { draft.type("\n") }
        case .enter:
            switch draft.focus {
            case .submit: return submitScorecard(draft, now: now)
            case .cancel: return closeScorecard(draft, now: now)
            case .field: draft.moveFocus(by: 1)
            }
        default:
            if chord == .ctrl("c") { return closeScorecard(draft, now: now) }
            if chord == .ctrl("j"), field?.allowsNewlines == true {
                draft.type("\n")
            } else if chord == .ctrl("u"), field?.takesText == true {
                while draft.focusedField?.text.isEmpty == false { draft.deleteBackward() }
            } else if let character = chord.typedCharacter {
                if character == " ", field?.takesText != true {
                    draft.toggle()
                } else if !draft.type(String(character)), field?.takesText != true {
                    // Where letters type nothing (a score, an option, a button), h/j/k/l act as the arrows.
                    switch character {
                    case "j": draft.moveFocus(by: 1)
                    case "k": draft.moveFocus(by: -1)
                    case "h": draft.step(by: -1)
                    case "l": draft.step(by: 1)
                    default: break
                    }
                }
            }
        }
        modal = .scorecard(draft)
        return []
    }

    /// Closes the dialog, keeping what was written for next time.
    func closeScorecard(_ draft: ScorecardDraft, now: Date) -> [Effect] {
        modal = nil
        if draft.fields.contains(where: \.isAnswered) {
            scorecardDrafts[draft.interviewEventId] = draft
            toasts.post(Notice(.info, "Scorecard draft kept: press s on the interview to go on"), now: now)
        } else {
            scorecardDrafts[draft.interviewEventId] = nil
        }
        return []
    }

    /// Submit: a complete scorecard asks for confirmation (the draft is kept until it is sent);
    /// an incomplete one stays open on the field to fix.
    func submitScorecard(_ draft: ScorecardDraft, now: Date) -> [Effect] {
        var draft = draft
        guard let answers = draft.answers() else {
            modal = .scorecard(draft)
            return []
        }
        scorecardDrafts[draft.interviewEventId] = draft
        let temporaryId = ScorecardDraft.temporaryId(ofEvent: draft.interviewEventId)
        let interviewId = store.interviewEvent(id: draft.interviewEventId)?.interviewId
        var optimistic = StoreDelta()
        optimistic.feedback = [draft.optimisticRecord(temporaryId: temporaryId, answers: answers, interviewId: interviewId, now: now)]
        optimistic.feedbackForms[draft.formDefinitionId] = store.feedbackFormDefinitions[draft.formDefinitionId]?.formDefinition
        var rollback = StoreDelta()
        rollback.removals[.applicationFeedback] = [temporaryId]
        let action = OutboxAction.submitFeedback(applicationId: draft.applicationId, formDefinitionId: draft.formDefinitionId,
                                                 interviewEventId: draft.interviewEventId, userId: draft.userId, fields: answers)
        let summary = "Scorecard for \(draft.candidateName) (\(draft.interviewTitle))"
        let answered = draft.fields.filter(\.isAnswered).count
        var lines = ["Candidate: \(draft.candidateName)", "Interview: \(draft.interviewTitle)", "Form: \(draft.formTitle)"]
        if let field = store.feedbackFormDefinitions[draft.formDefinitionId]?.formDefinition.recommendationField,
           let value = answers.first(where: { $0.path == field.path })?.value.stringValue {
            lines.append("Recommendation: \(RecommendationScale(field: field).view(forValue: value).label)")
        }
        lines.append("\(answered) of \(draft.fields.count) questions answered; a scorecard cannot be edited here once sent")
        modal = .confirmation(Confirmation(
            title: "Submit scorecard?",
            lines: lines,
            confirmLabel: "Submit", effects: [.submit(OutboxSubmission(action: action, optimistic: optimistic, rollback: rollback, summary: summary))]))
        return []
    }

    /// A confirmed scorecard is on its way: its draft is no longer needed, and the feedback pane's
    /// scorecards view shows its application (where it appears at once, marked pending).
    func noteSentScorecards(_ effects: [Effect]) {
        for case .submit(let submission) in effects {
            guard case .submitFeedback(let applicationId, _, let eventId, _, _) = submission.action else { continue }
            if let eventId { scorecardDrafts[eventId] = nil }
            focusedApplicationId = applicationId
            feedback.show(applicationId: applicationId)
        }
    }
}
