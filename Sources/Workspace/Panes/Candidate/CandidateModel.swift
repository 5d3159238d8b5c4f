import AshbyAPI
import Foundation

/// The candidate pane: profile, applications, history merged with notes, feedback and
/// interviews, notes (with adding one), interviews, feedback summary and offers, in scrollable
/// sections. Profile, notes, applications (for their custom fields) and their histories are
/// on-demand details, asked for when shown.
public struct CandidateModel: Sendable {
    public internal(set) var candidateId: String?
    /// The application the user came from (highlighted; the Feedback pane follows it).
    public internal(set) var applicationId: String?
    public internal(set) var section: CandidateSection = .profile
    public internal(set) var sectionOffsets: [CandidateSection: Int] = [:]

    public init() {}

    /// Shows a candidate and asks for the details not yet asked for.
    public mutating func show(candidateId: String, applicationId: String?, store: EntityStore, details: ShownDetails) -> [Effect] {
        if candidateId != self.candidateId {
            self.candidateId = candidateId
            section = .profile
            sectionOffsets = [:]
        }
        self.applicationId = applicationId ?? store.applications(ofCandidate: candidateId).first?.id
        return detailRequests(store: store, details: details)
    }

    func detailRequests(store: EntityStore, details: ShownDetails) -> [Effect] {
        guard let candidateId else { return [] }
        var keys: [DetailKey] = [.candidate(id: candidateId), .notes(candidateId: candidateId)]
        keys += store.applications(ofCandidate: candidateId).flatMap { record -> [DetailKey] in
            [.applicationHistory(applicationId: record.id), .application(id: record.id)]
        }
        return keys.filter(details.needsRequest).map(Effect.requestDetail)
    }

    public mutating func handle(_ command: Command, store: EntityStore, details: ShownDetails, now: Date) -> PaneOutcome {
        switch command {
        case .nextSection, .right:
            section = CandidateSection(rawValue: min(section.rawValue + 1, CandidateSection.allCases.count - 1))!
        case .previousSection, .left:
            section = CandidateSection(rawValue: max(section.rawValue - 1, 0))!
        case .down: sectionOffsets[section, default: 0] += 1
        case .up: sectionOffsets[section] = max(0, (sectionOffsets[section] ?? 0) - 1)
        case .pageDown: sectionOffsets[section, default: 0] += 10
        case .pageUp: sectionOffsets[section] = max(0, (sectionOffsets[section] ?? 0) - 10)
        case .top: sectionOffsets[section] = 0
        case .bottom: sectionOffsets[section] = Int.max / 2
        case .addNote(let text):
            return addNoteOutcome(text, store: store, details: details)
        default: break
        }
        return .none
    }

    func candidateName(store: EntityStore, details: ShownDetails) -> String? {
        guard let candidateId else { return nil }
        if case .candidate(let candidate)? = details.payload(of: .candidate(id: candidateId)) { return candidate.name }
        return store.applications(ofCandidate: candidateId).first?.candidateName
    }

