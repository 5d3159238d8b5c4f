import AshbyAPI

extension TenantEngine {
    static let interviewRoutes: [String: Route] = [
        "/interview.list": Route(permission: "interviewsRead", isWrite: false) { engine, request in
            let archived = try request.bool("includeArchived") ?? false
            let nonShared = try request.bool("includeNonSharedInterviews") ?? false
            _ = try request.bool("excludeArchivedScheduleTemplateInterviews")
            let store = engine.store
            return try engine.page(store.interviews, request, resource: "interview.list", syncable: true, include: { row in
                (archived || !store.interviews[row].isArchived) && (nonShared || store.interviews[row].jobRow == nil)
            }, render: store.interviewJSON)
        },
        "/interviewEvent.list": Route(permission: "interviewsRead", isWrite: false) { engine, request in
            let id = try request.requiredString("interviewScheduleId")
            let createdAfter = try request.createdAfter()
            let expandInterview = try request.expand().contains("interview")
            let store = engine.store
            guard let scheduleRow = store.schedules.row(of: id) else {
                throw EndpointError(code: "interview_schedule_not_found", message: "No interview schedule with id \(id)")
            }
            return try engine.page(store.events, request, resource: "interviewEvent.list", syncable: true, scope: store.schedules[scheduleRow].eventRows,
                                   include: { createdAfter == nil || store.events[$0].createdAt > createdAfter! },
                                   render: { store.eventJSON($0, expandInterview: expandInterview) })
        },
        "/interviewSchedule.list": Route(permission: "interviewsRead", isWrite: false) { engine, request in
            let createdAfter = try request.createdAfter()
            let store = engine.store
            var scope: [Int]? = nil
            var stageRow: Int? = nil
            if let stageID = try request.string("interviewStageId") {
                stageRow = store.stages.row(of: stageID) ?? -1
                scope = stageRow.flatMap { $0 >= 0 && $0 < store.schedulesByStage.count ? store.schedulesByStage[$0] : nil } ?? []
            }
            if let applicationID = try request.string("applicationId") {
                scope = store.applications.row(of: applicationID).map { store.schedulesByApplication[$0] } ?? []
            }
            return try engine.page(store.schedules, request, resource: "interviewSchedule.list", syncable: true, scope: scope, include: { row in
                let schedule = store.schedules[row]
                if let stageRow, schedule.stageRow != stageRow { return false }
                if let createdAfter, schedule.createdAt <= createdAfter { return false }
                return true
            }, includeChanged: { row in stageRow.map { store.schedules[row].stageRow == $0 } ?? true }, render: store.scheduleJSON)
        },
    ]

    static let feedbackRoutes: [String: Route] = [
        "/feedbackFormDefinition.list": Route(permission: "hiringProcessMetadataRead", isWrite: false) { engine, request in
            let archived = try request.bool("includeArchived") ?? false
            let store = engine.store
            return try engine.page(store.feedbackForms, request, resource: "feedbackFormDefinition.list", syncable: true,
                                   include: { archived || !store.feedbackForms[$0].isArchived }, render: store.feedbackFormJSON)
        },
        "/applicationFeedback.list": Route(permission: "candidatesRead", isWrite: false) { engine, request in
            let createdAfter = try request.createdAfter()
            let store = engine.store
            var scope: [Int]? = nil
            if let applicationID = try request.string("applicationId") {
                scope = store.applications.row(of: applicationID).map { store.feedbackByApplication[$0] } ?? []
            }
            return try engine.page(store.feedback, request, resource: "applicationFeedback.list", syncable: true, scope: scope,
                                   include: { createdAfter == nil || store.feedback[$0].submittedAt > createdAfter! }, render: store.feedbackJSON)
        },
        "/applicationFeedback.submit": Route(permission: "candidatesWrite", isWrite: true) { engine, request in
            try engine.submitFeedback(request)
        },
    ]
}
