extension TenantGenerator {
    static let recommendationOptions = [
        SelectableValue(label: "Strong Hire", value: "strong_hire"), SelectableValue(label: "Hire", value: "hire"),
        SelectableValue(label: "No Hire", value: "no_hire"), SelectableValue(label: "Strong No Hire", value: "strong_no_hire"),
    ]

    mutating func field(_ type: String, _ path: String, _ title: String, required: Bool, options: [SelectableValue] = []) -> FormField {
        FormField(id: uuid(), type: type, path: path, title: title, isRequired: required, selectableValues: options)
    }

    mutating func generateInterviewsAndForms() {
        let overall = { (generator: inout TenantGenerator) in
            generator.field("ValueSelect", "overall_recommendation", "Overall Recommendation", required: true, options: TenantGenerator.recommendationOptions)
        }
        let standard = FormSection(title: "Overall", fields: [overall(&self)])
        let forms: [(String, Bool, Bool, [FormSection])] = [
            ("Standard Scorecard", false, true, [
                standard,
                FormSection(title: "Ratings", fields: [field("Score", "communication", "Communication", required: true),
                                                       field("Score", "collaboration", "Collaboration", required: false)]),
                FormSection(title: "Notes", fields: [field("LongText", "notes", "Notes", required: true),
                                                     field("Boolean", "would_work_with", "Would you want to work with them?", required: false)]),
            ]),
            ("Engineering Scorecard", false, false, [
                FormSection(title: "Overall", fields: [overall(&self)]),
                FormSection(title: "Technical Assessment", fields: [field("Score", "technical_skills", "Technical Skills", required: true),
                                                                    field("Score", "problem_solving", "Problem Solving", required: true),
                                                                    field("Score", "code_quality", "Code Quality", required: false)]),
                FormSection(title: "Feedback", fields: [field("LongText", "detailed_feedback", "Detailed Feedback", required: true)]),
            ]),
            ("Recruiter Screen Scorecard", false, false, [
                FormSection(title: "Overall", fields: [overall(&self)]),
                FormSection(title: "Screen", fields: [field("Score", "motivation", "Motivation", required: true),
                                                      field("String", "salary_expectations", "Salary Expectations", required: false),
                                                      field("Date", "available_from", "Available From", required: false),
                                                      field("LongText", "notes", "Notes", required: true)]),
            ]),
            ("Legacy Scorecard", true, false, [FormSection(title: "Overall", fields: [overall(&self), field("LongText", "notes", "Notes", required: false)])]),
        ]
        for (title, archived, isDefault, sections) in forms {
            store.feedbackForms.insert(FeedbackFormRecord(id: uuid(), title: title, isArchived: archived, isDefaultForm: isDefault,
                                                          interviewRow: nil, sections: sections), sequence: 0, logged: false)
        }
        let interviews: [(String, Int, Bool, Bool)] = [
            ("Recruiter Screen", 2, false, false), ("Technical Interview", 1, false, false), ("System Design", 1, false, false),
            ("Behavioral Interview", 0, false, false), ("Hiring Manager Chat", 0, false, false), ("Reference Check Call", 0, false, false),
            ("Onsite Debrief", 0, true, false), ("Take-home Review", 3, false, true),
        ]
        for (title, form, debrief, archived) in interviews {
            store.interviews.insert(InterviewRecord(id: uuid(), title: title, isArchived: archived, isDebrief: debrief, jobRow: nil, formRow: form,
                                                    instructions: "Please review the candidate's resume before the \(title.lowercased())."),
                                    sequence: 0, logged: false)
        }
        // Forms tied to one interview say so.
        store.feedbackForms[2].interviewRow = 0
    }

    /// The plan's stages: every stage type, several Active ones, in plan order.
    static let stageBlueprint: [(String, StageType, [Int])] = [
        ("Lead", .lead, []), ("Application Review", .preInterviewScreen, []), ("Recruiter Screen", .active, [0]),
        ("Technical Interview", .active, [1]), ("Onsite", .active, [2, 3, 4]), ("Reference Check", .active, [5]),
        ("Offer", .offer, []), ("Hired", .hired, []), ("Archived", .archived, []),
    ]

