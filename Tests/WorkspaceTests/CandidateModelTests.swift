import AshbyAPI
import XCTest
@testable import Workspace

final class CandidateModelTests: XCTestCase {
    typealias F = ViewModelFixture

    private func store() -> EntityStore {
        let store = F.store(F.pipelineApplications)
        store.apply(F.feedbackDelta(), now: F.now)
        var delta = F.offersDelta()
        delta.interviewSchedules = [
            InterviewScheduleRecord(id: "sch1", applicationId: "a4", interviewStageId: "s-phone", status: .scheduled, events: [
                F.event("e-past", schedule: "sch1", start: -30 * 3600, minutes: 60, interviewers: ["u-ivan"], submitted: true),
                F.event("e-next", schedule: "sch1", start: 2 * 86_400, minutes: 45, interviewers: ["u-jo", "u-me"]),
            ]),
        ]
        store.apply(delta, now: F.now)
        return store
    }

    private let profile = Candidate(
        id: "c-a4", name: "Dan Brown", emailAddresses: [ContactInfo(value: "dan@novels.com", type: .personal, isPrimary: true)],
        phoneNumbers: [ContactInfo(value: "+1 555 0100", type: .work, isPrimary: true)],
        socialLinks: [SocialLink(type: .linkedIn, url: "https://linkedin.com/in/dan")],
        tags: [CandidateTag(id: "t1", title: "Silver medalist", isArchived: false)], position: "Author", company: "Doubleday",
        profileUrl: "https://app.ashbyhq.com/candidates/c-a4", source: Source(id: "src", title: "Indeed", isArchived: false),
        location: CandidateLocation(id: "loc", locationSummary: "United States, New Hampshire, Exeter"))

    func testShowAsksForDetailsAndShowsLoadingThenLoaded() {
        let store = store()
        var details = ShownDetails()
        var model = CandidateModel()
        let effects = model.show(candidateId: "c-a4", applicationId: "a4", store: store, details: details)
        XCTAssertEqual(effects.compactMap(\.detailKey), [.candidate(id: "c-a4"), .notes(candidateId: "c-a4"),
                                                         .applicationHistory(applicationId: "a4"), .application(id: "a4")])
        for key in effects.compactMap(\.detailKey) { details.markRequested(key) }
        var screen = model.screen(store: store, details: details, now: F.now)
        XCTAssertEqual(screen.profileLoad, .loading)
        XCTAssertEqual(screen.profile?.name, "Dan Brown")
        XCTAssertEqual(screen.profile?.emails, ["dan@novels.com"])
        XCTAssertEqual(screen.notesLoad, .loading)
        XCTAssertEqual(screen.historyLoad, .loading)

        details.receive(.candidate(profile))
        details.receive(.notes(candidateId: "c-a4", [Note(id: "n1", createdAt: F.stamp(-3 * F.day), isPrivate: false,
                                                          content: "Strong systems background",
                                                          author: NoteAuthor(id: "u-jo", firstName: "Jo", lastName: "Jones"))]))
        details.receive(.applicationHistory(applicationId: "a4", [
            ApplicationHistoryItem(id: "h0", stageId: "s-review", title: "Application Review", enteredStageAt: F.stamp(-20 * F.day),
                                   leftStageAt: F.stamp(-5 * F.day), stageNumber: 0),
            ApplicationHistoryItem(id: "h1", stageId: "s-phone", title: "Phone Screen", enteredStageAt: F.stamp(-5 * F.day), stageNumber: 1),
        ]))
        screen = model.screen(store: store, details: details, now: F.now)
        XCTAssertEqual(screen.profileLoad, .loaded)
        XCTAssertEqual(screen.profile, CandidateProfileView(
            name: "Dan Brown", emails: ["dan@novels.com"], phones: ["+1 555 0100"],
            links: [CandidateLink(site: "LinkedIn", url: "https://linkedin.com/in/dan")], location: "United States, New Hampshire, Exeter",
            tags: ["Silver medalist"], source: "Indeed", position: "Author", company: "Doubleday"))
        XCTAssertEqual(screen.applications, [CandidateApplicationRow(applicationId: "a4", jobTitle: "Backend Engineer",
                                                                     stageTitle: "Phone Screen", status: .active, daysInStage: 5,
                                                                     isFocused: true)])
        XCTAssertEqual(screen.historyLoad, .loaded)
        XCTAssertEqual(screen.timeline.map(Self.describe), [
            "interview Technical interview", "feedback Kim Kato ▲", "feedback Jo Jones ▼", "interview Technical interview",
            "feedback Ivan Ives ▲▲",
            "note Jo Jones: Strong systems background", "stage Phone Screen", "stage Application Review",
        ])
        XCTAssertEqual(screen.upcomingInterviews.map(\.eventId), ["e-next"])
        XCTAssertEqual(screen.upcomingInterviews.first?.interviewers, ["Jo Jones", "Mia Moss"])
        XCTAssertEqual(screen.pastInterviews.map(\.eventId), ["e-past"])
        XCTAssertEqual(screen.feedback?.submissions, 3)
        XCTAssertEqual(screen.offers, [CandidateOfferRow(offerId: "o3", jobTitle: "Backend Engineer", statusLabel: "Waiting on candidate",
                                                         versionId: "v3", salary: nil)])
        XCTAssertEqual(screen.notes.map(\.text), ["Strong systems background"])
    }

