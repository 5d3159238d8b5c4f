import AshbyAPI

extension TenantStore {
    func formDefinitionJSON(_ sections: [FormSection]) -> JSONValue {
        .object(["sections": .array(sections.map { section in
            .object(["title": .string(section.title), "fields": .array(section.fields.map { field in
                var fieldObject: JSONObject = ["id": .string(field.id), "type": .string(field.type), "path": .string(field.path),
                                               "humanReadablePath": .string(field.title), "title": .string(field.title),
                                               "isNullable": .bool(!field.isRequired)]
                if !field.selectableValues.isEmpty {
                    fieldObject["selectableValues"] = .array(field.selectableValues.map { .object(["label": .string($0.label), "value": .string($0.value)]) })
                }
                return .object(["isRequired": .bool(field.isRequired), "field": .object(fieldObject)])
            })])
        })])
    }

    func interviewJSON(_ row: Int) -> JSONValue {
        let interview = interviews[row]
        var object: JSONObject = [
            "id": .string(interview.id), "title": .string(interview.title), "externalTitle": .string(interview.title),
            "isArchived": .bool(interview.isArchived), "isDebrief": .bool(interview.isDebrief), "isFeedbackRequired": .bool(!interview.isDebrief),
            "isFeedbackRequested": true, "instructionsPlain": .string(interview.instructions),
            "instructionsHtml": .string("<p>\(interview.instructions)</p>"), "feedbackFormDefinitionId": .string(feedbackForms[interview.formRow].id),
        ]
        object.put("jobId", interview.jobRow.map { jobs[$0].id })
        return .object(object)
    }

    func feedbackFormJSON(_ row: Int) -> JSONValue {
        let form = feedbackForms[row]
        var object: JSONObject = [
            "id": .string(form.id), "organizationId": .string(organizationID), "title": .string(form.title), "isArchived": .bool(form.isArchived),
            "isDefaultForm": .bool(form.isDefaultForm), "formDefinition": formDefinitionJSON(form.sections),
        ]
        object.put("interviewId", form.interviewRow.map { interviews[$0].id })
        return .object(object)
    }

    func eventJSON(_ row: Int, expandInterview: Bool = false) -> JSONValue {
        let event = events[row]
        let interviewers: [JSONValue] = event.interviewers.map { interviewer in
            guard case .object(var user) = userJSON(interviewer.userRow) else { return .null }
            user["trainingRole"] = interviewer.trainingRole.map(JSONValue.string) ?? .null
            user["interviewerPool"] = .null
            user["isFeedbackRequired"] = .bool(interviewer.isFeedbackRequired)
            return .object(user)
        }
        var object: JSONObject = [
            "id": .string(event.id), "interviewId": .string(interviews[event.interviewRow].id),
            "interviewScheduleId": .string(schedules[event.scheduleRow].id),
            "interviewerUserIds": .strings(event.interviewers.map { users[$0.userRow].id }), "interviewers": .array(interviewers),
            "createdAt": .time(event.createdAt), "updatedAt": .time(event.updatedAt), "startTime": .time(event.start), "endTime": .time(event.end),
            "feedbackLink": .string("https://app.ashbyhq.com/interview-briefings/\(event.id)/feedback"),
            "hasSubmittedFeedback": .bool(!event.feedbackRows.isEmpty),
        ]
        object.put("location", event.location)
        object.put("meetingLink", event.meetingLink)
        if expandInterview { object["interview"] = interviewJSON(event.interviewRow) }
        return .object(object)
    }

    func scheduleJSON(_ row: Int) -> JSONValue {
        let schedule = schedules[row]
        var object: JSONObject = [
            "id": .string(schedule.id), "status": .string(schedule.status), "applicationId": .string(applications[schedule.applicationRow].id),
            "interviewStageId": .string(stages[schedule.stageRow].id), "createdAt": .time(schedule.createdAt),
            "updatedAt": .time(schedule.updatedAt), "interviewEvents": .array(schedule.eventRows.map { eventJSON($0) }),
        ]
        object.put("scheduledBy", schedule.scheduledByRow.map(userJSON))
        return .object(object)
    }

    func feedbackJSON(_ row: Int) -> JSONValue {
        let feedback = feedback[row]
        let form = feedbackForms[feedback.formRow]
        var object: JSONObject = [
            "id": .string(feedback.id), "applicationId": .string(applications[feedback.applicationRow].id),
            "formDefinition": formDefinitionJSON(form.sections), "submittedValues": .object(feedback.values),
            "submittedByUser": userJSON(feedback.userRow), "feedbackFormDefinitionId": .string(form.id),
            "submittedAt": .time(feedback.submittedAt),
        ]
        object.put("interviewId", feedback.interviewRow.map { interviews[$0].id })
        object.put("interviewEventId", feedback.eventRow.map { events[$0].id })
        object.put("applicationHistoryId", feedback.historyID)
        return .object(object)
    }
}
