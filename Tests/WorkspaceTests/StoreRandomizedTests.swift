import AshbyAPI
import AshbySandbox
import Foundation
import XCTest
@testable import Workspace

/// Applies seeded random deltas, clock moves and stage entries, and after each compares the
/// records, every index, every derived fact and the reported changes with a brute-force
/// recomputation from a plain model of the records.
final class StoreRandomizedTests: XCTestCase {
    typealias F = StoreFixture

    let jobs = ["j0", "j1", "j2"]
    let stages = ["s0", "s1", "s2", "s3"]
    let users = ["u0", "u1", "u2", "u3", "u4"]
    let names = ["ada", "Ada", "bob", "Émile", "zoë", "Zoe", "", "李雷", "carl", "Carl"]
    let hour = 3600.0

    /// The records as the store should hold them.
    struct Model {
        var applications: [String: ApplicationRecord] = [:]
        var schedules: [String: InterviewScheduleRecord] = [:]
        var feedback: [String: FeedbackRecord] = [:]
        var offers: [String: Offer] = [:]
        var approvals: [String: Approval] = [:]
    }

    func testRandomDeltasKeepEveryIndexEqualToABruteForceRecomputation() {
        for seed: UInt64 in [1, 2, 3] {
            run(seed: seed, steps: 150)
        }
    }

    /// A cache start leaves the interview index and the pipeline columns unbuilt; changes and
    /// clock moves applied before any read must leave them, once built, equal to the eager ones.
    func testLazilyBuiltIndexesAfterChangesEqualABruteForceRecomputation() {
        for seed: UInt64 in [4, 5, 6] {
            var random = SplitMix64(seed: seed)
            let store = EntityStore(overdueAfterHours: 24, actingUserId: "u1")
            var model = Model()
            var clock = F.date(0)
            for _ in 0..<40 {
                let delta = randomDelta(&random, model: model)
                store.apply(delta, now: clock)
                apply(delta, to: &model)
            }
            let loaded = EntityStore(snapshot: store.snapshot, now: clock, actingUserId: "u1")
            XCTAssertNil(loaded.builtCalendar, "seed \(seed): the interview index waits for its first use")
            XCTAssertEqual(loaded.pipeline.unsortedColumnCount, Set(model.applications.values.map { "\($0.jobId)/\($0.stageId)" }).count)
            for step in 0..<30 {
                if Int.random(in: 0..<4, using: &random) == 0 {
                    clock = F.date(Double.random(in: -60...60, using: &random) * hour)
                    loaded.advanceClock(to: clock)
                } else {
                    let delta = randomDelta(&random, model: model)
                    loaded.apply(delta, now: clock)
                    apply(delta, to: &model)
                }
                if step == 14 { check(loaded, against: model, clock: clock, "seed \(seed) lazy step \(step)") }
            }
            check(loaded, against: model, clock: clock, "seed \(seed) lazy")
            check(EntityStore(snapshot: loaded.snapshot, now: clock, actingUserId: "u1"), against: model, clock: clock, "seed \(seed) reloaded")
        }
    }

    /// A column keeps only the orders read from it, each built on its first read: orders read
    /// at scattered times, some built only after many changes, must equal a brute-force sort.
    func testOrdersBuiltOnFirstReadStayEqualToABruteForceRecomputation() {
        for seed: UInt64 in [7, 8, 9] {
            var random = SplitMix64(seed: seed)
            let store = EntityStore(overdueAfterHours: 24, actingUserId: "u1")
            var model = Model()
            for step in 0..<120 {
                let delta = randomDelta(&random, model: model)
                store.apply(delta, now: F.date(0))
                apply(delta, to: &model)
                let (job, stage) = (jobs.randomElement(using: &random)!, stages.randomElement(using: &random)!)
                let sort = PipelineSort.allCases.randomElement(using: &random)!
                checkColumn(store, against: model, job: job, stage: stage, sort: sort, "seed \(seed) step \(step)")
            }
            check(store, against: model, clock: F.date(0), "seed \(seed) all orders")
        }
    }

