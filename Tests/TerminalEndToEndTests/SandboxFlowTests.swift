import AshbyAPI
import Foundation
import XCTest

/// A recruiter's writes typed into `ashby-tui` against the sandbox server over HTTP, each checked
/// on the server afterwards (not on the screen that claims it).
final class SandboxFlowTests: XCTestCase {
    private let width = 160, height = 48

    private func launch(_ server: SandboxServer, user: String? = nil, extra: [String] = []) throws -> TmuxTerminal {
        let root = try makeTemporaryRoot()
        let environment = AshbyTUILaunch.environment(root: root, extra: ["ASHBY_API_URL": server.url, "ASHBY_API_KEY": SandboxServer.key])
        let terminal = try startTerminal((user.map { ["--user", $0] } ?? []) + ["--no-cache"] + extra, environment: environment,
                                         width: width, height: height)
        try terminal.waitFor("the first sync", timeout: 20) { $0.last?.contains("✔ synced") == true }
        return terminal
    }

    /// `J`, the job's title, Enter: the pipeline shows that job.
    private func chooseJob(_ title: String, in terminal: TmuxTerminal) throws {
        try terminal.send("J")
        try terminal.waitForText("Enter choose", timeout: 5)
        try terminal.type(title)
        try terminal.waitFor("the job picker narrowed", timeout: 5) { $0.contains { $0.contains("▶ \(title)") } }
        try terminal.send("Enter")
        try terminal.waitFor("the pipeline of \(title)", timeout: 5) { $0.count > 1 && $0[1].hasPrefix("\(title) · ") }
    }

    /// `/`, the name, Enter, then across the columns (`l`, `h`) to the one card left: the cursor
    /// stays in its column when the filter empties it, so the user walks to the match.
    private func filterTo(_ name: String, in terminal: TmuxTerminal) throws {
        try terminal.send("/")
        try terminal.waitForText("Enter keep", timeout: 5)
        try terminal.type(name)
        try terminal.send("Enter")
        let selected: ([String]) -> Bool = { screen in screen.contains { $0.contains("▸ \(name)") } }
        var screen = try terminal.waitFor("the filter kept", timeout: 5) { screen in
            !screen.contains { $0.contains("Enter keep") } && screen.contains { $0.contains(name) }
        }
        for key in Array(repeating: "l", count: 10) + Array(repeating: "h", count: 10) where !selected(screen) {
            let before = screen
            try terminal.send(key)
            // At the last column `l` changes nothing: wait a moment, not for a change.
            let deadline = Date().addingTimeInterval(0.5)
            repeat {
                usleep(30_000)
                screen = try terminal.screen()
            } while screen == before && Date() < deadline
        }
        XCTAssertTrue(selected(screen), "\(name) could not be selected:\n" + screen.joined(separator: "\n"))
    }

    /// Waits for a whole confirmation dialog: its question and its key line (the last row drawn),
    /// so a frame caught half-written by `capture-pane` is not mistaken for the dialog.
    @discardableResult
    private func waitForConfirmation(_ question: String, in terminal: TmuxTerminal, file: StaticString = #filePath,
                                     line: UInt = #line) throws -> [String] {
        try terminal.waitFor("the confirmation \"\(question)\"", timeout: 5, file: file, line: line) { screen in
            screen.contains { $0.contains(question) } && screen.contains { $0.contains("y yes · n no") }
        }
    }

