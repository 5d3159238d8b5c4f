import AshbyAPI
import Foundation

/// The normalised records the panes show, with their indexes and derived facts. Mutated only by
/// `apply`, `advanceClock` and `recordStageEntry`, on the UI thread (not Sendable on purpose);
/// background work hands it `StoreDelta`s. A change of k records costs O(k log n).
public final class EntityStore {
    /// Every record, by id. `snapshot` hands it out for the cache in O(1).
    var records = StoreSnapshot()

    var pipeline = PipelineIndex()
    /// The interview index, or nil after a bulk load until first use (see `calendar`).
    var builtCalendar: InterviewIndex? = InterviewIndex()
    /// The future-event counts a bulk load derived straight from the schedules, handed to the
    /// calendar when it is built (nothing changes schedules or the clock before that).
    var bulkFutureCounts: [String: Int] = [:]
    var feedbackIndex = FeedbackIndex()
    var offerIndex = OfferIndex()
    var approvalIndex = ApprovalIndex()
    /// Built on first use (see `EntityStore+LazyIndexes`); nil until then.
    var candidateIndex: IdMultimap?
    var scheduleIndex: IdMultimap?
    var feedbackIndexByApplication: IdMultimap?
    /// Stage ids per interview plan id, in `orderInInterviewPlan` order.
    var stageIdsByPlan: [String: [String]] = [:]

    // Derived facts, kept current by every change and clock advance.
    var overdueByEvent: [String: [FeedbackOverdue]] = [:]
    var overdueCountByApplication: [String: Int] = [:]
    var sortedOverdue: [FeedbackOverdue]?
    var bookingsByInterviewer: [String: [DoubleBooking]] = [:]
    var doubleBookingCountByEvent: [String: Int] = [:]
    /// False after a bulk load until the first read of double-bookings: only the schedule pane
    /// reads them, so a cache start does not pay for the sweep. Kept current once computed.
    var doubleBookingsComputed = true
    var flagsByApplication: [String: ApplicationFlags] = [:]

    /// The instant derived facts were computed for (the last `apply` or `advanceClock`).
    public internal(set) var clock: Date

    /// Hours after an interview's end until missing feedback counts as overdue. Setting it
    /// re-derives every overdue fact (rare: a settings change).
    public var overdueAfterHours: Double {
        didSet { if overdueAfterHours != oldValue { _ = rederiveAllOverdue() } }
    }

    /// The user "my approvals" are computed for (resolved from the configured email).
    public var actingUserId: String?

    /// An empty store; `clock` starts in the distant past, so the first `apply` derives everything.
    public init(overdueAfterHours: Double = 24, actingUserId: String? = nil) {
        self.overdueAfterHours = overdueAfterHours
        self.actingUserId = actingUserId
        self.clock = .distantPast
    }

    /// Every record as values, for the cache (O(1): copy-on-write).
    public var snapshot: StoreSnapshot { records }

    /// The UTC day number of an instant (days since 1970-01-01 UTC): the key of `interviewEvents(onDay:)`.
    public static func dayNumber(of time: Timestamp) -> Int {
        let days = (time.secondsSince1970 / 86_400).rounded(.down)
        guard days.isFinite else { return 0 }
        return Int(max(-1e15, min(1e15, days)))
    }

    /// The key a hiring-team role is stored under: its id, or its title when the server sent names only.
    public static func key(of role: HiringTeamRole) -> String { role.id ?? role.title ?? "" }
}

// MARK: - Records by id

extension EntityStore {
    public var users: [String: User] { records.users }
    public var departments: [String: Department] { records.departments }
    public var locations: [String: Location] { records.locations }
    public var jobs: [String: Job] { records.jobs }
    public var openings: [String: Opening] { records.openings }
    public var jobPostings: [String: JobPosting] { records.jobPostings }
    public var interviewPlans: [String: InterviewPlan] { records.interviewPlans }
    public var interviewStages: [String: InterviewStage] { records.interviewStages }
    public var archiveReasons: [String: ArchiveReason] { records.archiveReasons }
    public var sources: [String: Source] { records.sources }
    public var customFields: [String: CustomFieldDefinition] { records.customFields }
    /// Keyed by `EntityStore.key(of:)`.
    public var hiringTeamRoles: [String: HiringTeamRole] { records.hiringTeamRoles }
    public var applications: [String: ApplicationRecord] { records.applications }
    public var interviews: [String: Interview] { records.interviews }
    public var interviewSchedules: [String: InterviewScheduleRecord] { records.interviewSchedules }
    /// Every interview event of every schedule, by event id. Builds a dictionary (O(n)): prefer
    /// `interviewEvent(id:)` and the day and interviewer queries.
    public var interviewEvents: [String: InterviewEventRecord] { calendar.events.mapValues(\.record) }

