import AshbyAPI
import Foundation
import XCTest

/// The spec's applicationFeedback.list example, verbatim apart from whitespace.
let specFeedbackJSON = """
    {"id":"f47ac10b-58cc-4372-a567-0e02b2c3d479","applicationId":"550e8400-e29b-41d4-a716-446655440000",
     "feedbackFormDefinitionId":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","interviewId":"6ba7b811-9dad-11d1-80b4-00c04fd430c8",
     "interviewEventId":"6ba7b812-9dad-11d1-80b4-00c04fd430c8","submittedAt":"2023-11-15T14:30:00.000Z",
     "submittedByUser":\(sarahJSON),
     "formDefinition":{"sections":[{"title":"Technical Assessment","fields":[
       {"isRequired":true,"field":{"id":"550e8400-e29b-41d4-a716-446655440001","type":"ValueSelect","path":"overall_recommendation",
        "title":"Overall Recommendation","humanReadablePath":"Overall Recommendation","isNullable":false,
        "selectableValues":[{"label":"Strong Hire","value":"strong_hire"},{"label":"Hire","value":"hire"},{"label":"No Hire","value":"no_hire"}]}},
       {"isRequired":false,"field":{"id":"550e8400-e29b-41d4-a716-446655440002","type":"Score","path":"technical_skills",
        "title":"Technical Skills","humanReadablePath":"Technical Skills","isNullable":false}},
       {"isRequired":false,"field":{"id":"550e8400-e29b-41d4-a716-446655440003","type":"RichText","path":"detailed_feedback",
        "title":"Detailed Feedback","humanReadablePath":"Detailed Feedback","isNullable":false}}]}]},
     "submittedValues":{"overall_recommendation":"hire","technical_skills":"4",
       "detailed_feedback":"Candidate demonstrated strong problem-solving skills and wrote clean, efficient code."}}
    """

