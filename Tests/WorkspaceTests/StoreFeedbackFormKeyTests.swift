import AshbyAPI
import Workspace
import XCTest

/// A form without a definition id is named by a digest that must not change between runs,
/// or a cached scorecard would lose its form after a restart.
final class StoreFeedbackFormKeyTests: XCTestCase {
    private let form = FormDefinition(sections: [
        FormSection(title: "Scorecard", fields: [
            FormFieldEntry(isRequired: true, field: FormField(id: "f1", type: .score, path: "technical", humanReadablePath: "Technical",
                                                              title: "Technical", isNullable: false)),
        ]),
    ])

    func testTheDefinitionIdWins() {
        XCTAssertEqual(FeedbackRecord.formKey(definitionId: "def-1", form: form), "def-1")
    }

    func testTheDigestIsTheSameInEveryRun() {
        // A literal: a per-process seeded hash would fail here on the next run.
        XCTAssertEqual(FeedbackRecord.formKey(definitionId: nil, form: form), FeedbackRecord.formKey(definitionId: nil, form: form))
        XCTAssertEqual(FeedbackRecord.formKey(definitionId: nil, form: form), Self.expectedKey)
    }

    func testDifferentFormsGetDifferentKeys() {
        var other = form
        other.sections?[0].fields[0].field.title = "System design"
        XCTAssertNotEqual(FeedbackRecord.formKey(definitionId: nil, form: other), FeedbackRecord.formKey(definitionId: nil, form: form))
    }

    static let expectedKey = "form-60fa0972dac7ea21"
}
