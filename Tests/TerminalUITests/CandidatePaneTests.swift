import AshbyAPI
import AshbySandbox
import Foundation
import XCTest
@testable import TerminalUI
@testable import Workspace

/// A sandbox workspace showing the candidate whose application has the most scorecards, with
/// every detail the candidate pane asks for fetched from the tenant (as the front end would).
enum CandidateFixture {
    static func make(hostile: Bool = false) throws -> (WorkspaceModel, applicationId: String) {
        let (model, tenant) = try SandboxWorkspace.make(hostile: hostile)
        let store = model.store
        let applicationId = store.applications.keys.sorted().max { lhs, rhs in
            let (left, right) = (rank(lhs, store), rank(rhs, store))
            return left != right ? left < right : lhs > rhs
        }!
        let record = store.applications[applicationId]!
        let effects = model.candidate.show(candidateId: record.candidateId, applicationId: applicationId, store: store, details: model.details)
        let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:1"), apiKey: try APIKey("sandbox-key"),
                                 transport: InProcessTransport(service: tenant.service), retryPolicy: .none)
        for case .requestDetail(let key) in effects {
            model.details.markRequested(key)
            model.apply([.detail(try fetch(key, client: client))], now: SandboxWorkspace.now)
        }
        model.feedback.show(applicationId: applicationId)
        return (model, applicationId)
    }

    /// Scorecards first, then an offer, then interviews: the richest candidate to draw.
    static func rank(_ applicationId: String, _ store: EntityStore) -> Int {
        (store.applications[applicationId]?.status == .active ? 10_000 : 0) + store.feedback(ofApplication: applicationId).count * 100 + store.offers(ofApplication: applicationId).count * 10
            + store.interviewSchedules(ofApplication: applicationId).count
    }

    static func fetch(_ key: DetailKey, client: AshbyClient) throws -> DetailPayload {
        switch key {
        case .candidate(let id): return .candidate(try client.candidate(id: id))
        case .notes(let candidateId): return .notes(candidateId: candidateId, try client.notes(candidateId: candidateId))
        case .applicationHistory(let id): return .applicationHistory(applicationId: id, try client.applicationHistory(applicationId: id))
        case .application(let id): return .application(try client.application(id: id))
        case .offer(let id): return .offerVersions(offerId: id, try client.offer(id: id))
        }
    }

    static func draw(_ model: WorkspaceModel, width: Int, height: Int) -> Canvas {
        let area = PipelinePaneTests.paneArea(width: width, height: height)
        var canvas = Canvas(width: area.width, height: area.height)
        let screen = model.candidate.screen(store: model.store, details: model.details, now: SandboxWorkspace.now)
        CandidatePane.draw(screen, in: area, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        return canvas
    }
}

/// The candidate pane: boxed sections when wide, the focused section when small.
final class CandidatePaneTests: XCTestCase {
    func testGoldenAt80x24And160x48() throws {
        let (model, _) = try CandidateFixture.make()
        GoldenFile.assertCanvas(CandidateFixture.draw(model, width: 80, height: 24), matches: "Candidate-80x24")
        GoldenFile.assertCanvas(CandidateFixture.draw(model, width: 160, height: 48), matches: "Candidate-160x48")
        // The notes section focused and scrolled, in the small layout.
        for _ in 0..<3 { _ = model.candidate.handle(.nextSection, store: model.store, details: model.details, now: SandboxWorkspace.now) }
        GoldenFile.assertCanvas(CandidateFixture.draw(model, width: 80, height: 24), matches: "Candidate-notes-80x24")
        _ = model.candidate.handle(.nextSection, store: model.store, details: model.details, now: SandboxWorkspace.now)
        GoldenFile.assertCanvas(CandidateFixture.draw(model, width: 80, height: 24), matches: "Candidate-interviews-80x24")
    }

    func testGoldenHostile() throws {
        let (model, _) = try CandidateFixture.make(hostile: true)
        GoldenFile.assertCanvas(CandidateFixture.draw(model, width: 80, height: 24), matches: "Candidate-hostile-80x24")
        GoldenFile.assertCanvas(CandidateFixture.draw(model, width: 160, height: 48), matches: "Candidate-hostile-160x48")
    }

