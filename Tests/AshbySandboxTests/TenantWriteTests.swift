import AshbyAPI
import AshbySandbox
import XCTest

final class TenantWriteTests: XCTestCase {
    // MARK: application.changeStage

    func testChangeStageToAnActiveStageRecordsHistory() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        let historyBefore = tenant.call("/application.info", ["applicationId": .string(marks.applicationID)]).json["results"]!["applicationHistory"]!.arrayValue!
        let moved = tenant.call("/application.changeStage", ["applicationId": .string(marks.applicationID), "interviewStageId": .string(marks.offerStageID)])
        XCTAssertTrue(moved.success)
        XCTAssertEqual(moved.json["results"]?["currentInterviewStage"]?["id"]?.stringValue, marks.offerStageID)
        XCTAssertEqual(moved.json["results"]?["status"], "Active")
        XCTAssertNil(moved.json["results"]?["archivedAt"])
        let info = tenant.call("/application.info", ["applicationId": .string(marks.applicationID)]).json["results"]!
        let history = info["applicationHistory"]!.arrayValue!
        XCTAssertEqual(history.count, historyBefore.count + 1)
        XCTAssertEqual(history.last?["stageId"]?.stringValue, marks.offerStageID)
        XCTAssertEqual(history.last?["stageNumber"], .number(Double(historyBefore.count)))
        XCTAssertEqual(history.last?["enteredStageAt"]?.stringValue, "2024-03-01T12:00:00.000Z")
        XCTAssertEqual(history[history.count - 2]["leftStageAt"]?.stringValue, "2024-03-01T12:00:00.000Z")
        XCTAssertEqual(history.last?["actorId"]?.stringValue, marks.actingUserID)
        let paged = tenant.pass("/application.listHistory", ["applicationId": .string(marks.applicationID)], limit: 1)
        XCTAssertEqual(paged.records, history)
    }

    func testArchiveAndUnarchive() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        let archived = tenant.call("/application.changeStage", ["applicationId": .string(marks.applicationID), "interviewStageId": .string(marks.archivedStageID),
                                                                "archiveReasonId": .string(marks.archiveReasonID)])
        XCTAssertTrue(archived.success)
        XCTAssertEqual(archived.json["results"]?["status"], "Archived")
        XCTAssertEqual(archived.json["results"]?["archivedAt"], "2024-03-01T12:00:00.000Z")
        XCTAssertEqual(archived.json["results"]?["archiveReason"]?["id"]?.stringValue, marks.archiveReasonID)
        let hired = tenant.call("/application.changeStage", ["applicationId": .string(marks.applicationID), "interviewStageId": .string(marks.hiredStageID)])
        XCTAssertEqual(hired.json["results"]?["status"], "Hired")
        XCTAssertNil(hired.json["results"]?["archiveReason"])
        XCTAssertNil(hired.json["results"]?["archivedAt"])
        let lead = tenant.call("/application.changeStage", ["applicationId": .string(marks.applicationID), "interviewStageId": .string(marks.leadStageID)])
        XCTAssertEqual(lead.json["results"]?["status"], "Lead")
    }

    func testChangeStageErrors() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        let app = JSONValue.string(marks.applicationID)
        func code(_ body: JSONValue) -> String? { tenant.call("/application.changeStage", body).code }
        XCTAssertEqual(code(["applicationId": "00000000-0000-4000-8000-000000000000", "interviewStageId": .string(marks.activeStageID)]), "application_not_found")
        XCTAssertEqual(code(["applicationId": app, "interviewStageId": "00000000-0000-4000-8000-000000000000"]), "interview_stage_not_found")
        XCTAssertEqual(code(["applicationId": app, "interviewStageId": .string(marks.archivedStageID)]), "invalid_input")
        XCTAssertEqual(code(["applicationId": app, "interviewStageId": .string(marks.archivedStageID), "archiveReasonId": "nope"]), "archive_reason_not_found")
        XCTAssertEqual(code(["applicationId": app, "interviewStageId": .string(marks.archivedStageID), "archiveReasonId": .string(marks.archivedArchiveReasonID)]),
                       "archive_reason_not_found")
        XCTAssertEqual(code(["applicationId": app, "interviewStageId": .string(marks.activeStageID), "archiveReasonId": .string(marks.archiveReasonID)]), "invalid_input")
        XCTAssertEqual(code(["applicationId": app]), "invalid_input")
        XCTAssertEqual(code(["applicationId": 5, "interviewStageId": .string(marks.activeStageID)]), "invalid_input")
        XCTAssertEqual(code(["applicationId": app, "interviewStageId": .string(marks.archivedStageID), "archiveReasonId": .string(marks.archiveReasonID),
                             "archiveEmail": ["communicationTemplateId": "tpl"]]), "communication_template_not_found")
        // Nothing above changed the application.
        XCTAssertEqual(tenant.stats.changes, 0)
    }

    // MARK: candidate.createNote

    func testCreateNoteForms() {
        let tenant = TenantHarness.tenant()
        let candidate = JSONValue.string(tenant.landmarks.candidateID)
        let plain = tenant.call("/candidate.createNote", ["candidateId": candidate, "note": "Called, left voicemail"])
        XCTAssertTrue(plain.success)
        XCTAssertEqual(plain.json["results"]?["content"], "Called, left voicemail")
        XCTAssertEqual(plain.json["results"]?["isPrivate"], false)
        XCTAssertEqual(plain.json["results"]?["author"]?["id"]?.stringValue, tenant.landmarks.actingUserID)
        XCTAssertEqual(plain.json["results"]?["createdAt"], "2024-03-01T12:00:00.000Z")
        let html = tenant.call("/candidate.createNote", ["candidateId": candidate, "isPrivate": true, "createdAt": "2024-02-01T09:30:00Z",
                                                         "note": ["type": "text/html", "value": "<b>Strong</b> <script>alert(1)</script><h1>yes</h1>"]])
        XCTAssertEqual(html.json["results"]?["content"], "<b>Strong</b> alert(1)yes")
        XCTAssertEqual(html.json["results"]?["isPrivate"], true)
        XCTAssertEqual(html.json["results"]?["createdAt"], "2024-02-01T09:30:00.000Z")
        let notes = tenant.pass("/candidate.listNotes", ["candidateId": candidate]).records.compactMap { $0["id"]?.stringValue }
        XCTAssertTrue(notes.contains(plain.json["results"]!["id"]!.stringValue!))
    }

    func testCreateNoteErrors() {
        let tenant = TenantHarness.tenant()
        let candidate = JSONValue.string(tenant.landmarks.candidateID)
        XCTAssertEqual(tenant.call("/candidate.createNote", ["candidateId": "missing", "note": "x"]).code, "candidate_not_found")
        XCTAssertEqual(tenant.call("/candidate.createNote", ["candidateId": candidate]).code, "invalid_input")
        XCTAssertEqual(tenant.call("/candidate.createNote", ["candidateId": candidate, "note": ["type": "text/markdown", "value": "x"]]).code, "invalid_input")
        XCTAssertEqual(tenant.call("/candidate.createNote", ["candidateId": candidate, "note": ""]).code, "invalid_input")
        XCTAssertEqual(tenant.call("/candidate.createNote", ["candidateId": candidate, "note": "x", "createdAt": "yesterday"]).code, "invalid_input")
        XCTAssertEqual(tenant.call("/candidate.createNote", ["note": "x"]).code, "invalid_input")
    }

    // MARK: applicationFeedback.submit

    func feedbackBody(_ marks: SandboxLandmarks, user: String? = nil, values: [(String, JSONValue)]? = nil) -> JSONValue {
        let submissions = values ?? [("overall_recommendation", "hire"), ("technical_skills", ["score": 4]), ("problem_solving", ["score": 3]),
                                     ("detailed_feedback", "Clear and careful.")]
        return ["formDefinitionId": .string(marks.feedbackFormDefinitionID), "applicationId": .string(marks.applicationID),
                "userId": .string(user ?? marks.interviewerUserID), "interviewEventId": .string(marks.interviewEventID),
                "feedbackForm": ["fieldSubmissions": .array(submissions.map { ["path": .string($0.0), "value": $0.1] })]]
    }

    func testSubmitInterviewFeedback() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        let schedule = tenant.call("/interviewSchedule.list", ["applicationId": .string(marks.applicationID), "interviewStageId": .string(marks.activeStageID)]).results.first!
        XCTAssertEqual(schedule["status"], "Scheduled")
        let submitted = tenant.call("/applicationFeedback.submit", feedbackBody(marks))
        XCTAssertTrue(submitted.success, submitted.json.serializedString)
        let instance = submitted.json["results"]!["submittedFormInstance"]!
        XCTAssertEqual(instance["submittedValues"]?["technical_skills"], ["score": 4])
        XCTAssertNotNil(instance["formDefinition"]?["sections"])
        let listed = tenant.call("/applicationFeedback.list", ["applicationId": .string(marks.applicationID)]).results
        let mine = listed.first { $0["id"] == instance["id"] }
        XCTAssertEqual(mine?["submittedByUser"]?["id"]?.stringValue, marks.interviewerUserID)
        XCTAssertEqual(mine?["interviewEventId"]?.stringValue, marks.interviewEventID)
        let events = tenant.call("/interviewEvent.list", ["interviewScheduleId": schedule["id"]!]).results
        XCTAssertEqual(events.first { $0["id"]?.stringValue == marks.interviewEventID }?["hasSubmittedFeedback"], true)
    }

    func testSubmitFeedbackValidation() {
        let tenant = TenantHarness.tenant()
        let marks = tenant.landmarks
        func code(_ body: JSONValue) -> String? { tenant.call("/applicationFeedback.submit", body).code }
        XCTAssertEqual(code(feedbackBody(marks, user: marks.nonInterviewerUserID)), "invalid_input")
        XCTAssertEqual(code(feedbackBody(marks, user: "00000000-0000-4000-8000-000000000000")), "user_not_found")
        XCTAssertEqual(code(feedbackBody(marks, user: marks.deactivatedUserID)), "user_not_found")
        let valid: [(String, JSONValue)] = [("overall_recommendation", "hire"), ("technical_skills", ["score": 4]), ("problem_solving", ["score": 3]),
                                            ("detailed_feedback", "ok")]
        func replacing(_ path: String, with value: JSONValue) -> [(String, JSONValue)] { valid.map { $0.0 == path ? ($0.0, value) : $0 } }
        XCTAssertEqual(code(feedbackBody(marks, values: replacing("technical_skills", with: ["score": 5]))), "invalid_input")
        XCTAssertEqual(code(feedbackBody(marks, values: replacing("technical_skills", with: 4))), "invalid_input")
        XCTAssertEqual(code(feedbackBody(marks, values: replacing("overall_recommendation", with: "maybe"))), "invalid_input")
        XCTAssertEqual(code(feedbackBody(marks, values: replacing("detailed_feedback", with: 12))), "invalid_input")
        XCTAssertEqual(code(feedbackBody(marks, values: Array(valid.dropLast()))), "invalid_input") // required field missing
        XCTAssertEqual(code(feedbackBody(marks, values: valid + [("vibes", "good")])), "invalid_input")
        var noForm = feedbackBody(marks).objectValue!
        noForm["formDefinitionId"] = "missing"
        XCTAssertEqual(code(.object(noForm)), "form_definition_not_found")
        var noApplication = feedbackBody(marks).objectValue!
        noApplication["applicationId"] = "missing"
        XCTAssertEqual(code(.object(noApplication)), "application_not_found")
        var noEvent = feedbackBody(marks).objectValue!
        noEvent["interviewEventId"] = "missing"
        XCTAssertEqual(code(.object(noEvent)), "interview_event_not_found")
        var noUser = feedbackBody(marks).objectValue!
        noUser["userId"] = nil
        XCTAssertEqual(code(.object(noUser)), "invalid_input")
        XCTAssertEqual(tenant.stats.changes, 0)
        // General feedback (no event) is credited to the API key's user.
        noUser["interviewEventId"] = nil
        let general = tenant.call("/applicationFeedback.submit", .object(noUser))
        XCTAssertTrue(general.success)
        let listed = tenant.call("/applicationFeedback.list", ["applicationId": .string(marks.applicationID)]).results
        XCTAssertEqual(listed.first { $0["id"] == general.json["results"]?["submittedFormInstance"]?["id"] }?["submittedByUser"]?["id"]?.stringValue,
                       marks.actingUserID)
    }
}
