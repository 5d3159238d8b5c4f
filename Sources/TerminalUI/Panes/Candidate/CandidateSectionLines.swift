import AshbyAPI
import Foundation
import Workspace

/// The rows of each candidate section at a given width: the candidate pane lays these out in
/// boxes (wide) or shows the focused one (narrow), scrolled by the model's section offsets.
/// Survey and EEO answers are not in the screen and so never here.
enum CandidateSectionLines {
    /// Notes and free text are wrapped to at most this many rows each (a pasted CV stays readable).
    static let maximumNoteLines = 40

    static func lines(_ section: CandidateSection, of screen: CandidateScreen, width: Int, time: PaneTime) -> [PaneLine] {
        switch section {
        case .profile: return profile(screen, time: time)
        case .applications: return applications(screen, width: width)
        case .timeline: return timeline(screen, time: time)
        case .notes: return notes(screen, width: width, time: time)
        case .interviews: return interviews(screen, time: time)
        case .feedback: return feedback(screen)
        case .offers: return offers(screen)
        }
    }

    /// How many items a section holds, for its tab ("Notes 3").
    static func count(_ section: CandidateSection, of screen: CandidateScreen) -> Int? {
        switch section {
        case .profile: return nil
        case .applications: return screen.applications.count
        case .timeline: return screen.timeline.count
        case .notes: return screen.notes.count
        case .interviews: return screen.upcomingInterviews.count + screen.pastInterviews.count
        case .feedback: return screen.feedback?.submissions ?? 0
        case .offers: return screen.offers.count
        }
    }

    static func load(_ load: DetailLoad?, what: String) -> PaneLine? {
        switch load {
        case .loading?: return PaneLine("\(PaneSymbols.pending) loading \(what)…", .dim)
        case .failed(let reason)?: return PaneLine("✘ \(what) could not be loaded: \(reason)", .error)
        case .loaded?, nil: return nil
        }
    }

    static let labelWidth = 10

    static func field(_ label: String, _ value: String, _ style: StyleName = .value, width: Int = labelWidth) -> PaneLine {
        let padded = TerminalText.width(of: label) < width ? label + String(repeating: " ", count: width - TerminalText.width(of: label)) : label + " "
        return PaneLine([.init(padded, .label), .init(value, style)])
    }

    // MARK: Sections

    static func profile(_ screen: CandidateScreen, time: PaneTime) -> [PaneLine] {
        var lines: [PaneLine] = []
        if let status = load(screen.profileLoad, what: "profile") { lines.append(status) }
        guard let profile = screen.profile else { return lines.isEmpty ? [PaneLine("No profile", .placeholder)] : lines }
        lines.append(field("Email", profile.emails.isEmpty ? "—" : profile.emails.joined(separator: ", "), .link))
        if !profile.phones.isEmpty { lines.append(field("Phone", profile.phones.joined(separator: ", "))) }
        for link in profile.links { lines.append(field(link.site, link.url, .link)) }
        if let location = profile.location { lines.append(field("Location", location)) }
        switch (profile.position, profile.company) {
        case let (position?, company?): lines.append(field("Position", "\(position) at \(company)"))
        case let (position?, nil): lines.append(field("Position", position))
        case let (nil, company?): lines.append(field("Company", company))
        case (nil, nil): break
        }
        if let source = profile.source { lines.append(field("Source", source)) }
        if !profile.tags.isEmpty { lines.append(field("Tags", profile.tags.map { "#" + $0 }.joined(separator: " "), .info)) }
        for custom in profile.customFields {
            lines.append(field(custom.title + (custom.isPrivate ? " " + PaneSymbols.privateNote : ""), custom.value))
        }
        // One label column for every row: as wide as the widest label, up to 22 cells.
        let labels = lines.compactMap { $0.spans.count == 2 ? $0.spans[0] : nil }
        let width = min(22, max(labelWidth, (labels.map { TerminalText.width(of: $0.text.trimmingCharacters(in: .whitespaces)) }.max() ?? 0) + 2))
        return lines.map { line in
            guard line.spans.count == 2 else { return line }
            var line = line
            let label = line.spans[0].text.trimmingCharacters(in: .whitespaces)
            line.spans[0] = field(label, "", width: width).spans[0]
            return line
        }
    }

