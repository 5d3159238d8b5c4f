import AshbyAPI
import Workspace
import AshbySandbox
@preconcurrency import Foundation

/// Pipeline view model figures: building the visible screen of a job with 20,000 applications
/// vs. one with 200, at a 160x48 viewport, from a store of generated records (fixed seed).
func runViewModelBenchmarks(quick: Bool) {
    ViewModelBenchmarks.run(quick: quick)
}

enum ViewModelBenchmarks {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    static func run(quick: Bool) {
        let builds = quick ? 200 : 1_000
        let store = makeStore(bigJob: 20_000, smallJob: 200, otherApplications: quick ? 2_000 : 20_000)
        let (big, bigCards) = medianBuild(store: store, jobId: "job-big", builds: builds)
        let (small, smallCards) = medianBuild(store: store, jobId: "job-small", builds: builds)
        report("pipeline_vm_build_20k_ms", big * 1000, "ms")
        report("pipeline_vm_build_200_ms", small * 1000, "ms")
        report("pipeline_vm_ratio_20k_vs_200", big / small, "x")
        // Both screens show the same number of cards (checked here), so the ratio isolates job size.
        report("pipeline_vm_visible_cards_20k", bigCards, "cards")
        report("pipeline_vm_visible_cards_200", smallCards, "cards")

        // A filter keystroke rebuilds the matching set once (not per frame): the first letter scans
        // the job, each further letter only re-tests the previous matches.
        var model = PipelineModel()
        model.setViewport(Viewport(width: 160, height: 48), store: store)
        model.showJob("job-big", store: store)
        var firstKeys: [Double] = []
        var nextKeys: [Double] = []
        for word in quick ? ["ann", "li"] : ["ann", "lin", "eva", "ref", "chen", "zz"] {
            model.setFilter("", store: store)
            for length in 1...word.count {
                let time = elapsed { model.setFilter(String(word.prefix(length)), store: store) }
                if length == 1 { firstKeys.append(time) } else { nextKeys.append(time) }
            }
        }
        report("pipeline_vm_filter_first_key_20k_ms", median(firstKeys) * 1000, "ms")
        report("pipeline_vm_filter_next_key_20k_ms", median(nextKeys) * 1000, "ms")
        sortSwitchFigures(store: store)
    }

    /// A column keeps only the sort orders read from it, so the first switch to another sort
    /// sorts the job's shown columns once; switching back to a kept order costs a screen build.
    static func sortSwitchFigures(store: EntityStore) {
        var model = PipelineModel()
        model.setViewport(Viewport(width: 160, height: 48), store: store)
        model.showJob("job-big", store: store)
        _ = model.screen(store: store, now: now)
        var firstSwitches: [Double] = []
        var keptSwitches: [Double] = []
        // The job was shown in days order; names and activity are read for the first time here.
        for (sort, first) in [(PipelineSort.candidateName, true), (.lastActivity, true), (.daysInStage, false), (.candidateName, false), (.lastActivity, false)] {
            let time = elapsed {
                model.setSort(sort, store: store)
                _ = model.screen(store: store, now: now)
            }
            if first { firstSwitches.append(time) } else { keptSwitches.append(time) }
        }
        report("pipeline_vm_sort_first_switch_20k_ms", median(firstSwitches) * 1000, "ms")
        report("pipeline_vm_sort_kept_switch_20k_ms", median(keptSwitches) * 1000, "ms")
    }

