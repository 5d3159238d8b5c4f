import AshbyAPI

extension TenantGenerator {
    /// Stage (index in the plan blueprint) an application currently sits in: most early, a long archived tail.
    static let currentStageWeights: [Double] = [8, 20, 12, 8, 5, 2, 1.2, 2, 42]
    /// For archived applications, the last stage reached before archiving.
    static let archivedFromWeights: [Double] = [0, 45, 25, 15, 10, 3, 2]

    mutating func generateCandidatesAndApplications() {
        let openJobs = store.jobs.rows.indices.filter { store.jobs[$0].status == "Open" }
        let closedJobs = store.jobs.rows.indices.filter { store.jobs[$0].status == "Closed" || store.jobs[$0].status == "Archived" }
        let activeSources = store.sources.rows.indices.filter { !store.sources[$0].isArchived }
        let activeTags = store.tags.rows.indices.filter { !store.tags[$0].isArchived }
        let activeReasons = store.archiveReasons.rows.indices.filter { !store.archiveReasons[$0].isArchived }
        let recruiters = users(.recruiter)
        let domains = ["example.com", "example.net", "example.org", "mail.example"]
        store.candidates.reserve(candidateCount)
        store.applications.reserve(candidateCount + candidateCount / 10)
        store.notesByCandidate.reserveCapacity(candidateCount)
        let scenarios = OfferScenario.allCases

        for candidateIndex in 0..<candidateCount {
            let first = random.pick(Vocabulary.firstNames), last = random.pick(Vocabulary.lastNames)
            let name = candidateIndex == 0 ? "\(first) \(last)" : hostile.apply("\(first) \(last)")
            let emailLocal = "\(TenantGenerator.slug(first)).\(TenantGenerator.slug(last)).\(candidateIndex)"
            var emails = [ContactInfo(value: "\(emailLocal)@\(domains[candidateIndex % domains.count])", type: "Personal", isPrimary: true)]
            if random.chance(0.2) { emails.append(ContactInfo(value: "\(emailLocal)@work.example", type: "Work", isPrimary: false)) }
            var phones: [ContactInfo] = []
            if random.chance(0.7) {
                phones.append(ContactInfo(value: "+1 \(random.int(in: 201...989)) 555 \(String(1000 + random.below(9000)))", type: "Personal", isPrimary: true))
            }
            var links: [SocialLink] = []
            if random.chance(0.7) { links.append(SocialLink(type: "LinkedIn", url: "https://www.linkedin.com/in/\(emailLocal.replacingOccurrences(of: ".", with: "-"))")) }
            if random.chance(0.25) { links.append(SocialLink(type: "GitHub", url: "https://github.com/\(TenantGenerator.slug(first))\(candidateIndex)")) }
            if random.chance(0.05) { links.append(SocialLink(type: "Website", url: "https://\(TenantGenerator.slug(last)).example.dev")) }
            var tagRows: [Int] = []
            if random.chance(0.3) { tagRows.append(random.pick(activeTags)) }
            if random.chance(0.08) { tagRows.append(random.pick(activeTags)); tagRows = Array(Set(tagRows)).sorted() }
            let city = random.below(Vocabulary.cities.count)
            var custom: [CustomFieldValue] = []
            if random.chance(0.4) { custom.append(CustomFieldValue(definitionRow: 0, value: .number(Double(80_000 + random.below(120) * 1000)))) }
            if random.chance(0.5) { custom.append(CustomFieldValue(definitionRow: 1, value: .string(["citizen", "sponsorship", "resident"][random.below(3)]))) }
            if random.chance(0.3) { custom.append(CustomFieldValue(definitionRow: 2, value: .bool(random.chance(0.5)))) }
            if random.chance(0.2) { custom.append(CustomFieldValue(definitionRow: 3, value: .array(random.chance(0.5) ? ["en"] : ["en", "de"]))) }
            let sourceRow = random.pick(activeSources)
            let created = past(days: 2...220)
            var candidate = CandidateRecord(
                id: uuid(), name: name, emails: emails, phones: phones, socialLinks: links, tagRows: tagRows,
                position: random.chance(0.8) ? hostile.apply(random.pick(Vocabulary.positions)) : nil,
                company: random.chance(0.75) ? random.pick(Vocabulary.companies) : nil,
                school: random.chance(0.6) ? random.pick(Vocabulary.schools) : nil,
                applicationRows: [], sourceRow: sourceRow, creditedToUserRow: random.chance(0.5) ? random.pick(recruiters) : nil,
                timezone: Vocabulary.timezones[city], locationRow: city, customFields: custom,
                fraudStatus: random.chance(0.1) ? random.pick(["NotFraudulent", "Unreviewed", "Unsure"]) : nil,
                createdAt: created, updatedAt: created)
            let candidateRow = store.candidates.count

            // The first candidates play the offer scenarios on the first open job, so every offer state exists.
            var applicationPlans: [(job: Int, stage: Int, scenario: OfferScenario?)] = []
            if candidateIndex < scenarios.count, !openJobs.isEmpty {
                let scenario = scenarios[candidateIndex]
                applicationPlans.append((openJobs[candidateIndex % min(openJobs.count, 3)], scenario.stageIndex, scenario))
            } else if candidateIndex == scenarios.count, !openJobs.isEmpty {
                applicationPlans.append((openJobs[0], 3, nil)) // the landmark application: Technical Interview of job 0
            } else if !openJobs.isEmpty || !closedJobs.isEmpty {
                let useClosed = !closedJobs.isEmpty && (openJobs.isEmpty || random.chance(0.12))
                let job = useClosed ? random.pick(closedJobs) : random.pick(openJobs)
                var stage = random.weighted(TenantGenerator.currentStageWeights)
                if useClosed { stage = random.chance(0.85) ? 8 : 7 }
                applicationPlans.append((job, stage, nil))
                if openJobs.count > 1, random.chance(0.08) {
                    var second = random.pick(openJobs)
                    if second == job { second = openJobs[(openJobs.firstIndex(of: job)! + 1) % openJobs.count] }
                    if second != job { applicationPlans.append((second, random.chance(0.6) ? 8 : random.weighted(TenantGenerator.currentStageWeights), nil)) }
                }
            }
            for plan in applicationPlans {
                let row = makeApplication(candidateRow: candidateRow, jobRow: plan.job, stageIndex: plan.stage, sourceRow: sourceRow,
                                          reasons: activeReasons, scenario: plan.scenario)
                candidate.applicationRows.append(row)
                candidate.createdAt = min(candidate.createdAt, store.applications[row].createdAt)
                candidate.updatedAt = max(candidate.updatedAt, store.applications[row].updatedAt)
                if let scenario = plan.scenario { offerPlan.append((row, scenario)) }
                else if plan.stage == 6 || plan.stage == 7 { offerPlan.append((row, plan.stage == 7 ? .accepted : .waitingOnResponse)) }
            }
            store.candidates.insert(candidate, sequence: 0, logged: false)
            store.notesByCandidate.append([])
            for email in emails { store.candidatesByEmail[email.value.lowercased(), default: []].append(candidateRow) }
        }
    }

