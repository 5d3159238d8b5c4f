/// One (job, stage) column of the pipeline, kept sorted in the orders the panes have read.
///
/// An order is built when it is first read (one sort of the column) and maintained from then on;
/// a column always keeps at least one. A pane shows one sort at a time, so a merge usually
/// maintains one order per column instead of three (measured: it halves the cost of a merge
/// and its memory traffic; see the closing notes of issue 3).
struct PipelineColumn: Sendable {
    // An order not kept stays empty. Not optionals: mutating through `x!` was measured to cost
    // more than the flag test.
    private var byDays = SortedColumn<Double>()
    private var byName = SortedColumn<NameSortKey>()
    private var byActivity = SortedColumn<Double>()
    private var keepsDays = false
    private var keepsName = false
    private var keepsActivity = false
    private(set) var count = 0

    /// An empty column keeping `sort`.
    init(keeping sort: PipelineSort) {
        switch sort {
        case .daysInStage: keepsDays = true
        case .candidateName: keepsName = true
        case .lastActivity: keepsActivity = true
        }
    }

    /// A column of `records` (in any order) sorted once in `sort`.
    init(_ records: [ApplicationRecord], keeping sort: PipelineSort) {
        self.init(keeping: sort)
        count = records.count
        build(sort, from: records)
    }

    func keeps(_ sort: PipelineSort) -> Bool {
        switch sort {
        case .daysInStage: keepsDays
        case .candidateName: keepsName
        case .lastActivity: keepsActivity
        }
    }

    /// The column's ids, in the order of any kept order.
    private var anyIds: [String] {
        if keepsDays { return byDays.ids(offset: 0, count: count) }
        if keepsName { return byName.ids(offset: 0, count: count) }
        return byActivity.ids(offset: 0, count: count)
    }

    /// Starts keeping `sort`, sorting the column's records (read from `records`, which must
    /// hold them as the column filed them) once; a no-op when it is kept already.
    mutating func keep(_ sort: PipelineSort, records: [String: ApplicationRecord]) {
        guard !keeps(sort) else { return }
        let members = anyIds.compactMap { id -> ApplicationRecord? in
            let record = records[id]
            assert(record != nil, "application \(id) of a pipeline column is gone from the records")
            return record
        }
        build(sort, from: members)
    }

    /// Sorts `records` into `sort` by sorting a permutation (the sort moves no strings).
    private mutating func build(_ sort: PipelineSort, from records: [ApplicationRecord]) {
        let ids = records.map(\.id)
        switch sort {
        case .daysInStage:
            byDays = SortedColumn(keys: records.map(\.daysSortKey), ids: ids)
            keepsDays = true
        case .candidateName:
            byName = SortedColumn(keys: records.map { NameSortKey($0.candidateName) }, ids: ids)
            keepsName = true
        case .lastActivity:
            byActivity = SortedColumn(keys: records.map(\.activitySortKey), ids: ids)
            keepsActivity = true
        }
    }

    /// Returns the new count.
    mutating func insert(_ record: ApplicationRecord) -> Int {
        let tie = IdTieWord.of(record.id)
        if keepsDays { byDays.insert(key: record.daysSortKey, id: record.id, tie: tie) }
        if keepsName { byName.insert(key: NameSortKey(record.candidateName), id: record.id, tie: tie) }
        if keepsActivity { byActivity.insert(key: record.activitySortKey, id: record.id, tie: tie) }
        count += 1
        return count
    }

    /// Returns the new count (unchanged when the record was not in the column).
    mutating func remove(_ record: ApplicationRecord) -> Int {
        let tie = IdTieWord.of(record.id)
        var removed = false
        if keepsDays, byDays.remove(key: record.daysSortKey, id: record.id, tie: tie) { removed = true }
        if keepsName, byName.remove(key: NameSortKey(record.candidateName), id: record.id, tie: tie) { removed = true }
        if keepsActivity, byActivity.remove(key: record.activitySortKey, id: record.id, tie: tie) { removed = true }
        if removed { count -= 1 }
        return count
    }

    /// Re-sorts a record that stays in this column, in the kept orders whose key changed.
    mutating func update(from old: ApplicationRecord, to new: ApplicationRecord) {
        let tie = IdTieWord.of(new.id)
        if keepsDays, old.daysSortKey != new.daysSortKey {
            byDays.move(id: new.id, from: old.daysSortKey, to: new.daysSortKey, tie: tie)
        }
        if keepsName, old.candidateName != new.candidateName {
            byName.move(id: new.id, from: NameSortKey(old.candidateName), to: NameSortKey(new.candidateName), tie: tie)
        }
        if keepsActivity, old.activitySortKey != new.activitySortKey {
            byActivity.move(id: new.id, from: old.activitySortKey, to: new.activitySortKey, tie: tie)
        }
    }

    /// Ids in `[offset, offset + count)` of `sort`, which must be kept.
    func ids(sort: PipelineSort, offset: Int, count: Int) -> [String] {
        precondition(keeps(sort), "pipeline order \(sort) read before it was kept")
        return switch sort {
        case .daysInStage: byDays.ids(offset: offset, count: count)
        case .candidateName: byName.ids(offset: offset, count: count)
        case .lastActivity: byActivity.ids(offset: offset, count: count)
        }
    }

    /// The record's position in `sort`, which must be kept.
    func position(of record: ApplicationRecord, sort: PipelineSort) -> Int? {
        precondition(keeps(sort), "pipeline order \(sort) read before it was kept")
        return switch sort {
        case .daysInStage: byDays.position(key: record.daysSortKey, id: record.id)
        case .candidateName: byName.position(key: NameSortKey(record.candidateName), id: record.id)
        case .lastActivity: byActivity.position(key: record.activitySortKey, id: record.id)
        }
    }
}
