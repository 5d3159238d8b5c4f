import AshbyAPI
import XCTest
@testable import Workspace

/// Application custom fields in the candidate pane: `application.info` is asked for every
/// application of the shown candidate, and its fields appear with their labels once it arrives.
final class CandidateApplicationFieldsTests: XCTestCase {
    typealias F = ViewModelFixture

    /// Dan Brown (c-a4) with a second, older application to job-2; the tenant's custom field definitions.
    private func store() -> EntityStore {
        var second = F.application("a4-design", "Dan Brown", stage: "s-review", job: "job-2", days: 12)
        second.candidateId = "c-a4"
        second.createdAt = F.stamp(-300 * F.day)
        let store = F.store(F.pipelineApplications + [second])
        var delta = StoreDelta()
        delta.customFields = [
            CustomFieldDefinition(id: "cf-level", title: "Level", objectType: .application, isArchived: false, fieldType: .valueSelect,
                                  isRequired: false, selectableValues: [CustomFieldSelectableValue(label: "Senior (L5)", value: "l5"),
                                                                        CustomFieldSelectableValue(label: "Staff (L6)", value: "l6")]),
            CustomFieldDefinition(id: "cf-langs", title: "Interview languages", objectType: .application, isArchived: false,
                                  fieldType: .multiValueSelect, isRequired: false,
                                  selectableValues: [CustomFieldSelectableValue(label: "English", value: "en"),
                                                     CustomFieldSelectableValue(label: "German", value: "de")]),
            CustomFieldDefinition(id: "cf-referral", title: "Referral Bonus Eligible", objectType: .application, isArchived: false,
                                  fieldType: .boolean, isRequired: false),
            CustomFieldDefinition(id: "cf-band", isPrivate: true, title: "Salary band", objectType: .application, isArchived: false,
                                  fieldType: .string, isRequired: false),
        ]
        store.apply(delta, now: F.now)
        return store
    }

    private func application(_ id: String, jobId: String, jobTitle: String, stageId: String, fields: [CustomFieldValue]) -> Application {
        Application(id: id, createdAt: F.stamp(-200 * F.day), updatedAt: F.stamp(-F.day), status: .active, customFields: fields,
                    candidate: ApplicationCandidate(id: "c-a4", name: "Dan Brown"),
                    currentInterviewStage: InterviewStage(id: stageId, title: "Stage", type: .active, orderInInterviewPlan: 1,
                                                          interviewPlanId: F.planId),
                    job: ApplicationJob(id: jobId, title: jobTitle))
    }

    func testEveryApplicationIsAskedForAndItsFieldsAppearWithLabelsFocusedFirst() {
        let store = store()
        var details = ShownDetails()
        var model = CandidateModel()
        XCTAssertEqual(store.applications(ofCandidate: "c-a4").map(\.id), ["a4", "a4-design"])

        // Opened from the older application: it is listed first.
        let effects = model.show(candidateId: "c-a4", applicationId: "a4-design", store: store, details: details)
        XCTAssertEqual(effects.compactMap(\.detailKey), [
            .candidate(id: "c-a4"), .notes(candidateId: "c-a4"),
            .applicationHistory(applicationId: "a4"), .application(id: "a4"),
            .applicationHistory(applicationId: "a4-design"), .application(id: "a4-design"),
        ])
        for key in effects.compactMap(\.detailKey) { details.markRequested(key) }
        XCTAssertEqual(model.detailRequests(store: store, details: details).compactMap(\.detailKey), [], "nothing is asked twice")

        // Before `application.info` arrives: the rows, without fields.
        var screen = model.screen(store: store, details: details, now: F.now)
        XCTAssertEqual(screen.applications, [
            CandidateApplicationRow(applicationId: "a4-design", jobTitle: "Product Designer", stageTitle: "Application Review",
                                    status: .active, daysInStage: 12, isFocused: true),
            CandidateApplicationRow(applicationId: "a4", jobTitle: "Backend Engineer", stageTitle: "Phone Screen", status: .active,
                                    daysInStage: 5, isFocused: false),
        ])

        // Labels from the definitions, select values by their option labels, definition titles over
        // stale ones in the value, empty values left out.
        details.receive(.application(application("a4", jobId: "job-1", jobTitle: "Backend Engineer", stageId: "s-phone", fields: [
            CustomFieldValue(id: "cf-level", title: "Seniority (old title)", value: "l5"),
            CustomFieldValue(id: "cf-langs", title: "Interview languages", value: ["en", "de"]),
            CustomFieldValue(id: "cf-referral", title: "Referral Bonus Eligible", value: false),
            CustomFieldValue(id: "cf-band", title: "Salary band", value: .null),
        ])))
        details.receive(.application(application("a4-design", jobId: "job-2", jobTitle: "Product Designer", stageId: "s-review", fields: [
            CustomFieldValue(id: "cf-referral", title: "Referral Bonus Eligible", value: true),
            CustomFieldValue(id: "cf-band", title: "Salary band", value: "D3"),
        ])))
        screen = model.screen(store: store, details: details, now: F.now)
        XCTAssertEqual(screen.applications.map(\.applicationId), ["a4-design", "a4"])
        XCTAssertEqual(screen.applications[0].customFields, [
            CustomFieldRow(title: "Referral Bonus Eligible", value: "yes"),
            CustomFieldRow(title: "Salary band", value: "D3", isPrivate: true),
        ])
        XCTAssertEqual(screen.applications[1].customFields, [
            CustomFieldRow(title: "Level", value: "Senior (L5)"),
            CustomFieldRow(title: "Interview languages", value: "English, German"),
            CustomFieldRow(title: "Referral Bonus Eligible", value: "no"),
        ])
        XCTAssertEqual(screen.applications[0].isFocused, true)
    }

    func testAFailedRefreshKeepsTheFieldsShownAndAFailureAloneShowsNone() {
        let store = store()
        var details = ShownDetails()
        var model = CandidateModel()
        _ = model.show(candidateId: "c-a4", applicationId: "a4", store: store, details: details)
        details.markRequested(.application(id: "a4"))
        details.markRequested(.application(id: "a4-design"))
        details.receive(.application(application("a4", jobId: "job-1", jobTitle: "Backend Engineer", stageId: "s-phone", fields: [
            CustomFieldValue(id: "cf-level", title: "Level", value: "l6"),
        ])))
        details.receive(.failed(key: .application(id: "a4"), reason: "timeout"))
        details.receive(.failed(key: .application(id: "a4-design"), reason: "Ashby answered 500"))
        let screen = model.screen(store: store, details: details, now: F.now)
        XCTAssertEqual(screen.applications.map(\.applicationId), ["a4", "a4-design"])
        XCTAssertEqual(screen.applications.map(\.customFields), [[CustomFieldRow(title: "Level", value: "Staff (L6)")], []])
    }
}
