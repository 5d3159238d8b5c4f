import AshbyAPI

/// Applications by job and stage, each column kept sorted in every `PipelineSort`. Updating one record costs O(log n) comparisons and a memmove.
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

        /// Returns the new count.
        mutating func insert(_ record: ApplicationRecord) -> Int {
            byDays.insert(key: record.daysSortKey, id: record.id)
            byName.insert(key: NameSortKey(record.candidateName), id: record.id)
            byActivity.insert(key: record.activitySortKey, id: record.id)
            return count
        }

        /// Returns the new count.
        mutating func remove(_ record: ApplicationRecord) -> Int {
            byDays.remove(key: record.daysSortKey, id: record.id)
            byName.remove(key: NameSortKey(record.candidateName), id: record.id)
            byActivity.remove(key: record.activitySortKey, id: record.id)
            return count
        }

        /// Re-sorts a record that stays in this column, in the orders whose key changed.
        mutating func update(from old: ApplicationRecord, to new: ApplicationRecord) {
            if old.daysSortKey != new.daysSortKey {
                byDays.remove(key: old.daysSortKey, id: old.id)
                byDays.insert(key: new.daysSortKey, id: new.id)
            }
            if old.candidateName != new.candidateName {
                byName.remove(key: NameSortKey(old.candidateName), id: old.id)
                byName.insert(key: NameSortKey(new.candidateName), id: new.id)
            }
            if old.activitySortKey != new.activitySortKey {
                byActivity.remove(key: old.activitySortKey, id: old.id)
                byActivity.insert(key: new.activitySortKey, id: new.id)
            }
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

    init() {}

    /// Builds every column by grouping and sorting once (the bulk-load path): one column lookup
    /// per record, then three sorts per column.
    init<Records: Collection>(bulk records: Records) where Records.Element == ApplicationRecord {
        var groups: [ColumnKey: [Int]] = [:]
        let ordered = Array(records)
        for (index, record) in ordered.enumerated() {
            groups[ColumnKey(jobId: record.jobId, stageId: record.stageId), default: []].append(index)
        }
        columns.reserveCapacity(groups.count)
        for (key, members) in groups {
            var days: [SortedColumn<Double>.Entry] = []
            var names: [SortedColumn<NameSortKey>.Entry] = []
            var activity: [SortedColumn<Double>.Entry] = []
            days.reserveCapacity(members.count)
            names.reserveCapacity(members.count)
            activity.reserveCapacity(members.count)
            for index in members {
                let record = ordered[index]
                days.append(.init(key: record.daysSortKey, id: record.id))
                names.append(.init(key: NameSortKey(record.candidateName), id: record.id))
                activity.append(.init(key: record.activitySortKey, id: record.id))
            }
            columns[key] = Column(byDays: SortedColumn(unsorted: days), byName: SortedColumn(unsorted: names),
                                  byActivity: SortedColumn(unsorted: activity))
            stageIdsByJob[key.jobId, default: []].insert(key.stageId)
            countByJob[key.jobId, default: 0] += members.count
        }
    }

    func column(jobId: String, stageId: String) -> Column? {
        columns[ColumnKey(jobId: jobId, stageId: stageId)]
    }

    mutating func insert(_ record: ApplicationRecord) { placeInColumn(record) }

    mutating func remove(_ record: ApplicationRecord) { takeFromColumn(record) }

    /// Replaces `old` by `new`, touching only what their sort keys and placement change.
    mutating func update(from old: ApplicationRecord, to new: ApplicationRecord) {
        if old.jobId == new.jobId, old.stageId == new.stageId {
            columns[ColumnKey(jobId: new.jobId, stageId: new.stageId)]?.update(from: old, to: new)
        } else {
            takeFromColumn(old)
            placeInColumn(new)
        }
    }

    private mutating func placeInColumn(_ record: ApplicationRecord) {
        // One lookup of the column: a count of 1 afterwards means the column is new.
        if columns[ColumnKey(jobId: record.jobId, stageId: record.stageId), default: Column()].insert(record) == 1 {
            stageIdsByJob[record.jobId, default: []].insert(record.stageId)
        }
        countByJob[record.jobId, default: 0] += 1
    }

    private mutating func takeFromColumn(_ record: ApplicationRecord) {
        let key = ColumnKey(jobId: record.jobId, stageId: record.stageId)
        guard let remaining = columns[key]?.remove(record) else { return }
        if remaining == 0 {
            columns[key] = nil
            stageIdsByJob[record.jobId]?.remove(record.stageId)
            if stageIdsByJob[record.jobId]?.isEmpty == true { stageIdsByJob[record.jobId] = nil }
        }
        if let count = countByJob[record.jobId] { countByJob[record.jobId] = count > 1 ? count - 1 : nil }
    }
}
