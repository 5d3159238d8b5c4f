import AshbyAPI

extension TenantStore {
    func planJSON(_ row: Int) -> JSONValue {
        let plan = plans[row]
        return .object(["id": .string(plan.id), "title": .string(plan.title), "isArchived": .bool(plan.isArchived),
                        "createdAt": .time(plan.createdAt), "updatedAt": .time(plan.updatedAt)])
    }

    func stageJSON(_ row: Int) -> JSONValue {
        let stage = stages[row]
        return .object(["id": .string(stage.id), "title": .string(stage.title), "type": .string(stage.type.rawValue),
                        "orderInInterviewPlan": .int(stage.order), "interviewStageGroupId": .string(stage.groupID),
                        "interviewPlanId": .string(plans[stage.planRow].id)])
    }

    func jobJSON(_ row: Int, expand: Set<String> = []) -> JSONValue {
        let job = jobs[row]
        let planID = plans[job.planRow].id
        var object: JSONObject = [
            "id": .string(job.id), "title": .string(job.title), "confidential": .bool(job.confidential), "status": .string(job.status),
            "employmentType": .string(job.employmentType), "locationId": .string(locations[job.locationRow].id),
            "departmentId": .string(departments[job.departmentRow].id), "defaultInterviewPlanId": .string(planID),
            "interviewPlanIds": .strings([planID]), "customFields": customFieldValuesJSON(job.customFields),
            "jobPostingIds": .strings(job.postingRows.map { postings[$0].id }), "hiringTeam": hiringTeamJSON(job.hiringTeam),
            "author": userJSON(job.authorRow), "createdAt": .time(job.createdAt), "updatedAt": .time(job.updatedAt),
        ]
        object.put("openedAt", time: job.openedAt)
        object.put("closedAt", time: job.closedAt)
        if expand.contains("location") { object["location"] = locationJSON(job.locationRow) }
        if expand.contains("openings") { object["openings"] = .array(job.openingRows.map(openingJSON)) }
        return .object(object)
    }

    func openingJSON(_ row: Int) -> JSONValue {
        let opening = openings[row]
        var version: JSONObject = [
            "id": .string(opening.versionID), "identifier": .string(opening.identifier), "description": .string(opening.description),
            "authorId": .string(users[opening.authorRow].id), "createdAt": .time(opening.createdAt),
            "jobIds": .strings(opening.jobRows.map { jobs[$0].id }), "locationIds": .strings(opening.locationRows.map { locations[$0].id }),
            "isBackfill": .bool(opening.isBackfill), "employmentType": .string(opening.employmentType),
            "hiringTeam": opening.jobRows.first.map { hiringTeamJSON(jobs[$0].hiringTeam) } ?? .array([]), "customFields": .array([]),
        ]
        version.put("targetHireDate", opening.targetHireDate)
        var object: JSONObject = ["id": .string(opening.id), "isArchived": .bool(opening.isArchived), "openingState": .string(opening.openingState),
                                  "latestVersion": .object(version)]
        object.put("openedAt", time: opening.openedAt)
        object.put("closedAt", time: opening.closedAt)
        object.put("archivedAt", time: opening.archivedAt)
        return .object(object)
    }

    func postingJSON(_ row: Int) -> JSONValue {
        let posting = postings[row]
        let job = jobs[posting.jobRow]
        let department = departments[job.departmentRow]
        let location = locations[job.locationRow]
        var object: JSONObject = [
            "id": .string(posting.id), "title": .string(posting.title), "jobId": .string(job.id),
            "departmentName": .string(department.parentRow.map { departments[$0].name } ?? department.name), "teamName": .string(department.name),
            "locationName": .string(location.name),
            "locationIds": .object(["primaryLocationId": .string(location.id), "secondaryLocationIds": .array([])]),
            "workplaceType": .string(location.workplaceType), "employmentType": .string(job.employmentType), "isListed": .bool(posting.isListed),
            "publishedDate": .string(TenantTime.day(posting.publishedAt)), "applyLink": .string("https://jobs.sandbox.example/apply/\(posting.id)"),
            "externalLink": .string("https://jobs.sandbox.example/\(posting.id)"),
            "shouldDisplayCompensationOnJobBoard": .bool(posting.compensationSummary != nil), "updatedAt": .time(posting.updatedAt),
        ]
        object.put("compensationTierSummary", posting.compensationSummary)
        return .object(object)
    }
}