    /// Polls the server (not the screen) until `condition` holds.
    private func waitOnServer(_ what: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
                              _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            usleep(50_000)
        }
        XCTFail("the server never had \(what)", file: file, line: line)
    }

    func testMoveArchiveNoteAndApproveReachTheServer() throws {
        let server = try startSandbox()
        let landmarks = server.landmarks
        let inspector = server.inspector
        let approver = try XCTUnwrap(server.pendingApprover)
        let job = try inspector.job(id: landmarks.jobID)
        let application = try inspector.application(id: landmarks.applicationID)
        let stages = try inspector.interviewStages(interviewPlanId: landmarks.interviewPlanID).sorted { $0.orderInInterviewPlan < $1.orderInInterviewPlan }
        let activeIndex = try XCTUnwrap(stages.firstIndex { $0.id == landmarks.activeStageID })
        let nextStage = stages[activeIndex + 1]
        XCTAssertEqual(application.currentInterviewStage.id, landmarks.activeStageID)

        let terminal = try launch(server, user: approver.email)
        try chooseJob(job.title, in: terminal)

        // Move: the landmark application to the next stage, confirmed with y.
        let name = application.candidate.name
        try filterTo(name, in: terminal)
        try terminal.send(">")
        let confirmation = try waitForConfirmation("Move \(name) to \(nextStage.title)?", in: terminal)
        XCTAssertTrue(confirmation.contains { $0.contains("\(application.currentInterviewStage.title) → \(nextStage.title)") },
                      confirmation.joined(separator: "\n"))
        try terminal.send("y")
        try waitOnServer("\(name) in \(nextStage.title)") {
            try inspector.application(id: landmarks.applicationID).currentInterviewStage.id == nextStage.id
        }
        try terminal.send("Escape")  // clears the filter
        try terminal.waitFor("the filter cleared", timeout: 5) { $0.count > 1 && !$0[1].contains("/") }

        // Archive: another active application of the job whose name is its own, with a reason.
        let others = try inspector.listAll(AshbyList.applications).filter {
            $0.job.id == landmarks.jobID && $0.status == .active && $0.id != landmarks.applicationID
        }
        let nameCounts = Dictionary(grouping: others, by: \.candidate.name).mapValues(\.count)
        let target = try XCTUnwrap(others.first { nameCounts[$0.candidate.name] == 1 && $0.candidate.name != name })
        let reason = try XCTUnwrap(try inspector.archiveReasons().first { $0.id == landmarks.archiveReasonID })
        try filterTo(target.candidate.name, in: terminal)
        try terminal.send("a")
        try terminal.waitForText("Archive \(target.candidate.name): reason", timeout: 5)
        try terminal.type(String(reason.text.prefix(6)))
        try terminal.waitFor("the reason narrowed", timeout: 5) { $0.contains { $0.contains("▶ \(reason.text)") } }
        try terminal.send("Enter")
        let archiveConfirmation = try waitForConfirmation("Archive \(target.candidate.name)?", in: terminal)
        XCTAssertTrue(archiveConfirmation.contains { $0.contains("Reason: \(reason.text)") }, archiveConfirmation.joined(separator: "\n"))
        try terminal.send("y")
        try waitOnServer("\(target.candidate.name) archived for \(reason.text)") {
            let archived = try inspector.application(id: target.id)
            return archived.status == .archived && archived.archiveReason?.id == reason.id
        }
        try terminal.send("Escape")
        try terminal.waitFor("the filter cleared", timeout: 5) { $0.count > 1 && !$0[1].contains("/") }

        // Note: open the landmark candidate and add a note.
        try filterTo(name, in: terminal)
        try terminal.send("c")
        try terminal.waitFor("\(name)'s details", timeout: 5) { $0.first?.contains("[2 Candidate]") == true && $0[1].hasPrefix(name) }
        try terminal.send("n")
        try terminal.waitForText("Note on \(name)", timeout: 5)
        let noteText = "Strong systems answers, e2e \(UUID().uuidString.prefix(8))"
        try terminal.type(noteText)
        try terminal.waitForText(noteText, timeout: 5)
        try terminal.send("Enter")
        try waitForConfirmation("Add a note to \(name)?", in: terminal)
        try terminal.send("y")
        try waitOnServer("the note") {
            try inspector.notes(candidateId: landmarks.candidateID).contains { $0.content?.contains(noteText) == true }
        }
        try terminal.waitForText(noteText, timeout: 10)  // the pane shows the note too
        let notes = try inspector.notes(candidateId: landmarks.candidateID).filter { $0.content?.contains(noteText) == true }
        XCTAssertEqual(notes.count, 1, "the note was created \(notes.count) times")

        // Approve: the landmark offer's current step, as its pending approver.
        let offer = try inspector.offer(id: landmarks.offerID)
        let offerCandidate = try inspector.application(id: offer.applicationId).candidate.name
        try terminal.send("5")
        try terminal.waitFor("the offers", timeout: 5) { $0.first?.contains("[5 Offers]") == true }
        var selected = false
        for _ in 0..<30 {
            let screen = try terminal.screen()
            if screen.contains(where: { $0.hasPrefix("▶") && $0.contains(offerCandidate) }) {
                selected = true
                break
            }
            try terminal.send("j")
            usleep(100_000)
        }
        XCTAssertTrue(selected, "\(offerCandidate)'s offer was never selected")
        try terminal.waitForText("You can approve step 1", timeout: 5)
        try terminal.send("a")
        let approval = try waitForConfirmation("Approve step 1 of \(offerCandidate)'s offer?", in: terminal)
        let text = approval.joined(separator: "\n")
        XCTAssertTrue(text.contains("Candidate: \(offerCandidate)"), text)
        XCTAssertTrue(text.contains("Job: "), text)
        XCTAssertTrue(text.contains("Offer version: \(landmarks.offerVersionID)"), text)
        XCTAssertTrue(text.contains("Step 1 of 2"), text)
        try terminal.send("y")
        try waitOnServer("the approval of step 1 by \(approver.email)") {
            let approvals = try inspector.approvals(offerVersionId: landmarks.offerVersionID)
            let step = approvals.flatMap(\.steps).first { $0.id == landmarks.currentApprovalStepID }
            return step?.approvers.first { $0.userId == approver.id }?.decision == .approve
        }
        try terminal.waitForText("approved", timeout: 10)

        ScreenLayout.assertIntact(try terminal.screen(), width: width, height: height, tenant: "127.0.0.1", "after the flows")
        try terminal.send("q")
        XCTAssertEqual(try terminal.waitForExit(timeout: 10), 0)
    }

    /// The landmark interviewer writes their overdue scorecard: from the candidate's card, the
    /// feedback pane, `s`, one answer per question as a person types it, Submit, `y`. The server
    /// ends with exactly one submission for that interview and interviewer, holding the answers.
    func testAScorecardWrittenAsTheInterviewerReachesTheServerOnce() throws {
        let server = try startSandbox()
        let inspector = server.inspector
        let landmarks = server.landmarks
        let interviewer = try XCTUnwrap(server.email(ofUser: landmarks.interviewerUserID))
        let application = try inspector.application(id: landmarks.applicationID)
        let job = try inspector.job(id: landmarks.jobID)
        let formJSON = try XCTUnwrap(server.tenant.snapshot(of: "feedbackFormDefinition").first { $0["id"] == .string(landmarks.feedbackFormDefinitionID) })
        let form = try JSONDecoder().decode(FeedbackFormDefinition.self, from: JSONEncoder().encode(formJSON)).formDefinition
        let name = application.candidate.name

        let terminal = try launch(server, user: interviewer)
        try chooseJob(job.title, in: terminal)
        try filterTo(name, in: terminal)
        try terminal.send("4")
        try terminal.waitFor("the feedback pane", timeout: 5) { $0.first?.contains("[4 Feedback]") == true }
        try terminal.send("s")
        try terminal.waitForText("Scorecard · \(name)", timeout: 5)

        // One answer per question, then on to the next (Tab), ending on Submit.
        var expected: [String: JSONValue] = [:]
        for field in form.fields {
            switch field.type {
            case .score:
                try terminal.send("3")
                expected[field.path] = ["score": 3]
            case .valueSelect:
                try terminal.send("1")
                expected[field.path] = .string(field.selectableValues?.first?.value ?? "")
            case .multiValueSelect:
                try terminal.send("Space")
                expected[field.path] = .array([.string(field.selectableValues?.first?.value ?? "")])
            case .boolean:
                try terminal.send("y")
                expected[field.path] = .bool(true)
            case .number:
                try terminal.type("7")
                expected[field.path] = .number(7)
            case .richText:
                try terminal.type("Clear reasoning")
                expected[field.path] = ["type": "PlainText", "value": "Clear reasoning"]
            case .date:
                try terminal.type("2026-11-20")
                expected[field.path] = .string("2026-11-20")
            case .email:
                try terminal.type("ref@example.com")
                expected[field.path] = .string("ref@example.com")
            case .string, .longText, .phone, .url:
                try terminal.type("Clear reasoning")
                expected[field.path] = .string("Clear reasoning")
            default:
                break
            }
            try terminal.send("Tab")
        }
        try terminal.waitForText("[▶ Submit ◀]", timeout: 5)
        try terminal.send("Enter")
        let confirmation = try waitForConfirmation("Submit scorecard?", in: terminal)
        XCTAssertTrue(confirmation.contains { $0.contains("Candidate: \(name)") }, confirmation.joined(separator: "\n"))
        try terminal.send("y")

        func submissions() throws -> [ApplicationFeedback] {
            try inspector.feedback(applicationId: landmarks.applicationID).filter {
                $0.interviewEventId == landmarks.interviewEventID && $0.submittedByUser.id == landmarks.interviewerUserID
            }
        }
        try waitOnServer("the scorecard of \(interviewer)") { try !submissions().isEmpty }
        // The feedback pane shows it (first as pending, then as the server's record).
        let user = try XCTUnwrap(server.tenant.snapshot(of: "user").first { $0["id"] == .string(landmarks.interviewerUserID) })
        let interviewerName = [user["firstName"]?.stringValue, user["lastName"]?.stringValue].compactMap { $0 }.joined(separator: " ")
        try terminal.waitFor("the scorecard in the feedback pane", timeout: 10) { screen in
            screen.contains { $0.contains(interviewerName) } && !screen.contains { $0.contains("Scorecard · ") }
        }
        Thread.sleep(forTimeInterval: 1)  // a resend would arrive within the outbox's first retry
        let sent = try submissions()
        XCTAssertEqual(sent.count, 1, "the scorecard was submitted \(sent.count) times")
        XCTAssertEqual(sent.first?.submittedValues, expected)

        ScreenLayout.assertIntact(try terminal.screen(), width: width, height: height, tenant: "127.0.0.1", "after the scorecard")
        try terminal.send("q")
        XCTAssertEqual(try terminal.waitForExit(timeout: 10), 0)
    }

    func testReadOnlyRefusesAMoveAndTheServerIsUnchanged() throws {
        let server = try startSandbox()
        let landmarks = server.landmarks
        let job = try server.inspector.job(id: landmarks.jobID)
        let application = try server.inspector.application(id: landmarks.applicationID)
        let watermark = server.tenant.changeWatermark

        let terminal = try launch(server, extra: ["--read-only"])
        XCTAssertTrue(try terminal.screen().last?.contains("read-only") == true)
        try chooseJob(job.title, in: terminal)
        try filterTo(application.candidate.name, in: terminal)
        try terminal.send(">")
        let refused = try terminal.waitForText("Read-only mode", timeout: 5)
        XCTAssertFalse(refused.contains { $0.contains("Move \(application.candidate.name)") }, "a confirmation was offered")
        try terminal.send("y")
        // Give a write every chance to arrive: the app would send it within its first loop turn.
        Thread.sleep(forTimeInterval: 1)
        XCTAssertEqual(try server.inspector.application(id: landmarks.applicationID).currentInterviewStage.id, landmarks.activeStageID)
        XCTAssertEqual(server.tenant.changeWatermark, watermark, "the server changed")
        try terminal.send("q")
        XCTAssertEqual(try terminal.waitForExit(timeout: 10), 0)
    }
}
