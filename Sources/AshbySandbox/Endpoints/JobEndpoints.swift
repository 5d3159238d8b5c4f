import AshbyAPI

extension TenantEngine {
    static let jobRoutes: [String: Route] = [
        "/job.list": Route(permission: "jobsRead", isWrite: false) { engine, request in
            let statuses = try request.strings("status").map(Set.init)
            let createdAfter = try request.createdAfter()
            let openedAfter = try request.int("openedAfter"), openedBefore = try request.int("openedBefore")
            let closedAfter = try request.int("closedAfter"), closedBefore = try request.int("closedBefore")
            let expand = try request.expand()
            let store = engine.store
            return try engine.page(store.jobs, request, resource: "job.list", syncable: true, include: { row in
                let job = store.jobs[row]
                if let statuses { guard statuses.contains(job.status) else { return false } } else if job.status == "Draft" { return false }
                if let createdAfter, job.createdAt <= createdAfter { return false }
                if let openedAfter, (job.openedAt ?? .min) <= Millis(openedAfter) { return false }
                if let openedBefore, (job.openedAt ?? .max) >= Millis(openedBefore) { return false }
                if let closedAfter, (job.closedAt ?? .min) <= Millis(closedAfter) { return false }
                if let closedBefore, (job.closedAt ?? .max) >= Millis(closedBefore) { return false }
                return true
            }, render: { store.jobJSON($0, expand: expand) })
        },
        "/job.info": Route(permission: "jobsRead", isWrite: false) { engine, request in
            let id = try request.requiredString("id")
            guard let row = engine.store.jobs.row(of: id) else { throw EndpointError(code: "job_not_found", message: "No job with id \(id)") }
            return ["results": engine.store.jobJSON(row, expand: try request.expand())]
        },
        "/opening.list": Route(permission: "jobsRead", isWrite: false) { engine, request in
            let createdAfter = try request.createdAfter()
            let store = engine.store
            return try engine.page(store.openings, request, resource: "opening.list", syncable: true,
                                   include: { createdAfter == nil || store.openings[$0].createdAt > createdAfter! }, render: store.openingJSON)
        },
        "/jobPosting.list": Route(permission: "jobsRead", isWrite: false) { engine, request in
            let listedOnly = try request.bool("listedOnly") ?? false
            let location = try request.string("location"), department = try request.string("department")
            _ = try request.string("jobBoardId")
            let store = engine.store
            return engine.whole(store.postings.rows.indices.filter { row in
                let posting = store.postings[row]
                let job = store.jobs[posting.jobRow]
                if listedOnly, !posting.isListed { return false }
                if let location, store.locations[job.locationRow].name != location { return false }
                if let department {
                    let own = store.departments[job.departmentRow]
                    if own.name != department, own.parentRow.map({ store.departments[$0].name }) != department { return false }
                }
                return true
            }, render: store.postingJSON)
        },
        "/interviewPlan.list": Route(permission: "interviewsRead", isWrite: false) { engine, request in
            let archived = try request.bool("includeArchived") ?? false
            let store = engine.store
            return try engine.page(store.plans, request, resource: "interviewPlan.list", syncable: true,
                                   include: { archived || !store.plans[$0].isArchived }, render: store.planJSON)
        },
        "/interviewStage.list": Route(permission: "interviewsRead", isWrite: false) { engine, request in
            let id = try request.requiredString("interviewPlanId")
            guard let row = engine.store.plans.row(of: id) else {
                throw EndpointError(code: "interview_plan_not_found", message: "No interview plan with id \(id)")
            }
            return engine.whole(engine.store.plans[row].stageRows, flagged: true, render: engine.store.stageJSON)
        },
    ]
}
