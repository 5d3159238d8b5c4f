import AshbyAPI
import Foundation

extension PipelineModel {
    /// Answers a command in the pipeline pane. Writes come back as confirmations; nothing is sent here.
    public mutating func handle(_ command: Command, store: EntityStore, now: Date) -> PaneOutcome {
        switch command {
        case .up: moveCursor(by: -1, store: store)
        case .down: moveCursor(by: 1, store: store)
        case .left: moveColumn(by: -1, store: store)
        case .right: moveColumn(by: 1, store: store)
        case .pageUp: page(by: -1, store: store)
        case .pageDown: page(by: 1, store: store)
        case .top: moveToTop(store: store)
        case .bottom: moveToBottom(store: store)
        case .select, .openCandidate:
            guard let id = selectedApplicationId, let record = store.applications[id] else { return .none }
            return PaneOutcome(request: .showCandidate(candidateId: record.candidateId, applicationId: id))
        case .job(let name):
            return jobOutcome(name, store: store)
        case .nextStage: return stepOutcome(by: 1, store: store, now: now)
        case .previousStage: return stepOutcome(by: -1, store: store, now: now)
        case .moveTo(let stage): return moveOutcome(to: stage, store: store, now: now)
        case .archive(let reason): return archiveOutcome(reason: reason, store: store, now: now)
        case .toggleMark:
            toggleMark()
            moveCursor(by: 1, store: store)
        case .markColumn: markColumn(store: store)
        case .clearMarks: clearMarks()
        case .sort(let order):
            let next = order ?? sort.next
            setSort(next, store: store)
            return .notice(.info, "Sorted by \(next.title)")
        case .filter(let text?):
            setFilter(text, store: store)
        case .jobInfo:
            showsJobDetail.toggle()
        case .cancel:
            if showsJobDetail {
                showsJobDetail = false
            } else if !marks.isEmpty {
                clearMarks()
            } else if !filterText.isEmpty {
                setFilter("", store: store)
            }
        default:
            break
        }
        return .none
    }

    /// `pipeline.job <name>`; nil opens the job picker (open jobs first, with active counts).
    mutating func jobOutcome(_ name: String?, store: EntityStore) -> PaneOutcome {
        let jobs = Self.pickableJobs(store: store)
        guard let name else {
            let items = jobs.map { job in
                PickerItem(value: job.id, title: job.title, detail: "\(Self.activeCount(of: job, store: store)) active",
                           isDimmed: job.status != .open)
            }
            return PaneOutcome(request: .picker(Picker(title: "Job", target: .job, items: items, selectedValue: jobId)))
        }
        guard let job = Self.resolve(name, in: jobs, title: \.title) else { return .notice(.error, "No job '\(name)'") }
        showJob(job.id, store: store)
        return .none
    }

    /// Jobs for the picker: open first, then drafts, closed and archived; by title within each.
    static func pickableJobs(store: EntityStore) -> [Job] {
        func rank(_ status: JobStatus) -> Int {
            switch status {
            case .open: return 0
            case .draft: return 1
            case .closed: return 2
            case .archived: return 3
            default: return 4
            }
        }
        return store.jobs.values.sorted { lhs, rhs in
            let (left, right) = (rank(lhs.status), rank(rhs.status))
            if left != right { return left < right }
            return lhs.title != rhs.title ? lhs.title < rhs.title : lhs.id < rhs.id
        }
    }

    /// Applications of a job in stages that are neither Archived nor Hired (O(stages), from column counts).
    static func activeCount(of job: Job, store: EntityStore) -> Int {
        var total = 0
        for stageId in store.stageIdsWithApplications(jobId: job.id) {
            let type = store.interviewStages[stageId]?.type
            if type == .archived || type == .hired { continue }
            total += store.applicationCount(jobId: job.id, stageId: stageId)
        }
        return total
    }
}
