import AshbyAPI
import Foundation
import XCTest

// Shared helpers and fixtures of the model tests.

func decodeModel<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(json.utf8))
}

/// Encodes with a plain `JSONEncoder`, decodes again, and checks equality.
func assertRoundTrip<T: Codable & Equatable>(_ value: T, file: StaticString = #filePath, line: UInt = #line) throws {
    let again = try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(value))
    XCTAssertEqual(again, value, file: file, line: line)
}

func timestamp(_ string: String) -> Timestamp {
    guard let value = Timestamp(iso8601: string) else { preconditionFailure("bad fixture timestamp \(string)") }
    return value
}

/// The user of the spec's applicationFeedback.list example.
let sarahJSON = """
    {"id":"123e4567-e89b-12d3-a456-426614174000","firstName":"Sarah","lastName":"Johnson",
     "email":"sarah.johnson@company.com","globalRole":"Elevated Access","isEnabled":true,
     "updatedAt":"2023-11-15T14:30:00.000Z"}
    """

let sarah = User(
    id: "123e4567-e89b-12d3-a456-426614174000", firstName: "Sarah", lastName: "Johnson",
    email: "sarah.johnson@company.com", globalRole: .elevatedAccess, isEnabled: true,
    updatedAt: timestamp("2023-11-15T14:30:00.000Z"))

final class ModelDecodingTests: XCTestCase {
    func testUserDecodesExactly() throws {
        XCTAssertEqual(try decodeModel(User.self, sarahJSON), sarah)
    }

    func testUnknownKeysAreIgnored() throws {
        let json = """
            {"id":"u1","firstName":"Test","lastName":"User","globalRole":"Limited Access","isEnabled":false,
             "updatedAt":"2024-01-15T10:30:00Z","favouriteColour":"teal","nested":{"a":[1,2,{"b":null}]}}
            """
        let user = try decodeModel(User.self, json)
        XCTAssertEqual(
            user,
            User(id: "u1", firstName: "Test", lastName: "User", globalRole: .limitedAccess, isEnabled: false,
                 updatedAt: timestamp("2024-01-15T10:30:00Z")))
    }

    func testOptionalFieldsAcceptAbsentAndNull() throws {
        let absent = try decodeModel(User.self, #"{"id":"u1","firstName":"A","lastName":"B","globalRole":"Limited Access","isEnabled":true,"updatedAt":"2024-01-15T10:30:00Z"}"#)
        let null = try decodeModel(User.self, #"{"id":"u1","firstName":"A","lastName":"B","email":null,"managerId":null,"customFields":null,"globalRole":"Limited Access","isEnabled":true,"updatedAt":"2024-01-15T10:30:00Z"}"#)
        XCTAssertNil(absent.email)
        XCTAssertNil(null.email)
        XCTAssertNil(null.managerId)
        XCTAssertNil(null.customFields)
        XCTAssertEqual(absent, null)
    }

    func testMissingRequiredFieldFailsWithItsKey() {
        XCTAssertThrowsError(try decodeModel(User.self, #"{"id":"u1","firstName":"A","lastName":"B","isEnabled":true,"updatedAt":"2024-01-15T10:30:00Z"}"#)) { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(key.stringValue, "globalRole")
        }
    }

    func testIntegerFieldsAcceptIntegralFloats() throws {
        let stage = try decodeModel(
            InterviewStage.self,
            #"{"id":"s1","title":"Offer","type":"Offer","orderInInterviewPlan":4.0,"interviewPlanId":"p1"}"#)
        XCTAssertEqual(stage.orderInInterviewPlan, 4)
    }

    func testEncodingOmitsNilOptionals() throws {
        let tag = Source(id: "s1", title: "Applied", isArchived: false)
        let object = try JSONValue.parse(try JSONEncoder().encode(tag))
        XCTAssertEqual(object, ["id": "s1", "title": "Applied", "isArchived": false])
    }

    func testApiKeyInfo() throws {
        let info = try decodeModel(
            ApiKeyInfo.self,
            #"{"title":"Custom Job Board API key","createdAt":"2022-07-21T17:32:28Z","scopes":["jobs:read","candidates:read"]}"#)
        XCTAssertEqual(
            info,
            ApiKeyInfo(title: "Custom Job Board API key", createdAt: timestamp("2022-07-21T17:32:28Z"),
                       scopes: ["jobs:read", "candidates:read"]))
        XCTAssertEqual(try decodeModel(ApiKeyInfo.self, "{}"), ApiKeyInfo())
        try assertRoundTrip(info)
    }
}
