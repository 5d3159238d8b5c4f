import AshbyAPI

extension TenantEngine {
    /// `application.changeStage`: validates like Ashby (archive fields only, and always, for an Archived target).
    func changeStage(_ request: EndpointRequest) throws -> EndpointAnswer {
        let applicationID = try request.requiredString("applicationId")
        let stageID = try request.requiredString("interviewStageId")
        let reasonID = try request.string("archiveReasonId")
        let archiveEmail = request.body["archiveEmail"].flatMap { $0 == .null ? nil : $0 }
        guard let row = store.applications.row(of: applicationID) else {
            throw EndpointError(code: "application_not_found", message: "Application not found - are you lacking permissions to edit candidates?")
        }
        let planRow = store.jobs[store.applications[row].jobRow].planRow
        guard let stageRow = store.stages.row(of: stageID), store.stages[stageRow].planRow == planRow else {
            throw EndpointError(code: "interview_stage_not_found", message: "No stage \(stageID) in this application's interview plan")
        }
        var reasonRow: Int? = nil
        if store.stages[stageRow].type == .archived {
            guard let reasonID else { throw EndpointError.invalidInput("archiveReasonId is required when moving to an Archived stage") }
            guard let found = store.archiveReasons.row(of: reasonID), !store.archiveReasons[found].isArchived else {
                throw EndpointError(code: "archive_reason_not_found", message: "No active archive reason with id \(reasonID)")
            }
            if let archiveEmail {
                guard case .object(let email) = archiveEmail, let template = email["communicationTemplateId"]?.stringValue else {
                    throw EndpointError.invalidInput("archiveEmail needs a communicationTemplateId")
                }
                throw EndpointError(code: "communication_template_not_found", message: "No communication template with id \(template)")
            }
            reasonRow = found
        } else if reasonID != nil || archiveEmail != nil {
            throw EndpointError.invalidInput("archiveReasonId and archiveEmail are only allowed when moving to an Archived stage")
        }
        if store.applications[row].stageRow != stageRow {
            moveApplication(row, to: stageRow, reasonRow: reasonRow, actorRow: 0, now: request.now, sequence: beginChange())
        }
        return ["results": store.applicationJSON(row)]
    }

    /// Moves an application: closes the current history entry, opens one for the new stage,
    /// and keeps status, archive reason and archivedAt consistent with the stage type.
    func moveApplication(_ row: Int, to stageRow: Int, reasonRow: Int?, actorRow: Int, now: Millis, sequence: UInt64) {
        var application = store.applications[row]
        if let last = application.history.indices.last { application.history[last].leftAt = now }
        application.history.append(ApplicationHistoryEntry(id: store.ids.uuid(), stageRow: stageRow, enteredAt: now, leftAt: nil, actorRow: actorRow))
        let type = store.stages[stageRow].type
        application.stageRow = stageRow
        application.status = type.applicationStatus
        application.archiveReasonRow = type == .archived ? reasonRow : nil
        application.archivedAt = type == .archived ? now : nil
        application.updatedAt = now
        store.applications[row] = application
        store.applications.touch(row, sequence: sequence)
    }
}