    mutating func generateJobs() {
        let groupIDs = StageType.allCases.map { _ in uuid() }
        let recruiters = users(.recruiter), coordinators = users(.coordinator), managers = users(.hiringManager)
        let interviewers = users(.interviewer), approvers = users(.approver)
        let activeDepartments = store.departments.rows.indices.filter { !store.departments[$0].isArchived }
        let activeLocations = store.locations.rows.indices.filter { !store.locations[$0].isArchived }
        for jobIndex in 0..<jobCount {
            let baseTitle = Vocabulary.jobTitles[jobIndex % Vocabulary.jobTitles.count]
            let title = jobIndex < Vocabulary.jobTitles.count ? baseTitle : "\(baseTitle) \(jobIndex / Vocabulary.jobTitles.count + 1)"
            let shownTitle = jobIndex == 0 ? title : hostile.apply(title)
            // Mostly Open; the last jobs cover Draft, Closed and Archived.
            let status: String
            switch jobCount - jobIndex {
            case 1 where jobCount >= 4: status = "Draft"
            case 2 where jobCount >= 4: status = "Closed"
            case 3 where jobCount >= 5: status = "Archived"
            default: status = "Open"
            }
            let created = past(days: 120...500)
            let planRow = store.plans.count
            var stageRows: [Int] = []
            for (order, blueprint) in TenantGenerator.stageBlueprint.enumerated() {
                let stage = InterviewStageRecord(id: uuid(), title: blueprint.0, type: blueprint.1, order: order, planRow: planRow,
                                                 groupID: groupIDs[StageType.allCases.firstIndex(of: blueprint.1)!], interviewRows: blueprint.2)
                stageRows.append(store.stages.insert(stage, sequence: 0, logged: false))
            }
            store.plans.insert(InterviewPlanRecord(id: uuid(), title: "\(title) Interview Plan", isArchived: false, createdAt: created,
                                                   updatedAt: created + TenantTime.day, stageRows: stageRows), sequence: 0, logged: false)
            let recruiter = recruiters[jobIndex % recruiters.count]
            let manager = managers[jobIndex % managers.count]
            var panel = [interviewers[(jobIndex * 2) % interviewers.count], interviewers[(jobIndex * 2 + 1) % interviewers.count],
                         interviewers[(jobIndex * 2 + 3) % interviewers.count]]
            panel = Array(Set(panel)).sorted()
            let team = [HiringTeamMember(userRow: recruiter, role: "Recruiter"),
                        HiringTeamMember(userRow: coordinators[jobIndex % coordinators.count], role: "Coordinator"),
                        HiringTeamMember(userRow: manager, role: "Hiring Manager")]
                + panel.map { HiringTeamMember(userRow: $0, role: "Interviewer") }
            let stepOne = Array(Set([manager, approvers[jobIndex % approvers.count], approvers[(jobIndex + 1) % approvers.count]])).sorted()
            let stepTwo = [approvers[(jobIndex + 2) % approvers.count]]
            let jobRow = store.jobs.count
            let openedAt: Millis? = status == "Draft" ? nil : created + TenantTime.day * 3
            let closedAt: Millis? = (status == "Closed" || status == "Archived") ? now - TenantTime.day * Millis(random.int(in: 5...60)) : nil
            var openingRows: [Int] = []
            for openingIndex in 0..<(jobIndex % 3 == 0 ? 2 : 1) {
                let state: String
                switch (status, openingIndex) {
                case ("Open", 0): state = "Open"
                case ("Open", _): state = jobIndex % 2 == 0 ? "Filled" : "Approved"
                case ("Draft", _): state = "Draft"
                default: state = "Closed"
                }
                let opening = OpeningRecord(
                    id: uuid(), openingState: state, isArchived: status == "Archived", openedAt: openedAt, closedAt: closedAt,
                    archivedAt: status == "Archived" ? closedAt : nil, versionID: uuid(), identifier: "REQ-\(1000 + jobIndex * 10 + openingIndex)",
                    description: "Headcount \(openingIndex + 1) for \(title)", authorRow: manager, createdAt: created, jobRows: [jobRow],
                    locationRows: [activeLocations[jobIndex % activeLocations.count]], isBackfill: openingIndex == 1,
                    employmentType: jobIndex % 9 == 8 ? "Contract" : "FullTime",
                    targetHireDate: TenantTime.day(now + TenantTime.day * Millis(30 + jobIndex * 7)))
                openingRows.append(store.openings.insert(opening, sequence: 0, logged: false))
            }
            var postingRows: [Int] = []
            if status != "Draft" {
                let posting = JobPostingRecord(id: uuid(), title: shownTitle, jobRow: jobRow, isListed: status == "Open" && jobIndex % 5 != 4,
                                               publishedAt: created + TenantTime.day * 4, updatedAt: created + TenantTime.day * 10,
                                               compensationSummary: jobIndex % 2 == 0 ? "$150K – $190K • Offers Equity" : nil)
                postingRows.append(store.postings.insert(posting, sequence: 0, logged: false))
            }
            let job = JobRecord(
                id: uuid(), title: shownTitle, confidential: jobIndex == 1 && jobCount > 2, status: status,
                employmentType: jobIndex % 9 == 8 ? "Contract" : "FullTime", locationRow: activeLocations[jobIndex % activeLocations.count],
                departmentRow: activeDepartments[jobIndex % activeDepartments.count], planRow: planRow, hiringTeam: team,
                postingRows: postingRows, openingRows: openingRows, authorRow: recruiter, createdAt: created, updatedAt: created + TenantTime.day * 5,
                openedAt: openedAt, closedAt: closedAt, requisitionID: "REQ-\(1000 + jobIndex * 10)",
                customFields: [CustomFieldValue(definitionRow: 5, value: .string("CC-\(4200 + jobIndex)"))],
                interviewerRows: panel, approverRowsByStep: [stepOne, stepTwo])
            store.jobs.insert(job, sequence: 0, logged: false)
            store.applicationsByJob.append([])
        }
        // One job-specific interview (hidden from interview.list unless includeNonSharedInterviews).
        store.interviews.insert(InterviewRecord(id: uuid(), title: "\(store.jobs[0].title) Deep Dive", isArchived: false, isDebrief: false,
                                                jobRow: 0, formRow: 1, instructions: "Job-specific deep dive."), sequence: 0, logged: false)
        // An archived plan that no job uses.
        let created = past(days: 600...700)
        store.plans.insert(InterviewPlanRecord(id: uuid(), title: "Legacy Interview Plan", isArchived: true, createdAt: created,
                                               updatedAt: created, stageRows: []), sequence: 0, logged: false)
        landmarks.jobID = store.jobs[0].id
        landmarks.interviewPlanID = store.plans[store.jobs[0].planRow].id
        let stages = store.plans[store.jobs[0].planRow].stageRows
        landmarks.leadStageID = store.stages[stages[0]].id
        landmarks.activeStageID = store.stages[stages[3]].id
        landmarks.offerStageID = store.stages[stages[6]].id
        landmarks.hiredStageID = store.stages[stages[7]].id
        landmarks.archivedStageID = store.stages[stages[8]].id
        if let confidential = store.jobs.rows.firstIndex(where: { $0.confidential }) { landmarks.confidentialJobID = store.jobs[confidential].id }
    }
}
