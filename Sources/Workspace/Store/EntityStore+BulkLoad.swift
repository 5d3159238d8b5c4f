import AshbyAPI
import Foundation

extension EntityStore {
    /// A store holding `snapshot` (a loaded cache), with every index built once by grouping and
    /// sorting rather than by n inserts, and every derived fact computed at `now`.
    public convenience init(snapshot: StoreSnapshot, now: Date, overdueAfterHours: Double = 24, actingUserId: String? = nil) {
        self.init(overdueAfterHours: overdueAfterHours, actingUserId: actingUserId)
        records = snapshot
        pipeline = PipelineIndex(bulk: snapshot.applications.values)
        calendar = InterviewIndex(bulk: snapshot.interviewSchedules.values)
        for record in snapshot.feedback.values { feedbackIndex.insert(record) }
        for offer in snapshot.offers.values { offerIndex.insert(offer) }
        for approval in snapshot.approvals.values { approvalIndex.insert(approval) }
        var planIds: Set<String> = []
        for stage in snapshot.interviewStages.values { planIds.insert(stage.interviewPlanId) }
        var stagesByPlan: [String: [InterviewStage]] = [:]
        for stage in snapshot.interviewStages.values { stagesByPlan[stage.interviewPlanId, default: []].append(stage) }
        for (planId, stages) in stagesByPlan {
            stageIdsByPlan[planId] = stages.sorted {
                $0.orderInInterviewPlan != $1.orderInInterviewPlan ? $0.orderInInterviewPlan < $1.orderInInterviewPlan : $0.id < $1.id
            }.map(\.id)
        }

        clock = now
        var changes = StoreChanges()
        var pending = PendingDerivations()
        pending.events = Set(calendar.events.keys)
        pending.interviewers = Set(calendar.eventIdsByInterviewer.keys)
        pending.applications = Set(calendar.scheduleIdsByApplication.keys).union(offerIndex.idsByApplication.keys)
        rederive(now: now, &pending, &changes)
    }
}