    static func applications(_ screen: CandidateScreen, width: Int) -> [PaneLine] {
        guard !screen.applications.isEmpty else { return [PaneLine("No applications", .placeholder)] }
        return screen.applications.flatMap { row in
            [applicationLine(row)] + customFieldLines(row.customFields, width: width)
        }
    }

    static func applicationLine(_ row: CandidateApplicationRow) -> PaneLine {
        let style: StyleName = row.status == .active ? .value : .dim
        var line = PaneLine([.init(row.isFocused ? PaneSymbols.selected + " " : "  ", .key), .init(row.jobTitle, style)],
                            trailing: [.init(row.stageTitle, .label), .init(PaneSymbols.separator, .dim),
                                       .init(row.status.rawValue, statusStyle(row.status)), .init(PaneSymbols.separator, .dim),
                                       .init("\(row.daysInStage)d", row.daysInStage >= PaneSymbols.staleDays ? .staleDays : .value)],
                            target: .application(row.applicationId))
        if row.isFocused { line = line.selected(.highlight) }
        return line
    }

    /// An application's custom fields under its row, `Label  value`, indented past the focus
    /// mark: one label column as wide as the widest label (up to half the row, at most 32 cells;
    /// longer labels are cut with `…`), values on one line (line breaks become spaces) cut at the edge.
    static func customFieldLines(_ fields: [CustomFieldRow], width: Int) -> [PaneLine] {
        guard !fields.isEmpty else { return [] }
        let indent = "    "
        let maximumColumn = min(32, max(labelWidth, (width - indent.count) / 2))
        // Measured cut, so a hostile megabyte-long title costs no more than a short one.
        let labels = fields.map { TerminalText.truncated($0.title + ($0.isPrivate ? " " + PaneSymbols.privateNote : ""),
                                                         toWidth: maximumColumn - 2) }
        let widths = labels.map { $0.reduce(0) { $0 + $1.width } }
        let column = max(labelWidth, (widths.max() ?? 0) + 2)
        return zip(zip(labels, widths), fields).map { label, field in
            PaneLine([.init(indent), .init(glyphs: label.0, .label), .init(String(repeating: " ", count: column - label.1)),
                      .init(oneLine(field.value), .value)])
        }
    }

    /// `text` on one row: line breaks and tabs become spaces. Only the start of a very long value
    /// is kept (no row is that wide), so a pasted document costs nothing per frame.
    static func oneLine(_ text: String) -> String {
        let limit = 1_024
        var result = ""
        var count = 0
        for character in text {
            if count == limit { return result + "…" }
            result.append(character.isNewline || character == "\t" ? " " : character)
            count += 1
        }
        return result
    }

    static func statusStyle(_ status: ApplicationStatus) -> StyleName {
        switch status {
        case .active: return .info
        case .hired: return .success
        case .archived: return .dim
        default: return .label
        }
    }

    static func timeline(_ screen: CandidateScreen, time: PaneTime) -> [PaneLine] {
        var lines: [PaneLine] = []
        if let status = load(screen.historyLoad, what: "stage history") { lines.append(status) }
        if screen.timeline.isEmpty { lines.append(PaneLine("No history yet", .placeholder)) }
        for entry in screen.timeline {
            var line = PaneLine([.init(time.short(entry.time).padding(toLength: 17, withPad: " ", startingAt: 0), .label)])
            switch entry.kind {
            case .stage(let title, let jobTitle):
                line.append("→ ", .key)
                line.append(title, .value)
                line.append("  \(jobTitle)", .dim)
            case .note(let author, let excerpt):
                line.append("✎ ", .key)
                line.append(author + ": ", .label)
                line.append(excerpt, .normal)
            case .feedback(let interviewer, let recommendation):
                if let recommendation {
                    line.append(recommendation.symbol + " ", PaneSymbols.style(of: recommendation.tone))
                    line.append("\(interviewer): ", .label)
                    line.append(recommendation.label, PaneSymbols.style(of: recommendation.tone))
                } else {
                    line.append("\(PaneSymbols.feedbackIn) ", .key)
                    line.append("\(interviewer): feedback submitted", .label)
                }
            case .interview(let title, let interviewers):
                line.append(PaneSymbols.interviewScheduled + " ", .key)
                line.append(title, .value)
                if !interviewers.isEmpty { line.append("  with " + interviewers.joined(separator: ", "), .dim) }
            }
            lines.append(line)
        }
        return lines
    }

