import AshbyAPI
import AshbySandbox
import XCTest

final class TenantSmokeTests: XCTestCase {
    func testEveryReadEndpointAnswers() {
        let tenant = TenantHarness.tenant(hostile: true)
        let marks = tenant.landmarks
        let calls: [(String, JSONValue)] = [
            ("/apiKey.info", [:]), ("/user.list", ["includeDeactivated": true]), ("/user.search", ["email": .string(marks.actingUserEmail)]),
            ("/department.list", ["includeArchived": true]), ("/location.list", ["includeArchived": true]), ("/job.list", ["status": ["Draft", "Open", "Closed", "Archived"], "expand": ["location", "openings"]]),
            ("/job.info", ["id": .string(marks.jobID)]), ("/opening.list", [:]), ("/jobPosting.list", [:]),
            ("/hiringTeamRole.list", [:]), ("/hiringTeamRole.list", ["namesOnly": false]), ("/customField.list", ["includeArchived": true]),
            ("/surveyFormDefinition.list", [:]), ("/surveySubmission.list", ["surveyType": "CandidateExperience"]),
            ("/surveySubmission.list", ["surveyType": "Questionnaire"]), ("/interviewPlan.list", ["includeArchived": true]),
            ("/interviewStage.list", ["interviewPlanId": .string(marks.interviewPlanID)]), ("/candidate.list", [:]),
            ("/candidate.info", ["id": .string(marks.candidateID)]), ("/candidate.search", ["name": "a"]),
            ("/candidate.listNotes", ["candidateId": .string(marks.candidateID)]), ("/application.list", [:]),
            ("/application.info", ["applicationId": .string(marks.applicationID)]), ("/application.listHistory", ["applicationId": .string(marks.applicationID)]),
            ("/archiveReason.list", ["includeArchived": true]), ("/source.list", [:]), ("/interview.list", ["includeNonSharedInterviews": true, "includeArchived": true]),
            ("/interviewSchedule.list", [:]), ("/applicationFeedback.list", [:]), ("/feedbackFormDefinition.list", ["includeArchived": true]),
            ("/offer.list", [:]), ("/offer.info", ["offerId": .string(marks.offerID)]), ("/approval.list", [:]),
        ]
        for (path, body) in calls {
            let answer = tenant.call(path, body)
            XCTAssertTrue(answer.success, "\(path): \(answer.json.serializedString.prefix(300))")
            XCTAssertEqual(answer.reply.status, 200, path)
        }
        let schedules = tenant.call("/interviewSchedule.list", ["applicationId": .string(marks.applicationID)])
        let scheduleID = schedules.ids.first ?? ""
        XCTAssertTrue(tenant.call("/interviewEvent.list", ["interviewScheduleId": .string(scheduleID), "expand": ["interview"]]).success)
        print(tenant.stats)
    }
}
