import AshbyAPI
import Foundation
import XCTest

final class SurveyDecodingTests: XCTestCase {
    func testSurveyFormDefinition() throws {
        let json = """
            {"id":"sf1","organizationId":"org1","title":"Candidate experience","isArchived":false,"isDefaultForm":true,
             "surveyType":"CandidateExperience",
             "formDefinition":{"sections":[{"fields":[{"isRequired":false,"field":{"id":"q1","type":"ValueSelect",
               "path":"nps","humanReadablePath":"NPS","title":"How likely are you to recommend us?","isNullable":true,
               "selectableValues":[{"label":"Very likely","value":"5"}]}}]}]}}
            """
        let definition = try decodeModel(SurveyFormDefinition.self, json)
        XCTAssertEqual(
            definition,
            SurveyFormDefinition(
                id: "sf1", organizationId: "org1", title: "Candidate experience", isArchived: false, isDefaultForm: true,
                formDefinition: FormDefinition(sections: [FormSection(fields: [FormFieldEntry(isRequired: false, field: FormField(
                    id: "q1", type: .valueSelect, path: "nps", humanReadablePath: "NPS", title: "How likely are you to recommend us?",
                    isNullable: true, selectableValues: [FormSelectableValue(label: "Very likely", value: "5")]))])]),
                surveyType: .candidateExperience))
        XCTAssertEqual(definition.formDefinition.field(atPath: "nps")?.label(forValue: "5"), "Very likely")
        try assertRoundTrip(definition)
    }

    func testSurveySubmissionWithDeletedForm() throws {
        let json = """
            {"id":"ss1","surveyFormDefinitionId":null,"submittedAt":"2024-01-15T10:30:00Z","candidateId":"c1",
             "applicationId":"a1","surveyType":"Questionnaire","submittedValues":{"_systemfield_name":"Gob Bluth","rating":4}}
            """
        let submission = try decodeModel(SurveySubmission.self, json)
        XCTAssertEqual(
            submission,
            SurveySubmission(
                id: "ss1", submittedAt: timestamp("2024-01-15T10:30:00Z"), candidateId: "c1", applicationId: "a1",
                surveyType: .questionnaire, submittedValues: ["_systemfield_name": "Gob Bluth", "rating": 4]))
        try assertRoundTrip(submission)
    }
}