    private func run(seed: UInt64, steps: Int) {
        var random = SplitMix64(seed: seed)
        let store = EntityStore(overdueAfterHours: 24, actingUserId: "u1")
        var model = Model()
        var clock = F.date(0)
        // A store started from a snapshot (the cache path) that then follows the same changes:
        // its lazily built indexes must be right whether built before or after those changes.
        var restarted: EntityStore?
        let directory = try! CacheFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = SnapshotCache(directory: directory, tenant: CacheTenant(baseURL: "https://api.ashbyhq.com", fingerprint: "random"))
        for step in 0..<steps {
            let before = Facts(store: store, users: users, applicationIds: allApplicationIds)
            let modelBefore = model
            let changes: StoreChanges
            switch Int.random(in: 0..<10, using: &random) {
            case 0:
                clock = F.date(Double.random(in: -60...60, using: &random) * hour)
                changes = store.advanceClock(to: clock)
                restarted?.advanceClock(to: clock)
            case 1:
                let id = "a\(Int.random(in: 0..<40, using: &random))"
                let at = F.time(Double.random(in: -100...0, using: &random) * hour)
                changes = store.recordStageEntry(applicationId: id, at: at)
                restarted?.recordStageEntry(applicationId: id, at: at)
                if model.applications[id] != nil { model.applications[id]?.stageEnteredAt = at }
            default:
                if Bool.random(using: &random) { clock = F.date(Double.random(in: -60...60, using: &random) * hour) }
                let delta = randomDelta(&random, model: model)
                changes = store.apply(delta, now: clock)
                restarted?.apply(delta, now: clock)
                apply(delta, to: &model)
            }
            let context = "seed \(seed) step \(step)"
            check(store, against: model, clock: clock, context)
            let after = Facts(store: store, users: users, applicationIds: allApplicationIds)
            checkChanges(changes, before: before, after: after, modelBefore: modelBefore, model: model, context)
            if step % 25 == 24 {
                // The bulk-load path (a cache start) must build the same indexes and facts.
                let loaded = EntityStore(snapshot: store.snapshot, now: clock, actingUserId: "u1")
                check(loaded, against: model, clock: clock, context + " bulk")
                // And the cache's own path: facts gathered while the file is decoded.
                try! cache.save(store: store, tokens: [:])
                let cached = try! cache.load().get().makeStore(now: clock, actingUserId: "u1")
                check(cached, against: model, clock: clock, context + " cached")
                restarted = EntityStore(snapshot: store.snapshot, now: clock, actingUserId: "u1")
            }
            if step % 25 == 12, let restarted {
                check(restarted, against: model, clock: clock, context + " restarted")
            }
        }
    }

    private var allApplicationIds: [String] { (0..<40).map { "a\($0)" } }

    // MARK: Random deltas