    static func notes(_ screen: CandidateScreen, width: Int, time: PaneTime) -> [PaneLine] {
        var lines: [PaneLine] = []
        if let status = load(screen.notesLoad, what: "notes") { lines.append(status) }
        if screen.notes.isEmpty { lines.append(PaneLine("No notes yet (n adds one)", .placeholder)) }
        for (index, note) in screen.notes.enumerated() {
            if index > 0 { lines.append(.blank) }
            var header = PaneLine([.init(note.author, .heading)])
            if note.isPrivate { header.append("  \(PaneSymbols.privateNote) private", .warning) }
            if note.isPending {
                header.append("  \(PaneSymbols.pending) sending…", .pendingApproval)
            } else if let created = note.createdAt {
                header.append("  \(time.both(created))", .label)
            }
            lines.append(header)
            for row in TerminalText.wrapped(note.text, toWidth: max(1, width - 2), maxLines: maximumNoteLines) {
                lines.append(PaneLine([.init("  "), .init(glyphs: row, note.isPending ? .dim : .normal)]))
            }
        }
        return lines
    }

    static func interviews(_ screen: CandidateScreen, time: PaneTime) -> [PaneLine] {
        var lines: [PaneLine] = []
        func rows(_ interviews: [CandidateInterviewRow], upcoming: Bool) {
            for interview in interviews {
                let when = "\(time.short(interview.startTime))–\(time.clock(interview.endTime.date))"
                var line = PaneLine([
                    .init(upcoming ? "\(PaneSymbols.interviewScheduled) " : (interview.hasSubmittedFeedback ? "\(PaneSymbols.feedbackIn) " : "\(PaneSymbols.feedbackOwed) "),
                          upcoming ? .flagScheduled : (interview.hasSubmittedFeedback ? .success : .warning)),
                    .init(when.padding(toLength: 23, withPad: " ", startingAt: 0), .label), .init(interview.title, .value),
                ])
                if !interview.interviewers.isEmpty { line.append("  with " + interview.interviewers.joined(separator: ", "), .dim) }
                line.append("  " + interview.jobTitle, .dim)
                lines.append(line)
            }
        }
        lines.append(PaneLine([.init("Upcoming", .heading), .init("  \(screen.upcomingInterviews.count)", .label)]))
        if screen.upcomingInterviews.isEmpty { lines.append(PaneLine("  None scheduled", .placeholder)) }
        rows(screen.upcomingInterviews, upcoming: true)
        lines.append(PaneLine([.init("Past", .heading), .init("  \(screen.pastInterviews.count)", .label)]))
        if screen.pastInterviews.isEmpty { lines.append(PaneLine("  None yet", .placeholder)) }
        rows(screen.pastInterviews, upcoming: false)
        return lines
    }

    static func feedback(_ screen: CandidateScreen) -> [PaneLine] {
        guard let aggregate = screen.feedback else { return [PaneLine("No feedback submitted yet", .placeholder)] }
        return FeedbackPane.aggregateLines(aggregate)
    }

    static func offers(_ screen: CandidateScreen) -> [PaneLine] {
        guard !screen.offers.isEmpty else { return [PaneLine("No offers", .placeholder)] }
        return screen.offers.map { offer in
            var line = PaneLine([.init("\(PaneSymbols.offerOut) ", .flagOffer), .init(offer.jobTitle, .value),
                                 .init(PaneSymbols.separator, .dim), .init(offer.statusLabel, .label)])
            if let salary = offer.salary { line.append(PaneSymbols.separator, .dim); line.append(salary, .value) }
            return line
        }
    }
}
