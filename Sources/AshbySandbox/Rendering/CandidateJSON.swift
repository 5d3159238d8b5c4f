import AshbyAPI

extension TenantStore {
    func contactJSON(_ contact: ContactInfo) -> JSONValue {
        .object(["value": .string(contact.value), "type": .string(contact.type), "isPrimary": .bool(contact.isPrimary)])
    }

    func candidateJSON(_ row: Int) -> JSONValue {
        let candidate = candidates[row]
        var object: JSONObject = [
            "id": .string(candidate.id), "name": .string(candidate.name), "createdAt": .time(candidate.createdAt),
            "updatedAt": .time(candidate.updatedAt), "emailAddresses": .array(candidate.emails.map(contactJSON)),
            "phoneNumbers": .array(candidate.phones.map(contactJSON)),
            "socialLinks": .array(candidate.socialLinks.map { .object(["type": .string($0.type), "url": .string($0.url)]) }),
            "tags": .array(candidate.tagRows.map(tagJSON)), "applicationIds": .strings(candidate.applicationRows.map { applications[$0].id }),
            "fileHandles": .array([]), "customFields": customFieldValuesJSON(candidate.customFields),
            "profileUrl": .string("https://app.ashbyhq.com/candidates/\(candidate.id)"),
        ]
        object.put("primaryEmailAddress", candidate.emails.first { $0.isPrimary }.map(contactJSON))
        object.put("primaryPhoneNumber", candidate.phones.first { $0.isPrimary }.map(contactJSON))
        object.put("position", candidate.position)
        object.put("company", candidate.company)
        object.put("school", candidate.school)
        object.put("source", candidate.sourceRow.map(sourceJSON))
        object.put("creditedToUser", candidate.creditedToUserRow.map(userJSON))
        object.put("timezone", candidate.timezone)
        object.put("fraudStatus", candidate.fraudStatus)
        if let city = candidate.locationRow {
            let place = Vocabulary.cities[city]
            var components: [JSONValue] = [.object(["type": "Country", "name": .string(place.country)])]
            if let region = place.region { components.append(.object(["type": "Region", "name": .string(region)])) }
            components.append(.object(["type": "City", "name": .string(place.city)]))
            object["location"] = .object([
                "id": .string(cityLocationID(city)),
                "locationSummary": .string([place.city, place.region, place.country].compactMap { $0 }.joined(separator: ", ")),
                "locationComponents": .array(components),
            ])
        }
        return .object(object)
    }

    /// A stable uuid per candidate city (derived, so it costs no storage).
    func cityLocationID(_ city: Int) -> String {
        IdentifierMint.format(high: (seed &* 0x9E37_79B9 &+ UInt64(city)) & 0xFFFF_FFFF_FFFF_0FFF | 0x4000,
                              low: (UInt64(city + 1) &* 0xBF58_476D_1CE4_E5B9) & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000)
    }

    func applicationJSON(_ row: Int, withHistory: Bool = false, expand: Set<String> = []) -> JSONValue {
        let application = applications[row]
        let candidate = candidates[application.candidateRow]
        let job = jobs[application.jobRow]
        var candidateObject: JSONObject = ["id": .string(candidate.id), "name": .string(candidate.name)]
        candidateObject.put("primaryEmailAddress", candidate.emails.first { $0.isPrimary }.map(contactJSON))
        candidateObject.put("primaryPhoneNumber", candidate.phones.first { $0.isPrimary }.map(contactJSON))
        var object: JSONObject = [
            "id": .string(application.id), "createdAt": .time(application.createdAt), "updatedAt": .time(application.updatedAt),
            "status": .string(application.status), "customFields": customFieldValuesJSON(application.customFields),
            "candidate": .object(candidateObject), "currentInterviewStage": stageJSON(application.stageRow),
            "job": .object(["id": .string(job.id), "title": .string(job.title), "locationId": .string(locations[job.locationRow].id),
                            "departmentId": .string(departments[job.departmentRow].id)]),
            "hiringTeam": hiringTeamJSON(job.hiringTeam),
        ]
        object.put("source", application.sourceRow.map(sourceJSON))
        object.put("archiveReason", application.archiveReasonRow.map { archiveReasonJSON($0, withCustomFields: true) })
        object.put("archivedAt", time: application.archivedAt)
        object.put("creditedToUser", application.creditedToUserRow.map(userJSON))
        object.put("appliedViaJobPostingId", application.postingRow.map { postings[$0].id })
        if withHistory { object["applicationHistory"] = .array(application.history.indices.map { historyJSON(row, $0) }) }
        if expand.contains("openings") { object["openings"] = .array(job.openingRows.map(openingJSON)) }
        return .object(object)
    }

    func historyJSON(_ applicationRow: Int, _ index: Int) -> JSONValue {
        let entry = applications[applicationRow].history[index]
        var object: JSONObject = [
            "id": .string(entry.id), "stageId": .string(stages[entry.stageRow].id), "title": .string(stages[entry.stageRow].title),
            "enteredStageAt": .time(entry.enteredAt), "stageNumber": .int(index), "allowedActions": .strings(["none"]),
        ]
        object.put("leftStageAt", time: entry.leftAt)
        object.put("actorId", entry.actorRow.map { users[$0].id })
        return .object(object)
    }

    func noteJSON(_ row: Int) -> JSONValue {
        let note = notes[row]
        let author = users[note.authorRow]
        return .object([
            "id": .string(note.id), "createdAt": .time(note.createdAt), "isPrivate": .bool(note.isPrivate), "content": .string(note.content),
            "author": .object(["id": .string(author.id), "firstName": .string(author.firstName), "lastName": .string(author.lastName),
                               "email": .string(author.email)]),
        ])
    }
}
