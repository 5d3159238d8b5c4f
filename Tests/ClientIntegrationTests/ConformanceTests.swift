import AshbyAPI
import AshbySandbox
import Foundation
import XCTest

/// Every request body the client sends and every response the sandbox returns, for every endpoint
/// the product uses (errors included), validated against Ashby's OpenAPI spec by
/// `Tests/Conformance/validate_exchanges.py`.
final class ConformanceTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let validator = repository.appendingPathComponent("Tests/Conformance/validate_exchanges.py")

    func testEveryExchangeConformsToTheSpec() throws {
        let recording = FileManager.default.temporaryDirectory.appendingPathComponent("ashby-conformance-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: recording) }
        let sandbox = try startSandbox(configure: { $0.hostile = true; $0.candidates = 60 }) { service in
            try! ExchangeRecorder(fileURL: recording, wrapping: service).service
        }
        try exerciseEveryEndpoint(sandbox)
        sandbox.stop()

        let python = try XCTUnwrap(Self.pythonWithModules(), "python3 with PyYAML and jsonschema is needed (apt: python3-yaml python3-jsonschema)")
        let (status, output) = try Self.run(python, [Self.validator.path, recording.path])
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains(" 0 violations"), output)
        // Every endpoint the product uses was exercised (the summary counts distinct paths).
        let summary = try XCTUnwrap(output.split(separator: "\n").last { $0.hasPrefix("conformance:") }, output)
        let endpoints = summary.split(separator: ",").dropFirst().first?.split(separator: " ").first.flatMap { Int($0) }
        XCTAssertEqual(endpoints, 36, String(summary))
        print(summary)
    }

    /// The validator's own tests: it accepts the spec's examples and rejects broken ones.
    func testTheValidatorItselfRejectsBrokenExchanges() throws {
        let python = try XCTUnwrap(Self.pythonWithModules(), "python3 with PyYAML and jsonschema is needed")
        let (status, output) = try Self.run(python, ["-m", "unittest", "discover", "-s", Self.validator.deletingLastPathComponent().path])
        XCTAssertEqual(status, 0, output)
    }

    private func exerciseEveryEndpoint(_ sandbox: SandboxServer) throws {
        let client = sandbox.client()
        _ = try client.apiKeyInfo()
        let users = try client.listAll(AshbyList.users)
        if let email = users.compactMap(\.email).first { _ = try client.searchUsers(email: email) }
        for list in [AshbyList.departments] { _ = try client.sync(list, token: nil) { _, _ in } }
        _ = try client.sync(AshbyList.locations, token: nil) { _, _ in }
        let jobs = try client.listAll(AshbyList.jobs)
        if let job = jobs.first { _ = try client.job(id: job.id) }
        _ = try client.sync(AshbyList.openings, token: nil) { _, _ in }
        _ = try client.jobPostings()
        _ = try client.jobPostings(listedOnly: true)
        _ = try client.hiringTeamRoles()
        _ = try client.hiringTeamRoleTitles()
        _ = try client.customFields()
        _ = try client.sync(AshbyList.surveyFormDefinitions, token: nil) { _, _ in }
        for type in SurveyListType.allCases { _ = try client.surveySubmissions(type: type) }
        let plans = try client.listAll(AshbyList.interviewPlans)
        for plan in plans.prefix(2) { _ = try client.interviewStages(interviewPlanId: plan.id) }
        let candidates = try client.listAll(AshbyList.candidates)
        let candidate = try XCTUnwrap(candidates.first)
        _ = try client.candidate(id: candidate.id)
        _ = try client.searchCandidates(email: candidate.primaryEmailAddress?.value)
        _ = try client.searchCandidates(name: String(candidate.name.prefix(3)))
        _ = try client.notes(candidateId: candidate.id)
        _ = try client.createNote(candidateId: candidate.id, note: .plain("Conformance note"))
        _ = try client.createNote(candidateId: candidate.id, note: .html("<b>Bold</b> note"), isPrivate: true)

        let applications = try client.listAll(AshbyList.applications, parameters: ["status": "Active"])
        _ = try client.listAll(AshbyList.applications, parameters: ["jobId": .string(jobs[0].id)])
        let application = try XCTUnwrap(applications.first)
        _ = try client.application(id: application.id)
        _ = try client.applicationHistory(applicationId: application.id)
        let stages = try client.interviewStages(interviewPlanId: application.currentInterviewStage.interviewPlanId)
        let reasons = try client.archiveReasons()
        _ = try client.archiveReasons(includeArchived: true)
        _ = try client.sources()
        if let next = stages.first(where: { $0.type == .active && $0.id != application.currentInterviewStage.id }) {
            _ = try client.changeStage(applicationId: application.id, interviewStageId: next.id)
        }
        if let archived = stages.first(where: { $0.type == .archived }), let reason = reasons.first {
            _ = try? client.changeStage(applicationId: application.id, interviewStageId: archived.id)  // invalid_input
            _ = try client.changeStage(applicationId: application.id, interviewStageId: archived.id, archiveReasonId: reason.id)
        }
        _ = try? client.changeStage(applicationId: "missing", interviewStageId: "missing")

        _ = try client.sync(AshbyList.interviews, token: nil) { _, _ in }
        let schedules = try client.listAll(AshbyList.interviewSchedules)
        if let schedule = schedules.first(where: { !($0.interviewEvents ?? []).isEmpty }) {
            _ = try client.interviewEvents(interviewScheduleId: schedule.id)
            _ = try client.interviewSchedules(applicationId: schedule.applicationId)
        }
        _ = try client.listAll(AshbyList.applicationFeedback)
        _ = try client.feedback(applicationId: application.id)
        let forms = try client.listAll(AshbyList.feedbackFormDefinitions)
        if let form = forms.first(where: { !$0.isArchived }) {
            let fields = form.formDefinition.fields.map { FeedbackFieldSubmission(path: $0.path, value: WriteTests.answer(for: $0)) }
            _ = try client.submitFeedback(formDefinitionId: form.id, applicationId: application.id, fields: fields)
        }

        let offers = try client.listAll(AshbyList.offers)
        if let offer = offers.first { _ = try client.offer(id: offer.id) }
        let approvals = try client.listAll(AshbyList.approvals)
        if let approval = approvals.first(where: { $0.currentStep?.approvers.contains { $0.decision == .pending } == true }),
            let step = approval.currentStep, let approver = step.approvers.first(where: { $0.decision == .pending }) {
            _ = try client.approvals(offerVersionId: approval.entityId)
            _ = try client.approveOffer(offerVersionId: approval.entityId, step: OfferApprovalStep(approvalStepId: step.id, userId: approver.userId))
        }
        if let waiting = offers.first(where: { $0.latestVersion?.approvalStatus == .waitingOnApprovals }), let version = waiting.latestVersion {
            _ = try? client.approveOffer(offerVersionId: version.id, step: nil)
        }

        // Incremental passes and the error envelopes of sync.
        let token = try client.sync(AshbyList.applications, token: nil) { _, _ in }.syncToken
        sandbox.tenant.applyChurn(count: 15)
        _ = try client.sync(AshbyList.applications, token: token) { _, _ in }
        _ = try? client.forEachPage(AshbyList.applications, syncToken: "garbage") { _ in }
        sandbox.tenant.expireSyncTokens()
        _ = try? client.forEachPage(AshbyList.applications, syncToken: token) { _ in }
        _ = try? client.forEachPage(AshbyList.candidates, parameters: ["cursor": "garbage"]) { _ in }
        _ = try? sandbox.client(key: SandboxServer.readOnlyKey).listAll(AshbyList.offers)
        sandbox.tenant.scheduleFault(.rateLimited(retryAfterSeconds: 0), times: 1)
        _ = try client.listAll(AshbyList.jobs)
    }

    // MARK: - Running Python

    /// The first python3 that has PyYAML and jsonschema: the PATH one, then Debian's.
    static func pythonWithModules() -> String? {
        for candidate in ["/usr/bin/env", "/usr/bin/python3"] {
            let arguments = candidate == "/usr/bin/env" ? ["python3", "-c", "import yaml, jsonschema"] : ["-c", "import yaml, jsonschema"]
            if let (status, _) = try? run(candidate, arguments), status == 0 {
                return candidate == "/usr/bin/env" ? "python3" : candidate
            }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        if executable.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
