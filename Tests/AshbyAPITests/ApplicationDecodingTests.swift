import AshbyAPI
import Foundation
import XCTest

final class ApplicationDecodingTests: XCTestCase {
    private let applicationJSON = """
        {"id":"550e8400-e29b-41d4-a716-446655440000","createdAt":"2023-11-01T09:00:00.000Z","updatedAt":"2023-11-15T14:30:00.000Z",
         "status":"Archived",
         "customFields":[{"id":"cf1","title":"Expected start date","value":"2022-11-10T19:47:56.795Z"}],
         "candidate":{"id":"c1","name":"Adam Hart","primaryEmailAddress":{"value":"test@ashbyhq.com","type":"Work","isPrimary":true},
                      "primaryPhoneNumber":{"value":"222-222-3344","type":"Work","isPrimary":true}},
         "currentInterviewStage":{"id":"s9","title":"Archived","type":"Archived","orderInInterviewPlan":9,"interviewStageGroupId":"g6","interviewPlanId":"p1"},
         "source":{"id":"s1","title":"Applied","isArchived":false},
         "archiveReason":{"id":"ar1","text":"Too inexperienced","reasonType":"RejectedByOrg","isArchived":false,"customFields":[]},
         "archivedAt":"2023-11-15T14:30:00.000Z",
         "job":{"id":"j1","title":"Senior Backend Engineer","locationId":"l1","departmentId":"d1"},
         "creditedToUser":\(sarahJSON),
         "hiringTeam":[{"userId":"u1","email":"sam@example.com","firstName":"Sam","lastName":"Lee","role":"Recruiter"}],
         "appliedViaJobPostingId":"jp1","submitterClientIp":"203.0.113.7","submitterUserAgent":"Mozilla/5.0",
         "applicationHistory":[
           {"id":"h0","stageId":"s1","title":"Application Review","enteredStageAt":"2023-11-01T09:00:00.000Z",
            "leftStageAt":"2023-11-03T09:00:00.000Z","stageNumber":0,"allowedActions":["none"],"actorId":null},
           {"id":"h1","stageId":"s9","title":"Archived","enteredStageAt":"2023-11-15T14:30:00.000Z",
            "stageNumber":1,"allowedActions":["delete","set_entered_at"],"actorId":"u1"}],
         "applicationFormSubmissions":[{"id":"f1","formDefinition":{"sections":[]},"submittedValues":{"_systemfield_name":"Adam Hart"}}],
         "referrals":[{"user":\(sarahJSON),"referredAt":"2023-10-30T12:00:00Z"}],
         "resumeFileHandle":{"id":"fh1","name":"resume.pdf","handle":"abc"}}
        """

    func testApplicationInfoWithExtras() throws {
        let application = try decodeModel(Application.self, applicationJSON)
        XCTAssertEqual(application.id, "550e8400-e29b-41d4-a716-446655440000")
        XCTAssertEqual(application.status, .archived)
        XCTAssertEqual(
            application.candidate,
            ApplicationCandidate(
                id: "c1", name: "Adam Hart",
                primaryEmailAddress: ContactInfo(value: "test@ashbyhq.com", type: .work, isPrimary: true),
                primaryPhoneNumber: ContactInfo(value: "222-222-3344", type: .work, isPrimary: true)))
        XCTAssertEqual(
            application.currentInterviewStage,
            InterviewStage(id: "s9", title: "Archived", type: .archived, orderInInterviewPlan: 9, interviewStageGroupId: "g6", interviewPlanId: "p1"))
        XCTAssertEqual(application.source, Source(id: "s1", title: "Applied", isArchived: false))
        XCTAssertEqual(
            application.archiveReason,
            ArchiveReason(id: "ar1", text: "Too inexperienced", reasonType: .rejectedByOrg, isArchived: false, customFields: []))
        XCTAssertEqual(application.archivedAt, timestamp("2023-11-15T14:30:00.000Z"))
        XCTAssertEqual(application.job, ApplicationJob(id: "j1", title: "Senior Backend Engineer", locationId: "l1", departmentId: "d1"))
        XCTAssertEqual(application.creditedToUser, sarah)
        XCTAssertEqual(application.hiringTeam, [HiringTeamMember(userId: "u1", email: "sam@example.com", firstName: "Sam", lastName: "Lee", role: "Recruiter")])
        XCTAssertEqual(application.appliedViaJobPostingId, "jp1")
        XCTAssertEqual(application.submitterClientIp, "203.0.113.7")
        XCTAssertEqual(application.customFields?.first?.timestampValue, Timestamp(secondsSince1970: 1_668_109_676.795))
        XCTAssertEqual(
            application.applicationHistory,
            [
                ApplicationHistoryItem(
                    id: "h0", stageId: "s1", title: "Application Review", enteredStageAt: timestamp("2023-11-01T09:00:00.000Z"),
                    leftStageAt: timestamp("2023-11-03T09:00:00.000Z"), stageNumber: 0, allowedActions: [.noAction]),
                ApplicationHistoryItem(
                    id: "h1", stageId: "s9", title: "Archived", enteredStageAt: timestamp("2023-11-15T14:30:00.000Z"),
                    stageNumber: 1, allowedActions: [.delete, .setEnteredAt], actorId: "u1"),
            ])
        XCTAssertEqual(
            application.applicationFormSubmissions,
            [SubmittedFormInstance(id: "f1", formDefinition: FormDefinition(sections: []), submittedValues: ["_systemfield_name": "Adam Hart"])])
        XCTAssertEqual(application.referrals, [Referral(user: sarah, referredAt: timestamp("2023-10-30T12:00:00Z"))])
        XCTAssertEqual(application.resumeFileHandle, FileHandle(id: "fh1", name: "resume.pdf", handle: "abc"))
        XCTAssertNil(application.openings)
        try assertRoundTrip(application)
    }

    func testPipelineCardFromListWithoutExtras() throws {
        let json = """
            {"id":"a2","createdAt":"2023-11-01T09:00:00Z","updatedAt":"2023-11-02T09:00:00Z","status":"Active",
             "candidate":{"id":"c2","name":"Bo"},
             "currentInterviewStage":{"id":"s2","title":"Onsite","type":"Active","orderInInterviewPlan":3,"interviewPlanId":"p1"},
             "job":{"id":"j1","title":"Senior Backend Engineer"},"hiringTeam":[],
             "source":null,"archiveReason":null,"archivedAt":null,"creditedToUser":null,"someNewField":[1,2,3]}
            """
        let application = try decodeModel(Application.self, json)
        XCTAssertEqual(
            application,
            Application(
                id: "a2", createdAt: timestamp("2023-11-01T09:00:00Z"), updatedAt: timestamp("2023-11-02T09:00:00Z"),
                status: .active, candidate: ApplicationCandidate(id: "c2", name: "Bo"),
                currentInterviewStage: InterviewStage(id: "s2", title: "Onsite", type: .active, orderInInterviewPlan: 3, interviewPlanId: "p1"),
                job: ApplicationJob(id: "j1", title: "Senior Backend Engineer")))
    }

    func testApplicationHistoryItemFromListHistory() throws {
        let item = try decodeModel(
            ApplicationHistoryItem.self,
            #"{"id":"h2","stageId":"s5","title":"Offer","enteredStageAt":"2024-01-15T10:30:00Z","stageNumber":4,"allowedActions":["delete","set_entered_at","merge"]}"#)
        XCTAssertEqual(item.allowedActions, [.delete, .setEnteredAt, "merge"])
        XCTAssertNil(item.leftStageAt)
        XCTAssertNil(item.actorId)
        XCTAssertEqual(item.stageNumber, 4)
    }
}