final class FeedbackModelTests: XCTestCase {
    func testSpecExampleDecodes() throws {
        let feedback = try decodeModel(ApplicationFeedback.self, specFeedbackJSON)
        XCTAssertEqual(feedback.id, "f47ac10b-58cc-4372-a567-0e02b2c3d479")
        XCTAssertEqual(feedback.applicationId, "550e8400-e29b-41d4-a716-446655440000")
        XCTAssertEqual(feedback.feedbackFormDefinitionId, "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
        XCTAssertEqual(feedback.interviewId, "6ba7b811-9dad-11d1-80b4-00c04fd430c8")
        XCTAssertEqual(feedback.interviewEventId, "6ba7b812-9dad-11d1-80b4-00c04fd430c8")
        XCTAssertNil(feedback.applicationHistoryId)
        XCTAssertEqual(feedback.submittedAt, Timestamp(secondsSince1970: 1_700_058_600))
        XCTAssertEqual(feedback.submittedByUser, sarah)
        XCTAssertEqual(feedback.formDefinition.sections?.first?.title, "Technical Assessment")
        XCTAssertEqual(feedback.formDefinition.fields.map(\.path), ["overall_recommendation", "technical_skills", "detailed_feedback"])
        XCTAssertEqual(feedback.formDefinition.fields.map(\.type), [.valueSelect, .score, .richText])
        XCTAssertEqual(feedback.formDefinition.sections?.first?.fields.map(\.isRequired), [true, false, false])
        XCTAssertEqual(
            feedback.formDefinition.field(atPath: "overall_recommendation")?.selectableValues,
            [FormSelectableValue(label: "Strong Hire", value: "strong_hire"),
             FormSelectableValue(label: "Hire", value: "hire"),
             FormSelectableValue(label: "No Hire", value: "no_hire")])
        XCTAssertNil(feedback.formDefinition.field(atPath: "missing"))
        XCTAssertEqual(feedback.submittedValues["technical_skills"], "4")
        try assertRoundTrip(feedback)
    }

    func testScoreFromEveryWireShape() {
        XCTAssertEqual(ApplicationFeedback.score(from: ["score": 4]), 4)
        XCTAssertEqual(ApplicationFeedback.score(from: 4), 4)
        XCTAssertEqual(ApplicationFeedback.score(from: 3.0), 3)
        XCTAssertEqual(ApplicationFeedback.score(from: "4"), 4)
        XCTAssertEqual(ApplicationFeedback.score(from: " 2 "), 2)
        XCTAssertEqual(ApplicationFeedback.score(from: "1.0"), 1)
        XCTAssertEqual(ApplicationFeedback.score(from: ["score": "3"]), 3)
        XCTAssertNil(ApplicationFeedback.score(from: 3.5))
        XCTAssertNil(ApplicationFeedback.score(from: "great"))
        XCTAssertNil(ApplicationFeedback.score(from: ""))
        XCTAssertNil(ApplicationFeedback.score(from: .null))
        XCTAssertNil(ApplicationFeedback.score(from: true))
        XCTAssertNil(ApplicationFeedback.score(from: ["value": 4]))
    }

    func testScoresAndRecommendationFromTheSpecExample() throws {
        let feedback = try decodeModel(ApplicationFeedback.self, specFeedbackJSON)
        XCTAssertEqual(feedback.score(atPath: "technical_skills"), 4)
        XCTAssertNil(feedback.score(atPath: "detailed_feedback"))
        XCTAssertEqual(feedback.scores, [FeedbackScore(path: "technical_skills", title: "Technical Skills", score: 4)])
        XCTAssertEqual(feedback.recommendationField?.path, "overall_recommendation")
        XCTAssertEqual(feedback.recommendationValue, "hire")
        XCTAssertEqual(feedback.recommendationLabel, "Hire")
    }

    func testRecommendationLabelComesFromTheFormsOwnOptions() throws {
        // An organization with its own path, values and labels: nothing may be hard-coded.
        let form = FormDefinition(sections: [
            FormSection(fields: [
                FormFieldEntry(isRequired: true, field: FormField(
                    id: "f1", type: .score, path: "coding", humanReadablePath: "Coding", title: "Coding", isNullable: true)),
                FormFieldEntry(isRequired: true, field: FormField(
                    id: "f2", type: .valueSelect, path: "hm_verdict", humanReadablePath: "Verdict",
                    title: "Do you recommend this candidate?", isNullable: false,
                    selectableValues: [FormSelectableValue(label: "Definitely", value: "4"), FormSelectableValue(label: "Nope", value: "1")])),
            ]),
            FormSection(title: "Culture", fields: [
                FormFieldEntry(isRequired: false, field: FormField(
                    id: "f3", type: .score, path: "values", humanReadablePath: "Values", title: "Values", isNullable: true)),
            ]),
        ])
        var feedback = ApplicationFeedback(
            id: "fb", applicationId: "a1", formDefinition: form,
            submittedValues: ["coding": ["score": 3], "hm_verdict": "1", "values": 2], submittedByUser: sarah)
        XCTAssertEqual(feedback.recommendationLabel, "Nope")
        XCTAssertEqual(
            feedback.scores,
            [FeedbackScore(path: "coding", title: "Coding", score: 3), FeedbackScore(path: "values", title: "Values", score: 2)])

        feedback.submittedValues["hm_verdict"] = "2"
        XCTAssertEqual(feedback.recommendationLabel, "2", "an option the form does not list shows its raw value")
        feedback.submittedValues["hm_verdict"] = nil
        XCTAssertNil(feedback.recommendationLabel)
    }

    func testNoRecommendationFieldMeansNoLabel() {
        let form = FormDefinition(sections: [FormSection(fields: [
            FormFieldEntry(isRequired: true, field: FormField(
                id: "f1", type: .string, path: "overall_recommendation", humanReadablePath: "x", title: "Overall Recommendation", isNullable: true)),
        ])])
        let feedback = ApplicationFeedback(
            id: "fb", applicationId: "a1", formDefinition: form, submittedValues: ["overall_recommendation": "hire"], submittedByUser: sarah)
        XCTAssertNil(feedback.recommendationField, "only ValueSelect fields carry options")
        XCTAssertNil(feedback.recommendationLabel)
        XCTAssertNil(FormDefinition().field(atPath: "x"))
        XCTAssertEqual(FormDefinition().fields, [])
    }

    func testFeedbackFormDefinition() throws {
        let json = """
            {"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","organizationId":"org1","title":"Engineering scorecard",
             "isArchived":false,"isDefaultForm":true,"interviewId":null,
             "formDefinition":{"sections":[{"title":"Signal","descriptionPlain":"Be specific","fields":[
               {"isRequired":true,"descriptionHtml":"<b>1–4</b>","field":{"id":"x1","type":"Score","path":"problem_solving",
                "humanReadablePath":"Problem solving","title":"Problem solving","isNullable":false}}]}]}}
            """
        let definition = try decodeModel(FeedbackFormDefinition.self, json)
        XCTAssertEqual(
            definition,
            FeedbackFormDefinition(
                id: "6ba7b810-9dad-11d1-80b4-00c04fd430c8", organizationId: "org1", title: "Engineering scorecard",
                isArchived: false, isDefaultForm: true,
                formDefinition: FormDefinition(sections: [FormSection(title: "Signal", descriptionPlain: "Be specific", fields: [
                    FormFieldEntry(isRequired: true, descriptionHtml: "<b>1–4</b>", field: FormField(
                        id: "x1", type: .score, path: "problem_solving", humanReadablePath: "Problem solving",
                        title: "Problem solving", isNullable: false)),
                ])])))
        try assertRoundTrip(definition)
    }

    func testSubmitResult() throws {
        let json = """
            {"submittedFormInstance":{"id":"sfi1","formDefinition":{"sections":[]},
             "submittedValues":{"technical_skills":{"score":4},"overall_recommendation":"strong_hire","notes":{"type":"PlainText","value":"Solid"}}}}
            """
        let result = try decodeModel(FeedbackSubmitResult.self, json)
        XCTAssertEqual(
            result,
            FeedbackSubmitResult(submittedFormInstance: SubmittedFormInstance(
                id: "sfi1", formDefinition: FormDefinition(sections: []),
                submittedValues: [
                    "technical_skills": ["score": 4], "overall_recommendation": "strong_hire",
                    "notes": ["type": "PlainText", "value": "Solid"],
                ])))
        XCTAssertEqual(try decodeModel(FeedbackSubmitResult.self, "{}"), FeedbackSubmitResult())
        try assertRoundTrip(result)
    }
}
