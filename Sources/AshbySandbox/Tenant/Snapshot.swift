import AshbyAPI

extension TenantEngine {
    func snapshot(of resource: String) -> [JSONValue] {
        let store = self.store
        func all(_ count: Int, _ render: (Int) -> JSONValue) -> [JSONValue] { (0..<count).map(render) }
        switch resource {
        case "user": return all(store.users.count, store.userJSON)
        case "department": return all(store.departments.count, store.departmentJSON)
        case "location": return all(store.locations.count, store.locationJSON)
        case "job": return all(store.jobs.count) { store.jobJSON($0) }
        case "opening": return all(store.openings.count, store.openingJSON)
        case "jobPosting": return all(store.postings.count, store.postingJSON)
        case "interviewPlan": return all(store.plans.count, store.planJSON)
        case "interviewStage": return all(store.stages.count, store.stageJSON)
        case "candidate": return all(store.candidates.count, store.candidateJSON)
        case "application": return all(store.applications.count) { store.applicationJSON($0) }
        case "note": return all(store.notes.count, store.noteJSON)
        case "interview": return all(store.interviews.count, store.interviewJSON)
        case "interviewSchedule": return all(store.schedules.count, store.scheduleJSON)
        case "interviewEvent": return all(store.events.count) { store.eventJSON($0) }
        case "applicationFeedback": return all(store.feedback.count, store.feedbackJSON)
        case "feedbackFormDefinition": return all(store.feedbackForms.count, store.feedbackFormJSON)
        case "offer": return all(store.offers.count) { store.offerJSON($0) }
        case "approval": return all(store.approvals.count, store.approvalJSON)
        case "surveyFormDefinition": return all(store.surveyForms.count, store.surveyFormJSON)
        case "surveySubmission": return all(store.surveySubmissions.count, store.surveySubmissionJSON)
        case "archiveReason": return all(store.archiveReasons.count) { store.archiveReasonJSON($0) }
        case "source": return all(store.sources.count, store.sourceJSON)
        case "customField": return all(store.customFields.count, store.customFieldDefinitionJSON)
        default: return []
        }
    }
}