    static func screen(section: CandidateSection = .profile) -> CandidateScreen {
        let time = Timestamp(SandboxWorkspace.now.addingTimeInterval(-3 * 86_400))
        var profile = CandidateProfileView(name: "Ada Lovelace", emails: ["ada@example.com"], phones: [], links: [], location: "London",
                                           tags: ["python"], source: "Referral", position: "Engineer", company: "Analytical")
        profile.customFields = [CustomFieldRow(title: "Visa needed", value: "yes"), CustomFieldRow(title: "Salary band", value: "L5", isPrivate: true)]
        return CandidateScreen(
            candidateId: "c1", profile: profile, profileLoad: .loaded,
            applications: [CandidateApplicationRow(applicationId: "a1", jobTitle: "Backend", stageTitle: "Onsite", status: .active,
                                                   daysInStage: 4, isFocused: true)],
            timeline: [], historyLoad: .loading,
            notes: [NoteView(id: "p1", author: "You", createdAt: nil, text: "Pending words", isPrivate: false, isPending: true),
                    NoteView(id: "n1", author: "Grace Hopper", createdAt: time, text: "Strong systems thinking and a very clear writer.",
                             isPrivate: true, isPending: false)],
            notesLoad: .loaded, upcomingInterviews: [], pastInterviews: [], feedback: nil, offers: [], focusedSection: section,
            sectionOffsets: [:], placeholder: nil)
    }