    private func randomDelta(_ random: inout SplitMix64, model: Model) -> StoreDelta {
        var delta = StoreDelta()
        var usedApplications: Set<String> = []
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            let id = "a\(Int.random(in: 0..<40, using: &random))"
            guard usedApplications.insert(id).inserted else { continue }
            let entered: Double? = Int.random(in: 0..<4, using: &random) == 0 ? Double.random(in: -90...0, using: &random) * hour : nil
            delta.applications.append(F.application(id, job: jobs.randomElement(using: &random)!, stage: stages.randomElement(using: &random)!,
                                                    name: names.randomElement(using: &random)!, candidate: "c\(Int.random(in: 0..<8, using: &random))",
                                                    updated: Double(Int.random(in: -50...50, using: &random)) * hour, entered: entered))
        }
        var usedSchedules: Set<String> = []
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let id = "sc\(Int.random(in: 0..<15, using: &random))"
            guard usedSchedules.insert(id).inserted else { continue }
            let events = (0..<Int.random(in: 0...3, using: &random)).map { index -> InterviewEventRecord in
                let start = Double(Int.random(in: -80...40, using: &random)) * hour / 2
                let seats = users.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random)).map { ($0, Bool.random(using: &random)) }
                return F.event("\(id)-e\(index)", schedule: id, start: start, end: start + Double(Int.random(in: 1...4, using: &random)) * hour / 2,
                               interviewers: seats, submitted: Int.random(in: 0..<4, using: &random) == 0)
            }
            let status: InterviewScheduleStatus = Int.random(in: 0..<5, using: &random) == 0 ? .cancelled : .scheduled
            delta.interviewSchedules.append(F.schedule(id, application: "a\(Int.random(in: 0..<40, using: &random))", status: status, events: events))
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let event = "sc\(Int.random(in: 0..<15, using: &random))-e\(Int.random(in: 0..<3, using: &random))"
            let id = "f\(Int.random(in: 0..<30, using: &random))"
            guard !delta.feedback.contains(where: { $0.id == id }) else { continue }
            delta.feedback.append(F.feedback(id, application: "a\(Int.random(in: 0..<40, using: &random))", user: users.randomElement(using: &random)!,
                                             event: Bool.random(using: &random) ? event : nil))
        }
        let acceptances: [OfferAcceptanceStatus] = [.pending, .declined, .cancelled, .accepted]
        let statuses: [OfferStatus?] = [nil, .waitingOnOfferApproval, .offerCancelled, .candidateRejected]
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let id = "o\(Int.random(in: 0..<10, using: &random))"
            guard !delta.offers.contains(where: { $0.id == id }) else { continue }
            delta.offers.append(F.offer(id, application: "a\(Int.random(in: 0..<40, using: &random))", acceptance: acceptances.randomElement(using: &random)!,
                                        status: statuses.randomElement(using: &random)!, version: "\(id)-v\(Int.random(in: 0..<3, using: &random))"))
        }
        let decisions: [ApprovalDecision] = [.pending, .pending, .approve, .reject]
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let id = "ap\(Int.random(in: 0..<10, using: &random))"
            guard !delta.approvals.contains(where: { $0.id == id }) else { continue }
            let steps = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                (Bool.random(using: &random), users.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)).map { ($0, decisions.randomElement(using: &random)!) })
            }
            delta.approvals.append(F.approval(id, entity: "o\(Int.random(in: 0..<10, using: &random))-v0", created: Double(Int.random(in: 0...5, using: &random)), steps: steps))
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
            let resource: SyncedResource = [.applications, .interviewSchedules, .applicationFeedback, .offers, .approvals].randomElement(using: &random)!
            let pool: [String] = switch resource {
            case .applications: Array(model.applications.keys)
            case .interviewSchedules: Array(model.schedules.keys)
            case .applicationFeedback: Array(model.feedback.keys)
            case .offers: Array(model.offers.keys)
            default: Array(model.approvals.keys)
            }
            let picked = Set(pool.shuffled(using: &random).prefix(Int.random(in: 0...3, using: &random)))
            if Bool.random(using: &random) {
                delta.removals[resource] = picked.union(["never-seen"])
            } else {
                delta.completedFullPasses[resource] = Set(pool).subtracting(picked)
            }
        }
        return delta
    }

    private func apply(_ delta: StoreDelta, to model: inout Model) {
        for incoming in delta.applications {
            var record = incoming
            if let old = model.applications[record.id] {
                if old.stageId != record.stageId { record.stageEnteredAt = record.stageEnteredAt ?? record.updatedAt }
                else if record.stageEnteredAt == nil { record.stageEnteredAt = old.stageEnteredAt }
            }
            model.applications[record.id] = record
        }
        for schedule in delta.interviewSchedules { model.schedules[schedule.id] = schedule }
        for record in delta.feedback { model.feedback[record.id] = record }
        for offer in delta.offers { model.offers[offer.id] = offer }
        for approval in delta.approvals { model.approvals[approval.id] = approval }
        func drop(_ resource: SyncedResource, where remove: (String) -> Bool) {
            switch resource {
            case .applications: model.applications = model.applications.filter { !remove($0.key) }
            case .interviewSchedules: model.schedules = model.schedules.filter { !remove($0.key) }
            case .applicationFeedback: model.feedback = model.feedback.filter { !remove($0.key) }
            case .offers: model.offers = model.offers.filter { !remove($0.key) }
            case .approvals: model.approvals = model.approvals.filter { !remove($0.key) }
            default: break
            }
        }
        for (resource, ids) in delta.removals { drop(resource) { ids.contains($0) } }
        for (resource, kept) in delta.completedFullPasses { drop(resource) { !kept.contains($0) } }
    }

    // MARK: Brute force

    /// Events as the store files them: each id under the first schedule (by id order of filing is
    /// not knowable here), so the generator never reuses an event id across schedules.
    private func events(_ model: Model) -> [String: (InterviewEventRecord, InterviewScheduleRecord)] {
        var events: [String: (InterviewEventRecord, InterviewScheduleRecord)] = [:]
        for schedule in model.schedules.values { for event in schedule.events { events[event.id] = (event, schedule) } }
        return events
    }

    /// One column in one order, and the positions of every third card.
    private func checkColumn(_ store: EntityStore, against model: Model, job: String, stage: String, sort: PipelineSort, _ context: String) {
        let expected = model.applications.values.filter { $0.jobId == job && $0.stageId == stage }.sorted { precedes($0, $1, sort) }.map(\.id)
        XCTAssertEqual(store.applicationIds(jobId: job, stageId: stage, sort: sort, offset: 0, count: .max), expected, "\(context) \(job)/\(stage)/\(sort)")
        for (index, id) in expected.enumerated() where index % 3 == 0 {
            XCTAssertEqual(store.position(ofApplication: id, sort: sort), index, context)
        }
    }

    private func check(_ store: EntityStore, against model: Model, clock: Date, _ context: String) {
        XCTAssertEqual(store.applications, model.applications, context)
        XCTAssertEqual(store.interviewSchedules, model.schedules, context)
        XCTAssertEqual(store.feedback, model.feedback, context)
        XCTAssertEqual(store.offers, model.offers, context)
        XCTAssertEqual(store.approvals, model.approvals, context)

        let now = clock.timeIntervalSince1970
        for job in jobs {
            let ofJob = model.applications.values.filter { $0.jobId == job }
            XCTAssertEqual(store.applicationCount(jobId: job), ofJob.count, context)
            XCTAssertEqual(store.stageIdsWithApplications(jobId: job), Set(ofJob.map(\.stageId)), context)
            for stage in stages {
                let column = ofJob.filter { $0.stageId == stage }
                XCTAssertEqual(store.applicationCount(jobId: job, stageId: stage), column.count, context)
                for sort in PipelineSort.allCases { checkColumn(store, against: model, job: job, stage: stage, sort: sort, context) }
            }
        }
        for candidate in (0..<8).map({ "c\($0)" }) {
            XCTAssertEqual(Set(store.applications(ofCandidate: candidate).map(\.id)),
                           Set(model.applications.values.filter { $0.candidateId == candidate }.map(\.id)), context)
        }

        let allEvents = events(model)
        XCTAssertEqual(store.interviewEventCount, allEvents.count, context)
        var days: Set<Int> = []
        for (event, _) in allEvents.values { days.insert(EntityStore.dayNumber(of: event.startTime)) }
        for day in days {
            let onDay: [InterviewEventRecord] = allEvents.values.map(\.0).filter { EntityStore.dayNumber(of: $0.startTime) == day }
            let expected = onDay.sorted(by: startOrder)
            XCTAssertEqual(store.interviewEvents(onDay: day), expected, context)
        }
        for user in users {
            let seated: [InterviewEventRecord] = allEvents.values.map(\.0).filter { event in event.interviewers.contains { $0.userId == user } }
            let expected = seated.sorted(by: startOrder)
            XCTAssertEqual(store.interviewEvents(ofInterviewer: user), expected, context)

            // Double-bookings: every overlapping pair of live events, brute force.
            let live = expected.filter { allEvents[$0.id]?.1.status != .cancelled }
            var pairs: Set<DoubleBooking> = []
            for (i, first) in live.enumerated() {
                for second in live[(i + 1)...] where first.startTime < second.endTime && second.startTime < first.endTime {
                    pairs.insert(DoubleBooking(interviewerUserId: user, firstEventId: first.id, secondEventId: second.id))
                }
            }
            XCTAssertEqual(Set(store.doubleBookings(ofInterviewer: user)), pairs, context)
            XCTAssertEqual(Set(store.approvals(awaitingUserId: user).map(\.id)),
                           Set(model.approvals.values.filter { awaits($0, user) }.map(\.id)), context)
        }
        XCTAssertEqual(Set(store.awaitingMyApproval.map(\.id)), Set(model.approvals.values.filter { awaits($0, "u1") }.map(\.id)), context)
        let booked = Set(store.doubleBookings.values.joined().flatMap { [$0.firstEventId, $0.secondEventId] })
        for id in allEvents.keys { XCTAssertEqual(store.isDoubleBooked(eventId: id), booked.contains(id), context) }

        // Overdue: ended more than 24 h ago, live schedule, required seat without feedback.
        var overdue: [FeedbackOverdue] = []
        for (event, schedule) in allEvents.values where schedule.status != .cancelled && event.endTime.secondsSince1970 + 24 * hour < now {
            let forEvent = model.feedback.values.filter { $0.interviewEventId == event.id }
            var seen: Set<String> = []
            for seat in event.interviewers where seat.isFeedbackRequired && seen.insert(seat.userId).inserted {
                let given = forEvent.contains { $0.submittedByUserId == seat.userId } || (event.hasSubmittedFeedback && forEvent.isEmpty)
                if !given {
                    overdue.append(FeedbackOverdue(eventId: event.id, applicationId: schedule.applicationId, interviewId: event.interviewId,
                                                   interviewerUserId: seat.userId, endTime: event.endTime,
                                                   dueAt: Timestamp(secondsSince1970: event.endTime.secondsSince1970 + 24 * hour)))
                }
            }
        }
        XCTAssertEqual(store.overdueFeedback, overdue.sorted(by: FeedbackOverdue.precedes), context)

        for id in allApplicationIds {
            var flags: ApplicationFlags = []
            if model.schedules.values.contains(where: { $0.applicationId == id && $0.status != .cancelled && $0.events.contains { $0.startTime.secondsSince1970 > now } }) {
                flags.insert(.interviewScheduled)
            }
            if overdue.contains(where: { $0.applicationId == id }) { flags.insert(.feedbackMissing) }
            if model.offers.values.contains(where: { $0.applicationId == id && $0.isOut }) { flags.insert(.offerOut) }
            XCTAssertEqual(store.flags(ofApplication: id), flags, "\(context) \(id)")
            XCTAssertEqual(Set(store.feedback(ofApplication: id).map(\.id)), Set(model.feedback.values.filter { $0.applicationId == id }.map(\.id)), context)
            XCTAssertEqual(Set(store.offers(ofApplication: id).map(\.id)), Set(model.offers.values.filter { $0.applicationId == id }.map(\.id)), context)
            XCTAssertEqual(Set(store.interviewSchedules(ofApplication: id).map(\.id)), Set(model.schedules.values.filter { $0.applicationId == id }.map(\.id)), context)
        }
        for status: OfferStatus in [.waitingOnOfferApproval, .offerCancelled, .candidateRejected] {
            XCTAssertEqual(Set(store.offers(withStatus: status).map(\.id)), Set(model.offers.values.filter { $0.offerStatus == status }.map(\.id)), context)
        }
        for offer in model.offers.values { XCTAssertEqual(store.offer(withVersionId: offer.latestVersion!.id)?.id, offer.id, context) }
        for entity in (0..<10).map({ "o\($0)-v0" }) {
            XCTAssertEqual(Set(store.approvals(forEntityId: entity).map(\.id)), Set(model.approvals.values.filter { $0.entityId == entity }.map(\.id)), context)
        }
    }

    private func startOrder(_ lhs: InterviewEventRecord, _ rhs: InterviewEventRecord) -> Bool {
        lhs.startTime != rhs.startTime ? lhs.startTime < rhs.startTime : lhs.id < rhs.id
    }

    private func precedes(_ lhs: ApplicationRecord, _ rhs: ApplicationRecord, _ sort: PipelineSort) -> Bool {
        switch sort {
        case .daysInStage:
            let (left, right) = ((lhs.stageEnteredAt ?? lhs.updatedAt), (rhs.stageEnteredAt ?? rhs.updatedAt))
            return left != right ? left < right : lhs.id < rhs.id
        case .candidateName:
            let (left, right) = (Array(lhs.candidateName.lowercased().utf8), Array(rhs.candidateName.lowercased().utf8))
            return left != right ? left.lexicographicallyPrecedes(right) : lhs.id < rhs.id
        case .lastActivity:
            return lhs.updatedAt != rhs.updatedAt ? lhs.updatedAt > rhs.updatedAt : lhs.id < rhs.id
        }
    }

    private func awaits(_ approval: Approval, _ user: String) -> Bool {
        guard approval.completedAt == nil else { return false }
        if approval.steps.contains(where: { $0.approvers.contains { $0.decision == .reject } }) { return false }
        guard let step = approval.steps.first(where: { $0.completedAt == nil }) else { return false }
        return step.approvers.contains { $0.userId == user && $0.decision == .pending }
    }

    // MARK: Reported changes

    /// The derived facts a change report speaks of, captured before and after.
    struct Facts {
        var flags: [String: ApplicationFlags]
        var bookings: [String: Set<DoubleBooking>]
        var overdue: [FeedbackOverdue]
        var awaiting: Set<String>

        init(store: EntityStore, users: [String], applicationIds: [String]) {
            flags = Dictionary(uniqueKeysWithValues: applicationIds.map { ($0, store.flags(ofApplication: $0)) })
            bookings = Dictionary(uniqueKeysWithValues: users.map { ($0, Set(store.doubleBookings(ofInterviewer: $0))) })
            overdue = store.overdueFeedback
            awaiting = Set(store.awaitingMyApproval.map(\.id))
        }
    }

    private func checkChanges(_ changes: StoreChanges, before: Facts, after: Facts, modelBefore: Model, model: Model, _ context: String) {
        func expected<Record: Equatable>(_ old: [String: Record], _ new: [String: Record]) -> ResourceChanges {
            ResourceChanges(inserted: Set(new.keys).subtracting(old.keys), updated: Set(new.keys.filter { old[$0] != nil && old[$0] != new[$0] }),
                            removed: Set(old.keys).subtracting(new.keys))
        }
        XCTAssertEqual(changes[.applications], expected(modelBefore.applications, model.applications), context)
        XCTAssertEqual(changes[.interviewSchedules], expected(modelBefore.schedules, model.schedules), context)
        XCTAssertEqual(changes[.applicationFeedback], expected(modelBefore.feedback, model.feedback), context)
        XCTAssertEqual(changes[.offers], expected(modelBefore.offers, model.offers), context)
        XCTAssertEqual(changes[.approvals], expected(modelBefore.approvals, model.approvals), context)
        let moved = Set(model.applications.values.compactMap { record -> ApplicationMove? in
            guard let old = modelBefore.applications[record.id], old.stageId != record.stageId else { return nil }
            return ApplicationMove(applicationId: record.id, fromStageId: old.stageId, toStageId: record.stageId)
        })
        XCTAssertEqual(Set(changes.movedApplications.filter { model.applications[$0.applicationId] != nil }), moved, context)
        XCTAssertEqual(changes.flagsChanged.intersection(after.flags.keys), Set(after.flags.keys.filter { before.flags[$0] != after.flags[$0] }), context)
        XCTAssertEqual(changes.doubleBookingsChanged, Set(after.bookings.keys.filter { before.bookings[$0] != after.bookings[$0] }), context)
        XCTAssertEqual(changes.overdueFeedbackChanged, before.overdue != after.overdue, context)
        XCTAssertEqual(changes.awaitingMyApprovalChanged, before.awaiting != after.awaiting, context)
    }
}
