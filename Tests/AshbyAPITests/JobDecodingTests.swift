import AshbyAPI
import Foundation
import XCTest

let openingJSON = """
    {"id":"o1","openedAt":"2024-01-15T00:00:00.000Z","closedAt":null,"isArchived":false,"archivedAt":null,
     "closeReasonId":null,"openingState":"Open",
     "latestVersion":{"id":"ov1","identifier":"ENG-42","description":"Backend engineer, payments",
      "authorId":"123e4567-e89b-12d3-a456-426614174000","createdAt":"2024-01-14T10:30:00.000Z","teamId":"d1",
      "jobIds":["j1"],"targetHireDate":"2024-03-01","targetStartDate":"2024-04-01","isBackfill":false,
      "employmentType":"FullTime","locationIds":["l1","l2"],
      "hiringTeam":[{"userId":"u1","email":"sam@example.com","firstName":"Sam","lastName":"Lee","role":"Hiring Manager"}],
      "customFields":[{"id":"cf9","title":"Budget approved","value":true}]}}
    """

final class JobDecodingTests: XCTestCase {
    func testJobWithExpandedLocationAndOpenings() throws {
        let json = """
            {"id":"j1","title":"Senior Backend Engineer","confidential":false,"status":"Open","employmentType":"FullTime",
             "locationId":"l1","departmentId":"d1","defaultInterviewPlanId":"p1","interviewPlanIds":["p1","p2"],
             "customFields":[{"id":"cf1","title":"Level","value":"L5","valueLabel":"L5"}],
             "jobPostingIds":["jp1"],"customRequisitionId":"REQ-7","brandId":null,
             "hiringTeam":[{"userId":"u1","email":"sam@example.com","firstName":"Sam","lastName":"Lee","role":"Recruiter"}],
             "author":\(sarahJSON),
             "createdAt":"2024-01-10T09:00:00.000Z","updatedAt":"2024-01-15T10:30:00Z","openedAt":"2024-01-15T00:00:00.000Z",
             "closedAt":null,
             "location":{"id":"l1","name":"Berlin","isArchived":false,"workplaceType":"OnSite"},
             "openings":[\(openingJSON)],
             "compensation":{"compensationTiers":[]}}
            """
        let job = try decodeModel(Job.self, json)
        XCTAssertEqual(job.id, "j1")
        XCTAssertEqual(job.status, .open)
        XCTAssertEqual(job.employmentType, .fullTime)
        XCTAssertEqual(job.interviewPlanIds, ["p1", "p2"])
        XCTAssertEqual(job.customFields, [CustomFieldValue(id: "cf1", title: "Level", value: "L5", valueLabel: .single("L5"))])
        XCTAssertNil(job.brandId)
        XCTAssertEqual(job.hiringTeam?.map(\.role), ["Recruiter"])
        XCTAssertEqual(job.author, sarah)
        XCTAssertEqual(job.updatedAt, Timestamp(secondsSince1970: 1_705_314_600))
        XCTAssertNil(job.closedAt)
        XCTAssertEqual(job.location, Location(id: "l1", name: "Berlin", isArchived: false, workplaceType: .onSite))
        XCTAssertEqual(job.openings?.first?.latestVersion?.identifier, "ENG-42")
        XCTAssertEqual(job.compensation, ["compensationTiers": []])
        try assertRoundTrip(job)
    }