    func testProfileShowsCustomFieldsWithTheirLabels() {
        var canvas = Canvas(width: 60, height: 14)
        CandidatePane.draw(Self.screen(), in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(canvas.lines[0], "Ada Lovelace  Engineer at An… Backend · Onsite · 4d in stage")
        XCTAssertEqual(canvas.lines[1], "[Profile]  Applications 1   History 0   Notes 2   Interview…")
        XCTAssertEqual(Array(canvas.lines[3...10]), [
            "Email          ada@example.com                              ",
            "Location       London                                       ",
            "Position       Engineer at Analytical                       ",
            "Source         Referral                                     ",
            "Tags           #python                                      ",
            "Visa needed    yes                                          ",
            "Salary band ⚿  L5                                           ",
            "─ Applications ─────────────────────────────────────────────",
        ])
        XCTAssertEqual(canvas[0, 1].style, .selection)
        XCTAssertEqual(canvas.target(atX: 12, y: 1), .candidateSection(.applications))
    }

    func testApplicationCustomFieldsAreIndentedUnderTheirApplicationOnOneCutLine() {
        var screen = Self.screen(section: .applications)
        screen.applications[0].customFields = [
            CustomFieldRow(title: "Referral Bonus Eligible", value: "yes"),
            CustomFieldRow(title: "Salary band", value: "L5", isPrivate: true),
            CustomFieldRow(title: "Why this candidate, in the hiring manager's words", value: "Line one\nline two\u{1B}[31m red"),
        ]
        screen.applications.append(CandidateApplicationRow(
            applicationId: "a2", jobTitle: "Data Engineer", stageTitle: "Archived", status: .archived, daysInStage: 40, isFocused: false,
            customFields: [CustomFieldRow(title: "Level", value: String(repeating: "Staff ", count: 400))]))
        var canvas = Canvas(width: 60, height: 10)
        CandidatePane.draw(screen, in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(Array(canvas.lines[2...8]), [
            "─ ▸ Applications ───────────────────────────────────────────",
            "▸ Backend                               Onsite · Active · 4d",
            "    Referral Bonus Eligible     yes                         ",
            "    Salary band ⚿               L5                          ",
            "    Why this candidate, in th…  Line one line two␛[31m red  ",
            "  Data Engineer                    Archived · Archived · 40d",
            "    Level     Staff Staff Staff Staff Staff Staff Staff Sta…",
        ])
        XCTAssertEqual(canvas[4, 4].style, .label)
        XCTAssertEqual(canvas[32, 4].style, .value)
        XCTAssertEqual(canvas[0, 3].style, .highlight, "the focused application stays highlighted")
        XCTAssertEqual(canvas[40, 4].style, .normal, "its fields are not")
        XCTAssertEqual(canvas.lines.map(TerminalText.width(of:)), Array(repeating: 60, count: 10))
    }

    func testNotesAreWrappedWithAuthorTimePrivateAndPendingMarks() {
        var canvas = Canvas(width: 40, height: 12)
        CandidatePane.draw(Self.screen(section: .notes), in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now,
                           timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(Array(canvas.lines[2...9]), [
            "─ ▸ Notes ──────────────────────────────",
            "You  ◌ sending…                         ",
            "  Pending words                         ",
            "                                        ",
            "Grace Hopper  ⚿ private  Sat 7 Mar 14:3…",
            "  Strong systems thinking and a very    ",
            "  clear writer.                         ",
            "─ Interviews ───────────────────── ▼ 2 ─",
        ])
        XCTAssertEqual(TerminalText.width(of: canvas.lines[6]), 40)
        XCTAssertEqual(canvas[5, 3].style, .pendingApproval)
        XCTAssertEqual(canvas[3, 4].style, .dim, "pending text is dim")
    }

    func testSectionOffsetScrollsAndSaysWhatIsHidden() {
        var screen = Self.screen(section: .notes)
        screen.sectionOffsets[.notes] = 3
        var canvas = Canvas(width: 40, height: 6)
        CandidatePane.draw(screen, in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(Array(canvas.lines[2...5]), [
            "─ ▸ Notes ──────────────────────── ▲ 3 ─",
            "Grace Hopper  ⚿ private  Sat 7 Mar 14:3…",
            "  Strong systems thinking and a very    ",
            "  clear writer.                         ",
        ].map { $0 })
    }

    func testLoadingAndFailedStatesAreSaid() {
        var screen = Self.screen(section: .timeline)
        var canvas = Canvas(width: 50, height: 5)
        CandidatePane.draw(screen, in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(canvas.lines[3], "◌ loading stage history…                          ")
        screen.historyLoad = .failed(reason: "HTTP 500")
        CandidatePane.draw(screen, in: canvas.bounds, on: &canvas, now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(canvas.lines[3], "✘ stage history could not be loaded: HTTP 500     ")
        XCTAssertEqual(canvas[0, 3].style, .error)
    }

    func testAllocatingBoxHeightsGivesTheFocusedBoxTheSpareRows() {
        XCTAssertEqual(CandidatePane.allocate(needs: [10, 4, 3], total: 30, focused: 1), [10, 17, 3])
        XCTAssertEqual(CandidatePane.allocate(needs: [10, 40, 3], total: 20, focused: 1), [3, 14, 3])
        XCTAssertEqual(CandidatePane.allocate(needs: [10, 40, 3], total: 20, focused: nil), [9, 8, 3])
        XCTAssertEqual(CandidatePane.allocate(needs: [5, 5], total: 4, focused: 1), [4, 0])
    }

    func testTimesAreShortAndReadableInTheGivenZone() {
        let time = PaneTime(now: SandboxWorkspace.now, timeZone: SandboxWorkspace.utc)
        XCTAssertEqual(time.short(SandboxWorkspace.now), "Tue 10 Mar 14:30")
        XCTAssertEqual(time.short(SandboxWorkspace.now.addingTimeInterval(-400 * 86_400)), "Mon 3 Feb 2025")
        XCTAssertEqual(PaneTime(now: SandboxWorkspace.now, timeZone: TimeZone(identifier: "Asia/Tokyo")!).short(SandboxWorkspace.now),
                       "Tue 10 Mar 23:30")
        XCTAssertEqual(time.relative(SandboxWorkspace.now.addingTimeInterval(-30)), "just now")
        XCTAssertEqual(time.relative(SandboxWorkspace.now.addingTimeInterval(-3 * 86_400 - 60)), "3d ago")
        XCTAssertEqual(time.relative(SandboxWorkspace.now.addingTimeInterval(2 * 3600 + 5)), "in 2h")
        XCTAssertEqual(time.relative(SandboxWorkspace.now.addingTimeInterval(-40 * 86_400)), "5w ago")
        XCTAssertEqual(time.day(SandboxWorkspace.now), "10 Mar 2026")
    }
}
