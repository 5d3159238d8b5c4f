import AshbyAPI

/// Applications by job and stage, each column kept sorted in the `PipelineSort`s read from it
/// (see `PipelineColumn`). Updating one record costs O(log n) comparisons and shifts within one
/// chunk of each kept order (see `SortedColumn`). A bulk load only gathers each column; a column
/// is sorted on its first read or change, so a start from the cache sorts the columns of the job
/// on screen, not those of every job.
struct PipelineIndex: Sendable {
    struct ColumnKey: Hashable, Sendable {
        var jobId: String
        var stageId: String
    }

    /// Sorted columns.
    private(set) var columns: [ColumnKey: PipelineColumn] = [:]
    /// Columns of a bulk load not read or changed since: their ids, not sorted yet (the keys
    /// are read from the records when sorting). A key is in `columns` or here, never in both.
    private var gathered: [ColumnKey: GatheredColumn] = [:]
    /// Stage ids that hold at least one application of the job.
    private(set) var stageIdsByJob: [String: Set<String>] = [:]
    private(set) var countByJob: [String: Int] = [:]
    /// The order a column is sorted in when a change, not a read, first sorts or creates it:
    /// the last one read (the pipeline's default before any read).
    private(set) var preferredSort = PipelineSort.daysInStage

    init() {}

    /// Builds every column by grouping and sorting once (the bulk-load path): one column lookup
    /// and one copy per record, then three sorts of integer permutations per column.
    init(bulk applications: [String: ApplicationRecord]) {
        var slots: [ColumnKey: Int] = [:]
        var builder = Builder()
        for record in applications.values {
            let key = ColumnKey(jobId: record.jobId, stageId: record.stageId)
            let slot: Int
            if let existing = slots[key] {
                slot = existing
            } else {
                slot = slots.count
                slots[key] = slot
            }
            builder.add(record, column: slot)
        }
        self.init(builder)
    }

    /// Builds from records already grouped by column (the cache decoder groups them by the
    /// interned ids of job and stage, without hashing a string).
    init(_ builder: Builder) {
        gathered.reserveCapacity(builder.columns.count)
        for column in builder.columns {
            gathered[column.key] = column
            stageIdsByJob[column.key.jobId, default: []].insert(column.key.stageId)
            countByJob[column.key.jobId, default: 0] += column.ids.count
        }
    }

    /// Applications in a column, without sorting it.
    func count(jobId: String, stageId: String) -> Int {
        let key = ColumnKey(jobId: jobId, stageId: stageId)
        return columns[key]?.count ?? gathered[key]?.ids.count ?? 0
    }

    /// How many columns wait for their first sort (for tests and figures).
    var unsortedColumnCount: Int { gathered.count }

    /// Sorts a gathered column into `columns` in `sort` (by default the preferred order); a
    /// no-op for a sorted or absent one. `records` must still hold the column's records as they
    /// were gathered: the store changes the pipeline before its records.
    private mutating func sortIfNeeded(_ key: ColumnKey, _ records: [String: ApplicationRecord], in sort: PipelineSort? = nil) {
        guard !gathered.isEmpty, let column = gathered.removeValue(forKey: key) else { return }
        columns[key] = column.column(records: records, keeping: sort ?? preferredSort)
    }

    /// Gathers each column's keys in parallel arrays before one sort per order.
    struct Builder: Sendable {
        fileprivate var columns: [GatheredColumn] = []
        private var positions: [Int: Int] = [:]

        init() {}

        /// `column` is any number naming the record's (job, stage) pair, the same for every
        /// record of that pair.
        mutating func add(_ record: ApplicationRecord, column: Int) {
            let position: Int
            if let existing = positions[column] {
                position = existing
            } else {
                position = columns.count
                positions[column] = position
                columns.append(GatheredColumn(key: ColumnKey(jobId: record.jobId, stageId: record.stageId)))
            }
            columns[position].add(record)
        }
    }

    /// A column's ids as a load found them: one append per record, the keys wait for the sort.
    fileprivate struct GatheredColumn: Sendable {
        let key: ColumnKey
        var ids: [String] = []

        init(key: ColumnKey) { self.key = key }

        mutating func add(_ record: ApplicationRecord) { ids.append(record.id) }

        func column(records: [String: ApplicationRecord], keeping sort: PipelineSort) -> PipelineColumn {
            let members = ids.compactMap { id -> ApplicationRecord? in
                let record = records[id]
                assert(record != nil, "gathered application \(id) is gone from the records")
                return record
            }
            return PipelineColumn(members, keeping: sort)
        }
    }

    /// A column ready to read in `sort`: sorted first if it was only gathered, the order built
    /// if the column did not keep it yet. `sort` becomes the preferred order.
    mutating func column(jobId: String, stageId: String, sort: PipelineSort, records: [String: ApplicationRecord]) -> PipelineColumn? {
        let key = ColumnKey(jobId: jobId, stageId: stageId)
        preferredSort = sort
        sortIfNeeded(key, records, in: sort)
        columns[key]?.keep(sort, records: records)
        return columns[key]
    }

    // Every change takes the store's records as they were before it (see `sortIfNeeded`).

    mutating func insert(_ record: ApplicationRecord, records: [String: ApplicationRecord]) { placeInColumn(record, records) }

    mutating func remove(_ record: ApplicationRecord, records: [String: ApplicationRecord]) { takeFromColumn(record, records) }

    /// Replaces `old` by `new`, touching only what their sort keys and placement change.
    mutating func update(from old: ApplicationRecord, to new: ApplicationRecord, records: [String: ApplicationRecord]) {
        if old.jobId == new.jobId, old.stageId == new.stageId {
            let key = ColumnKey(jobId: new.jobId, stageId: new.stageId)
            sortIfNeeded(key, records)
            columns[key]?.update(from: old, to: new)
        } else {
            takeFromColumn(old, records, countingJob: old.jobId != new.jobId)
            placeInColumn(new, records, countingJob: old.jobId != new.jobId)
        }
    }

    private mutating func placeInColumn(_ record: ApplicationRecord, _ records: [String: ApplicationRecord], countingJob: Bool = true) {
        let key = ColumnKey(jobId: record.jobId, stageId: record.stageId)
        sortIfNeeded(key, records)
        // One lookup of the column: a count of 1 afterwards means the column is new.
        if columns[key, default: PipelineColumn(keeping: preferredSort)].insert(record) == 1 {
            stageIdsByJob[record.jobId, default: []].insert(record.stageId)
        }
        if countingJob { countByJob[record.jobId, default: 0] += 1 }
    }

    private mutating func takeFromColumn(_ record: ApplicationRecord, _ records: [String: ApplicationRecord], countingJob: Bool = true) {
        let key = ColumnKey(jobId: record.jobId, stageId: record.stageId)
        sortIfNeeded(key, records)
        guard let remaining = columns[key]?.remove(record) else { return }
        if remaining == 0 {
            columns[key] = nil
            stageIdsByJob[record.jobId]?.remove(record.stageId)
            if stageIdsByJob[record.jobId]?.isEmpty == true { stageIdsByJob[record.jobId] = nil }
        }
        if countingJob, let count = countByJob[record.jobId] { countByJob[record.jobId] = count > 1 ? count - 1 : nil }
    }
}
