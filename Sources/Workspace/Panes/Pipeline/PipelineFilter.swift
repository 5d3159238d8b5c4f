/// The cards of a job that match a filter text, per stage in one sort order: what filtered
/// columns show and count. Rebuilt (O(applications of the job)) when the text, sort or job
/// change, or a merge touches the job's applications; never per frame.
struct PipelineFilter: Sendable {
    let text: String
    let jobId: String
    let sort: PipelineSort
    private(set) var idsByStage: [String: [String]] = [:]
    /// Each kept id's position in the unfiltered column (ascending): a card's filtered position is
    /// found by binary search from its store position, with no per-id dictionary to build.
    private(set) var ranksByStage: [String: [Int]] = [:]

    /// With `narrowing`, a filter of the same job and order whose text this text extends (the
    /// user typed one more letter), only its matches are tested again: a subsequence of the longer
    /// pattern is a subsequence of the shorter one.
    init(text: String, jobId: String, sort: PipelineSort, stageIds: [String], store: EntityStore, narrowing previous: PipelineFilter? = nil) {
        self.text = text
        self.jobId = jobId
        self.sort = sort
        let matcher = SearchMatcher(text)
        let base = previous.flatMap { $0.jobId == jobId && $0.sort == sort && text.hasPrefix($0.text) ? $0 : nil }
        let records = store.applications
        for stageId in stageIds {
            let candidates: [String]
            let candidateRanks: [Int]?
            if let base {
                candidates = base.idsByStage[stageId] ?? []
                candidateRanks = base.ranksByStage[stageId] ?? []
            } else {
                let total = store.applicationCount(jobId: jobId, stageId: stageId)
                candidates = store.applicationIds(jobId: jobId, stageId: stageId, sort: sort, offset: 0, count: total)
                candidateRanks = nil
            }
            var kept: [String] = []
            var ranks: [Int] = []
            for (index, id) in candidates.enumerated() {
                // One field per lookup: copying whole records out of the dictionary costs ~4x more.
                let hit = matcher.matches(records[id]?.candidateName ?? "")
                    || (records[id]?.sourceTitle).map(matcher.matches) == true
                    || (records[id]?.candidateEmail).map(matcher.matches) == true
                guard hit else { continue }
                kept.append(id)
                ranks.append(candidateRanks?[index] ?? index)
            }
            idsByStage[stageId] = kept
            ranksByStage[stageId] = ranks
        }
    }

    func count(stageId: String) -> Int { idsByStage[stageId]?.count ?? 0 }

    func ids(stageId: String, offset: Int, count: Int) -> [String] {
        guard let ids = idsByStage[stageId] else { return [] }
        let start = max(0, min(offset, ids.count))
        let end = max(start, min(start + max(0, count), ids.count))
        return Array(ids[start..<end])
    }

    /// Where a card of `stageId` sits among the filtered cards, or nil when the filter hides it.
    func position(of id: String, stageId: String, store: EntityStore) -> Int? {
        guard let rank = store.position(ofApplication: id, sort: sort), let ranks = ranksByStage[stageId] else { return nil }
        var low = 0
        var high = ranks.count
        while low < high {
            let middle = (low + high) / 2
            if ranks[middle] < rank { low = middle + 1 } else { high = middle }
        }
        return low < ranks.count && ranks[low] == rank && idsByStage[stageId]?[low] == id ? low : nil
    }
}

/// A fuzzy subsequence test for filtering many records: the pattern is folded once, and ASCII
/// text is scanned byte by byte; anything else goes through `FuzzyMatch.matches` (case and
/// diacritics folded per character).
struct SearchMatcher: Sendable {
    private let pattern: String
    private let asciiPattern: [UInt8]?

    init(_ pattern: String) {
        self.pattern = pattern
        let bytes = Array(pattern.utf8).filter { $0 != 0x20 }
        asciiPattern = bytes.allSatisfy { $0 < 0x80 } ? bytes.map(Self.lower) : nil
    }

    var isEmpty: Bool { asciiPattern?.isEmpty ?? false }

    func matches(_ text: String) -> Bool {
        guard let asciiPattern else { return FuzzyMatch.matches(pattern, in: text) }
        if asciiPattern.isEmpty { return true }
        var next = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return FuzzyMatch.matches(pattern, in: text) }
            if Self.lower(byte) == asciiPattern[next] {
                next += 1
                // An ASCII match is a match however the rest folds.
                if next == asciiPattern.count { return true }
            }
        }
        return false
    }

    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 32 : byte }
}