    /// Median time of `screen` after each of `builds` cursor moves (so no two builds see the same state).
    static func medianBuild(store: EntityStore, jobId: String, builds: Int) -> (seconds: Double, cards: Double) {
        var model = PipelineModel()
        model.setViewport(Viewport(width: 160, height: 48), store: store)
        model.showJob(jobId, store: store)
        var times: [Double] = []
        times.reserveCapacity(builds)
        var checksum = 0
        var cards: [Double] = []
        for index in 0..<builds {
            // Walk down the first columns and across, so windows deep in big columns are built too.
            _ = model.handle(index % 50 == 49 ? .right : .pageDown, store: store, now: now)
            if index % 400 == 399 { _ = model.handle(.top, store: store, now: now) }
            var built = 0
            times.append(elapsed { built = model.screen(store: store, now: now).columns.reduce(0) { $0 + $1.cards.count } })
            cards.append(Double(built))
            checksum &+= built
        }
        precondition(checksum > 0, "the benchmark built no cards")
        return (median(times), median(cards))
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

    /// A store with one plan of 8 stages, a job of `bigJob` applications, one of `smallJob`, and
    /// `otherApplications` spread over 20 more jobs; names and times from a fixed-seed generator.
    static func makeStore(bigJob: Int, smallJob: Int, otherApplications: Int) -> EntityStore {
        var random = SplitMix64(seed: 42)
        var snapshot = StoreSnapshot()
        let planId = "plan-1"
        let stageTypes: [InterviewStageType] = [.lead, .preInterviewScreen, .active, .active, .active, .offer, .hired, .archived]
        let stageTitles = ["Lead", "Application Review", "Phone Screen", "Technical", "Onsite", "Offer", "Hired", "Archived"]
        for (order, title) in stageTitles.enumerated() {
            snapshot.interviewStages["stage-\(order)"] = InterviewStage(
                id: "stage-\(order)", title: title, type: stageTypes[order], orderInInterviewPlan: order, interviewPlanId: planId)
        }
        let stamp = Timestamp(now)
        func addJob(_ id: String, _ title: String) {
            snapshot.jobs[id] = Job(id: id, title: title, confidential: false, status: .open, employmentType: .fullTime,
                                    defaultInterviewPlanId: planId, interviewPlanIds: [planId], updatedAt: stamp)
        }
        addJob("job-big", "Software Engineer")
        addJob("job-small", "Staff Designer")
        for index in 0..<20 { addJob("job-\(index)", "Job \(index)") }

        let first = ["Ada", "Bo", "Cyd", "Dan", "Eve", "Fay", "Gus", "Hal", "Ines", "Jun", "Kai", "Lea", "Mo", "Nia", "Oli", "Pia"]
        let last = ["Lovelace", "Chen", "Okafor", "Novak", "Silva", "Haddad", "Kowalski", "Nakamura", "Ivanova", "Murphy"]
        let sources = ["LinkedIn", "Referral", "Indeed", "Careers page", "Agency"]
        // Skewed like real pipelines: most applications sit in review and archived.
        let stageWeights = [5, 30, 12, 8, 5, 2, 3, 35]
        func stage() -> String {
            var pick = Int(random.next() % 100)
            for (index, weight) in stageWeights.enumerated() {
                if pick < weight { return "stage-\(index)" }
                pick -= weight
            }
            return "stage-7"
        }
        func addApplications(_ count: Int, jobId: String, prefix: String, evenly: Bool = false) {
            for index in 0..<count {
                let name = "\(first[Int(random.next() % UInt64(first.count))]) \(last[Int(random.next() % UInt64(last.count))])"
                let entered = now.timeIntervalSince1970 - Double(random.next() % (120 * 86_400))
                let updated = entered + Double(random.next() % 86_400)
                let id = "\(prefix)-\(index)"
                snapshot.applications[id] = ApplicationRecord(
                    id: id, candidateId: "cand-\(id)", candidateName: name, candidateEmail: "\(id)@example.com", jobId: jobId,
                    jobTitle: snapshot.jobs[jobId]!.title, stageId: evenly ? "stage-\(index % 8)" : stage(),
                    interviewPlanId: planId, status: .active,
                    sourceTitle: sources[Int(random.next() % UInt64(sources.count))],
                    createdAt: Timestamp(secondsSince1970: entered - 86_400), updatedAt: Timestamp(secondsSince1970: updated),
                    stageEnteredAt: Timestamp(secondsSince1970: entered))
            }
        }
        addApplications(bigJob, jobId: "job-big", prefix: "big")
        // Spread evenly so that its screen shows as many cards as the big job's: the ratio then
        // compares equal visible work, and any difference comes from the job's size.
        addApplications(smallJob, jobId: "job-small", prefix: "small", evenly: true)
        for index in 0..<20 { addApplications(otherApplications / 20, jobId: "job-\(index)", prefix: "other\(index)") }
        return EntityStore(snapshot: snapshot, now: now)
    }
}

