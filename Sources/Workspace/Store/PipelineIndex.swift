import AshbyAPI

/// Applications by job and stage, each column kept sorted in every `PipelineSort`, plus
/// applications by candidate. Updating one record costs O(log n) comparisons and a memmove.
struct PipelineIndex: Sendable {
    struct ColumnKey: Hashable, Sendable {
        var jobId: String
        var stageId: String
    }

    /// One (job, stage) column in the three orders.
    struct Column: Sendable {
        var byDays = SortedColumn<Double>()
        var byName = SortedColumn<NameSortKey>()
        var byActivity = SortedColumn<Double>()

        var count: Int { byDays.count }

        mutating func insert(_ record: ApplicationRecord) {
            byDays.insert(key: record.daysSortKey, id: record.id)
            byName.insert(key: NameSortKey(record.candidateName), id: record.id)
            byActivity.insert(key: record.activitySortKey, id: record.id)
        }

        mutating func remove(_ record: ApplicationRecord) {
            byDays.remove(key: record.daysSortKey, id: record.id)
            byName.remove(key: NameSortKey(record.candidateName), id: record.id)
            byActivity.remove(key: record.activitySortKey, id: record.id)
        }

        func ids(sort: PipelineSort, offset: Int, count: Int) -> [String] {
            switch sort {
            case .daysInStage: byDays.ids(offset: offset, count: count)
            case .candidateName: byName.ids(offset: offset, count: count)
            case .lastActivity: byActivity.ids(offset: offset, count: count)
            }
        }

        func position(of record: ApplicationRecord, sort: PipelineSort) -> Int? {
            switch sort {
            case .daysInStage: byDays.position(key: record.daysSortKey, id: record.id)
            case .candidateName: byName.position(key: NameSortKey(record.candidateName), id: record.id)
            case .lastActivity: byActivity.position(key: record.activitySortKey, id: record.id)
            }
        }
    }

    private(set) var columns: [ColumnKey: Column] = [:]
    /// Stage ids that hold at least one application of the job.
    private(set) var stageIdsByJob: [String: Set<String>] = [:]
    private(set) var countByJob: [String: Int] = [:]
    private(set) var applicationIdsByCandidate: [String: Set<String>] = [:]

    init() {}

    /// Builds every column by grouping and sorting once (the bulk-load path).
    init<Records: Sequence>(bulk records: Records) where Records.Element == ApplicationRecord {
        var days: [ColumnKey: [SortedColumn<Double>.Entry]] = [:]
        var names: [ColumnKey: [SortedColumn<NameSortKey>.Entry]] = [:]
        var activity: [ColumnKey: [SortedColumn<Double>.Entry]] = [:]
        for record in records {
            let key = ColumnKey(jobId: record.jobId, stageId: record.stageId)
            days[key, default: []].append(.init(key: record.daysSortKey, id: record.id))
            names[key, default: []].append(.init(key: NameSortKey(record.candidateName), id: record.id))
            activity[key, default: []].append(.init(key: record.activitySortKey, id: record.id))
            stageIdsByJob[record.jobId, default: []].insert(record.stageId)
            countByJob[record.jobId, default: 0] += 1
            applicationIdsByCandidate[record.candidateId, default: []].insert(record.id)
        }
        for (key, entries) in days {
            columns[key] = Column(byDays: SortedColumn(unsorted: entries), byName: SortedColumn(unsorted: names[key] ?? []),
                                  byActivity: SortedColumn(unsorted: activity[key] ?? []))
        }
    }

    func column(jobId: String, stageId: String) -> Column? {
        columns[ColumnKey(jobId: jobId, stageId: stageId)]
    }

    mutating func insert(_ record: ApplicationRecord) {
        let key = ColumnKey(jobId: record.jobId, stageId: record.stageId)
        columns[key, default: Column()].insert(record)
        stageIdsByJob[record.jobId, default: []].insert(record.stageId)
        countByJob[record.jobId, default: 0] += 1
        applicationIdsByCandidate[record.candidateId, default: []].insert(record.id)
    }

    mutating func remove(_ record: ApplicationRecord) {
        let key = ColumnKey(jobId: record.jobId, stageId: record.stageId)
        columns[key]?.remove(record)
        if columns[key]?.count == 0 {
            columns[key] = nil
            stageIdsByJob[record.jobId]?.remove(record.stageId)
            if stageIdsByJob[record.jobId]?.isEmpty == true { stageIdsByJob[record.jobId] = nil }
        }
        if let count = countByJob[record.jobId] { countByJob[record.jobId] = count > 1 ? count - 1 : nil }
        applicationIdsByCandidate[record.candidateId]?.remove(record.id)
        if applicationIdsByCandidate[record.candidateId]?.isEmpty == true { applicationIdsByCandidate[record.candidateId] = nil }
    }

    /// Replaces `old` by `new`, touching only what their sort keys and placement change.
    mutating func update(from old: ApplicationRecord, to new: ApplicationRecord) {
        guard old.jobId == new.jobId, old.stageId == new.stageId, old.candidateId == new.candidateId else {
            remove(old)
            insert(new)
            return
        }
        let key = ColumnKey(jobId: new.jobId, stageId: new.stageId)
        if old.daysSortKey != new.daysSortKey {
            columns[key]?.byDays.remove(key: old.daysSortKey, id: old.id)
            columns[key]?.byDays.insert(key: new.daysSortKey, id: new.id)
        }
        if old.candidateName != new.candidateName {
            columns[key]?.byName.remove(key: NameSortKey(old.candidateName), id: old.id)
            columns[key]?.byName.insert(key: NameSortKey(new.candidateName), id: new.id)
        }
        if old.activitySortKey != new.activitySortKey {
            columns[key]?.byActivity.remove(key: old.activitySortKey, id: old.id)
            columns[key]?.byActivity.insert(key: new.activitySortKey, id: new.id)
        }
    }
}
