import AshbyAPI
import Workspace
import AshbySandbox
@preconcurrency import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Store and cache figures: merging 100 changed applications into stores of two sizes (the cost
/// must follow the change, not the store), and saving/loading a 100,000-application snapshot.
func runStoreBenchmarks(quick: Bool) {
    StoreBenchmarks.run(quick: quick)
}

enum StoreBenchmarks {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    static func run(quick: Bool) {
        let (small, large) = quick ? (1_000, 10_000) : (10_000, 100_000)
        let merges = quick ? 61 : 301
        // Hidden, for profiling one part: `--cache-only`.
        if CommandLine.arguments.contains("--cache-only") { return cacheFigures(applications: large, runs: quick ? 3 : 7) }
        // Hidden, for profiling one store size: `--merge-store <applications>`.
        if let at = CommandLine.arguments.firstIndex(of: "--merge-store"), let size = CommandLine.arguments.dropFirst(at + 1).first.flatMap({ Int($0) }) {
            return profileMerges(applications: size, merges: merges * 3)
        }
        let (smallTime, largeTime) = medianMerges(small: small, large: large, merges: merges, reading: [.daysInStage])
        report("merge_100_into_\(label(small))_us", smallTime * 1e6, "us")
        report("merge_100_into_\(label(large))_us", largeTime * 1e6, "us")
        report("merge_ratio_\(label(large))_vs_\(label(small))", largeTime / smallTime, "x")
        // The worst case: every column read in all three sorts, so each keeps three orders.
        let (smallAll, largeAll) = medianMerges(small: small, large: large, merges: merges, reading: PipelineSort.allCases)
        report("merge_100_into_\(label(large))_all_orders_us", largeAll * 1e6, "us")
        report("merge_ratio_\(label(large))_vs_\(label(small))_all_orders", largeAll / smallAll, "x")
        cacheFigures(applications: large, runs: quick ? 3 : 7)
    }

    static func label(_ count: Int) -> String { "\(count / 1000)k" }

    // MARK: Merge

    /// Median thread CPU time of applying a delta of 100 changed applications (a third of them
    /// moving stage, the rest renamed or touched) to stores of `small` and `large`
    /// applications, after every column was read in `reading` (the orders a column keeps: the
    /// pipeline's sort, or all three for a user who tried each sort on every job). The two
    /// stores take turns, so a busy machine slows both alike; CPU time leaves out time the
    /// thread waited for a core.
    static func medianMerges(small: Int, large: Int, merges: Int, reading sorts: [PipelineSort]) -> (small: Double, large: Double) {
        var smallRun = MergeRun(applications: small, seed: 42)
        var largeRun = MergeRun(applications: large, seed: 43)
        smallRun.readEveryColumn(sorts)
        largeRun.readEveryColumn(sorts)
        var smallTimes: [Double] = []
        var largeTimes: [Double] = []
        // Warm-up rounds, not counted: they fault in the pages of both stores.
        let warmUp = max(10, merges / 10)
        for round in 0..<warmUp {
            _ = smallRun.merge(round: round)
            _ = largeRun.merge(round: round)
        }
        for round in warmUp..<(warmUp + merges) {
            smallTimes.append(smallRun.merge(round: round))
            largeTimes.append(largeRun.merge(round: round))
        }
        precondition(smallRun.moved > 0 && largeRun.moved > 0, "the merge benchmark moved nothing")
        return (median(smallTimes), median(largeTimes))
    }

    /// Merges into one store only (for a profiler), after the same warm-up.
    static func profileMerges(applications: Int, merges: Int) {
        var run = MergeRun(applications: applications, seed: 43)
        // Every column sorted before the first merge, so a profile of `apply` holds merges only.
        run.readEveryColumn([.daysInStage])
        var times: [Double] = []
        for round in 0..<(max(10, merges / 10) + merges) { times.append(run.merge(round: round)) }
        report("merge_100_into_\(label(applications))_us", median(times) * 1e6, "us")
    }

    /// One store and the generator of its deltas.
    struct MergeRun {
        let store: EntityStore
        let ids: [String]
        var random: SplitMix64
        var moved = 0

        init(applications: Int, seed: UInt64) {
            random = SplitMix64(seed: seed)
            let snapshot = makeSnapshot(applications: applications, random: &random)
            store = EntityStore(snapshot: snapshot, now: now)
            ids = snapshot.applications.keys.sorted()
        }

        /// Reads one card of every column in each of `sorts`, so each column keeps those orders.
        func readEveryColumn(_ sorts: [PipelineSort]) {
            for job in store.jobs.keys {
                for stage in store.stageIdsWithApplications(jobId: job) {
                    for sort in sorts { _ = store.applicationIds(jobId: job, stageId: stage, sort: sort, offset: 0, count: 1) }
                }
            }
        }

        mutating func merge(round: Int) -> Double {
            var delta = StoreDelta()
            var picked: Set<String> = []
            while picked.count < 100 { picked.insert(ids[random.below(ids.count)]) }
            let at = Timestamp(secondsSince1970: now.timeIntervalSince1970 + Double(round) * 60)
            for id in picked.sorted() {
                guard var record = store.applications[id] else { continue }
                record.updatedAt = at
                switch random.below(3) {
                case 0: record.stageId = stageId(plan: planIndex(ofJob: record.jobId), order: random.below(8))
                case 1: record.candidateName = name(&random)
                default: break
                }
                delta.applications.append(record)
            }
            let start = threadSeconds()
            let changes = store.apply(delta, now: now)
            let spent = threadSeconds() - start
            moved += changes.movedApplications.count
            return spent
        }
    }

    /// CPU time of the calling thread, in seconds.
    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    // MARK: Cache

    static func cacheFigures(applications: Int, runs: Int) {
        var random = SplitMix64(seed: 7)
        let snapshot = makeSnapshot(applications: applications, random: &random)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ashby-bench-cache-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = SnapshotCache(directory: directory, tenant: CacheTenant(baseURL: "https://api.ashbyhq.com", fingerprint: "bench"))
        let tokens: [SyncedResource: String] = [.applications: "token-applications", .interviewSchedules: "token-schedules"]

        var saves: [Double] = []
        var loads: [Double] = []
        var loadCPU: [Double] = []
        var decodes: [Double] = []
        var screens: [Double] = []
        for _ in 0..<runs {
            saves.append(elapsed { try! cache.save(snapshot: snapshot, tokens: tokens, savedAt: now) })
            var cached: CachedSnapshot!
            var store: EntityStore!
            var cards = 0
            let cpu = threadSeconds()
            let decode = elapsed { cached = try! cache.load().get() }
            let build = elapsed { store = cached.makeStore(now: now) }
            // Ready means the first frame: the pipeline screen of the job shown at start (the
            // store sorts the columns it reads on first use, so they are paid for here).
            let screen = elapsed { cards = firstPipelineScreen(store: store) }
            loadCPU.append(threadSeconds() - cpu)
            precondition(store.applications.count == applications && cached.tokens == tokens, "the cache lost records")
            precondition(cards > 0, "the first screen showed no cards")
            decodes.append(decode)
            screens.append(screen)
            loads.append(decode + build + screen)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: cache.fileURL.path)[.size] as? Int) ?? 0
        let name = label(applications)
        report("cache_save_\(name)_ms", median(saves) * 1000, "ms")
        report("cache_load_\(name)_ms", median(loads) * 1000, "ms")
        // The same load in CPU time: what the code costs, without the waits of a busy machine.
        report("cache_load_\(name)_cpu_ms", median(loadCPU) * 1000, "ms")
        report("cache_load_decode_\(name)_ms", median(decodes) * 1000, "ms")
        report("cache_load_first_screen_\(name)_ms", median(screens) * 1000, "ms")
        report("cache_file_\(name)_mb", Double(size) / 1_048_576, "MB")
    }

    /// Builds the pipeline screen a start shows (all jobs are open: the first by title, as the
    /// job picker orders them), at 160x48; returns its cards.
    static func firstPipelineScreen(store: EntityStore) -> Int {
        var model = PipelineModel()
        model.setViewport(Viewport(width: 160, height: 48), store: store)
        guard let job = store.jobs.values.min(by: { ($0.title, $0.id) < ($1.title, $1.id) }) else { return 0 }
        model.showJob(job.id, store: store)
        return model.screen(store: store, now: now).columns.reduce(0) { $0 + $1.cards.count }
    }

    static func elapsed(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    // MARK: Synthetic tenant

    static let jobs = 50
    static let plans = 10

    static func planIndex(ofJob jobId: String) -> Int { (Int(jobId.dropFirst(4)) ?? 0) % plans }
    static func stageId(plan: Int, order: Int) -> String { "stage-\(plan)-\(order)" }

    static let firstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret", "Linus",
                             "Radia", "Tim", "Hedy", "John", "Karen", "Niklaus", "Sophie", "Guido", "Anita", "Bjarne"]
    static let lastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Hamilton",
                            "Torvalds", "Perlman", "Berners-Lee", "Lamarr", "McCarthy", "Spärck Jones", "Wirth", "Wilson", "van Rossum", "Borg", "Stroustrup"]
    static let sources = ["Referral", "LinkedIn", "Careers page", "Agency", "Conference", nil]

    static func name(_ random: inout SplitMix64) -> String {
        "\(firstNames[random.below(firstNames.count)]) \(lastNames[random.below(lastNames.count)])"
    }

    /// A tenant of `applications` applications over 50 jobs (10 plans of 8 stages), with
    /// schedules for 30% of them (1–3 events, 300 interviewers), feedback for 40%, 1% offers
    /// with approvals, and the small resources the panes read.
    static func makeSnapshot(applications: Int, random: inout SplitMix64) -> StoreSnapshot {
        var snapshot = StoreSnapshot()
        let base = now.timeIntervalSince1970
        for index in 0..<300 {
            snapshot.users["user-\(index)"] = User(id: "user-\(index)", firstName: firstNames[index % 20], lastName: lastNames[index / 20 % 20],
                                                   email: "user\(index)@example.com", globalRole: .elevatedAccess, isEnabled: true,
                                                   updatedAt: Timestamp(secondsSince1970: base))
        }
        for plan in 0..<plans {
            snapshot.interviewPlans["plan-\(plan)"] = InterviewPlan(id: "plan-\(plan)", title: "Plan \(plan)", isArchived: false,
                                                                    createdAt: Timestamp(secondsSince1970: base), updatedAt: Timestamp(secondsSince1970: base))
            for order in 0..<8 {
                let id = stageId(plan: plan, order: order)
                snapshot.interviewStages[id] = InterviewStage(id: id, title: "Stage \(order)", type: .active, orderInInterviewPlan: order, interviewPlanId: "plan-\(plan)")
            }
        }
        for job in 0..<jobs {
            snapshot.jobs["job-\(job)"] = Job(id: "job-\(job)", title: "Engineer \(job)", confidential: false, status: .open, employmentType: .fullTime,
                                              defaultInterviewPlanId: "plan-\(job % plans)", updatedAt: Timestamp(secondsSince1970: base))
        }
        for index in 0..<applications {
            let id = random.uuid()
            let job = random.below(jobs)
            let updated = base - Double(random.below(90 * 86_400))
            let record = ApplicationRecord(
                id: id, candidateId: random.uuid(), candidateName: name(&random), candidateEmail: "candidate\(index)@example.com",
                jobId: "job-\(job)", jobTitle: "Engineer \(job)", stageId: stageId(plan: job % plans, order: random.below(8)),
                interviewPlanId: "plan-\(job % plans)", status: .active, sourceTitle: sources[random.below(sources.count)],
                createdAt: Timestamp(secondsSince1970: updated - 86_400), updatedAt: Timestamp(secondsSince1970: updated),
                stageEnteredAt: random.below(4) == 0 ? Timestamp(secondsSince1970: updated - 3600) : nil)
            snapshot.applications[id] = record

            if random.below(10) < 3 {
                let scheduleId = random.uuid()
                let events = (0...random.below(3)).map { _ -> InterviewEventRecord in
                    let start = base + Double(random.below(40 * 86_400)) - 20 * 86_400
                    return InterviewEventRecord(
                        id: random.uuid(), scheduleId: scheduleId, interviewId: "interview-\(random.below(40))",
                        startTime: Timestamp(secondsSince1970: start), endTime: Timestamp(secondsSince1970: start + 3600),
                        interviewers: (0...random.below(2)).map { _ in InterviewerSeat(userId: "user-\(random.below(300))", isFeedbackRequired: true) },
                        hasSubmittedFeedback: random.below(2) == 0, location: "Zoom", meetingLink: "https://meet.example.com/\(random.below(1_000_000))")
                }
                snapshot.interviewSchedules[scheduleId] = InterviewScheduleRecord(id: scheduleId, applicationId: id, interviewStageId: record.stageId,
                                                                                  status: .scheduled, updatedAt: record.updatedAt, events: events)
            }
            if random.below(10) < 4 {
                let feedbackId = random.uuid()
                snapshot.feedback[feedbackId] = FeedbackRecord(
                    id: feedbackId, applicationId: id, submittedByUserId: "user-\(random.below(300))", interviewId: "interview-\(random.below(40))",
                    formKey: "form-\(random.below(5))", submittedAt: record.updatedAt,
                    values: ["overall_recommendation": .number(Double(random.below(4) + 1)), "notes": .string("Solid on fundamentals; \(random.below(1000))")])
            }
            if random.below(100) == 0 {
                let offerId = random.uuid()
                let versionId = random.uuid()
                snapshot.offers[offerId] = Offer(id: offerId, applicationId: id, acceptanceStatus: .pending, offerStatus: .waitingOnOfferApproval,
                                                 latestVersion: OfferVersion(id: versionId, createdAt: record.updatedAt, approvalStatus: .waitingOnApprovals))
                let approvalId = random.uuid()
                snapshot.approvals[approvalId] = Approval(
                    id: approvalId, approvalDefinitionId: "definition-1", entityId: versionId, entityType: .offer, createdAt: record.updatedAt,
                    steps: [ApprovalStep(id: random.uuid(), approvalsRequired: 1,
                                         approvers: [Approver(id: random.uuid(), userId: "user-\(random.below(300))", decision: .pending)])])
            }
        }
        for form in 0..<5 {
            snapshot.feedbackForms["form-\(form)"] = FormDefinition(sections: [FormSection(title: "Scorecard \(form)", fields: [])])
        }
        return snapshot
    }
}

