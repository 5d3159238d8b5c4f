import AshbyAPI
import Foundation

/// What the pipeline pane shows now: only the visible columns, and in each only the visible cards.
public struct PipelineScreen: Sendable, Equatable {
    public var jobId: String?
    public var jobTitle: String?
    public var sort: PipelineSort
    public var filterText: String
    public var columns: [PipelineColumnView]
    /// Index of `columns.first` among all of the job's columns, and how many there are.
    public var firstVisibleColumn: Int
    public var totalColumns: Int
    public var columnWidth: Int
    public var markedCount: Int
    public var selectedApplicationId: String?
    /// Shown instead of columns when there are none ("Choose a job…").
    public var placeholder: String?
    /// The job detail view (`pipeline.job-info`) is open over the columns.
    public var showsJobDetail = false
}

/// One visible column: its stage, counts and the window of cards shown.
public struct PipelineColumnView: Sendable, Equatable {
    public var stageId: String
    public var title: String
    public var stageType: InterviewStageType
    /// Cards in the column after the filter (the count in the header).
    public var count: Int
    /// Cards in the column without the filter.
    public var totalCount: Int
    /// Position of `cards.first` in the column.
    public var offset: Int
    public var cards: [PipelineCard]
    public var isFocused: Bool

    public var hasMoreAbove: Bool { offset > 0 }
    public var hasMoreBelow: Bool { offset + cards.count < count }
}

/// One card: a candidate's application in a stage.
public struct PipelineCard: Sendable, Equatable {
    public var applicationId: String
    public var candidateId: String
    public var candidateName: String
    public var daysInStage: Int
    public var source: String?
    public var flags: ApplicationFlags
    public var isMarked: Bool
    public var isSelected: Bool
    /// Changed by someone else a moment ago.
    public var isHighlighted: Bool
}

extension PipelineModel {
    /// Builds what is visible at `now`: O(visible columns × visible cards), whatever the job's size.
    public func screen(store: EntityStore, now: Date) -> PipelineScreen {
        let stages = columns(store: store)
        let width = viewport.width
        let shownCount = min(layout.visibleColumns(width: width), stages.count)
        let columnWidth = shownCount > 0 ? width / shownCount : width
        var screen = PipelineScreen(
            jobId: jobId, jobTitle: jobId.flatMap { store.jobs[$0]?.title }, sort: sort, filterText: filterText, columns: [],
            firstVisibleColumn: firstVisibleColumn, totalColumns: stages.count, columnWidth: columnWidth,
            markedCount: marks.count, selectedApplicationId: selectedApplicationId, placeholder: nil,
            showsJobDetail: showsJobDetail && jobId != nil)
        guard let jobId else {
            screen.placeholder = "Choose a job to see its pipeline"
            return screen
        }
        guard !stages.isEmpty else {
            screen.placeholder = store.jobs[jobId] == nil ? "This job is not in the workspace" : "This job has no interview stages yet"
            return screen
        }
        let rows = visibleCards
        let start = min(firstVisibleColumn, stages.count - shownCount)
        for stage in stages[start..<(start + shownCount)] {
            let total = count(stageId: stage.id, store: store)
            let offset = min(scrollOffsets[stage.id] ?? 0, max(0, total - rows))
            var cards: [PipelineCard] = []
            cards.reserveCapacity(rows)
            for id in ids(stageId: stage.id, offset: offset, count: rows, store: store) {
                guard let record = store.applications[id] else { continue }
                cards.append(PipelineCard(
                    applicationId: id, candidateId: record.candidateId, candidateName: record.candidateName,
                    daysInStage: record.daysInStage(now: now), source: record.sourceTitle, flags: store.flags(ofApplication: id),
                    isMarked: marks.contains(id), isSelected: id == selectedApplicationId,
                    isHighlighted: (highlights[id].map { $0 > now }) ?? false))
            }
            screen.columns.append(PipelineColumnView(
                stageId: stage.id, title: stage.title, stageType: stage.type, count: total,
                totalCount: store.applicationCount(jobId: jobId, stageId: stage.id), offset: offset, cards: cards,
                isFocused: stage.id == focusedStageId))
        }
        return screen
    }
}
