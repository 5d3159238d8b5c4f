import AshbyAPI
import AshbySandbox
import Foundation
@testable import Workspace
import XCTest

/// A sandbox over loopback, an inbox pumped into a store, and an outbox over a temporary journal.
final class OutboxFixture {
    let sandbox: LoopbackSandbox
    let inbox = Inbox()
    let pump: InboxPump
    let directory: String
    private(set) var outbox: Outbox
    private let test: XCTestCase

    var tenant: SandboxTenant { sandbox.tenant }
    var landmarks: SandboxLandmarks { sandbox.tenant.landmarks }

    init(_ test: XCTestCase, actingUserId: String? = nil, readOnly: Bool = false, retry: RetryPolicy? = nil,
         configure: (inout SandboxConfiguration) -> Void = { _ in }) throws {
        self.test = test
        sandbox = try test.startLoopbackSandbox(configure: configure)
        pump = InboxPump(inbox: inbox)
        directory = test.temporaryDirectory() + "/state/ashby-tui/outbox"
        outbox = try Self.makeOutbox(sandbox, inbox, directory, actingUserId: actingUserId, readOnly: readOnly, retry: retry)
        let current = outbox
        test.addTeardownBlock { current.stop() }
    }

    private static func makeOutbox(_ sandbox: LoopbackSandbox, _ inbox: Inbox, _ directory: String, actingUserId: String?, readOnly: Bool,
                                   retry: RetryPolicy?) throws -> Outbox {
        let client = retry.map { sandbox.client(retry: $0) } ?? sandbox.client()
        return try Outbox(client: client, inbox: inbox, directory: directory, readOnly: readOnly, actingUserId: actingUserId,
                          retryBackoff: RetryBackoff(baseDelay: 0.02, maxDelay: 0.1))
    }

    /// A new outbox over the same journal, as the next start of the program would create.
    func restart(actingUserId: String? = nil) throws -> Outbox {
        outbox = try Self.makeOutbox(sandbox, inbox, directory, actingUserId: actingUserId, readOnly: false, retry: nil)
        let current = outbox
        test.addTeardownBlock { current.stop() }
        return outbox
    }

    /// Pumps until the action is confirmed or failed; returns its phases in order.
    @discardableResult
    func waitForOutcome(_ actionId: String, timeout: TimeInterval = 30) -> [OutboxActionState.Phase] {
        pump.pump(timeout: timeout) { pump in
            pump.outboxStates.contains { state in
                guard state.actionId == actionId else { return false }
                switch state.phase {
                case .confirmed, .failed: return true
                default: return false
                }
            }
        }
        // The merge and notice posted with the outcome are drained by now: they precede it.
        return pump.outboxStates.filter { $0.actionId == actionId }.map(\.phase)
    }

    func merges(of actionId: String) -> [(delta: StoreDelta, origin: MergeOrigin)] {
        pump.merges.filter { merge in
            switch merge.origin {
            case .optimistic(let id), .confirmed(let id), .rollback(let id): return id == actionId
            default: return false
            }
        }
    }

    var journalFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    func journalEntries() throws -> [OutboxEntry] {
        try journalFiles.map { try JSONDecoder().decode(OutboxEntry.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0))) }
    }

    // MARK: - The server's side

    func serverApplication(_ id: String) -> ApplicationRecord? { ServerState(tenant).applications[id] }

    /// Stage entries of an application into `stageId` (one per move there).
    func historyEntries(_ applicationId: String, into stageId: String) throws -> Int {
        try sandbox.client().applicationHistory(applicationId: applicationId).filter { $0.stageId == stageId }.count
    }

    func notes(withText text: String) -> Int {
        ServerState.decode(Note.self, tenant.snapshot(of: "note")).filter { $0.content == text }.count
    }

    func feedbackSubmissions(eventId: String, userId: String) -> [ApplicationFeedback] {
        ServerState.decode(ApplicationFeedback.self, tenant.snapshot(of: "applicationFeedback")).filter {
            $0.interviewEventId == eventId && $0.submittedByUser.id == userId
        }
    }

    func approval(ofVersion versionId: String) -> Approval? {
        ServerState(tenant).approvals.values.first { $0.entityId == versionId }
    }

    func approver(_ userId: String, step stepId: String, version versionId: String) -> Approver? {
        approval(ofVersion: versionId)?.steps.first { $0.id == stepId }?.approvers.first { $0.userId == userId }
    }

    // MARK: - Actions as a view model would submit them

    func moveDeltas(_ applicationId: String, to stageId: String, archiveReasonId: String? = nil) throws -> (optimistic: StoreDelta, rollback: StoreDelta) {
        let current = try XCTUnwrap(serverApplication(applicationId))
        var moved = current
        moved.stageId = stageId
        moved.archiveReasonId = archiveReasonId
        var optimistic = StoreDelta()
        optimistic.applications = [moved]
        var rollback = StoreDelta()
        rollback.applications = [current]
        return (optimistic, rollback)
    }

    /// A valid scorecard for the landmark form, and its optimistic record under a temporary id.
    func feedbackAction(temporaryId: String = "temporary-feedback") throws -> (action: OutboxAction, optimistic: StoreDelta, rollback: StoreDelta) {
        let forms = ServerState.decode(FeedbackFormDefinition.self, tenant.snapshot(of: "feedbackFormDefinition"))
        let form = try XCTUnwrap(forms.first { $0.id == landmarks.feedbackFormDefinitionID })
        let answers = form.formDefinition.fields.map { FeedbackAnswer(path: $0.path, value: Self.answer(for: $0)) }
        let action = OutboxAction.submitFeedback(applicationId: landmarks.applicationID, formDefinitionId: form.id,
                                                 interviewEventId: landmarks.interviewEventID, userId: landmarks.interviewerUserID,
                                                 fields: answers)
        var optimistic = StoreDelta()
        optimistic.feedback = [FeedbackRecord(id: temporaryId, applicationId: landmarks.applicationID, submittedByUserId: landmarks.interviewerUserID,
                                              interviewEventId: landmarks.interviewEventID, formKey: form.id,
                                              values: Dictionary(uniqueKeysWithValues: answers.map { ($0.path, $0.value) }))]
        var rollback = StoreDelta()
        rollback.removals[.applicationFeedback] = [temporaryId]
        return (action, optimistic, rollback)
    }

    static func answer(for field: FormField) -> JSONValue {
        let firstOption = JSONValue.string(field.selectableValues?.first?.value ?? "")
        switch field.type.rawValue {
        case "Score": return ["score": 3]
        case "ValueSelect": return firstOption
        case "MultiValueSelect": return [firstOption]
        case "Boolean": return true
        case "Number": return 3
        case "Date": return "2026-03-02"
        case "Email": return "interviewer@example.com"
        case "RichText": return ["type": "PlainText", "value": "Clear communicator."]
        default: return "Solid answers on the system design question."
        }
    }
}

extension OutboxActionState.Phase {
    var isRetrying: Bool {
        if case .retrying = self { return true }
        return false
    }
}
