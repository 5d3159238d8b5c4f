import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// Colleagues' changes at a steady rate, which a test can pause and stop (the tenant's own
/// churn timer cannot be stopped, and the end of a session needs a still tenant).
final class ColleagueChurn: @unchecked Sendable {
    private let tenant: SandboxTenant
    private let interval: TimeInterval
    private let queue = DispatchQueue(label: "session.churn")
    private let lock = NSLock()
    private var paused = false
    private var timer: DispatchSourceTimer?

    init(tenant: SandboxTenant, perMinute: Double) {
        self.tenant = tenant
        interval = 60 / perMinute
    }

    func start() {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in
            guard let self, !self.lock.withLock({ self.paused }) else { return }
            self.tenant.applyChurn(count: 1)
        }
        lock.withLock { self.timer = timer }
        timer.resume()
    }

    /// Holds colleagues off, or lets them go on.
    func pause(_ isPaused: Bool) {
        lock.withLock { paused = isPaused }
        queue.sync {}  // a change already under way has finished
    }

    /// No change happens after this returns.
    func stop() {
        let timer = lock.withLock { () -> DispatchSourceTimer? in
            defer { self.timer = nil }
            return self.timer
        }
        timer?.cancel()
        pause(true)
    }
}

/// Picks each scripted write from what the store shows, as a person at the keyboard would, and
/// remembers how to count its effect on the server.
struct SessionScript {
    enum Kind { case move, archive, note, feedback, approval }

    struct Submitted {
        var actionId: String
        var summary: String
        /// How many times it took effect on the server.
        var effects: () throws -> Int
    }

    let pump: InboxPump
    let outbox: Outbox
    let churn: ColleagueChurn
    let tenant: SandboxTenant
    /// For counting effects (with many retries: the sandbox's faults hit these reads too).
    let client: AshbyClient
    private(set) var submitted: [Submitted] = []
    private var usedApplications: Set<String> = []
    private var usedEvents: Set<String> = []
    private var usedApprovals: Set<String> = []
    private var store: EntityStore { pump.store }

    init(pump: InboxPump, outbox: Outbox, churn: ColleagueChurn, tenant: SandboxTenant, client: AshbyClient) {
        self.pump = pump
        self.outbox = outbox
        self.churn = churn
        self.tenant = tenant
        self.client = client
    }

    mutating func perform(_ kind: Kind) throws {
        switch kind {
        case .move: try move(archiving: false)
        case .archive: try move(archiving: true)
        case .note: try note()
        case .feedback: try feedback()
        case .approval: try approval()
        }
    }

    // MARK: - Writes

    /// The next stage of an active application, or its plan's archived stage with a reason.
    private mutating func move(archiving: Bool) throws {
        let reason = store.archiveReasons.values.filter { !$0.isArchived }.map(\.id).sorted().first
        var choice: (ApplicationRecord, InterviewStage)?
        for application in store.applications.values.sorted(by: { $0.id < $1.id })
        where application.status == .active && !usedApplications.contains(application.id) {
            let stages = store.stages(ofPlan: application.interviewPlanId)
            guard let index = stages.firstIndex(where: { $0.id == application.stageId }) else { continue }
            let target = archiving ? stages.first { $0.type == .archived } : stages.dropFirst(index + 1).first { $0.type != .archived }
            if let target {
                choice = (application, target)
                break
            }
        }
        let (application, target) = try XCTUnwrap(choice, "no active application to move")
        usedApplications.insert(application.id)
        var moved = application
        moved.stageId = target.id
        moved.archiveReasonId = archiving ? reason : nil
        var optimistic = StoreDelta()
        optimistic.applications = [moved]
        var rollback = StoreDelta()
        rollback.applications = [application]
        let summary = "\(archiving ? "Archive" : "Move") \(application.candidateName) to \(target.title)"
        let action = OutboxAction.moveApplication(applicationId: application.id, toStageId: target.id, archiveReasonId: archiving ? reason : nil)
        let submittedAt = Date()
        let (client, actor) = (self.client, tenant.landmarks.actingUserID)
        try record(action, optimistic, rollback, summary) {
            // Stage entries made through the API (the key's user) since the submission.
            try client.applicationHistory(applicationId: application.id).filter {
                $0.stageId == target.id && $0.actorId == actor && $0.enteredStageAt.secondsSince1970 >= submittedAt.timeIntervalSince1970 - 5
            }.count
        }
    }

    private mutating func note() throws {
        let candidateId = try XCTUnwrap(store.applications.values.map(\.candidateId).sorted().dropFirst(submitted.count * 7).first)
        let text = "Session note \(submitted.count): follow up on references. \(UUID().uuidString)"
        let tenant = self.tenant
        try record(.addNote(candidateId: candidateId, text: text), StoreDelta(), StoreDelta(), "Add a note") {
            ServerState.decode(Note.self, tenant.snapshot(of: "note")).filter { $0.content == text }.count
        }
    }