    /// `candidate.add-note`: nil opens the note editor; text asks for confirmation, then goes to the outbox.
    func addNoteOutcome(_ text: String?, store: EntityStore, details: ShownDetails) -> PaneOutcome {
        guard let candidateId else { return .notice(.info, "No candidate shown") }
        let name = candidateName(store: store, details: details) ?? "the candidate"
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            if text != nil { return .notice(.info, "The note is empty; nothing was added") }
            return PaneOutcome(request: .textInput(TextInput(prompt: "Note on \(name)", purpose: .note(candidateId: candidateId))))
        }
        let excerpt = text.count > 60 ? String(text.prefix(59)) + "…" : text
        return PaneOutcome(request: .confirmation(Confirmation(
            title: "Add a note to \(name)?", lines: ["Candidate: \(name)", "“\(excerpt)”"], confirmLabel: "Add note",
            effects: [.submit(OutboxSubmission(action: .addNote(candidateId: candidateId, text: text), optimistic: StoreDelta(),
                                               rollback: StoreDelta(), summary: "Add a note to \(name)"))])))
    }

    // MARK: Screen

    /// Builds the pane; `pendingNotes` are notes queued in the outbox for this candidate (shown as pending).
    public func screen(store: EntityStore, details: ShownDetails, pendingNotes: [(actionId: String, text: String)] = [],
                       now: Date) -> CandidateScreen {
        var screen = CandidateScreen(
            candidateId: candidateId, profile: nil, profileLoad: nil, applications: [], timeline: [], historyLoad: nil, notes: [],
            notesLoad: nil, upcomingInterviews: [], pastInterviews: [], feedback: nil, offers: [], focusedSection: section,
            sectionOffsets: sectionOffsets, placeholder: nil)
        guard let candidateId else {
            screen.placeholder = "Open a candidate from the Pipeline, Schedule, Feedback or Offers pane (Enter)"
            return screen
        }
        let applications = store.applications(ofCandidate: candidateId)
        let stageTitle = { (id: String) in store.interviewStages[id]?.title ?? "Unknown stage" }

        // Profile
        screen.profileLoad = Self.load(details, .candidate(id: candidateId))
        if case .candidate(let candidate)? = details.payload(of: .candidate(id: candidateId)) {
            screen.profile = CandidateProfileView(
                name: candidate.name, emails: candidate.emailAddresses.map(\.value), phones: candidate.phoneNumbers.map(\.value),
                links: candidate.socialLinks.map { CandidateLink(site: $0.type.rawValue, url: $0.url) },
                location: candidate.location?.locationSummary, tags: candidate.tags.map(\.title), source: candidate.source?.title,
                position: candidate.position, company: candidate.company,
                customFields: CustomFieldRow.rows(candidate.customFields ?? [], store: store))
        } else if let first = applications.first {
            screen.profile = CandidateProfileView(
                name: first.candidateName, emails: first.candidateEmail.map { [$0] } ?? [], phones: [], links: [], location: nil,
                tags: [], source: first.sourceTitle, position: nil, company: nil)
        }

        // Applications: the focused one first; custom fields once `application.info` arrived.
        screen.applications = applications.map { record in
            var customFields: [CustomFieldRow] = []
            if case .application(let full)? = details.payload(of: .application(id: record.id)) {
                customFields = CustomFieldRow.rows(full.customFields ?? [], store: store)
            }
            return CandidateApplicationRow(applicationId: record.id, jobTitle: record.jobTitle, stageTitle: stageTitle(record.stageId),
                                           status: record.status, daysInStage: record.daysInStage(now: now),
                                           isFocused: record.id == applicationId, customFields: customFields)
        }
        if let focused = screen.applications.firstIndex(where: \.isFocused), focused > 0 {
            screen.applications.insert(screen.applications.remove(at: focused), at: 0)
        }

        // Notes
        screen.notesLoad = Self.load(details, .notes(candidateId: candidateId))
        var notes: [Note] = []
        if case .notes(_, let loaded)? = details.payload(of: .notes(candidateId: candidateId)) { notes = loaded }
        screen.notes = pendingNotes.map { NoteView(id: $0.actionId, author: "You", createdAt: nil, text: $0.text, isPrivate: false,
                                                   isPending: true) }
            + notes.sorted { $0.createdAt > $1.createdAt }.map { note in
                NoteView(id: note.id, author: "\(note.author.firstName) \(note.author.lastName)", createdAt: note.createdAt,
                         text: note.content ?? "", isPrivate: note.isPrivate, isPending: false)
            }

        // Interviews, feedback, offers, history
        var timeline: [TimelineEntry] = []
        var historiesLoaded = true
        var historyFailure: String?
        var feedbackRecords: [FeedbackRecord] = []
        for record in applications {
            switch Self.load(details, .applicationHistory(applicationId: record.id)) {
            case .loading?, nil: historiesLoaded = false
            case .failed(let reason)?: historyFailure = reason
            case .loaded?: break
            }
            if case .applicationHistory(_, let items)? = details.payload(of: .applicationHistory(applicationId: record.id)) {
                timeline += items.map { TimelineEntry(time: $0.enteredStageAt, kind: .stage(title: $0.title, jobTitle: record.jobTitle)) }
            }
            for schedule in store.interviewSchedules(ofApplication: record.id) where schedule.status != .cancelled {
                for event in schedule.events {
                    let row = CandidateInterviewRow(
                        eventId: event.id, title: store.interviews[event.interviewId]?.title ?? "Interview", jobTitle: record.jobTitle,
                        startTime: event.startTime, endTime: event.endTime,
                        interviewers: event.interviewers.map { OffersModel.name(of: $0.userId, store: store) },
                        hasSubmittedFeedback: event.hasSubmittedFeedback)
                    if event.startTime.secondsSince1970 > now.timeIntervalSince1970 {
                        screen.upcomingInterviews.append(row)
                    } else {
                        screen.pastInterviews.append(row)
                    }
                    timeline.append(TimelineEntry(time: event.startTime, kind: .interview(title: row.title, interviewers: row.interviewers)))
                }
            }
            let submitted = store.feedback(ofApplication: record.id)
            feedbackRecords += submitted
            for item in submitted {
                guard let time = item.submittedAt else { continue }
                let form = store.feedbackForms[item.formKey] ?? FormDefinition()
                let recommendation = form.recommendationField.flatMap { field in
                    item.values[field.path]?.stringValue.map { RecommendationScale(field: field).view(forValue: $0) }
                }
                timeline.append(TimelineEntry(time: time, kind: .feedback(interviewer: OffersModel.name(of: item.submittedByUserId, store: store),
                                                                          recommendation: recommendation)))
            }
            for offer in store.offers(ofApplication: record.id) {
                screen.offers.append(CandidateOfferRow(offerId: offer.id, jobTitle: record.jobTitle,
                                                       statusLabel: OfferFormatting.statusLabel(offer), versionId: offer.latestVersion?.id,
                                                       salary: OfferFormatting.money(offer.latestVersion?.salary)))
            }
        }
        for note in notes {
            let text = note.content ?? ""
            timeline.append(TimelineEntry(time: note.createdAt, kind: .note(author: "\(note.author.firstName) \(note.author.lastName)",
                                                                           excerpt: text.count > 80 ? String(text.prefix(79)) + "…" : text)))
        }
        screen.upcomingInterviews.sort { $0.startTime < $1.startTime }
        screen.pastInterviews.sort { $0.startTime > $1.startTime }
        screen.timeline = timeline.enumerated().sorted { lhs, rhs in
            lhs.element.time != rhs.element.time ? lhs.element.time > rhs.element.time : lhs.offset < rhs.offset
        }.map(\.element)
        screen.historyLoad = historyFailure.map { .failed(reason: $0) } ?? (historiesLoaded ? .loaded : .loading)
        screen.feedback = feedbackRecords.isEmpty ? nil : FeedbackModel.aggregate(of: feedbackRecords, store: store)
        return screen
    }

    static func load(_ details: ShownDetails, _ key: DetailKey) -> DetailLoad? {
        switch details.state(of: key) {
        case .loading?: return .loading
        case .loaded?: return .loaded
        case .failed(let reason)?: return .failed(reason: reason)
        case nil: return nil
        }
    }
}