    static func describe(_ entry: TimelineEntry) -> String {
        switch entry.kind {
        case .stage(let title, _): return "stage \(title)"
        case .note(let author, let excerpt): return "note \(author): \(excerpt)"
        case .feedback(let interviewer, let recommendation): return "feedback \(interviewer) \(recommendation?.symbol ?? "-")"
        case .interview(let title, _): return "interview \(title)"
        }
    }

    func testFailedDetailSaysWhyAndKeepsTheLastGoodOne() {
        let store = store()
        var details = ShownDetails()
        var model = CandidateModel()
        _ = model.show(candidateId: "c-a4", applicationId: nil, store: store, details: details)
        XCTAssertEqual(model.applicationId, "a4")
        details.markRequested(.notes(candidateId: "c-a4"))
        details.receive(.failed(key: .notes(candidateId: "c-a4"), reason: "Ashby answered 500"))
        XCTAssertEqual(model.screen(store: store, details: details, now: F.now).notesLoad, .failed(reason: "Ashby answered 500"))
        details.receive(.notes(candidateId: "c-a4", []))
        details.receive(.failed(key: .notes(candidateId: "c-a4"), reason: "timeout"))
        XCTAssertEqual(model.screen(store: store, details: details, now: F.now).notesLoad, .loaded)
    }

    func testAddNoteAsksThenConfirms() throws {
        let store = store()
        var model = CandidateModel()
        _ = model.show(candidateId: "c-a4", applicationId: "a4", store: store, details: ShownDetails())
        guard case .textInput(let input)? = model.handle(.addNote(nil), store: store, details: ShownDetails(), now: F.now).request else {
            return XCTFail("expected the note editor")
        }
        XCTAssertEqual(input, TextInput(prompt: "Note on Dan Brown", purpose: .note(candidateId: "c-a4")))
        guard case .confirmation(let dialog)? = model.handle(.addNote("Call back Monday"), store: store, details: ShownDetails(),
                                                             now: F.now).request else {
            return XCTFail("expected a confirmation")
        }
        XCTAssertEqual(dialog.title, "Add a note to Dan Brown?")
        XCTAssertEqual(dialog.lines, ["Candidate: Dan Brown", "“Call back Monday”"])
        XCTAssertEqual(dialog.effects.compactMap(\.submission).map(\.action), [.addNote(candidateId: "c-a4", text: "Call back Monday")])
        XCTAssertEqual(model.handle(.addNote("   "), store: store, details: ShownDetails(), now: F.now).notices,
                       [Notice(.info, "The note is empty; nothing was added")])
    }

    func testPendingNotesShowFirstAndSectionsScroll() {
        let store = store()
        var model = CandidateModel()
        _ = model.show(candidateId: "c-a4", applicationId: "a4", store: store, details: ShownDetails())
        let screen = model.screen(store: store, details: ShownDetails(), pendingNotes: [("act-9", "Queued note")], now: F.now)
        XCTAssertEqual(screen.notes, [NoteView(id: "act-9", author: "You", createdAt: nil, text: "Queued note", isPrivate: false,
                                               isPending: true)])
        _ = model.handle(.nextSection, store: store, details: ShownDetails(), now: F.now)
        _ = model.handle(.nextSection, store: store, details: ShownDetails(), now: F.now)
        _ = model.handle(.down, store: store, details: ShownDetails(), now: F.now)
        XCTAssertEqual(model.section, .timeline)
        XCTAssertEqual(model.sectionOffsets, [.timeline: 1])
    }
}