    func testMinimalJob() throws {
        let job = try decodeModel(
            Job.self,
            #"{"id":"j2","title":"Intern","confidential":true,"status":"Draft","employmentType":"Intern","updatedAt":"2024-01-15T10:30:00Z"}"#)
        XCTAssertEqual(
            job,
            Job(id: "j2", title: "Intern", confidential: true, status: .draft, employmentType: .intern,
                updatedAt: timestamp("2024-01-15T10:30:00Z")))
    }

    func testOpening() throws {
        let opening = try decodeModel(Opening.self, openingJSON)
        XCTAssertEqual(
            opening,
            Opening(
                id: "o1", openedAt: timestamp("2024-01-15T00:00:00.000Z"), isArchived: false, openingState: .open,
                latestVersion: OpeningVersion(
                    id: "ov1", identifier: "ENG-42", description: "Backend engineer, payments",
                    authorId: "123e4567-e89b-12d3-a456-426614174000", createdAt: timestamp("2024-01-14T10:30:00.000Z"),
                    teamId: "d1", jobIds: ["j1"], targetHireDate: "2024-03-01", targetStartDate: "2024-04-01",
                    isBackfill: false, employmentType: .fullTime, locationIds: ["l1", "l2"],
                    hiringTeam: [HiringTeamMember(userId: "u1", email: "sam@example.com", firstName: "Sam", lastName: "Lee", role: "Hiring Manager")],
                    customFields: [CustomFieldValue(id: "cf9", title: "Budget approved", value: true)])))
        try assertRoundTrip(opening)
    }

    func testJobPosting() throws {
        let json = """
            {"id":"jp1","title":"Senior Backend Engineer","jobId":"j1","departmentName":"Engineering","teamName":"Payments",
             "locationName":"Berlin","locationIds":{"primaryLocationId":"l1","secondaryLocationIds":["l2"]},
             "workplaceType":"Remote","employmentType":"FullTime","isListed":true,"publishedDate":"2022-07-22",
             "applicationDeadline":"2024-08-12T20:00:00.000Z","externalLink":null,
             "applyLink":"https://jobs.ashbyhq.com/acme/jp1/application","compensationTierSummary":"€80K – €100K",
             "shouldDisplayCompensationOnJobBoard":true,"updatedAt":"2024-08-12T20:00:00.000Z"}
            """
        let posting = try decodeModel(JobPosting.self, json)
        XCTAssertEqual(
            posting,
            JobPosting(
                id: "jp1", title: "Senior Backend Engineer", jobId: "j1", departmentName: "Engineering", teamName: "Payments",
                locationName: "Berlin", locationIds: JobPostingLocationIds(primaryLocationId: "l1", secondaryLocationIds: ["l2"]),
                workplaceType: .remote, employmentType: .fullTime, isListed: true, publishedDate: "2022-07-22",
                applicationDeadline: timestamp("2024-08-12T20:00:00.000Z"),
                applyLink: "https://jobs.ashbyhq.com/acme/jp1/application", compensationTierSummary: "€80K – €100K",
                shouldDisplayCompensationOnJobBoard: true, updatedAt: timestamp("2024-08-12T20:00:00.000Z")))
        try assertRoundTrip(posting)
    }

    func testInterviewPlanStagesAndGroups() throws {
        let plan = try decodeModel(
            InterviewPlan.self,
            #"{"id":"p1","title":"Engineering Interview Plan","isArchived":false,"createdAt":"2023-01-30T15:00:00.000Z","updatedAt":"2023-01-30T16:00:00.000Z"}"#)
        XCTAssertEqual(
            plan,
            InterviewPlan(id: "p1", title: "Engineering Interview Plan", isArchived: false,
                          createdAt: timestamp("2023-01-30T15:00:00.000Z"), updatedAt: timestamp("2023-01-30T16:00:00.000Z")))

        let stages = try decodeModel(
            [InterviewStage].self,
            """
            [{"id":"s1","title":"Application Review","type":"PreInterviewScreen","orderInInterviewPlan":0,"interviewStageGroupId":"g1","interviewPlanId":"p1"},
             {"id":"s2","title":"Offer","type":"Offer","orderInInterviewPlan":5,"interviewPlanId":"p1"},
             {"id":"s3","title":"Archived","type":"Archived","orderInInterviewPlan":6,"interviewStageGroupId":null,"interviewPlanId":"p1"}]
            """)
        XCTAssertEqual(stages.map(\.type), [.preInterviewScreen, .offer, .archived])
        XCTAssertEqual(stages.map(\.orderInInterviewPlan), [0, 5, 6])
        XCTAssertEqual(stages[0].interviewStageGroupId, "g1")
        XCTAssertNil(stages[2].interviewStageGroupId)
        try assertRoundTrip(stages)

        let group = try decodeModel(InterviewStageGroup.self, #"{"id":"g1","title":"Technical Screening","order":1,"stageType":"Active"}"#)
        XCTAssertEqual(group, InterviewStageGroup(id: "g1", title: "Technical Screening", order: 1, stageType: .active))
    }
}
