import AshbyAPI
import Foundation

/// Thrown inside a pass when the engine stops, to leave at the next page.
struct SyncCancelled: Error {}

/// What the engine remembers between passes (owned by its queue).
struct SyncMemory: Sendable {
    var tokens: [SyncedResource: String] = [:]
    /// Every interview plan (archived included), to know which stage lists exist; nil until learned.
    var planIds: Set<String>?
    /// A hash of the last posted listing of each token-less resource: unchanged listings are not posted again.
    var listingFingerprints: [SyncedResource: Int] = [:]
}

/// Records a pass saw change incrementally (colleagues' edits), for refreshing open details.
struct ChangedRecords: Sendable, Equatable {
    /// Application id → its candidate id.
    var applications: [String: String] = [:]
    var offerIds: Set<String> = []
    /// `entityId`s of changed offer approvals: offer version ids.
    var offerVersionIds: Set<String> = []

    var isEmpty: Bool { applications.isEmpty && offerIds.isEmpty && offerVersionIds.isEmpty }
}

/// How a pass ended.
struct SyncPassReport {
    var failures: [(resource: SyncedResource, error: AshbyError)] = []
    var missingPermission: [SyncedResource] = []
    /// 401/403: the key itself was refused; the pass stopped there.
    var refusal: AshbyError?
    var cancelled = false
    var changed = ChangedRecords()
}

/// One pass over the configured resources in `syncOrder`: each list incrementally with its token
/// (or in full without one), one merge per page; lists without tokens re-listed whole when due.
/// A resource that fails leaves its token and what is shown untouched; the others carry on.
struct SyncPass {
    let listing: RecordListing
    let resources: [SyncedResource]
    /// Re-list the token-less resources (first pass of a session, every N-th poll).
    let relistUntokened: Bool
    /// Post `.syncing(progress:)` for every page (passes that list something in full).
    let showsProgress: Bool
    let post: (WorkspaceEvent) -> Void
    let isCancelled: () -> Bool
    var memory: SyncMemory

    private(set) var report = SyncPassReport()
    private var resourcesDone = 0
    /// Plans returned by this pass's plan listing, and whether it was a full one.
    private var changedPlans: Set<String> = []
    private var plansListedInFull = false

    init(listing: RecordListing, resources: [SyncedResource], relistUntokened: Bool, showsProgress: Bool, memory: SyncMemory,
         post: @escaping (WorkspaceEvent) -> Void, isCancelled: @escaping () -> Bool) {
        self.listing = listing
        self.resources = resources
        self.relistUntokened = relistUntokened
        self.showsProgress = showsProgress
        self.memory = memory
        self.post = post
        self.isCancelled = isCancelled
    }

    mutating func run() -> SyncPassReport {
        for resource in resources {
            if isCancelled() {
                report.cancelled = true
                break
            }
            do {
                try sync(resource)
            } catch is SyncCancelled {
                report.cancelled = true
                break
            } catch let error as AshbyError {
                switch error {
                case .missingPermission:
                    report.missingPermission.append(resource)
                case .unauthorized, .forbidden:
                    report.refusal = error
                    return report
                case .transport(_, .couldNotConnect), .transport(_, .hostNotFound):
                    // Ashby is unreachable: every other resource would fail the same way, slowly.
                    report.failures.append((resource, error))
                    return report
                default:
                    report.failures.append((resource, error))
                }
            } catch {
                report.failures.append((resource, .invalidConfiguration("unexpected error syncing \(resource): \(error)")))
            }
            resourcesDone += 1
        }
        return report
    }

