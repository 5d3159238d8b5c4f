import AshbyAPI

extension TenantStore {
    static let offerFormSections = [
        FormSection(title: "Offer", fields: [
            FormField(id: "6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", type: "Currency", path: "salary", title: "Base Salary", isRequired: true, selectableValues: []),
            FormField(id: "7a2d3b9f-4c5e-4f60-9bac-1d2e3f4a5b6c", type: "Date", path: "startDate", title: "Start Date", isRequired: true, selectableValues: []),
            FormField(id: "8b3e4c0a-5d6f-4a71-8cbd-2e3f4a5b6c7d", type: "ValueSelect", path: "employmentType", title: "Employment Type",
                      isRequired: false, selectableValues: [SelectableValue(label: "Full time", value: "FullTime"), SelectableValue(label: "Contract", value: "Contract")]),
        ]),
    ]

    func offerVersionJSON(_ version: OfferVersionRecord) -> JSONValue {
        var object: JSONObject = [
            "id": .string(version.id), "createdAt": .time(version.createdAt), "startDate": .time(version.startDate),
            "salary": .object(["currencyCode": .string(version.currencyCode), "value": .int(version.salary)]),
            "customFields": .array([]), "fileHandles": .array([.object(["id": .string(version.id + "-pdf"), "name": "offer-letter.pdf",
                                                                       "handle": .string("sandbox-file-\(version.id)")])]),
            "author": userJSON(version.authorRow), "approvalStatus": version.approvalStatus.map(JSONValue.string) ?? .null,
        ]
        object.put("openingId", version.openingID)
        return .object(object)
    }

    /// An offer as offer.list shows it (latest version only) or as offer.info does (versions and form).
    func offerJSON(_ row: Int, detailed: Bool = false, includeForm: Bool = true) -> JSONValue {
        let offer = offers[row]
        var object: JSONObject = [
            "id": .string(offer.id), "applicationId": .string(applications[offer.applicationRow].id),
            "acceptanceStatus": .string(offer.acceptanceStatus), "offerStatus": .string(offer.offerStatus),
            "latestVersion": offerVersionJSON(offer.latest),
        ]
        object.put("decidedAt", time: offer.decidedAt)
        if detailed {
            object["versions"] = .array(offer.versions.reversed().map(offerVersionJSON))
            if includeForm { object["formDefinition"] = formDefinitionJSON(TenantStore.offerFormSections) }
        }
        return .object(object)
    }

    func approvalJSON(_ row: Int) -> JSONValue {
        let approval = approvals[row]
        var object: JSONObject = [
            "id": .string(approval.id), "approvalDefinitionId": .string(approval.definitionID), "entityId": .string(approval.entityID),
            "entityType": .string(approval.entityType), "createdAt": .time(approval.createdAt),
            "steps": .array(approval.steps.map { step in
                var stepObject: JSONObject = [
                    "id": .string(step.id), "approvalsRequired": .int(step.approvalsRequired),
                    "approvers": .array(step.approvers.map { approver in
                        var approverObject: JSONObject = ["id": .string(approver.id), "userId": .string(users[approver.userRow].id),
                                                          "decision": .string(approver.decision)]
                        approverObject.put("decidedAt", time: approver.decidedAt)
                        approverObject.put("requestedAt", time: approver.requestedAt)
                        return .object(approverObject)
                    }),
                ]
                stepObject.put("completedAt", time: step.completedAt)
                return .object(stepObject)
            }),
        ]
        object.put("submittedAt", time: approval.submittedAt)
        object.put("completedAt", time: approval.completedAt)
        return .object(object)
    }

    func surveyFormJSON(_ row: Int) -> JSONValue {
        let form = surveyForms[row]
        return .object(["id": .string(form.id), "organizationId": .string(organizationID), "title": .string(form.title),
                        "isArchived": .bool(form.isArchived), "isDefaultForm": .bool(form.isDefaultForm),
                        "formDefinition": formDefinitionJSON(form.sections), "surveyType": .string(form.surveyType)])
    }

    func surveySubmissionJSON(_ row: Int) -> JSONValue {
        let submission = surveySubmissions[row]
        var object: JSONObject = [
            "id": .string(submission.id), "surveyFormDefinitionId": .string(surveyForms[submission.formRow].id),
            "submittedAt": .time(submission.submittedAt), "candidateId": .string(candidates[submission.candidateRow].id),
            "surveyType": .string(submission.surveyType), "formDefinition": formDefinitionJSON(surveyForms[submission.formRow].sections),
            "submittedValues": .object(submission.values),
        ]
        object.put("applicationId", submission.applicationRow.map { applications[$0].id })
        return .object(object)
    }
}
