import AshbyAPI
import Foundation
import XCTest

final class OrganizationDecodingTests: XCTestCase {
    func testDepartment() throws {
        let json = """
            {"id":"1be42b8e-cafd-4beb-8121-f4981eb20f42","name":"Engineering","externalName":"Product Engineering",
             "isArchived":false,"parentId":null,"createdAt":"2023-09-13T21:30:57.965Z",
             "updatedAt":"2023-09-13T21:30:57.965Z","extraData":{"costCenter":"CC-12","headcount":40}}
            """
        let department = try decodeModel(Department.self, json)
        XCTAssertEqual(
            department,
            Department(
                id: "1be42b8e-cafd-4beb-8121-f4981eb20f42", name: "Engineering", externalName: "Product Engineering",
                isArchived: false, createdAt: timestamp("2023-09-13T21:30:57.965Z"),
                updatedAt: timestamp("2023-09-13T21:30:57.965Z"), extraData: ["costCenter": "CC-12", "headcount": 40]))
        try assertRoundTrip(department)
    }

    func testLocationWithPostalAddress() throws {
        let json = """
            {"id":"e9ed20fd-d45f-4aad-8a00-a19bfba0083e","name":"San Francisco HQ","externalName":"San Francisco",
             "isArchived":false,"address":{"postalAddress":{"addressCountry":"United States","addressRegion":"California",
             "addressLocality":"San Francisco","postalCode":"94103","streetAddress":"1 Market St"}},
             "isRemote":false,"workplaceType":"Hybrid","parentLocationId":"b1f9a7c4-0000-4000-8000-000000000001",
             "type":"Location"}
            """
        let location = try decodeModel(Location.self, json)
        XCTAssertEqual(
            location,
            Location(
                id: "e9ed20fd-d45f-4aad-8a00-a19bfba0083e", name: "San Francisco HQ", externalName: "San Francisco",
                isArchived: false,
                address: LocationAddress(postalAddress: PostalAddress(
                    addressCountry: "United States", addressRegion: "California", addressLocality: "San Francisco",
                    postalCode: "94103", streetAddress: "1 Market St")),
                isRemote: false, workplaceType: .hybrid, parentLocationId: "b1f9a7c4-0000-4000-8000-000000000001",
                type: .location))
        try assertRoundTrip(location)

        let region = try decodeModel(Location.self, #"{"id":"r1","name":"EMEA","isArchived":false,"address":{},"type":"LocationHierarchy"}"#)
        XCTAssertEqual(region.type, .locationHierarchy)
        XCTAssertEqual(region.address, LocationAddress())
        XCTAssertNil(region.workplaceType)
    }

    func testArchiveReasonFromListAndFromApplication() throws {
        let listed = try decodeModel(
            ArchiveReason.self,
            #"{"id":"ar1","text":"Too inexperienced","reasonType":"RejectedByOrg","isArchived":false}"#)
        XCTAssertEqual(listed, ArchiveReason(id: "ar1", text: "Too inexperienced", reasonType: .rejectedByOrg, isArchived: false))
        let embedded = try decodeModel(
            ArchiveReason.self,
            #"{"id":"ar2","text":"Accepted another offer","reasonType":"RejectedByCandidate","isArchived":false,"customFields":[]}"#)
        XCTAssertEqual(embedded.customFields, [])
        XCTAssertEqual(embedded.reasonType, .rejectedByCandidate)
    }

    func testSourceWithSourceType() throws {
        let json = """
            {"id":"5b591aed-88e3-4395-b9c6-7d529f93354a","title":"Applied","isArchived":false,
             "sourceType":{"id":"38430ede-5bd2-41fc-b474-87591cb98cbc","title":"Inbound","isArchived":false}}
            """
        let source = try decodeModel(Source.self, json)
        XCTAssertEqual(
            source,
            Source(
                id: "5b591aed-88e3-4395-b9c6-7d529f93354a", title: "Applied", isArchived: false,
                sourceType: SourceType(id: "38430ede-5bd2-41fc-b474-87591cb98cbc", title: "Inbound", isArchived: false)))
        try assertRoundTrip(source)
    }

    func testCandidateTag() throws {
        let tag = try decodeModel(CandidateTag.self, #"{"id":"t1","title":"Strong referral","isArchived":true}"#)
        XCTAssertEqual(tag, CandidateTag(id: "t1", title: "Strong referral", isArchived: true))
    }

    func testCustomFieldDefinitionWithSelectableValues() throws {
        let json = """
            {"id":"cf1","isPrivate":false,"title":"Seniority","objectType":"Candidate","isArchived":false,
             "fieldType":"MultiValueSelect","isRequired":false,
             "selectableValues":[{"label":"Senior","value":"senior","isArchived":false},{"label":"Staff","value":"staff"}]}
            """
        let definition = try decodeModel(CustomFieldDefinition.self, json)
        XCTAssertEqual(
            definition,
            CustomFieldDefinition(
                id: "cf1", isPrivate: false, title: "Seniority", objectType: .candidate, isArchived: false,
                fieldType: .multiValueSelect, isRequired: false,
                selectableValues: [
                    CustomFieldSelectableValue(label: "Senior", value: "senior", isArchived: false),
                    CustomFieldSelectableValue(label: "Staff", value: "staff"),
                ]))
        XCTAssertEqual(definition.label(forValue: "staff"), "Staff")
        XCTAssertNil(definition.label(forValue: "principal"))
        try assertRoundTrip(definition)

        let talent = try decodeModel(
            CustomFieldDefinition.self,
            #"{"id":"cf2","title":"Budget","objectType":"Talent_Project","isArchived":false,"fieldType":"Currency","isRequired":true}"#)
        XCTAssertEqual(talent.objectType, .talentProject)
        XCTAssertEqual(talent.fieldType, .currency)
        XCTAssertNil(talent.selectableValues)
    }

    func testHiringTeamRoleDecodesNamesOnlyStrings() throws {
        let roles = try decodeModel([HiringTeamRole].self, #"["Recruiter","Hiring Manager"]"#)
        XCTAssertEqual(roles, [HiringTeamRole(title: "Recruiter"), HiringTeamRole(title: "Hiring Manager")])
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(roles), as: UTF8.self), #"["Recruiter","Hiring Manager"]"#)
    }

    func testHiringTeamRoleDecodesObjects() throws {
        let roles = try decodeModel(
            [HiringTeamRole].self,
            #"[{"id":"46648e83-f28f-43c4-a2a0-58e0599cff41","title":"Recruiter"},{"title":"Coordinator"},{}]"#)
        XCTAssertEqual(
            roles,
            [HiringTeamRole(id: "46648e83-f28f-43c4-a2a0-58e0599cff41", title: "Recruiter"),
             HiringTeamRole(title: "Coordinator"), HiringTeamRole()])
        try assertRoundTrip(roles)
        XCTAssertEqual(
            try JSONValue.parse(try JSONEncoder().encode(roles[0])),
            ["id": "46648e83-f28f-43c4-a2a0-58e0599cff41", "title": "Recruiter"])
    }

    func testHiringTeamRoleRejectsOtherShapes() {
        XCTAssertThrowsError(try decodeModel([HiringTeamRole].self, "[42]"))
    }

    func testHiringTeamMember() throws {
        let member = try decodeModel(
            HiringTeamMember.self,
            #"{"userId":"u1","email":"sam@example.com","firstName":"Sam","lastName":"Lee","role":"Recruiter"}"#)
        XCTAssertEqual(member, HiringTeamMember(userId: "u1", email: "sam@example.com", firstName: "Sam", lastName: "Lee", role: "Recruiter"))
    }
}