    private mutating func sync(_ resource: SyncedResource) throws {
        let listing = self.listing
        var seen = PageObservations()
        defer { absorb(seen) }
        switch resource {
        case .users: try tokened(resource, listing.users, &seen, id: \.id) { $0.users += $1 }
        case .departments: try tokened(resource, listing.departments, &seen, id: \.id) { $0.departments += $1 }
        case .locations: try tokened(resource, listing.locations, &seen, id: \.id) { $0.locations += $1 }
        case .jobs: try tokened(resource, listing.jobs, &seen, id: \.id) { $0.jobs += $1 }
        case .openings: try tokened(resource, listing.openings, &seen, id: \.id) { $0.openings += $1 }
        case .interviewPlans:
            try tokened(resource, listing.interviewPlans, &seen, id: \.id, fill: { $0.interviewPlans += $1 }) { seen, page in
                seen.plans.formUnion(page.records.map(\.id))
                if page.kind.isFull, page.isLast { seen.plansListedInFull = true }
            }
        case .interviews: try tokened(resource, listing.interviews, &seen, id: \.id) { $0.interviews += $1 }
        case .feedbackFormDefinitions:
            try tokened(resource, listing.feedbackFormDefinitions, &seen, id: \.id) { $0.feedbackFormDefinitions += $1 }
        case .applications:
            try tokened(resource, listing.applications, &seen, id: \.id, fill: { $0.applications += $1 }) { seen, page in
                guard !page.kind.isFull else { return }
                for record in page.records { seen.changed.applications[record.id] = record.candidateId }
            }
        case .interviewSchedules: try tokened(resource, listing.interviewSchedules, &seen, id: \.id) { $0.interviewSchedules += $1 }
        case .applicationFeedback:
            try tokened(resource, listing.feedback, &seen, id: \.0.id) { delta, records in
                for (record, form) in records {
                    delta.feedback.append(record)
                    delta.feedbackForms[record.formKey] = form
                }
            }
        case .offers:
            try tokened(resource, listing.offers, &seen, id: \.id, fill: { $0.offers += $1 }) { seen, page in
                if !page.kind.isFull { seen.changed.offerIds.formUnion(page.records.map(\.id)) }
            }
        case .approvals:
            try tokened(resource, listing.approvals, &seen, id: \.id, fill: { $0.approvals += $1 }) { seen, page in
                guard !page.kind.isFull else { return }
                seen.changed.offerVersionIds.formUnion(page.records.filter { $0.entityType == .offer }.map(\.entityId))
            }
        case .interviewStages: try relistStages()
        case .jobPostings: try relist(resource, { try listing.client.jobPostings() }, id: \.id) { $0.jobPostings = $1 }
        case .archiveReasons:
            // Archived reasons too: old archived cards still name theirs.
            try relist(resource, { try listing.client.archiveReasons(includeArchived: true) }, id: \.id) { $0.archiveReasons = $1 }
        case .sources: try relist(resource, { try listing.client.sources(includeArchived: true) }, id: \.id) { $0.sources = $1 }
        case .customFields:
            try relist(resource, { try listing.client.customFields(includeArchived: true) }, id: \.id) { $0.customFields = $1 }
        case .hiringTeamRoles:
            try relist(resource, { try listing.client.hiringTeamRoles() }, id: { $0.id ?? $0.title ?? "" }) { $0.hiringTeamRoles = $1 }
        }
    }

    /// What the pages of one resource showed, folded into the pass afterwards.
    private struct PageObservations {
        var changed = ChangedRecords()
        var plans: Set<String> = []
        var plansListedInFull = false
    }

    private mutating func absorb(_ seen: PageObservations) {
        report.changed.applications.merge(seen.changed.applications) { _, new in new }
        report.changed.offerIds.formUnion(seen.changed.offerIds)
        report.changed.offerVersionIds.formUnion(seen.changed.offerVersionIds)
        if !seen.plans.isEmpty || seen.plansListedInFull {
            changedPlans.formUnion(seen.plans)
            if seen.plansListedInFull {
                plansListedInFull = true
                memory.planIds = seen.plans
            } else {
                memory.planIds?.formUnion(seen.plans)
            }
        }
    }

