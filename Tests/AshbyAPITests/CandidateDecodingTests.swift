import AshbyAPI
import Foundation
import XCTest

final class CandidateDecodingTests: XCTestCase {
    private let candidateJSON = """
        {"id":"5b591aed-88e3-4395-b9c6-7d529f93354a","createdAt":"2022-07-21T17:32:28Z","updatedAt":"2022-08-12T20:29:56.964Z",
         "name":"Adam Hart",
         "primaryEmailAddress":{"value":"adam@example.com","type":"Personal","isPrimary":true},
         "emailAddresses":[{"value":"adam@example.com","type":"Personal","isPrimary":true},
                           {"value":"adam.hart@auction.com","type":"Work","isPrimary":false}],
         "primaryPhoneNumber":{"value":"222-222-3344","type":"Work","isPrimary":true},
         "phoneNumbers":[{"value":"222-222-3344","type":"Work","isPrimary":true}],
         "socialLinks":[{"type":"LinkedIn","url":"https://linkedin.com/in/adamhart"},{"type":"Mastodon","url":"https://hachyderm.io/@adam"}],
         "tags":[{"id":"t1","title":"Strong referral","isArchived":false}],
         "position":"Software Engineer","company":"Auction.com","school":"Princeton University",
         "applicationIds":["a1","a2"],
         "resumeFileHandle":{"id":"15d2624d-0a81-4f94-a2ed-94980f430b3f","name":"resume.pdf","handle":"eyJoYW5kbGUiOnsidHlwZSI6IkNhbmRpZGF0ZUZpbGUiLCJm"},
         "fileHandles":[{"id":"15d2624d-0a81-4f94-a2ed-94980f430b3f","name":"resume.pdf","handle":"eyJoYW5kbGUiOnsidHlwZSI6IkNhbmRpZGF0ZUZpbGUiLCJm"}],
         "customFields":[{"id":"650e5f74-32db-4a0a-b61b-b9afece05023","title":"Is actively looking","value":true}],
         "profileUrl":"https://app.ashbyhq.com/candidates/5b591aed-88e3-4395-b9c6-7d529f93354a",
         "source":{"id":"s1","title":"Applied","isArchived":false,"sourceType":{"id":"st1","title":"Inbound","isArchived":false}},
         "creditedToUser":\(sarahJSON),
         "timezone":"America/Los_Angeles",
         "location":{"id":"cl1","locationSummary":"United States, California, San Francisco",
                     "locationComponents":[{"type":"Country","name":"United States"},{"type":"Region","name":"California"},{"type":"City","name":"San Francisco"}]},
         "fraudStatus":"Fraudulent"}
        """

    func testCandidateInfoDecodesEveryField() throws {
        let candidate = try decodeModel(Candidate.self, candidateJSON)
        let resume = FileHandle(id: "15d2624d-0a81-4f94-a2ed-94980f430b3f", name: "resume.pdf", handle: "eyJoYW5kbGUiOnsidHlwZSI6IkNhbmRpZGF0ZUZpbGUiLCJm")
        let expected = Candidate(
            id: "5b591aed-88e3-4395-b9c6-7d529f93354a", createdAt: timestamp("2022-07-21T17:32:28Z"),
            updatedAt: timestamp("2022-08-12T20:29:56.964Z"), name: "Adam Hart",
            primaryEmailAddress: ContactInfo(value: "adam@example.com", type: .personal, isPrimary: true),
            emailAddresses: [
                ContactInfo(value: "adam@example.com", type: .personal, isPrimary: true),
                ContactInfo(value: "adam.hart@auction.com", type: .work, isPrimary: false),
            ],
            primaryPhoneNumber: ContactInfo(value: "222-222-3344", type: .work, isPrimary: true),
            phoneNumbers: [ContactInfo(value: "222-222-3344", type: .work, isPrimary: true)],
            socialLinks: [
                SocialLink(type: .linkedIn, url: "https://linkedin.com/in/adamhart"),
                SocialLink(type: "Mastodon", url: "https://hachyderm.io/@adam"),
            ],
            tags: [CandidateTag(id: "t1", title: "Strong referral", isArchived: false)],
            position: "Software Engineer", company: "Auction.com", school: "Princeton University",
            applicationIds: ["a1", "a2"], resumeFileHandle: resume, fileHandles: [resume],
            customFields: [CustomFieldValue(id: "650e5f74-32db-4a0a-b61b-b9afece05023", title: "Is actively looking", value: true)],
            profileUrl: "https://app.ashbyhq.com/candidates/5b591aed-88e3-4395-b9c6-7d529f93354a",
            source: Source(id: "s1", title: "Applied", isArchived: false, sourceType: SourceType(id: "st1", title: "Inbound", isArchived: false)),
            creditedToUser: sarah, timezone: "America/Los_Angeles",
            location: CandidateLocation(
                id: "cl1", locationSummary: "United States, California, San Francisco",
                locationComponents: [
                    LocationComponent(type: .country, name: "United States"),
                    LocationComponent(type: .region, name: "California"),
                    LocationComponent(type: .city, name: "San Francisco"),
                ]),
            fraudStatus: .fraudulent)
        XCTAssertEqual(candidate, expected)
        try assertRoundTrip(candidate)
    }

    func testMinimalCandidateWithNullFraudStatus() throws {
        let json = """
            {"id":"c2","name":"Bo","emailAddresses":[],"phoneNumbers":[],"socialLinks":[],"tags":[],"applicationIds":[],
             "fileHandles":[],"profileUrl":"https://app.ashbyhq.com/candidates/c2","fraudStatus":null,"location":null}
            """
        let candidate = try decodeModel(Candidate.self, json)
        XCTAssertEqual(candidate, Candidate(id: "c2", name: "Bo", profileUrl: "https://app.ashbyhq.com/candidates/c2"))
    }

    func testCandidateWithoutRequiredArrayFails() {
        let json = #"{"id":"c2","name":"Bo","emailAddresses":[],"phoneNumbers":[],"socialLinks":[],"tags":[],"fileHandles":[],"profileUrl":"x"}"#
        XCTAssertThrowsError(try decodeModel(Candidate.self, json)) { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(key.stringValue, "applicationIds")
        }
    }

    func testNoteFromListNotesAndCreateNote() throws {
        let json = """
            {"id":"n1","createdAt":"2022-08-12T20:29:56.964Z","isPrivate":false,
             "content":"Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
             "author":{"id":"u9","firstName":"Joey","lastName":"Joe","email":"joey@example.com"}}
            """
        let note = try decodeModel(Note.self, json)
        XCTAssertEqual(
            note,
            Note(id: "n1", createdAt: timestamp("2022-08-12T20:29:56.964Z"), isPrivate: false,
                 content: "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                 author: NoteAuthor(id: "u9", firstName: "Joey", lastName: "Joe", email: "joey@example.com")))
        try assertRoundTrip(note)

        let bare = try decodeModel(Note.self, #"{"id":"n2","createdAt":"2022-08-12T20:29:56Z","isPrivate":true,"author":{"id":"u9","firstName":"Joey","lastName":"Joe"}}"#)
        XCTAssertNil(bare.content)
        XCTAssertNil(bare.author.email)
    }
}
