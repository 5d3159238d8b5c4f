import AshbyAPI

extension TenantEngine {
    static let candidateRoutes: [String: Route] = [
        "/candidate.list": Route(permission: "candidatesRead", isWrite: false) { engine, request in
            let createdAfter = try request.createdAfter()
            let store = engine.store
            return try engine.page(store.candidates, request, resource: "candidate.list", syncable: true,
                                   include: { createdAfter == nil || store.candidates[$0].createdAt > createdAfter! }, render: store.candidateJSON)
        },
        "/candidate.info": Route(permission: "candidatesRead", isWrite: false) { engine, request in
            if request.has("externalMappingId"), !request.has("id") {
                throw EndpointError(code: "candidate_not_found", message: "No candidate with that externalMappingId")
            }
            let id = try request.requiredString("id")
            guard let row = engine.store.candidates.row(of: id) else { throw EndpointError(code: "candidate_not_found", message: "No candidate with id \(id)") }
            return ["results": engine.store.candidateJSON(row)]
        },
        "/candidate.search": Route(permission: "candidatesRead", isWrite: false) { engine, request in
            let email = try request.string("email")?.lowercased(), name = try request.string("name")
            guard email != nil || name != nil else { throw EndpointError.invalidInput("Send email, name or both") }
            let store = engine.store
            let needle = name?.lowercased()
            let matchesName = { (row: Int) in needle.map { store.candidates[row].name.lowercased().contains($0) } ?? true }
            var rows: [Int]
            if let email {
                rows = (store.candidatesByEmail[email] ?? []).filter(matchesName)
            } else {
                rows = []
                for row in 0..<store.candidates.count where matchesName(row) {
                    rows.append(row)
                    if rows.count == 100 { break }
                }
            }
            return engine.whole(rows.prefix(100), render: store.candidateJSON)
        },
        "/candidate.listNotes": Route(permission: "candidatesRead", isWrite: false) { engine, request in
            let id = try request.requiredString("candidateId")
            let store = engine.store
            guard let candidateRow = store.candidates.row(of: id) else { throw EndpointError(code: "candidate_not_found", message: "No candidate with id \(id)") }
            return try engine.page(store.notes, request, resource: "candidate.listNotes", syncable: true, scope: store.notesByCandidate[candidateRow],
                                   render: store.noteJSON)
        },
        "/candidate.createNote": Route(permission: "candidatesWrite", isWrite: true) { engine, request in
            try engine.createNote(request)
        },
    ]
}
