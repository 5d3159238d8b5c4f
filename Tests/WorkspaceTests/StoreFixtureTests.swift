import AshbyAPI
import Foundation
import XCTest
@testable import Workspace

/// Small record builders for store and cache tests; times are seconds after `StoreFixture.base`.
enum StoreFixture {
    /// 2023-11-14T22:13:20Z.
    static let base = 1_700_000_000.0

    static func time(_ offset: Double) -> Timestamp { Timestamp(secondsSince1970: base + offset) }
    static func date(_ offset: Double) -> Date { Date(timeIntervalSince1970: base + offset) }

    static func application(_ id: String, job: String = "job-1", stage: String = "stage-a", name: String? = nil,
                            candidate: String? = nil, updated: Double = 0, entered: Double? = nil,
                            status: ApplicationStatus = .active) -> ApplicationRecord {
        ApplicationRecord(id: id, candidateId: candidate ?? "cand-\(id)", candidateName: name ?? "Name \(id)",
                          candidateEmail: "\(id)@example.com", jobId: job, jobTitle: "Title \(job)", stageId: stage,
                          interviewPlanId: "plan-1", status: status, sourceTitle: "Referral", createdAt: time(-86_400),
                          updatedAt: time(updated), stageEnteredAt: entered.map(time))
    }

    static func event(_ id: String, schedule: String, start: Double, end: Double,
                      interviewers: [(String, Bool)], submitted: Bool = false) -> InterviewEventRecord {
        InterviewEventRecord(id: id, scheduleId: schedule, interviewId: "interview-1", startTime: time(start), endTime: time(end),
                             interviewers: interviewers.map { InterviewerSeat(userId: $0.0, isFeedbackRequired: $0.1) },
                             hasSubmittedFeedback: submitted)
    }

    static func schedule(_ id: String, application: String, status: InterviewScheduleStatus = .scheduled,
                         events: [InterviewEventRecord]) -> InterviewScheduleRecord {
        InterviewScheduleRecord(id: id, applicationId: application, interviewStageId: "stage-a", status: status,
                                updatedAt: time(0), events: events)
    }

    static func feedback(_ id: String, application: String, user: String, event: String?) -> FeedbackRecord {
        FeedbackRecord(id: id, applicationId: application, submittedByUserId: user, interviewEventId: event,
                       formKey: "form-1", submittedAt: time(0), values: ["overall": "strong yes"])
    }

    static func offer(_ id: String, application: String, acceptance: OfferAcceptanceStatus = .pending,
                      status: OfferStatus? = .waitingOnOfferApproval, version: String? = nil) -> Offer {
        Offer(id: id, applicationId: application, acceptanceStatus: acceptance, offerStatus: status,
              latestVersion: OfferVersion(id: version ?? "\(id)-v1", createdAt: time(0)))
    }

    /// An approval of an offer version whose steps list (completed?, [(user, decision)]).
    static func approval(_ id: String, entity: String, created: Double = 0,
                         steps: [(Bool, [(String, ApprovalDecision)])]) -> Approval {
        Approval(id: id, approvalDefinitionId: "def-1", entityId: entity, entityType: .offer, createdAt: time(created),
                 steps: steps.enumerated().map { index, step in
                     ApprovalStep(id: "\(id)-step\(index)", approvalsRequired: 1, completedAt: step.0 ? time(0) : nil,
                                  approvers: step.1.map { Approver(id: "\(id)-\($0.0)", userId: $0.0, decision: $0.1) })
                 })
    }

    static func stage(_ id: String, plan: String = "plan-1", order: Int) -> InterviewStage {
        InterviewStage(id: id, title: "Stage \(id)", type: .active, orderInInterviewPlan: order, interviewPlanId: plan)
    }

    static func delta(_ build: (inout StoreDelta) -> Void) -> StoreDelta {
        var delta = StoreDelta()
        build(&delta)
        return delta
    }
}

final class StoreFixtureTests: XCTestCase {
    func testFixtureTimesAreOffsetsFromBase() {
        XCTAssertEqual(StoreFixture.time(60).secondsSince1970, 1_700_000_060)
        XCTAssertEqual(StoreFixture.application("a").stageClockStart, StoreFixture.time(0))
    }
}
