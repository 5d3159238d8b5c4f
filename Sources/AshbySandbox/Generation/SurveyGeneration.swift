import AshbyAPI

extension TenantGenerator {
    mutating func generateSurveys() {
        let ratings = (1...5).map { SelectableValue(label: "\($0)", value: "\($0)") }
        let forms: [(String, String, Bool, [FormSection])] = [
            ("Candidate Experience Survey", "CandidateExperience", false, [FormSection(title: "Your experience", fields: [
                field("ValueSelect", "overall_experience", "How was your interview experience?", required: true, options: ratings),
                field("LongText", "comments", "Anything we could do better?", required: false),
            ])]),
            ("Application Questionnaire", "Questionnaire", false, [FormSection(title: "Questions", fields: [
                field("Boolean", "requires_sponsorship", "Will you require visa sponsorship?", required: true),
                field("String", "notice_period", "What is your notice period?", required: false),
            ])]),
            ("Old Experience Survey", "CandidateExperience", true, [FormSection(title: "Survey", fields: [
                field("LongText", "comments", "Comments", required: false),
            ])]),
        ]
        for (title, type, archived, sections) in forms {
            store.surveyForms.insert(SurveyFormRecord(id: uuid(), title: title, surveyType: type, isArchived: archived, isDefaultForm: !archived,
                                                      sections: sections), sequence: 0, logged: false)
        }
        for applicationRow in 0..<store.applications.count {
            let application = store.applications[applicationRow]
            if random.chance(0.2) {
                store.surveySubmissions.insert(SurveySubmissionRecord(
                    id: uuid(), formRow: 1, candidateRow: application.candidateRow, applicationRow: applicationRow, surveyType: "Questionnaire",
                    submittedAt: application.createdAt + TenantTime.minute * 5,
                    values: ["requires_sponsorship": .bool(random.chance(0.2)), "notice_period": .string(random.pick(["2 weeks", "1 month", "3 months"]))]),
                    sequence: 0, logged: false)
            }
            if application.history.count > 2, random.chance(0.15) {
                var values: [String: JSONValue] = ["overall_experience": .string(String(random.int(in: 2...5)))]
                if random.chance(0.5) { values["comments"] = .string(hostile.apply(random.pick(Vocabulary.noteSentences))) }
                store.surveySubmissions.insert(SurveySubmissionRecord(
                    id: uuid(), formRow: 0, candidateRow: application.candidateRow, applicationRow: applicationRow, surveyType: "CandidateExperience",
                    submittedAt: min(application.updatedAt + TenantTime.day, now - TenantTime.hour), values: values), sequence: 0, logged: false)
            }
        }
    }

    mutating func fillLandmarks() {
        let active = store.archiveReasons.rows.firstIndex { !$0.isArchived }
        let archived = store.archiveReasons.rows.firstIndex { $0.isArchived }
        if let active { landmarks.archiveReasonID = store.archiveReasons[active].id }
        if let archived { landmarks.archivedArchiveReasonID = store.archiveReasons[archived].id }
        if landmarks.interviewEventID.isEmpty == false, let eventRow = store.events.row(of: landmarks.interviewEventID) {
            let panel = Set(store.events[eventRow].interviewers.map(\.userRow))
            if let other = store.users.rows.indices.first(where: { !panel.contains($0) && $0 != 0 && store.users[$0].isEnabled }) {
                landmarks.nonInterviewerUserID = store.users[other].id
            }
        }
        guard let first = offerPlan.first, first.scenario == .partiallyApproved, let offerRow = store.offersByApplication[first.applicationRow].first else { return }
        let offer = store.offers[offerRow]
        landmarks.offerID = offer.id
        landmarks.offerVersionID = offer.latest.id
        landmarks.staleOfferVersionID = offer.versions[0].id
        guard let approvalRow = offer.latest.approvalRow else { return }
        let approval = store.approvals[approvalRow]
        landmarks.currentApprovalStepID = approval.steps[0].id
        landmarks.laterApprovalStepID = approval.steps.count > 1 ? approval.steps[1].id : ""
        landmarks.pendingApproverUserIDs = approval.steps[0].approvers.filter { $0.decision == "pending" }.map { store.users[$0.userRow].id }
        landmarks.laterStepApproverUserID = approval.steps.count > 1 ? store.users[approval.steps[1].approvers[0].userRow].id : ""
        let involved = Set(approval.steps.flatMap { $0.approvers.map(\.userRow) })
        if let outsider = store.users.rows.indices.first(where: { !involved.contains($0) && store.users[$0].function == .interviewer }) {
            landmarks.nonApproverUserID = store.users[outsider].id
        }
    }
}