    /// One application with a history consistent with its current stage (built backwards from now).
    mutating func makeApplication(candidateRow: Int, jobRow: Int, stageIndex: Int, sourceRow: Int, reasons: [Int], scenario: OfferScenario?) -> Int {
        let job = store.jobs[jobRow]
        let stageRows = store.plans[job.planRow].stageRows
        var path: [Int]
        if stageIndex == 8 {
            let reached = max(1, random.weighted(TenantGenerator.archivedFromWeights))
            path = Array((random.chance(0.15) ? 0 : 1)...reached) + [8]
        } else if stageIndex == 0 {
            path = [0]
        } else {
            path = Array((random.chance(0.15) ? 0 : 1)...stageIndex)
        }
        if path.count > 4, random.chance(0.3), let skip = path.firstIndex(of: 5) { path.remove(at: skip) } // some skip references
        let recruiterRow = job.hiringTeam[0].userRow
        var entered: [Millis] = []
        var time = now - Millis(random.int(in: 1...(stageIndex >= 7 ? 40 : 20))) * TenantTime.day - Millis(random.below(1440)) * TenantTime.minute
        for _ in path {
            entered.append(time)
            time -= Millis(random.int(in: 1...12)) * TenantTime.day + Millis(random.below(600)) * TenantTime.minute
        }
        entered.reverse()
        var history: [ApplicationHistoryEntry] = []
        for (position, stage) in path.enumerated() {
            history.append(ApplicationHistoryEntry(id: uuid(), stageRow: stageRows[stage], enteredAt: entered[position],
                                                   leftAt: position + 1 < path.count ? entered[position + 1] : nil,
                                                   actorRow: position == 0 ? nil : recruiterRow))
        }
        let stageType = TenantGenerator.stageBlueprint[stageIndex].1
        var reasonRow: Int? = nil
        if stageType == .archived {
            if scenario == .rejected { reasonRow = store.archiveReasons.rows.firstIndex { $0.text == "Declined our offer" } }
            else { reasonRow = reasons[random.weighted(reasons.map { store.archiveReasons[$0].reasonType == "RejectedByOrg" ? 3.0 : 1.0 })] }
        }
        let application = ApplicationRecord(
            id: uuid(), candidateRow: candidateRow, jobRow: jobRow, stageRow: stageRows[stageIndex], status: stageType.applicationStatus,
            sourceRow: sourceRow, archiveReasonRow: reasonRow, archivedAt: stageType == .archived ? entered.last : nil,
            creditedToUserRow: random.chance(0.4) ? recruiterRow : nil, postingRow: job.postingRows.first,
            createdAt: entered[0], updatedAt: entered.last!, history: history,
            customFields: random.chance(0.1) ? [CustomFieldValue(definitionRow: 4, value: .bool(true))] : [])
        let row = store.applications.insert(application, sequence: 0, logged: false)
        store.applicationsByJob[jobRow].append(row)
        store.schedulesByApplication.append([])
        store.feedbackByApplication.append([])
        store.offersByApplication.append([])
        return row
    }

    mutating func generateNotes() {
        let authors = users(.recruiter) + users(.coordinator) + users(.hiringManager)
        for candidateRow in 0..<store.candidates.count where candidateRow < 3 || random.chance(0.3) {
            let count = random.int(in: 1...3)
            var time = store.candidates[candidateRow].createdAt
            for _ in 0..<count {
                time += Millis(random.int(in: 1...72)) * TenantTime.hour
                let text = random.pick(Vocabulary.noteSentences) + (random.chance(0.3) ? " " + random.pick(Vocabulary.noteSentences) : "")
                let note = NoteRecord(id: uuid(), candidateRow: candidateRow, createdAt: min(time, now - TenantTime.hour),
                                      isPrivate: random.chance(0.1), content: hostile.apply(text), authorRow: random.pick(authors))
                store.notesByCandidate[candidateRow].append(store.notes.insert(note, sequence: 0, logged: false))
            }
        }
    }
}
