import AshbyAPI
import Foundation
@testable import Workspace

/// A small hand-made tenant for view model tests: one interview plan with six stages, a few
/// jobs, archive reasons and users; applications are added per test.
enum ViewModelFixture {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14 22:13:20 UTC
    static let day: TimeInterval = 86_400
    static let planId = "plan-1"

    static func stamp(_ offset: TimeInterval) -> Timestamp { Timestamp(now.addingTimeInterval(offset)) }

    static let stages: [InterviewStage] = [
        InterviewStage(id: "s-review", title: "Application Review", type: .preInterviewScreen, orderInInterviewPlan: 0, interviewPlanId: planId),
        InterviewStage(id: "s-phone", title: "Phone Screen", type: .active, orderInInterviewPlan: 1, interviewPlanId: planId),
        InterviewStage(id: "s-onsite", title: "Onsite", type: .active, orderInInterviewPlan: 2, interviewPlanId: planId),
        InterviewStage(id: "s-offer", title: "Offer", type: .offer, orderInInterviewPlan: 3, interviewPlanId: planId),
        InterviewStage(id: "s-hired", title: "Hired", type: .hired, orderInInterviewPlan: 4, interviewPlanId: planId),
        InterviewStage(id: "s-archived", title: "Archived", type: .archived, orderInInterviewPlan: 5, interviewPlanId: planId),
    ]

    static func job(_ id: String, _ title: String, _ status: JobStatus = .open) -> Job {
        Job(id: id, title: title, confidential: false, status: status, employmentType: .fullTime, defaultInterviewPlanId: planId,
            interviewPlanIds: [planId], updatedAt: stamp(-100 * day))
    }

    static func user(_ id: String, _ first: String, _ last: String) -> User {
        User(id: id, firstName: first, lastName: last, email: "\(first.lowercased())@example.com", globalRole: .elevatedAccess,
             isEnabled: true, updatedAt: stamp(-100 * day))
    }

    static let reasons = [
        ArchiveReason(id: "r-fit", text: "Not a fit", reasonType: .rejectedByOrg, isArchived: false),
        ArchiveReason(id: "r-withdrew", text: "Withdrew", reasonType: .rejectedByCandidate, isArchived: false),
        ArchiveReason(id: "r-old", text: "Old reason", reasonType: .other, isArchived: true),
    ]

    /// An application in `stage` for `days` days, last updated `updatedDaysAgo` days ago.
    static func application(_ id: String, _ name: String, stage: String, job: String = "job-1", days: Double,
                            updatedDaysAgo: Double? = nil, source: String? = nil, email: String? = nil) -> ApplicationRecord {
        let jobTitle = job == "job-1" ? "Backend Engineer" : job == "job-2" ? "Product Designer" : "Recruiter"
        let type = stages.first { $0.id == stage }?.type
        return ApplicationRecord(
            id: id, candidateId: "c-\(id)", candidateName: name, candidateEmail: email, jobId: job, jobTitle: jobTitle,
            stageId: stage, interviewPlanId: planId, status: type == .archived ? .archived : type == .hired ? .hired : .active,
            sourceTitle: source, createdAt: stamp(-200 * day), updatedAt: stamp(-(updatedDaysAgo ?? days) * day),
            stageEnteredAt: stamp(-days * day))
    }

    /// The tenant without applications.
    static func baseDelta() -> StoreDelta {
        var delta = StoreDelta()
        delta.jobs = [job("job-1", "Backend Engineer"), job("job-2", "Product Designer"), job("job-3", "Recruiter", .closed)]
        delta.interviewPlans = [InterviewPlan(id: planId, title: "Engineering", isArchived: false, createdAt: stamp(-300 * day),
                                              updatedAt: stamp(-300 * day))]
        delta.interviewStagesByPlan = [planId: stages]
        delta.archiveReasons = reasons
        delta.users = [user("u-me", "Mia", "Moss"), user("u-ivan", "Ivan", "Ives"), user("u-jo", "Jo", "Jones"),
                       user("u-kim", "Kim", "Kato")]
        return delta
    }

    static func store(_ applications: [ApplicationRecord], actingUserId: String? = "u-me") -> EntityStore {
        let store = EntityStore(actingUserId: actingUserId)
        var delta = baseDelta()
        delta.applications = applications
        store.apply(delta, now: now)
        return store
    }

    /// Eight applications of job-1 across the first stages, and one of job-2.
    static let pipelineApplications: [ApplicationRecord] = [
        application("a1", "Ada Lovelace", stage: "s-review", days: 3, updatedDaysAgo: 1, source: "LinkedIn", email: "ada@math.org"),
        application("a2", "bo chen", stage: "s-review", days: 10, updatedDaysAgo: 2, source: "Referral", email: "bo@chen.dev"),
        application("a3", "Cyd Charisse", stage: "s-review", days: 1, updatedDaysAgo: 0.5, source: "LinkedIn"),
        application("a4", "Dan Brown", stage: "s-phone", days: 5, source: "Indeed", email: "dan@novels.com"),
        application("a5", "Eve Polastri", stage: "s-phone", days: 8, source: "Referral"),
        application("a6", "Fay Wray", stage: "s-onsite", days: 2, source: "LinkedIn"),
        application("a7", "Gus Fring", stage: "s-hired", days: 30, source: "Referral"),
        application("a8", "Hal Jordan", stage: "s-archived", days: 40, source: "Indeed"),
        application("b1", "Zed Other", stage: "s-review", job: "job-2", days: 4),
    ]
}
