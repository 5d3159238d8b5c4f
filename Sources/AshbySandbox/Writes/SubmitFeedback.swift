import AshbyAPI

extension TenantEngine {
    /// `applicationFeedback.submit`: general feedback, or interview feedback from one of the event's interviewers.
    func submitFeedback(_ request: EndpointRequest) throws -> EndpointAnswer {
        let formID = try request.requiredString("formDefinitionId")
        let applicationID = try request.requiredString("applicationId")
        let userID = try request.string("userId")
        let eventID = try request.string("interviewEventId")
        guard case .object(let form)? = request.body["feedbackForm"], case .array(let submissions)? = form["fieldSubmissions"] else {
            throw EndpointError.invalidInput("feedbackForm.fieldSubmissions is required")
        }
        guard let applicationRow = store.applications.row(of: applicationID) else {
            throw EndpointError(code: "application_not_found", message: "No application with id \(applicationID)")
        }
        guard let formRow = store.feedbackForms.row(of: formID) else {
            throw EndpointError(code: "form_definition_not_found", message: "No feedback form definition with id \(formID)")
        }
        guard !store.feedbackForms[formRow].isArchived else { throw EndpointError.invalidInput("The feedback form definition is archived") }
        var userRow = 0
        if let userID {
            guard let found = store.users.row(of: userID), store.users[found].isEnabled else {
                throw EndpointError(code: "user_not_found", message: "No active user with id \(userID)")
            }
            userRow = found
        }
        var eventRow: Int? = nil
        if let eventID {
            guard userID != nil else { throw EndpointError.invalidInput("userId is required with interviewEventId") }
            guard let found = store.events.row(of: eventID) else {
                throw EndpointError(code: "interview_event_not_found", message: "No interview event with id \(eventID)")
            }
            guard store.schedules[store.events[found].scheduleRow].applicationRow == applicationRow else {
                throw EndpointError.invalidInput("The interview event does not belong to this application")
            }
            guard store.events[found].interviewers.contains(where: { $0.userRow == userRow }) else {
                throw EndpointError.invalidInput("userId is not an interviewer on this interview event")
            }
            eventRow = found
        }
        let values = try TenantEngine.validatedValues(submissions, form: store.feedbackForms[formRow])
        let feedbackRow = recordFeedback(applicationRow: applicationRow, formRow: formRow, userRow: userRow, eventRow: eventRow, values: values,
                                         now: request.now, sequence: beginChange())
        let feedback = store.feedback[feedbackRow]
        return ["results": ["submittedFormInstance": [
            "id": .string(feedback.id), "formDefinition": store.formDefinitionJSON(store.feedbackForms[formRow].sections),
            "submittedValues": .object(feedback.values),
        ]]]
    }

    /// Checks every submission against the form: known path, value encoded for the field type, required fields present.
    static func validatedValues(_ submissions: [JSONValue], form: FeedbackFormRecord) throws -> [String: JSONValue] {
        let fields = Dictionary(form.sections.flatMap(\.fields).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var values: [String: JSONValue] = [:]
        for submission in submissions {
            guard case .object(let entry) = submission, let path = entry["path"]?.stringValue, let value = entry["value"] else {
                throw EndpointError.invalidInput("Each field submission needs a path and a value")
            }
            guard let field = fields[path] else { throw EndpointError.invalidInput("Unknown field path \(path)") }
            guard values[path] == nil else { throw EndpointError.invalidInput("Field \(path) was submitted twice") }
            if value == .null {
                if field.isRequired { throw EndpointError.invalidInput("Field \(path) is required") }
                continue
            }
            guard isValid(value, for: field) else { throw EndpointError.invalidInput("Invalid value for \(field.type) field \(path)") }
            values[path] = value
        }
        for field in form.sections.flatMap(\.fields) where field.isRequired && values[field.path] == nil {
            throw EndpointError.invalidInput("Field \(field.path) is required")
        }
        return values
    }

    static func isValid(_ value: JSONValue, for field: FormField) -> Bool {
        let options = Set(field.selectableValues.map(\.value))
        switch field.type {
        case "Score":
            guard case .object(let object) = value, object.count == 1, let score = object["score"]?.intValue else { return false }
            return (1...4).contains(score)
        case "ValueSelect":
            return value.stringValue.map(options.contains) ?? false
        case "MultiValueSelect":
            return value.arrayValue.map { $0.allSatisfy { $0.stringValue.map(options.contains) ?? false } } ?? false
        case "Boolean":
            return value.boolValue != nil
        case "Number":
            return value.intValue != nil
        case "Date":
            guard let text = value.stringValue else { return false }
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
                && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        case "Email":
            return value.stringValue.map { $0.contains("@") } ?? false
        case "RichText":
            return value["type"]?.stringValue == "PlainText" && value["value"]?.stringValue != nil
        default:
            return value.stringValue != nil
        }
    }

    /// Stores a submission; the event (and the schedule embedding it) now report feedback.
    func recordFeedback(applicationRow: Int, formRow: Int, userRow: Int, eventRow: Int?, values: [String: JSONValue], now: Millis, sequence: UInt64) -> Int {
        let application = store.applications[applicationRow]
        let interviewRow = eventRow.map { store.events[$0].interviewRow }
        let historyID = application.history.last?.id
        let record = FeedbackRecord(id: store.ids.uuid(), applicationRow: applicationRow, formRow: formRow, userRow: userRow, eventRow: eventRow,
                                    interviewRow: interviewRow, historyID: historyID, values: values, submittedAt: now)
        let row = store.feedback.insert(record, sequence: sequence, logged: true)
        store.feedbackByApplication[applicationRow].append(row)
        if let eventRow {
            store.events[eventRow].feedbackRows.append(row)
            store.events[eventRow].updatedAt = now
            store.events.touch(eventRow, sequence: sequence)
            let scheduleRow = store.events[eventRow].scheduleRow
            store.schedules[scheduleRow].status = TenantGenerator.scheduleStatus(store: store, scheduleRow: scheduleRow, now: now)
            store.schedules[scheduleRow].updatedAt = now
            store.schedules.touch(scheduleRow, sequence: sequence)
        }
        return row
    }
}
