import AshbyAPI
import Foundation

/// The pipeline pane's state: one job's kanban with its selection (by application id), focused
/// column, per-column scroll, horizontal scroll, marks, filter, sort and highlights. Everything
/// shown is built from the store for the visible window only (`screen`).
public struct PipelineModel: Sendable {
    public internal(set) var jobId: String?
    public internal(set) var sort: PipelineSort = .daysInStage
    public internal(set) var filterText: String = ""
    /// The column the cursor is in.
    public internal(set) var focusedStageId: String?
    /// The selected card, by application id: it survives merges, sorts and filters.
    public internal(set) var selectedApplicationId: String?
    /// Marked applications for bulk actions; they stay marked across merges while they exist.
    public internal(set) var marks: Set<String> = []
    /// Index (in `columns`) of the leftmost column shown.
    public internal(set) var firstVisibleColumn = 0
    /// First card shown, per column.
    public internal(set) var scrollOffsets: [String: Int] = [:]
    /// Applications changed by someone else, highlighted until the given instant.
    public internal(set) var highlights: [String: Date] = [:]
    public internal(set) var viewport = Viewport(width: 160, height: 48)
    public var layout = PipelineLayout()
    /// The job detail view is open over the columns (`pipeline.job-info`; Esc closes it).
    public internal(set) var showsJobDetail = false

    /// The cursor row (position in the column) to come back to when the column has no selection.
    var rowByStage: [String: Int] = [:]
    var filter: PipelineFilter?

    /// How long a card changed by someone else stays highlighted.
    public static let highlightDuration: TimeInterval = 3

    public init(jobId: String? = nil) { self.jobId = jobId }

    // MARK: Columns and their contents

    /// The job's columns: its interview plan's stages in plan order, then any other stage that
    /// holds applications of the job (a plan change leaves some behind).
    public func columns(store: EntityStore) -> [InterviewStage] {
        guard let jobId else { return [] }
        var stages: [InterviewStage] = []
        if let job = store.jobs[jobId], let planId = job.defaultInterviewPlanId ?? job.interviewPlanIds?.first {
            stages = store.stages(ofPlan: planId)
        }
        let inPlan = Set(stages.map(\.id))
        let others = store.stageIdsWithApplications(jobId: jobId).subtracting(inPlan).sorted().map { id in
            store.interviewStages[id]
                ?? InterviewStage(id: id, title: "Unknown stage", type: "", orderInInterviewPlan: Int.max, interviewPlanId: "")
        }
        return stages + others
    }

    /// Cards in a column, after the filter.
    func count(stageId: String, store: EntityStore) -> Int {
        guard let jobId else { return 0 }
        return filter?.count(stageId: stageId) ?? store.applicationCount(jobId: jobId, stageId: stageId)
    }

    func ids(stageId: String, offset: Int, count: Int, store: EntityStore) -> [String] {
        guard let jobId else { return [] }
        if let filter { return filter.ids(stageId: stageId, offset: offset, count: count) }
        return store.applicationIds(jobId: jobId, stageId: stageId, sort: sort, offset: offset, count: count)
    }

    /// Where a card sits in its column (after the filter), or nil when it is not shown.
    func position(of applicationId: String, store: EntityStore) -> Int? {
        guard let record = store.applications[applicationId], record.jobId == jobId else { return nil }
        if let filter { return filter.position(of: applicationId, stageId: record.stageId, store: store) }
        return store.position(ofApplication: applicationId, sort: sort)
    }

    var visibleCards: Int { layout.visibleCards(height: viewport.height) }

    // MARK: Setting the job, sort, filter and viewport

    public mutating func setViewport(_ viewport: Viewport, store: EntityStore) {
        self.viewport = viewport
        ensureVisible(store: store)
    }

    /// Shows a job's pipeline; selection, scroll, marks and filter start afresh.
    public mutating func showJob(_ jobId: String?, store: EntityStore) {
        guard jobId != self.jobId else { return }
        self.jobId = jobId
        focusedStageId = nil
        selectedApplicationId = nil
        marks = []
        scrollOffsets = [:]
        rowByStage = [:]
        firstVisibleColumn = 0
        highlights = [:]
        rebuildFilter(store: store)
        normalize(store: store)
    }

    public mutating func setSort(_ sort: PipelineSort, store: EntityStore) {
        guard sort != self.sort else { return }
        self.sort = sort
        rebuildFilter(store: store)
        // The selection stays by id; its column scrolls to wherever the new order puts it.
        normalize(store: store)
    }

    public mutating func setFilter(_ text: String, store: EntityStore) {
        guard text != filterText else { return }
        filterText = text
        rebuildFilter(store: store, narrowing: true)
        // The cursor goes to a match: when the focused column has none, to the first column that has one.
        if filter != nil, let focused = focusedStageId, count(stageId: focused, store: store) == 0,
           let match = columns(store: store).first(where: { count(stageId: $0.id, store: store) > 0 }) {
            focusedStageId = match.id
        }
        normalize(store: store)
    }

    /// `narrowing` reuses the previous matches when only the filter text grew (the store is unchanged).
    mutating func rebuildFilter(store: EntityStore, narrowing: Bool = false) {
        let trimmed = filterText.trimmingCharacters(in: .whitespaces)
        guard let jobId, !trimmed.isEmpty else {
            filter = nil
            return
        }
        filter = PipelineFilter(text: trimmed, jobId: jobId, sort: sort, stageIds: columns(store: store).map(\.id), store: store,
                                narrowing: narrowing ? filter : nil)
    }

    // MARK: Marks

