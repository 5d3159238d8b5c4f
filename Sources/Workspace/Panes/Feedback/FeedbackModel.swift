import AshbyAPI
import Foundation

/// The feedback pane: the scorecards of one application with an aggregate row, or the list of
/// overdue feedback across the workspace.
public struct FeedbackModel: Sendable {
    public internal(set) var applicationId: String?
    public internal(set) var mode: FeedbackScreen.Mode = .scorecards
    public internal(set) var selectedFeedbackId: String?
    /// The overdue list's cursor and scroll.
    public internal(set) var overdueIndex = 0
    public internal(set) var overdueOffset = 0
    public internal(set) var filterText = ""
    public internal(set) var viewport = Viewport(width: 160, height: 48)
    public var chromeRows = 2

    public init() {}

    var visibleRows: Int { max(1, viewport.height - chromeRows) }

    public mutating func show(applicationId: String?) {
        guard applicationId != self.applicationId else { return }
        self.applicationId = applicationId
        selectedFeedbackId = nil
    }

    public mutating func setViewport(_ viewport: Viewport) { self.viewport = viewport }

    public mutating func handle(_ command: Command, store: EntityStore, now: Date) -> PaneOutcome {
        switch command {
        case .toggleOverdue:
            mode = mode == .scorecards ? .overdue : .scorecards
        case .up: move(by: -1, store: store, now: now)
        case .down: move(by: 1, store: store, now: now)
        case .pageUp: move(by: -visibleRows, store: store, now: now)
        case .pageDown: move(by: visibleRows, store: store, now: now)
        case .top: move(by: -Int.max / 2, store: store, now: now)
        case .bottom: move(by: Int.max / 2, store: store, now: now)
        case .select, .openCandidate:
            let id = mode == .overdue ? overdueRows(store: store, now: now).dropFirst(overdueIndex).first?.applicationId : applicationId
            guard let id, let record = store.applications[id] else { return .none }
            return PaneOutcome(request: .showCandidate(candidateId: record.candidateId, applicationId: id))
        case .filter(let text?):
            filterText = text
            overdueIndex = 0
            overdueOffset = 0
        case .cancel:
            if !filterText.isEmpty {
                filterText = ""
            } else if mode == .overdue {
                mode = .scorecards
            }
        default: break
        }
        return .none
    }

    mutating func move(by delta: Int, store: EntityStore, now: Date) {
        switch mode {
        case .scorecards:
            let ids = applicationId.map { store.feedback(ofApplication: $0).map(\.id) } ?? []
            guard !ids.isEmpty else { return }
            let current = selectedFeedbackId.flatMap { ids.firstIndex(of: $0) } ?? (delta > 0 ? -1 : ids.count)
            selectedFeedbackId = ids[min(max(0, current + delta), ids.count - 1)]
        case .overdue:
            let total = overdueRows(store: store, now: now).count
            guard total > 0 else { return }
            overdueIndex = min(max(0, overdueIndex + delta), total - 1)
            if overdueIndex < overdueOffset { overdueOffset = overdueIndex }
            if overdueIndex >= overdueOffset + visibleRows { overdueOffset = overdueIndex - visibleRows + 1 }
        }
    }

    // MARK: Screen

    public func screen(store: EntityStore, now: Date) -> FeedbackScreen {
        let record = applicationId.flatMap { store.applications[$0] }
        var screen = FeedbackScreen(mode: mode, applicationId: applicationId, candidateName: record?.candidateName,
                                    jobTitle: record?.jobTitle, scorecards: [], aggregate: nil, overdue: [], overdueOffset: 0,
                                    overdueTotal: 0, placeholder: nil)
        switch mode {
        case .overdue:
            let rows = overdueRows(store: store, now: now)
            let offset = max(0, min(overdueOffset, rows.count - visibleRows))
            let index = min(overdueIndex, max(0, rows.count - 1))
            screen.overdue = rows.enumerated().dropFirst(offset).prefix(visibleRows).map { position, row in
                var row = row
                row.isSelected = position == index
                return row
            }
            screen.overdueOffset = offset
            screen.overdueTotal = rows.count
            if rows.isEmpty { screen.placeholder = "No feedback is overdue" }
        case .scorecards:
            guard let applicationId else {
                screen.placeholder = "Select an application (Pipeline or Candidate) to read its scorecards"
                return screen
            }
            let records = store.feedback(ofApplication: applicationId)
            screen.scorecards = records.map { scorecard($0, store: store) }
            screen.aggregate = records.isEmpty ? nil : Self.aggregate(of: records, store: store)
            if records.isEmpty { screen.placeholder = "No feedback submitted yet" }
        }
        return screen
    }