    /// How many interview events the schedules hold, O(1).
    public var interviewEventCount: Int { calendar.events.count }
    public var feedback: [String: FeedbackRecord] { records.feedback }
    /// Scorecard forms keyed by `FeedbackRecord.formKey`.
    public var feedbackForms: [String: FormDefinition] { records.feedbackForms }
    public var feedbackFormDefinitions: [String: FeedbackFormDefinition] { records.feedbackFormDefinitions }
    public var offers: [String: Offer] { records.offers }
    public var approvals: [String: Approval] { records.approvals }

    /// The stages of an interview plan in `orderInInterviewPlan` order (ties by id): the pipeline's columns.
    public func stages(ofPlan planId: String) -> [InterviewStage] {
        (stageIdsByPlan[planId] ?? []).compactMap { records.interviewStages[$0] }
    }
}

// MARK: - Pipeline

extension EntityStore {
    /// Applications in one column, O(1).
    public func applicationCount(jobId: String, stageId: String) -> Int {
        pipeline.count(jobId: jobId, stageId: stageId)
    }

    /// Applications of a job across all stages, O(1).
    public func applicationCount(jobId: String) -> Int { pipeline.countByJob[jobId] ?? 0 }

    /// Stages holding at least one application of the job (including stages outside its plan).
    public func stageIdsWithApplications(jobId: String) -> Set<String> { pipeline.stageIdsByJob[jobId] ?? [] }

    /// Ids of the window `[offset, offset + count)` of a column in `sort` order, clamped to the
    /// column; costs O(count), whatever the column's size (the first read of a column in an
    /// order it does not keep yet, such as after a cache start or a change of sort, sorts it once).
    public func applicationIds(jobId: String, stageId: String, sort: PipelineSort, offset: Int, count: Int) -> [String] {
        pipeline.column(jobId: jobId, stageId: stageId, sort: sort, records: records.applications)?.ids(sort: sort, offset: offset, count: count) ?? []
    }

    /// The records of a column window (see `applicationIds(jobId:stageId:sort:offset:count:)`).
    public func applications(jobId: String, stageId: String, sort: PipelineSort, offset: Int, count: Int) -> [ApplicationRecord] {
        applicationIds(jobId: jobId, stageId: stageId, sort: sort, offset: offset, count: count).compactMap { records.applications[$0] }
    }

    /// Where an application sits in its (job, stage) column in `sort` order, O(log n): lets a
    /// selection that followed a moved card scroll to it.
    public func position(ofApplication id: String, sort: PipelineSort) -> Int? {
        guard let record = records.applications[id] else { return nil }
        return pipeline.column(jobId: record.jobId, stageId: record.stageId, sort: sort, records: records.applications)?.position(of: record, sort: sort)
    }

    /// A candidate's applications, newest first (by `createdAt`, then id). The first call after a
    /// cache start builds the candidate index (O(n)); later ones cost what they return.
    public func applications(ofCandidate candidateId: String) -> [ApplicationRecord] {
        applicationsByCandidate.ids(under: candidateId).compactMap { records.applications[$0] }.sorted {
            $0.createdAt != $1.createdAt ? $0.createdAt > $1.createdAt : $0.id < $1.id
        }
    }
}

// MARK: - Interviews, feedback, offers, approvals

extension EntityStore {
    public func interviewEvent(id: String) -> InterviewEventRecord? { calendar.events[id]?.record }

    /// The schedule that carries an event.
    public func schedule(ofEvent eventId: String) -> InterviewScheduleRecord? {
        calendar.events[eventId].flatMap { records.interviewSchedules[$0.scheduleId] }
    }

    /// Events starting on a UTC day (`dayNumber(of:)`), by start time then id, found by binary
    /// search in the start order. Events of cancelled schedules are included; `schedule(ofEvent:)` tells.
    public func interviewEvents(onDay day: Int) -> [InterviewEventRecord] {
        interviewEvents(days: day..<(day + 1))
    }

    /// Events starting on any of the UTC days, by start time then id (a week view).
    public func interviewEvents(days: Range<Int>) -> [InterviewEventRecord] {
        guard !days.isEmpty else { return [] }
        // One second of slack each side, then the exact day test: rounding cannot drop an event.
        let ids = calendar.eventIds(startingFrom: Double(days.lowerBound) * 86_400 - 1, through: Double(days.upperBound) * 86_400 + 1)
        return ids.compactMap { id in
            guard let event = calendar.events[id]?.record, days.contains(Self.dayNumber(of: event.startTime)) else { return nil }
            return event
        }
    }

