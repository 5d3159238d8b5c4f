import AshbyAPI

extension TenantStore {
    func userJSON(_ row: Int) -> JSONValue {
        let user = users[row]
        var object: JSONObject = [
            "id": .string(user.id), "firstName": .string(user.firstName), "lastName": .string(user.lastName),
            "email": .string(user.email), "globalRole": .string(user.globalRole), "isEnabled": .bool(user.isEnabled),
            "updatedAt": .time(user.updatedAt),
        ]
        object.put("managerId", user.managerRow.map { users[$0].id })
        return .object(object)
    }

    /// A hiring team entry: `{userId, email, firstName, lastName, role}`.
    func hiringTeamJSON(_ members: [HiringTeamMember]) -> JSONValue {
        .array(members.map { member in
            let user = users[member.userRow]
            return .object(["userId": .string(user.id), "email": .string(user.email), "firstName": .string(user.firstName),
                            "lastName": .string(user.lastName), "role": .string(member.role)])
        })
    }

    func departmentJSON(_ row: Int) -> JSONValue {
        let department = departments[row]
        var object: JSONObject = [
            "id": .string(department.id), "name": .string(department.name), "externalName": .string(department.name),
            "isArchived": .bool(department.isArchived), "createdAt": .time(department.createdAt), "updatedAt": .time(department.updatedAt),
        ]
        object.put("parentId", department.parentRow.map { departments[$0].id })
        return .object(object)
    }

    func locationJSON(_ row: Int) -> JSONValue {
        let location = locations[row]
        var postal: JSONObject = ["addressCountry": .string(location.country)]
        postal.put("addressRegion", location.region)
        postal.put("addressLocality", location.city)
        postal.put("postalCode", location.postalCode)
        postal.put("streetAddress", location.streetAddress)
        return .object([
            "id": .string(location.id), "name": .string(location.name), "externalName": .string(location.name),
            "isArchived": .bool(location.isArchived), "address": .object(["postalAddress": .object(postal)]),
            "isRemote": .bool(location.workplaceType == "Remote"), "workplaceType": .string(location.workplaceType), "type": "Location",
        ])
    }

    func archiveReasonJSON(_ row: Int, withCustomFields: Bool = false) -> JSONValue {
        let reason = archiveReasons[row]
        var object: JSONObject = ["id": .string(reason.id), "text": .string(reason.text), "reasonType": .string(reason.reasonType),
                                  "isArchived": .bool(reason.isArchived)]
        if withCustomFields { object["customFields"] = .array([]) }
        return .object(object)
    }

    func sourceJSON(_ row: Int) -> JSONValue {
        let source = sources[row]
        return .object(["id": .string(source.id), "title": .string(source.title), "isArchived": .bool(source.isArchived),
                        "sourceType": .object(["id": .string(source.sourceTypeID), "title": .string(source.sourceTypeTitle), "isArchived": false])])
    }

    func tagJSON(_ row: Int) -> JSONValue {
        let tag = tags[row]
        return .object(["id": .string(tag.id), "title": .string(tag.title), "isArchived": .bool(tag.isArchived)])
    }

    func customFieldDefinitionJSON(_ row: Int) -> JSONValue {
        let definition = customFields[row]
        var object: JSONObject = [
            "id": .string(definition.id), "title": .string(definition.title), "objectType": .string(definition.objectType),
            "fieldType": .string(definition.fieldType), "isArchived": .bool(definition.isArchived), "isPrivate": .bool(definition.isPrivate),
            "isRequired": .bool(definition.isRequired),
        ]
        if !definition.selectableValues.isEmpty {
            object["selectableValues"] = .array(definition.selectableValues.map {
                .object(["label": .string($0.label), "value": .string($0.value), "isArchived": .bool($0.isArchived)])
            })
        }
        return .object(object)
    }

    /// A custom field value on a record; select fields carry `valueLabel`.
    func customFieldValuesJSON(_ values: [CustomFieldValue]) -> JSONValue {
        .array(values.map { value in
            let definition = customFields[value.definitionRow]
            var object: JSONObject = ["id": .string(definition.id), "title": .string(definition.title), "isPrivate": .bool(definition.isPrivate),
                                      "value": value.value]
            let label = { (raw: String) in definition.selectableValues.first { $0.value == raw }?.label ?? raw }
            switch (definition.fieldType, value.value) {
            case ("ValueSelect", .string(let raw)): object["valueLabel"] = .string(label(raw))
            case ("MultiValueSelect", .array(let raws)): object["valueLabel"] = .strings(raws.compactMap(\.stringValue).map(label))
            default: break
            }
            return .object(object)
        })
    }
}