    func scorecard(_ record: FeedbackRecord, store: EntityStore) -> ScorecardView {
        let form = store.feedbackForms[record.formKey] ?? FormDefinition()
        var recommendation: RecommendationView?
        if let field = form.recommendationField, let value = record.values[field.path]?.stringValue {
            recommendation = RecommendationScale(field: field).view(forValue: value)
        }
        var ratings: [ScoreRating] = []
        var answers: [TextAnswer] = []
        for field in form.fields {
            guard let value = record.values[field.path] else { continue }
            switch field.type {
            case .score:
                if let score = ApplicationFeedback.score(from: value) { ratings.append(ScoreRating(title: field.title, score: score)) }
            case .string, .longText, .richText:
                if let text = value.stringValue, !text.isEmpty { answers.append(TextAnswer(title: field.title, text: text)) }
            default: break
            }
        }
        return ScorecardView(
            feedbackId: record.id, interviewerName: OffersModel.name(of: record.submittedByUserId, store: store),
            interviewTitle: record.interviewId.flatMap { store.interviews[$0]?.title }, submittedAt: record.submittedAt,
            recommendation: recommendation, ratings: ratings, answers: answers, isSelected: record.id == selectedFeedbackId,
            isPending: ScorecardDraft.isPendingRecord(record.id))
    }

    /// Counts per recommendation in the options' order, and the mean of each Score field (by title).
    static func aggregate(of records: [FeedbackRecord], store: EntityStore) -> FeedbackAggregate {
        var order: [String] = []
        var counts: [String: RecommendationCount] = [:]
        var scoreOrder: [String] = []
        var sums: [String: (total: Int, count: Int)] = [:]
        for record in records {
            let form = store.feedbackForms[record.formKey] ?? FormDefinition()
            if let field = form.recommendationField {
                let scale = RecommendationScale(field: field)
                for option in scale.options where !order.contains(option.label) { order.append(option.label) }
                if let value = record.values[field.path]?.stringValue {
                    let view = scale.view(forValue: value)
                    if !order.contains(view.label) { order.append(view.label) }
                    counts[view.label, default: RecommendationCount(recommendation: view, count: 0)].count += 1
                }
            }
            for field in form.fields where field.type == .score {
                guard let score = record.values[field.path].flatMap(ApplicationFeedback.score(from:)) else { continue }
                if sums[field.title] == nil { scoreOrder.append(field.title) }
                sums[field.title, default: (0, 0)].total += score
                sums[field.title, default: (0, 0)].count += 1
            }
        }
        return FeedbackAggregate(
            submissions: records.count, recommendations: order.compactMap { counts[$0] },
            meanScores: scoreOrder.map { title in
                let sum = sums[title]!
                return MeanScore(title: title, mean: Double(sum.total) / Double(sum.count), count: sum.count)
            })
    }

    /// The overdue list (longest overdue first), narrowed by the filter on candidate or interviewer.
    func overdueRows(store: EntityStore, now: Date) -> [OverdueRow] {
        let matcher = SearchMatcher(filterText.trimmingCharacters(in: .whitespaces))
        return store.overdueFeedback.compactMap { seat in
            let candidate = store.applications[seat.applicationId]?.candidateName ?? "Unknown candidate"
            let interviewer = OffersModel.name(of: seat.interviewerUserId, store: store)
            guard matcher.isEmpty || matcher.matches(candidate) || matcher.matches(interviewer) else { return nil }
            let hours = max(0, Int((now.timeIntervalSince1970 - seat.dueAt.secondsSince1970) / 3600))
            return OverdueRow(eventId: seat.eventId, applicationId: seat.applicationId, candidateName: candidate,
                              interviewTitle: store.interviews[seat.interviewId]?.title ?? "Interview", interviewerName: interviewer,
                              isMine: seat.interviewerUserId == store.actingUserId, endTime: seat.endTime, hoursOverdue: hours,
                              isSelected: false)
        }
    }
}
