import AshbyAPI
import Foundation
import XCTest
@testable import Workspace

/// A snapshot holding every resource, with hostile strings where strings go, and a temporary
/// cache directory per test.
enum CacheFixture {
    static let tenKilobytes = String(repeating: "ä€😀x", count: 1_000)
    static let hostile = ["", "\u{0}\u{1B}[31mred\u{1B}[0m\r\n\t", "👩‍👩‍👧‍👦 🇯🇵 李雷", "\u{202E}evil\u{202C}", tenKilobytes, "\u{FEFF}\u{7F}"]

    /// Millisecond times: the small resources go through JSON, which keeps milliseconds.
    static func time(_ offset: Double) -> Timestamp { Timestamp(secondsSince1970: 1_700_000_000.125 + offset) }

    static func snapshot() -> StoreSnapshot {
        var snapshot = StoreSnapshot()
        let user = User(id: "u1", firstName: hostile[2], lastName: hostile[1], email: "a@b.c", globalRole: .organizationAdmin,
                        isEnabled: true, updatedAt: time(0))
        snapshot.users = ["u1": user, "u2": User(id: "u2", firstName: "", lastName: hostile[4], globalRole: "Custom Role",
                                                  isEnabled: false, updatedAt: time(1))]
        snapshot.departments = ["d1": Department(id: "d1", name: hostile[3], isArchived: false, createdAt: time(0), updatedAt: time(2),
                                                 extraData: ["k": ["nested": [1, "two", nil, true]]])]
        snapshot.locations = ["l1": Location(id: "l1", name: "Berlin", isArchived: false,
                                             address: LocationAddress(postalAddress: PostalAddress(addressCountry: "DE")), workplaceType: .hybrid)]
        snapshot.jobs = ["j1": Job(id: "j1", title: hostile[1], confidential: false, status: .open, employmentType: .fullTime,
                                   defaultInterviewPlanId: "p1", hiringTeam: [HiringTeamMember(userId: "u1", email: "a@b.c", firstName: "A", lastName: "B", role: "Recruiter")],
                                   updatedAt: time(3), compensation: ["min": 1.5])]
        snapshot.openings = ["o1": Opening(id: "o1", isArchived: false, openingState: .open)]
        snapshot.jobPostings = ["jp1": JobPosting(id: "jp1", title: "Engineer", jobId: "j1", departmentName: "R&D", teamName: "", locationName: "Berlin",
                                                  locationIds: JobPostingLocationIds(primaryLocationId: "l1"), employmentType: .fullTime, isListed: true,
                                                  publishedDate: "2024-01-01", applyLink: "https://x", shouldDisplayCompensationOnJobBoard: false, updatedAt: time(4))]
        snapshot.interviewPlans = ["p1": InterviewPlan(id: "p1", title: "Plan", isArchived: false, createdAt: time(0), updatedAt: time(0))]
        snapshot.interviewStages = ["s1": InterviewStage(id: "s1", title: hostile[2], type: .active, orderInInterviewPlan: 1, interviewPlanId: "p1"),
                                    "s2": InterviewStage(id: "s2", title: "Offer", type: .offer, orderInInterviewPlan: 2, interviewPlanId: "p1")]
        snapshot.archiveReasons = ["ar1": ArchiveReason(id: "ar1", text: hostile[5], reasonType: .rejectedByOrg, isArchived: true)]
        snapshot.sources = ["src1": Source(id: "src1", title: "Referral", isArchived: false, sourceType: SourceType(id: "st", title: "Inbound", isArchived: false))]
        snapshot.customFields = ["cf1": CustomFieldDefinition(id: "cf1", title: "Level", objectType: .application, isArchived: false, fieldType: .valueSelect,
                                                              isRequired: false, selectableValues: [CustomFieldSelectableValue(label: "L1", value: "l1")])]
        snapshot.hiringTeamRoles = ["Recruiter": HiringTeamRole(title: "Recruiter"), "r2": HiringTeamRole(id: "r2", title: "Coordinator")]
        for (index, name) in hostile.enumerated() {
            let id = "app-\(index)"
            snapshot.applications[id] = ApplicationRecord(
                id: id, candidateId: "cand-\(index)", candidateName: name, candidateEmail: index % 2 == 0 ? nil : name, jobId: "j1",
                jobTitle: hostile[index % hostile.count], stageId: index % 2 == 0 ? "s1" : "s2", interviewPlanId: "p1", status: .active,
                sourceTitle: index == 3 ? nil : name, archiveReasonId: index == 1 ? "ar1" : nil,
                createdAt: Timestamp(secondsSince1970: 1_700_000_000.123456789 + Double(index)),
                updatedAt: Timestamp(secondsSince1970: -12_345.678), archivedAt: index == 2 ? time(9) : nil,
                stageEnteredAt: index == 4 ? Timestamp(secondsSince1970: 0.1) : nil)
        }
        snapshot.interviews = ["i1": Interview(id: "i1", title: "Onsite", isArchived: false, isFeedbackRequired: true, isFeedbackRequested: true,
                                               feedbackFormDefinitionId: "ffd1")]
        snapshot.interviewSchedules = [
            "sch1": InterviewScheduleRecord(id: "sch1", applicationId: "app-0", interviewStageId: "s1", status: .scheduled, updatedAt: nil, events: [
                InterviewEventRecord(id: "ev1", scheduleId: "sch1", interviewId: "i1", startTime: time(100.000001), endTime: time(3700),
                                     interviewers: [InterviewerSeat(userId: "u1", isFeedbackRequired: true),
                                                    InterviewerSeat(userId: "u2", isFeedbackRequired: false, trainingRole: .shadow)],
                                     hasSubmittedFeedback: false, location: hostile[1], meetingLink: hostile[4]),
                InterviewEventRecord(id: "ev2", scheduleId: "other-schedule", interviewId: "i1", startTime: time(0), endTime: time(1),
                                     interviewers: [], hasSubmittedFeedback: true),
            ]),
            "sch2": InterviewScheduleRecord(id: "sch2", applicationId: "app-1", interviewStageId: "s2", status: "SomethingNew", updatedAt: time(5)),
        ]
        snapshot.feedback = ["fb1": FeedbackRecord(id: "fb1", applicationId: "app-0", submittedByUserId: "u1", interviewId: "i1", interviewEventId: "ev1",
                                                   formKey: "ffd1", submittedAt: time(7),
                                                   values: ["overall": "strong yes", "notes": .string(hostile[4]), "score": 3.25,
                                                            "tags": ["a", ["deep": [nil, false]]], "empty": [:], "none": nil]),
                             "fb2": FeedbackRecord(id: "fb2", applicationId: "app-1", submittedByUserId: "u2", formKey: hostile[2])]
        let form = FormDefinition(sections: [FormSection(title: hostile[3], fields: [
            FormFieldEntry(isRequired: true, field: FormField(id: "f1", type: .score, path: "overall", humanReadablePath: "Overall", title: "Overall", isNullable: false)),
        ])])
        snapshot.feedbackForms = ["ffd1": form, hostile[2]: FormDefinition()]
        snapshot.feedbackFormDefinitions = ["ffd1": FeedbackFormDefinition(id: "ffd1", organizationId: "org", title: "Scorecard", isArchived: false,
                                                                           isDefaultForm: true, formDefinition: form)]
        snapshot.offers = ["of1": Offer(id: "of1", applicationId: "app-1", acceptanceStatus: .pending, offerStatus: .waitingOnOfferApproval,
                                        latestVersion: OfferVersion(id: "ofv1", salary: nil, createdAt: time(8)))]
        snapshot.approvals = ["ap1": Approval(id: "ap1", approvalDefinitionId: "def", entityId: "ofv1", entityType: .offer, createdAt: time(9), steps: [
            ApprovalStep(id: "st1", approvalsRequired: 1, approvers: [Approver(id: "apr1", userId: "u1", decision: .pending)]),
        ])]
        return snapshot
    }

    static let tokens: [SyncedResource: String] = [.applications: "tok-apps", .interviewSchedules: hostile[1], .offers: ""]

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ashby-cache-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

final class CacheFixtureTests: XCTestCase {
    func testFixtureHoldsEveryResource() {
        let snapshot = CacheFixture.snapshot()
        for resource in SyncedResource.allCases { XCTAssertFalse(snapshot.ids(of: resource).isEmpty, "\(resource)") }
    }
}
