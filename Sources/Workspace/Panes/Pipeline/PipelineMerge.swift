import AshbyAPI
import Foundation

extension PipelineModel {
    /// Keeps the user's place after the store changed: the selection stays on its application
    /// (following it to its new column, with a notice, when someone else moved it), marks stay
    /// while their applications exist in this job, scroll offsets stay (clamped), and cards
    /// changed by someone else are highlighted for a moment.
    public mutating func apply(_ changes: StoreChanges, origin: MergeOrigin, store: EntityStore, now: Date) -> [Notice] {
        guard let jobId else { return [] }
        var notices: [Notice] = []
        let appChanges = changes[.applications]
        let touched = appChanges.inserted.union(appChanges.updated).union(appChanges.removed)
        let isOwn: Bool
        switch origin {
        case .optimistic, .rollback, .confirmed: isOwn = true
        default: isOwn = false
        }

        if !touched.isEmpty || !changes[.interviewStages].isEmpty || !changes[.jobs].isEmpty {
            rebuildFilter(store: store)
        }

        marks = marks.filter { store.applications[$0]?.jobId == jobId }

        if !isOwn && origin != .cache {
            for id in appChanges.inserted.union(appChanges.updated) where store.applications[id]?.jobId == jobId {
                highlights[id] = now.addingTimeInterval(Self.highlightDuration)
            }
        }
        for id in appChanges.removed { highlights[id] = nil }

        if let selected = selectedApplicationId {
            if let move = changes.movedApplications.last(where: { $0.applicationId == selected }),
                let record = store.applications[selected], record.jobId == jobId
            {
                if isOwn {
                    // The user moved it: stay in the column, on the card that takes its place.
                    selectedApplicationId = nil
                    focusedStageId = move.fromStageId
                } else if position(of: selected, store: store) != nil {
                    focusedStageId = record.stageId
                    let stage = store.interviewStages[record.stageId]?.title ?? "another stage"
                    notices.append(Notice(.info, "\(record.candidateName) moved to \(stage); selection followed"))
                } else {
                    selectedApplicationId = nil
                    notices.append(Notice(.info, "\(record.candidateName) moved out of view (filter)"))
                }
            } else if store.applications[selected]?.jobId != jobId, touched.contains(selected) {
                let name = store.applications[selected]?.candidateName
                selectedApplicationId = nil
                notices.append(Notice(.info, name.map { "\($0) is no longer in this pipeline" } ?? "The selected application was removed"))
            }
        }
        normalize(store: store)
        return notices
    }
}