    /// Interview feedback from an interviewer of a past event, on the interview's own form.
    private mutating func feedback() throws {
        let now = Date().timeIntervalSince1970
        var choice: (InterviewEventRecord, InterviewScheduleRecord, String, FeedbackFormDefinition)?
        for event in store.interviewEvents.values.sorted(by: { $0.id < $1.id })
        where event.endTime.secondsSince1970 < now && !usedEvents.contains(event.id) {
            guard let schedule = store.schedule(ofEvent: event.id), store.applications[schedule.applicationId] != nil,
                  let formId = store.interviews[event.interviewId]?.feedbackFormDefinitionId,
                  let form = store.feedbackFormDefinitions[formId], !form.isArchived,
                  let seat = event.interviewers.first(where: { store.users[$0.userId]?.isEnabled ?? false })
            else { continue }
            choice = (event, schedule, seat.userId, form)
            break
        }
        let (event, schedule, userId, form) = try XCTUnwrap(choice, "no past interview to give feedback on")
        usedEvents.insert(event.id)
        let marker = UUID().uuidString
        let answers = form.formDefinition.fields.map { field -> FeedbackAnswer in
            var value = OutboxFixture.answer(for: field)
            if case .string(let text) = value, field.selectableValues == nil, field.type.rawValue != "Date", field.type.rawValue != "Email" {
                value = .string("\(text) \(marker)")
            }
            return FeedbackAnswer(path: field.path, value: value)
        }
        let temporaryId = "temporary-\(marker)"
        var optimistic = StoreDelta()
        optimistic.feedback = [FeedbackRecord(id: temporaryId, applicationId: schedule.applicationId, submittedByUserId: userId,
                                              interviewId: event.interviewId, interviewEventId: event.id, formKey: form.id,
                                              values: Dictionary(uniqueKeysWithValues: answers.map { ($0.path, $0.value) }))]
        var rollback = StoreDelta()
        rollback.removals[.applicationFeedback] = [temporaryId]
        let action = OutboxAction.submitFeedback(applicationId: schedule.applicationId, formDefinitionId: form.id,
                                                 interviewEventId: event.id, userId: userId, fields: answers)
        let expected = Dictionary(uniqueKeysWithValues: answers.map { ($0.path, $0.value) })
        let tenant = self.tenant
        try record(action, optimistic, rollback, "Submit feedback") {
            ServerState.decode(ApplicationFeedback.self, tenant.snapshot(of: "applicationFeedback")).filter {
                $0.interviewEventId == event.id && $0.submittedByUser.id == userId && $0.submittedValues == expected
            }.count
        }
    }

    /// A step approval by one of its pending approvers. Colleagues are held off from just before
    /// the store is read until the answer: a colleague deciding the same step in between is a
    /// real conflict, which the outbox refuses (see OutboxTests); here every write must apply.
    private mutating func approval() throws {
        churn.pause(true)
        defer { churn.pause(false) }
        let ends = pump.passEnds
        XCTAssertTrue(pump.pump(timeout: 60) { $0.passEnds >= ends + 2 && ($0.lastStatus?.isUpToDate ?? false) })
        var choice: (Offer, Approval, ApprovalStep, String)?
        for approval in store.approvals.values.sorted(by: { $0.id < $1.id })
        where approval.entityType == .offer && !usedApprovals.contains(approval.id) {
            guard let offer = store.offer(withVersionId: approval.entityId), offer.latestVersion?.id == approval.entityId,
                  offer.offerStatus == .waitingOnOfferApproval, let step = approval.currentStep,
                  let approver = step.approvers.first(where: { $0.decision == .pending })
            else { continue }
            choice = (offer, approval, step, approver.userId)
            break
        }
        let (offer, approval, step, userId) = try XCTUnwrap(choice, "no offer waiting on approval")
        usedApprovals.insert(approval.id)
        outbox.actingUserId = userId
        let action = OutboxAction.approveOffer(offerId: offer.id, offerVersionId: approval.entityId, stepId: step.id, userId: userId)
        let tenant = self.tenant
        let submittedAt = Date().timeIntervalSince1970 - 5
        let id = try record(action, StoreDelta(), StoreDelta(), "Approve offer") {
            // This approver's approvals on this process since the submission: exactly the one step.
            let current = ServerState(tenant).approvals[approval.id]
            return current?.steps.flatMap(\.approvers).filter {
                $0.userId == userId && $0.decision == .approve && ($0.decidedAt?.secondsSince1970 ?? 0) >= submittedAt
            }.count ?? 0
        }
        let outbox = self.outbox
        XCTAssertTrue(pump.pump(timeout: 60) { _ in !outbox.pending.contains { $0.actionId == id } })
    }

    @discardableResult
    private mutating func record(_ action: OutboxAction, _ optimistic: StoreDelta, _ rollback: StoreDelta, _ summary: String,
                                 effects: @escaping () throws -> Int) throws -> String {
        let id = try XCTUnwrap(outbox.submit(action, optimistic: optimistic, rollback: rollback, summary: summary), summary)
        submitted.append(Submitted(actionId: id, summary: summary, effects: effects))
        return id
    }
}
