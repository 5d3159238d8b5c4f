import AshbyAPI

extension TenantEngine {
    static let organizationRoutes: [String: Route] = [
        "/apiKey.info": Route(permission: "apiKeysRead", isWrite: false) { engine, request in
            ["results": ["title": .string(request.key.title), "createdAt": .time(engine.store.users[0].updatedAt),
                         "scopes": .strings(request.key.permissions.sorted())]]
        },
        "/user.list": Route(permission: "organizationRead", isWrite: false) { engine, request in
            let showDeactivated = try request.bool("includeDeactivated") ?? false
            let store = engine.store
            return try engine.page(store.users, request, resource: "user.list", syncable: true,
                                   include: { showDeactivated || store.users[$0].isEnabled }, render: store.userJSON)
        },
        "/user.search": Route(permission: "organizationRead", isWrite: false) { engine, request in
            let email = try request.requiredString("email").lowercased()
            return engine.whole(engine.store.usersByEmail[email].map { [$0] } ?? [], render: engine.store.userJSON)
        },
        "/department.list": Route(permission: "organizationRead", isWrite: false) { engine, request in
            let archived = try request.bool("includeArchived") ?? false
            let store = engine.store
            return try engine.page(store.departments, request, resource: "department.list", syncable: true,
                                   include: { archived || !store.departments[$0].isArchived }, render: store.departmentJSON)
        },
        "/location.list": Route(permission: "organizationRead", isWrite: false) { engine, request in
            let archived = try request.bool("includeArchived") ?? false
            _ = try request.bool("includeLocationHierarchy")
            let store = engine.store
            return try engine.page(store.locations, request, resource: "location.list", syncable: true,
                                   include: { archived || !store.locations[$0].isArchived }, render: store.locationJSON)
        },
        "/hiringTeamRole.list": Route(permission: "organizationRead", isWrite: false) { engine, request in
            let namesOnly = try request.bool("namesOnly") ?? true
            let roles = engine.store.hiringTeamRoles
            return ["results": .array(roles.rows.map { namesOnly ? .string($0.title) : ["id": .string($0.id), "title": .string($0.title)] })]
        },
        "/archiveReason.list": Route(permission: "hiringProcessMetadataRead", isWrite: false) { engine, request in
            let archived = try request.bool("includeArchived") ?? false
            let store = engine.store
            return engine.whole(store.archiveReasons.rows.indices.filter { archived || !store.archiveReasons[$0].isArchived }) {
                store.archiveReasonJSON($0)
            }
        },
        "/source.list": Route(permission: "hiringProcessMetadataRead", isWrite: false) { engine, request in
            let archived = try request.bool("includeArchived") ?? false
            let store = engine.store
            return engine.whole(store.sources.rows.indices.filter { archived || !store.sources[$0].isArchived }, flagged: true,
                                render: store.sourceJSON)
        },
        "/customField.list": Route(permission: "hiringProcessMetadataRead", isWrite: false) { engine, request in
            let archived = try request.bool("includeArchived") ?? false
            let store = engine.store
            return try engine.page(store.customFields, request, resource: "customField.list", syncable: true,
                                   include: { archived || !store.customFields[$0].isArchived }, render: store.customFieldDefinitionJSON)
        },
    ]
}