    public mutating func toggleMark() {
        guard let id = selectedApplicationId else { return }
        if marks.remove(id) == nil { marks.insert(id) }
    }

    /// Marks every card of the focused column (after the filter).
    public mutating func markColumn(store: EntityStore) {
        guard let stageId = focusedStageId else { return }
        marks.formUnion(ids(stageId: stageId, offset: 0, count: count(stageId: stageId, store: store), store: store))
    }

    public mutating func clearMarks() { marks = [] }

    // MARK: Cursor

    /// Moves the cursor within the focused column.
    public mutating func moveCursor(by delta: Int, store: EntityStore) {
        guard let stageId = focusedStageId else { return }
        let total = count(stageId: stageId, store: store)
        guard total > 0 else { return }
        let current = selectedApplicationId.flatMap { position(of: $0, store: store) } ?? (delta > 0 ? -1 : total)
        select(row: min(max(0, current + delta), total - 1), in: stageId, store: store)
    }

    public mutating func moveToTop(store: EntityStore) { moveCursor(by: -Int.max / 2, store: store) }
    public mutating func moveToBottom(store: EntityStore) { moveCursor(by: Int.max / 2, store: store) }
    public mutating func page(by pages: Int, store: EntityStore) { moveCursor(by: pages * visibleCards, store: store) }

    /// Moves focus to the column `delta` steps away, keeping the cursor on the same screen row.
    public mutating func moveColumn(by delta: Int, store: EntityStore) {
        let stages = columns(store: store)
        guard let current = stages.firstIndex(where: { $0.id == focusedStageId }) else { return }
        let target = min(max(0, current + delta), stages.count - 1)
        guard target != current else { return }
        let from = stages[current].id
        let screenRow: Int
        if let selected = selectedApplicationId, let row = position(of: selected, store: store) {
            rowByStage[from] = row
            screenRow = row - (scrollOffsets[from] ?? 0)
        } else {
            screenRow = 0
        }
        let to = stages[target].id
        focusedStageId = to
        let total = count(stageId: to, store: store)
        guard total > 0 else {
            selectedApplicationId = nil
            ensureVisible(store: store)
            return
        }
        let row = rowByStage[to].map { min($0, total - 1) } ?? min(total - 1, (scrollOffsets[to] ?? 0) + max(0, screenRow))
        select(row: row, in: to, store: store)
    }

    /// Selects an application of the job by id, focusing its column.
    public mutating func select(applicationId: String, store: EntityStore) {
        guard let record = store.applications[applicationId], record.jobId == jobId,
            position(of: applicationId, store: store) != nil
        else { return }
        focusedStageId = record.stageId
        selectedApplicationId = applicationId
        ensureVisible(store: store)
    }

    mutating func select(row: Int, in stageId: String, store: EntityStore) {
        selectedApplicationId = ids(stageId: stageId, offset: row, count: 1, store: store).first
        rowByStage[stageId] = row
        ensureVisible(store: store)
    }

    /// Restores the invariants after anything changed: a focused column that exists, a selection
    /// in it (or none when it is empty), scroll offsets that show the selection.
    mutating func normalize(store: EntityStore) {
        let stages = columns(store: store)
        guard !stages.isEmpty else {
            focusedStageId = nil
            selectedApplicationId = nil
            firstVisibleColumn = 0
            return
        }
        if !stages.contains(where: { $0.id == focusedStageId }) {
            focusedStageId = stages.first(where: { count(stageId: $0.id, store: store) > 0 })?.id ?? stages[0].id
        }
        let stageId = focusedStageId!
        if let selected = selectedApplicationId, store.applications[selected]?.stageId == stageId,
            position(of: selected, store: store) != nil
        {
            ensureVisible(store: store)
            return
        }
        let total = count(stageId: stageId, store: store)
        if total == 0 {
            selectedApplicationId = nil
            ensureVisible(store: store)
        } else {
            select(row: min(rowByStage[stageId] ?? scrollOffsets[stageId] ?? 0, total - 1), in: stageId, store: store)
        }
    }

    /// Scrolls the focused column to its selection and the columns to the focused one; clamps
    /// every offset to its content.
    mutating func ensureVisible(store: EntityStore) {
        let stages = columns(store: store)
        let rows = visibleCards
        if let stageId = focusedStageId {
            var offset = scrollOffsets[stageId] ?? 0
            if let selected = selectedApplicationId, let row = position(of: selected, store: store) {
                // Remembered so that, if the card goes, the cursor stays on its row.
                rowByStage[stageId] = row
                if row < offset { offset = row }
                if row >= offset + rows { offset = row - rows + 1 }
            }
            offset = min(offset, max(0, count(stageId: stageId, store: store) - rows))
            scrollOffsets[stageId] = max(0, offset)
        }
        let shown = min(layout.visibleColumns(width: viewport.width), max(1, stages.count))
        if let index = stages.firstIndex(where: { $0.id == focusedStageId }) {
            if index < firstVisibleColumn { firstVisibleColumn = index }
            if index >= firstVisibleColumn + shown { firstVisibleColumn = index - shown + 1 }
        }
        firstVisibleColumn = max(0, min(firstVisibleColumn, stages.count - shown))
    }

    // MARK: Highlights

    /// Drops highlights that ended; true when any did (the pane must be redrawn).
    public mutating func expireHighlights(now: Date) -> Bool {
        let before = highlights.count
        highlights = highlights.filter { $0.value > now }
        return highlights.count != before
    }

    /// When the next highlight ends.
    public var nextHighlightExpiry: Date? { highlights.values.min() }
}