    /// An interviewer's events, by start time then id.
    public func interviewEvents(ofInterviewer userId: String) -> [InterviewEventRecord] {
        (calendar.byInterviewer[userId]?.entries ?? []).compactMap { calendar.events[$0.id]?.record }
    }

    /// An application's interview schedules, by id.
    public func interviewSchedules(ofApplication applicationId: String) -> [InterviewScheduleRecord] {
        schedulesByApplication.ids(under: applicationId).sorted().compactMap { records.interviewSchedules[$0] }
    }

    /// An application's feedback, by submission time (unknown last), then id.
    public func feedback(ofApplication applicationId: String) -> [FeedbackRecord] {
        feedbackByApplication.ids(under: applicationId).compactMap { records.feedback[$0] }.sorted { lhs, rhs in
            let left = lhs.submittedAt?.secondsSince1970 ?? .infinity
            let right = rhs.submittedAt?.secondsSince1970 ?? .infinity
            return left != right ? left < right : lhs.id < rhs.id
        }
    }

    /// An application's offers, by id.
    public func offers(ofApplication applicationId: String) -> [Offer] {
        (offerIndex.idsByApplication[applicationId] ?? []).sorted().compactMap { records.offers[$0] }
    }

    /// Offers whose `offerStatus` is `status`, by id (offers without an `offerStatus` are in none).
    public func offers(withStatus status: OfferStatus) -> [Offer] {
        (offerIndex.idsByStatus[status] ?? []).sorted().compactMap { records.offers[$0] }
    }

    /// The offer one of whose versions (latest or listed) has this id.
    public func offer(withVersionId versionId: String) -> Offer? {
        offerIndex.offerIdByVersion[versionId].flatMap { records.offers[$0] }
    }

    /// Approvals of an entity (for offers, the offer version id), by creation time then id.
    public func approvals(forEntityId entityId: String) -> [Approval] {
        sortedApprovals(approvalIndex.idsByEntity[entityId] ?? [])
    }

    /// Approvals waiting on `userId` (a pending approver on the current step), oldest first.
    public func approvals(awaitingUserId userId: String) -> [Approval] {
        sortedApprovals(approvalIndex.idsAwaitingUser[userId] ?? [])
    }

    /// Approvals waiting on `actingUserId`, oldest first; empty without an acting user.
    public var awaitingMyApproval: [Approval] {
        actingUserId.map { approvals(awaitingUserId: $0) } ?? []
    }

    private func sortedApprovals(_ ids: Set<String>) -> [Approval] {
        ids.compactMap { records.approvals[$0] }.sorted {
            $0.createdAt != $1.createdAt ? $0.createdAt < $1.createdAt : $0.id < $1.id
        }
    }
}

// MARK: - Derived facts

extension EntityStore {
    /// Every overdue feedback seat, longest overdue first (then event id, interviewer id).
    public var overdueFeedback: [FeedbackOverdue] {
        if let sortedOverdue { return sortedOverdue }
        let sorted = overdueByEvent.values.joined().sorted(by: FeedbackOverdue.precedes)
        sortedOverdue = sorted
        return sorted
    }

    /// An application's overdue feedback seats, longest overdue first.
    public func overdueFeedback(ofApplication applicationId: String) -> [FeedbackOverdue] {
        guard overdueCountByApplication[applicationId] != nil else { return [] }
        return schedulesByApplication.ids(under: applicationId)
            .compactMap { records.interviewSchedules[$0] }
            .flatMap { $0.events.flatMap { overdueByEvent[$0.id] ?? [] } }
            .filter { $0.applicationId == applicationId }
            .sorted(by: FeedbackOverdue.precedes)
    }

    /// The card flags of an application.
    public func flags(ofApplication applicationId: String) -> ApplicationFlags { flagsByApplication[applicationId] ?? [] }

    /// Overlapping events per interviewer (only interviewers with any), each list in start order.
    /// Events of cancelled schedules are ignored.
    public var doubleBookings: [String: [DoubleBooking]] {
        computeDoubleBookingsIfNeeded()
        return bookingsByInterviewer
    }

    /// An interviewer's double-bookings.
    public func doubleBookings(ofInterviewer userId: String) -> [DoubleBooking] {
        computeDoubleBookingsIfNeeded()
        return bookingsByInterviewer[userId] ?? []
    }

    /// Whether the event overlaps another event of one of its interviewers.
    public func isDoubleBooked(eventId: String) -> Bool {
        computeDoubleBookingsIfNeeded()
        return doubleBookingCountByEvent[eventId] != nil
    }
}
