import AshbyAPI

extension TenantEngine {
    static let applicationStatuses: Set<String> = ["Hired", "Archived", "Active", "Lead"]

    static let applicationRoutes: [String: Route] = [
        "/application.list": Route(permission: "candidatesRead", isWrite: false) { engine, request in
            let status = try request.string("status")
            if let status, !applicationStatuses.contains(status) { throw EndpointError.invalidInput("status must be one of Hired, Archived, Active, Lead") }
            let createdAfter = try request.createdAfter()
            let expand = try request.expand()
            let store = engine.store
            var scope: [Int]? = nil
            if let jobID = try request.string("jobId") { scope = store.jobs.row(of: jobID).map { store.applicationsByJob[$0] } ?? [] }
            return try engine.page(store.applications, request, resource: "application.list", syncable: true, scope: scope, include: { row in
                let application = store.applications[row]
                if let status, application.status != status { return false }
                if let createdAfter, application.createdAt <= createdAfter { return false }
                return true
            }, render: { store.applicationJSON($0, expand: expand) })
        },
        "/application.info": Route(permission: "candidatesRead", isWrite: false) { engine, request in
            let store = engine.store
            let row: Int
            if let id = try request.string("applicationId") {
                guard let found = store.applications.row(of: id) else { throw EndpointError(code: "application_not_found", message: "No application with id \(id)") }
                row = found
            } else if let formID = try request.string("submittedFormInstanceId") {
                guard let feedbackRow = store.feedback.row(of: formID) else {
                    throw EndpointError(code: "application_not_found", message: "No application with submitted form \(formID)")
                }
                row = store.feedback[feedbackRow].applicationRow
            } else {
                throw EndpointError.invalidInput("applicationId is required")
            }
            return ["results": store.applicationJSON(row, withHistory: true, expand: try request.expand())]
        },
        "/application.listHistory": Route(permission: "candidatesRead", isWrite: false) { engine, request in
            let id = try request.requiredString("applicationId")
            let store = engine.store
            guard let row = store.applications.row(of: id) else { throw EndpointError(code: "application_not_found", message: "No application with id \(id)") }
            return try engine.pageItems(count: store.applications[row].history.count, request, resource: "application.listHistory") {
                store.historyJSON(row, $0)
            }
        },
        "/application.changeStage": Route(permission: "candidatesWrite", isWrite: true) { engine, request in
            try engine.changeStage(request)
        },
    ]
}
