import AshbyAPI
import Foundation
import XCTest

final class InterviewDecodingTests: XCTestCase {
    private let interviewJSON = """
        {"id":"ff6c7d9d-71e3-4c9c-88b1-28824980c276","title":"System Design","externalTitle":"Architecture chat",
         "isArchived":false,"isDebrief":false,"isFeedbackRequired":true,"isFeedbackRequested":true,
         "instructionsHtml":"<p>Design a URL shortener</p>","instructionsPlain":"Design a URL shortener",
         "jobId":null,"feedbackFormDefinitionId":"6ba7b810-9dad-11d1-80b4-00c04fd430c8"}
        """

    private var interview: Interview {
        Interview(
            id: "ff6c7d9d-71e3-4c9c-88b1-28824980c276", title: "System Design", externalTitle: "Architecture chat",
            isArchived: false, isDebrief: false, isFeedbackRequired: true, isFeedbackRequested: true,
            instructionsHtml: "<p>Design a URL shortener</p>", instructionsPlain: "Design a URL shortener",
            feedbackFormDefinitionId: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
    }

    func testInterviewDefinition() throws {
        XCTAssertEqual(try decodeModel(Interview.self, interviewJSON), interview)
        try assertRoundTrip(interview)
    }

    func testScheduleWithEventsAndInterviewers() throws {
        let json = """
            {"id":"9d34f544-c150-4d70-91c4-e8b0b4a72846","status":"Scheduled","applicationId":"a1","interviewStageId":"s3",
             "scheduledBy":\(sarahJSON),"createdAt":"2023-01-29T10:00:00.000Z","updatedAt":"2023-01-29T10:05:00.000Z",
             "interviewEvents":[
              {"id":"3ae2b801-19f6-41ef-ad28-214bd731948f","interviewId":"ff6c7d9d-71e3-4c9c-88b1-28824980c276",
               "interviewScheduleId":"9d34f544-c150-4d70-91c4-e8b0b4a72846",
               "interviewerUserIds":["caea4d97-331d-46b1-a8e3-6b821c2214ef"],
               "interviewers":[
                 {"id":"caea4d97-331d-46b1-a8e3-6b821c2214ef","firstName":"Ken","lastName":"Ito","email":"ken@example.com",
                  "globalRole":"Limited Access","isEnabled":true,"updatedAt":"2023-01-01T00:00:00Z",
                  "trainingRole":"Shadow",
                  "interviewerPool":{"id":"pool1","title":"System Design","isArchived":false,
                    "trainingPath":{"id":"tp1","enabled":true,"trainingStages":[
                      {"id":"ts1","interviewerRole":"Shadow","interviewsRequired":2,"isArchived":false,"approvalRequired":false},
                      {"id":"ts2","interviewerRole":"ReverseShadow","interviewsRequired":1,"isArchived":false,"approvalRequired":true,"approvers":[\(sarahJSON)]}]}},
                  "isFeedbackRequired":false},
                 \(sarahJSON.dropLast()),"trainingRole":null,"interviewerPool":null,"isFeedbackRequired":true}],
               "createdAt":"2023-01-29T10:00:00.000Z","updatedAt":"2023-01-29T10:05:00.000Z",
               "startTime":"2023-01-30T15:00:00.000Z","endTime":"2023-01-30T16:00:00.000Z",
               "feedbackLink":"https://app.ashbyhq.com/interview-briefings/4736b6d2-5c97-43a6-a7c6-0228bf079411/feedback",
               "location":"Google Meet","meetingLink":"https://meet.google.com/abc-defg-hij","interviewerCalendarEventId":null,
               "hasSubmittedFeedback":true,"interview":\(interviewJSON),"notetakerTranscriptId":null,
               "extraData":{"roomCode":"B12"}}]}
            """
        let schedule = try decodeModel(InterviewSchedule.self, json)
        XCTAssertEqual(schedule.id, "9d34f544-c150-4d70-91c4-e8b0b4a72846")
        XCTAssertEqual(schedule.status, .scheduled)
        XCTAssertEqual(schedule.applicationId, "a1")
        XCTAssertEqual(schedule.interviewStageId, "s3")
        XCTAssertEqual(schedule.scheduledBy, sarah)
        XCTAssertEqual(schedule.createdAt, timestamp("2023-01-29T10:00:00.000Z"))

        let event = try XCTUnwrap(schedule.interviewEvents?.first)
        XCTAssertEqual(event.startTime, Timestamp(secondsSince1970: 1_675_090_800))
        XCTAssertEqual(event.endTime, Timestamp(secondsSince1970: 1_675_094_400))
        XCTAssertEqual(event.feedbackLink, "https://app.ashbyhq.com/interview-briefings/4736b6d2-5c97-43a6-a7c6-0228bf079411/feedback")
        XCTAssertEqual(event.location, "Google Meet")
        XCTAssertEqual(event.meetingLink, "https://meet.google.com/abc-defg-hij")
        XCTAssertNil(event.interviewerCalendarEventId)
        XCTAssertTrue(event.hasSubmittedFeedback)
        XCTAssertEqual(event.interview, interview)
        XCTAssertEqual(event.interviewerUserIds, ["caea4d97-331d-46b1-a8e3-6b821c2214ef"])
        XCTAssertEqual(event.extraData, ["roomCode": "B12"])

        XCTAssertEqual(event.interviewers.count, 2)
        let shadow = event.interviewers[0]
        XCTAssertEqual(shadow.id, "caea4d97-331d-46b1-a8e3-6b821c2214ef")
        XCTAssertEqual(shadow.user.firstName, "Ken")
        XCTAssertEqual(shadow.user.globalRole, .limitedAccess)
        XCTAssertEqual(shadow.trainingRole, .shadow)
        XCTAssertFalse(shadow.isFeedbackRequired)
        XCTAssertEqual(
            shadow.interviewerPool,
            InterviewerPool(
                id: "pool1", title: "System Design", isArchived: false,
                trainingPath: TrainingPath(id: "tp1", enabled: true, trainingStages: [
                    TrainingStage(id: "ts1", interviewerRole: .shadow, interviewsRequired: 2, isArchived: false, approvalRequired: false),
                    TrainingStage(id: "ts2", interviewerRole: .reverseShadow, interviewsRequired: 1, isArchived: false, approvalRequired: true, approvers: [sarah]),
                ])))
        XCTAssertEqual(event.interviewers[1], Interviewer(user: sarah, isFeedbackRequired: true))
        try assertRoundTrip(schedule)
    }

    func testInterviewerEncodesAsOneFlatObject() throws {
        let interviewer = Interviewer(user: sarah, trainingRole: .reverseShadow, isFeedbackRequired: true)
        let object = try JSONValue.parse(try JSONEncoder().encode(interviewer))
        XCTAssertEqual(
            object,
            ["id": "123e4567-e89b-12d3-a456-426614174000", "firstName": "Sarah", "lastName": "Johnson",
             "email": "sarah.johnson@company.com", "globalRole": "Elevated Access", "isEnabled": true,
             "updatedAt": "2023-11-15T14:30:00.000Z", "trainingRole": "Reverse-Shadow", "isFeedbackRequired": true])
    }

    func testScheduleNeedingSchedulingHasNoEvents() throws {
        let schedule = try decodeModel(
            InterviewSchedule.self,
            #"{"id":"sched-2","status":"NeedsScheduling","applicationId":"a1","interviewStageId":"s3","scheduledBy":null}"#)
        XCTAssertEqual(schedule, InterviewSchedule(id: "sched-2", status: .needsScheduling, applicationId: "a1", interviewStageId: "s3"))
    }
}
