import AshbyAPI

extension TenantEngine {
    static let offerStatuses: Set<String> = ["WaitingOnApprovalStart", "WaitingOnOfferApproval", "WaitingOnApprovalDefinition",
                                             "WaitingOnCandidateResponse", "CandidateRejected", "CandidateAccepted", "OfferCancelled"]
    static let acceptanceStatuses: Set<String> = ["Accepted", "Declined", "Pending", "Created", "Cancelled", "WaitingOnResponse"]
    static let approvalStatuses: Set<String> = ["Approved", "WaitingOnApprovals", "Declined"]

    /// A status filter array: absent is no filter; present must be non-empty and known.
    static func statusFilter(_ request: EndpointRequest, _ name: String, allowed: Set<String>) throws -> Set<String>? {
        guard let values = try request.strings(name) else { return nil }
        guard !values.isEmpty, values.allSatisfy(allowed.contains) else {
            throw EndpointError.invalidInput("\(name) must be a non-empty array of \(allowed.sorted().joined(separator: ", "))")
        }
        return Set(values)
    }

    static let offerRoutes: [String: Route] = [
        "/offer.list": Route(permission: "offersRead", isWrite: false) { engine, request in
            let offerStatus = try statusFilter(request, "offerStatus", allowed: offerStatuses)
            let acceptance = try statusFilter(request, "acceptanceStatus", allowed: acceptanceStatuses)
            let approval = try statusFilter(request, "approvalStatus", allowed: approvalStatuses)
            let createdAfter = try request.createdAfter()
            let store = engine.store
            var scope: [Int]? = nil
            if let applicationID = try request.string("applicationId") {
                scope = store.applications.row(of: applicationID).map { store.offersByApplication[$0] } ?? []
            }
            return try engine.page(store.offers, request, resource: "offer.list", syncable: true, scope: scope, include: { row in
                let offer = store.offers[row]
                if let offerStatus, !offerStatus.contains(offer.offerStatus) { return false }
                if let acceptance, !acceptance.contains(offer.acceptanceStatus) { return false }
                if let approval, !approval.contains(offer.latest.approvalStatus ?? "") { return false }
                if let createdAfter, offer.createdAt <= createdAfter { return false }
                return true
            }, render: { store.offerJSON($0) })
        },
        "/offer.info": Route(permission: "offersRead", isWrite: false) { engine, request in
            let id = try request.requiredString("offerId")
            guard let row = engine.store.offers.row(of: id) else { throw EndpointError(code: "offer_not_found", message: "No offer with id \(id)") }
            let exclude = try request.bool("excludeFormDefinition") ?? false
            return ["results": engine.store.offerJSON(row, detailed: true, includeForm: !exclude)]
        },
        "/offer.approve": Route(permission: "offersWrite", isWrite: true) { engine, request in
            try engine.approveOffer(request)
        },
        "/approval.list": Route(permission: "approvalsRead", isWrite: false) { engine, request in
            let entityType = try request.string("entityType")
            if let entityType, !["offer", "job", "opening"].contains(entityType) {
                throw EndpointError.invalidInput("entityType must be offer, job or opening")
            }
            let store = engine.store
            var scope: [Int]? = nil
            if let entityID = try request.string("entityId") { scope = store.approvalByEntity[entityID].map { [$0] } ?? [] }
            return try engine.page(store.approvals, request, resource: "approval.list", syncable: true, scope: scope,
                                   include: { entityType == nil || store.approvals[$0].entityType == entityType },
                                   includeChanged: { entityType == nil || store.approvals[$0].entityType == entityType },
                                   render: store.approvalJSON)
        },
    ]

    static let surveyRoutes: [String: Route] = [
        "/surveyFormDefinition.list": Route(permission: "hiringProcessMetadataRead", isWrite: false) { engine, request in
            let store = engine.store
            return try engine.page(store.surveyForms, request, resource: "surveyFormDefinition.list", syncable: true, render: store.surveyFormJSON)
        },
        "/surveySubmission.list": Route(permission: "candidatesRead", isWrite: false) { engine, request in
            let type = try request.requiredString("surveyType")
            guard type == "CandidateExperience" || type == "Questionnaire" else {
                throw EndpointError.invalidInput("surveyType must be CandidateExperience or Questionnaire")
            }
            let createdAfter = try request.createdAfter()
            let store = engine.store
            return try engine.page(store.surveySubmissions, request, resource: "surveySubmission.list:\(type)", syncable: true, include: { row in
                store.surveySubmissions[row].surveyType == type && (createdAfter == nil || store.surveySubmissions[row].submittedAt > createdAfter!)
            }, includeChanged: { store.surveySubmissions[$0].surveyType == type }, render: store.surveySubmissionJSON)
        },
    ]
}