    /// A list with a sync token: one merge per non-empty page; a full pass (no token, or one the
    /// server refused) names every id it returned in its last page's delta so the store sweeps
    /// the rest — and only then, so nothing shown is cleared while the pass runs or if it fails.
    private mutating func tokened<Record>(_ resource: SyncedResource,
                                          _ list: (String?, RecordListing.OnPage<Record>) throws -> SyncOutcome,
                                          _ seen: inout PageObservations, id: @escaping (Record) -> String,
                                          fill: @escaping (inout StoreDelta, [Record]) -> Void,
                                          observe: @escaping (inout PageObservations, RecordPage<Record>) -> Void = { _, _ in }) throws {
        let (post, isCancelled, showsProgress) = (self.post, self.isCancelled, self.showsProgress)
        let (done, total) = (resourcesDone, resources.count)
        var returnedIds = Set<String>()
        var items = 0
        let outcome = try list(memory.tokens[resource]) { page in
            if isCancelled() { throw SyncCancelled() }
            // A pass restarted (expired cursor, refused token) starts again at page 1.
            if page.number == 1 {
                returnedIds.removeAll(keepingCapacity: true)
                items = 0
            }
            items += page.records.count
            var delta = StoreDelta()
            fill(&delta, page.records)
            if page.kind.isFull {
                for record in page.records { returnedIds.insert(id(record)) }
                if page.isLast { delta.completedFullPasses[resource] = returnedIds }
            }
            observe(&seen, page)
            if !delta.isEmpty { post(.merge(delta, origin: page.kind.isFull ? .fullSync : .incrementalSync)) }
            if showsProgress {
                post(.syncStatus(.syncing(progress: SyncProgress(resource: resource, pages: page.number, items: items,
                                                                  resourcesDone: done, resourcesTotal: total))))
            }
        }
        // Committed only after the last page was posted: a pass that fails keeps the old token.
        memory.tokens[resource] = outcome.syncToken
    }

    /// A list without a sync token, listed whole when due and posted only when it changed.
    private mutating func relist<Item: Hashable>(_ resource: SyncedResource, _ fetch: () throws -> [Item], id: (Item) -> String,
                                                 fill: (inout StoreDelta, [Item]) -> Void) throws {
        guard relistUntokened else { return }
        if isCancelled() { throw SyncCancelled() }
        let items = try fetch()
        let fingerprint = items.hashValue
        defer { postProgress(resource, items: items.count) }
        guard memory.listingFingerprints[resource] != fingerprint else { return }
        var delta = StoreDelta()
        fill(&delta, items)
        delta.completedFullPasses[resource] = Set(items.map(id))
        post(.merge(delta, origin: .fullSync))
        memory.listingFingerprints[resource] = fingerprint
    }

    /// Progress of a resource listed in one piece.
    private func postProgress(_ resource: SyncedResource, items: Int) {
        guard showsProgress else { return }
        post(.syncStatus(.syncing(progress: SyncProgress(resource: resource, pages: 1, items: items,
                                                          resourcesDone: resourcesDone, resourcesTotal: resources.count))))
    }

    /// Stages of every plan when due or after a full plan listing; otherwise only of plans that changed.
    private mutating func relistStages() throws {
        let everyPlan = relistUntokened || plansListedInFull
        if everyPlan, memory.planIds == nil {
            memory.planIds = Set(try listing.allInterviewPlans().map(\.id))
        }
        let planIds = (everyPlan ? memory.planIds ?? [] : changedPlans).sorted()
        guard !planIds.isEmpty else { return }
        var delta = StoreDelta()
        for planId in planIds {
            if isCancelled() { throw SyncCancelled() }
            // A plan gone since it was listed (not found) is skipped; the next plan pass says so.
            if let stages = try stagesUnlessGone(planId) { delta.interviewStagesByPlan[planId] = stages }
        }
        defer { postProgress(.interviewStages, items: delta.interviewStagesByPlan.values.map(\.count).reduce(0, +)) }
        var hasher = Hasher()
        for planId in planIds { hasher.combine(planId); hasher.combine(delta.interviewStagesByPlan[planId]) }
        let fingerprint = hasher.finalize()
        if everyPlan {
            guard memory.listingFingerprints[.interviewStages] != fingerprint else { return }
            memory.listingFingerprints[.interviewStages] = fingerprint
            delta.completedFullPasses[.interviewStages] = Set(delta.interviewStagesByPlan.values.joined().map(\.id))
        }
        post(.merge(delta, origin: everyPlan ? .fullSync : .incrementalSync))
    }

    private func stagesUnlessGone(_ planId: String) throws(AshbyError) -> [InterviewStage]? {
        do {
            return try listing.client.interviewStages(interviewPlanId: planId)
        } catch {
            if case .notFound = error { return nil }
            throw error
        }
    }
}
