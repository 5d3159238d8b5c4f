import AshbyAPI
import Foundation
import Workspace
import XCTest

/// The record decoders field by field: absent and null optionals, unknown keys, key order,
/// missing and mistyped required fields with their offsets, shared strings and forms.
final class DecodingRecordTests: XCTestCase {
    private let application = #"""
        {"id":"app-1","createdAt":"2024-03-01T10:00:00Z","updatedAt":"2024-03-02T11:30:00.250Z","status":"Active",
         "candidate":{"id":"cand-1","name":"Ada Lovelace","primaryEmailAddress":{"value":"ada@example.com","type":"Personal","isPrimary":true}},
         "currentInterviewStage":{"id":"stage-1","title":"Screen","type":"PreInterviewScreen","orderInInterviewPlan":1,"interviewPlanId":"plan-1"},
         "job":{"id":"job-1","title":"Backend Engineer, Payments Platform","locationId":"loc","departmentId":"dep"},
         "source":{"id":"src-1","title":"Referral","isArchived":false},
         "archiveReason":{"id":"reason-1","text":"Too junior","reasonType":"RejectedByOrg","isArchived":false,"customFields":[]},
         "archivedAt":"2024-03-03T00:00:00Z",
         "customFields":[{"id":"cf","title":"T","value":{"nested":[1,2,{"deep":null}]},"valueLabel":null}],
         "hiringTeam":[],"unknownField":{"a":[true,false,null,"\u00e9"]}}
        """#

    private func record(_ json: String) throws -> ApplicationRecord {
        try JSONReader.read(Array(json.utf8)) { try ApplicationRecord(json: &$0) }
    }

    private func decodeError(_ json: String) -> JSONReaderError? {
        do {
            _ = try record(json)
            return nil
        } catch {
            return error as? JSONReaderError
        }
    }

    private func offset(of text: String, in json: String) -> Int {
        let bytes = Array(json.utf8), needle = Array(text.utf8)
        return bytes.indices.first { Array(bytes[$0...].prefix(needle.count)) == needle }!
    }

    func testEveryKeptFieldAndNothingElse() throws {
        XCTAssertEqual(try record(application), ApplicationRecord(
            id: "app-1", candidateId: "cand-1", candidateName: "Ada Lovelace", candidateEmail: "ada@example.com", jobId: "job-1",
            jobTitle: "Backend Engineer, Payments Platform", stageId: "stage-1", interviewPlanId: "plan-1", status: .active,
            sourceTitle: "Referral", archiveReasonId: "reason-1", createdAt: Timestamp(iso8601: "2024-03-01T10:00:00Z")!,
            updatedAt: Timestamp(iso8601: "2024-03-02T11:30:00.250Z")!, archivedAt: Timestamp(iso8601: "2024-03-03T00:00:00Z")!))
        let decoded = try JSONDecoder().decode(Application.self, from: Data(application.utf8))
        XCTAssertEqual(try record(application), ApplicationRecord(decoded))
    }

    func testAbsentAndNullOptionalFieldsAreNil() throws {
        let minimal = #"""
            {"status":"Lead","job":{"title":"J","id":"j"},"currentInterviewStage":{"interviewPlanId":"p","id":"s"},
             "candidate":{"name":"","id":"c"},"updatedAt":"2024-01-01","createdAt":"2024-01-01","id":"a"}
            """#
        let nulls = #"""
            {"id":"a","createdAt":"2024-01-01","updatedAt":"2024-01-01","status":"Lead","job":{"id":"j","title":"J"},
             "currentInterviewStage":{"id":"s","interviewPlanId":"p"},"candidate":{"id":"c","name":"","primaryEmailAddress":null},
             "source":null,"archiveReason":null,"archivedAt":null,"customFields":null}
            """#
        let expected = ApplicationRecord(id: "a", candidateId: "c", candidateName: "", jobId: "j", jobTitle: "J", stageId: "s",
                                         interviewPlanId: "p", status: .lead, createdAt: Timestamp(iso8601: "2024-01-01")!,
                                         updatedAt: Timestamp(iso8601: "2024-01-01")!)
        XCTAssertEqual(try record(minimal), expected)
        XCTAssertEqual(try record(nulls), expected)
    }

    func testMissingRequiredFieldsNameTheFieldAtTheObject() {
        XCTAssertEqual(decodeError(application.replacingOccurrences(of: #""status":"Active","#, with: "")),
                       JSONReaderError(offset: 0, .missingField("status")))
        let noName = application.replacingOccurrences(of: #""name":"Ada Lovelace","#, with: "")
        XCTAssertEqual(decodeError(noName), JSONReaderError(offset: offset(of: #"{"id":"cand-1""#, in: noName), .missingField("name")))
        let noPlan = application.replacingOccurrences(of: #","interviewPlanId":"plan-1""#, with: "")
        XCTAssertEqual(decodeError(noPlan), JSONReaderError(offset: offset(of: #"{"id":"stage-1""#, in: noPlan), .missingField("interviewPlanId")))
        let noSourceTitle = application.replacingOccurrences(of: #""title":"Referral","#, with: "")
        XCTAssertEqual(decodeError(noSourceTitle), JSONReaderError(offset: offset(of: #"{"id":"src-1""#, in: noSourceTitle), .missingField("title")))
    }

    func testMistypedFieldsAreTypeMismatchesAtTheValue() {
        let numberName = application.replacingOccurrences(of: #""Ada Lovelace""#, with: "42")
        XCTAssertEqual(decodeError(numberName), JSONReaderError(offset: offset(of: "42", in: numberName), .typeMismatch(expected: "string", found: .number)))
        let nullJob = application.replacingOccurrences(of: #""job":{"id":"job-1","title":"Backend Engineer, Payments Platform","locationId":"loc","departmentId":"dep"}"#,
                                                       with: #""job":null"#)
        XCTAssertEqual(decodeError(nullJob), JSONReaderError(offset: offset(of: "null", in: nullJob), .typeMismatch(expected: "object", found: .null)))
        let badDate = application.replacingOccurrences(of: "2024-03-01T10:00:00Z", with: "yesterday")
        XCTAssertEqual(decodeError(badDate), JSONReaderError(offset: offset(of: #""yesterday""#, in: badDate), .invalidValue("not an ISO-8601 date-time")))
        let stringArchived = application.replacingOccurrences(of: #""archivedAt":"2024-03-03T00:00:00Z""#, with: #""archivedAt":5"#)
        XCTAssertEqual(decodeError(stringArchived)?.problem, .typeMismatch(expected: "string", found: .number))
    }

    func testRepeatedStringsShareOneCopy() throws {
        var decoder = RecordDecoder()
        let twins: [ApplicationRecord] = try JSONReader.read(Array("[\(application),\(application)]".utf8)) { reader in
            var records: [ApplicationRecord] = []
            try reader.beginArray()
            while try reader.nextElement() { records.append(try decoder.application(&reader)) }
            return records
        }
        func storage(_ string: String) -> UnsafeRawPointer? {
            string.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
        }
        XCTAssertEqual(twins[0], twins[1])
        // The job title is longer than a small string, so sharing shows as one buffer.
        XCTAssertNotNil(storage(twins[0].jobTitle))
        XCTAssertEqual(storage(twins[0].jobTitle), storage(twins[1].jobTitle))
        XCTAssertEqual(decoder.strings.count, 7, "job id and title, stage, plan, status, source title, archive reason")
    }

    func testStringInterner() throws {
        var strings = StringInterner(expectedDistinct: 2)
        let words = (0..<500).map { "word-\($0 % 50)-with-some-length" }
        let interned = words.map { strings.intern($0) }
        XCTAssertEqual(interned, words)
        XCTAssertEqual(strings.count, 50)
        let escaped: [String] = try JSONReader.read(Array(#"["word-1-with-some-length","w\u006frd-1-with-some-length"]"#.utf8)) { reader in
            var out: [String] = []
            try reader.beginArray()
            while try reader.nextElement() { out.append(try strings.intern(reader.readRawString())) }
            return out
        }
        XCTAssertEqual(escaped, ["word-1-with-some-length", "word-1-with-some-length"])
        XCTAssertEqual(strings.count, 50)
        XCTAssertThrowsError(try JSONReader.read([0x22, 0xFF, 0x22]) { try strings.intern($0.readRawString()) }) { error in
            XCTAssertEqual(error as? JSONReaderError, JSONReaderError(offset: 0, .invalidUTF8))
        }
    }

    // MARK: - Interview schedules

    private let schedule = #"""
        {"id":"sch-1","status":"Scheduled","applicationId":"app-1","interviewStageId":"stage-2","createdAt":"2024-03-01T00:00:00Z",
         "updatedAt":"2024-03-02T00:00:00Z","scheduledBy":{"id":"u0","firstName":"A","lastName":"B","globalRole":"Limited Access","isEnabled":true,"updatedAt":"2024-01-01T00:00:00Z"},
         "interviewEvents":[{"id":"ev-1","interviewId":"int-1","interviewScheduleId":"sch-1","interviewerUserIds":["u1","u2"],
            "interviewers":[{"id":"u1","firstName":"X","lastName":"Y","globalRole":"Limited Access","isEnabled":true,"updatedAt":"2024-01-01T00:00:00Z","isFeedbackRequired":true,"trainingRole":null,"interviewerPool":null},
                            {"id":"u2","firstName":"Z","lastName":"W","globalRole":"Limited Access","isEnabled":true,"updatedAt":"2024-01-01T00:00:00Z","isFeedbackRequired":false,"trainingRole":"Reverse-Shadow"}],
            "createdAt":"2024-03-01T00:00:00Z","updatedAt":"2024-03-01T00:00:00Z","startTime":"2024-03-05T09:00:00Z","endTime":"2024-03-05T10:00:00Z",
            "feedbackLink":"https://x","location":null,"meetingLink":"https://meet","hasSubmittedFeedback":false,"extraData":{"k":[1]}}]}
        """#

    func testScheduleWithEventsAndSeats() throws {
        let fast = try JSONReader.read(Array(schedule.utf8)) { try InterviewScheduleRecord(json: &$0) }
        XCTAssertEqual(fast, InterviewScheduleRecord(try JSONDecoder().decode(InterviewSchedule.self, from: Data(schedule.utf8))))
        XCTAssertEqual(fast.events.first?.interviewers, [
            InterviewerSeat(userId: "u1", isFeedbackRequired: true),
            InterviewerSeat(userId: "u2", isFeedbackRequired: false, trainingRole: .reverseShadow),
        ])
        XCTAssertNil(fast.events.first?.location)
        XCTAssertEqual(fast.events.first?.meetingLink, "https://meet")
    }

    func testScheduleWithoutEventsOrUpdateTime() throws {
        for events in [#","interviewEvents":null"#, ""] {
            let json = #"{"id":"s","status":"NeedsScheduling","applicationId":"a","interviewStageId":"st""# + events + "}"
            let fast = try JSONReader.read(Array(json.utf8)) { try InterviewScheduleRecord(json: &$0) }
            XCTAssertEqual(fast, InterviewScheduleRecord(id: "s", applicationId: "a", interviewStageId: "st", status: .needsScheduling))
        }
        let noSeats = schedule.replacingOccurrences(of: #""isFeedbackRequired":false,"#, with: "")
        XCTAssertThrowsError(try JSONReader.read(Array(noSeats.utf8)) { try InterviewScheduleRecord(json: &$0) }) { error in
            XCTAssertEqual((error as? JSONReaderError)?.problem, .missingField("isFeedbackRequired"))
        }
    }

    // MARK: - Feedback

    private func feedback(definitionId: String?) -> String {
        let definition = definitionId.map { #""feedbackFormDefinitionId":"\#($0)","# } ?? ""
        return #"""
            {"id":"fb-1","applicationId":"app-1",\#(definition)"interviewId":"int-1","interviewEventId":null,
             "formDefinition":{"sections":[{"title":"Overall","fields":[{"isRequired":true,"field":{"id":"f1","type":"ValueSelect","path":"overall_recommendation","humanReadablePath":"Overall","title":"Overall Recommendation","isNullable":false,"selectableValues":[{"label":"Hire","value":"hire"}]}},
                                                                        {"isRequired":false,"descriptionPlain":"why","field":{"id":"f2","type":"Score","path":"skill","humanReadablePath":"Skill","title":"Skill","isNullable":true}}]}]},
             "submittedValues":{"overall_recommendation":"hire","skill":{"score":3},"notes":"Line one\nline two \u263a","ratio":0.125,"flags":[true,null]},
             "submittedByUser":{"id":"u9","firstName":"Q","lastName":"R","globalRole":"Limited Access","isEnabled":true,"updatedAt":"2024-01-01T00:00:00Z"},
             "submittedAt":"2024-03-06T12:00:00Z","applicationHistoryId":"h"}
            """#
    }

    func testFeedbackRecordAndFormMatchSplit() throws {
        for definitionId in ["form-def-7", nil] {
            let json = feedback(definitionId: definitionId)
            let (record, form) = try JSONReader.read(Array(json.utf8)) { try FeedbackRecord.split(json: &$0) }
            let (expectedRecord, expectedForm) = FeedbackRecord.split(try JSONDecoder().decode(ApplicationFeedback.self, from: Data(json.utf8)))
            XCTAssertEqual(record, expectedRecord)
            XCTAssertEqual(form, expectedForm)
            XCTAssertEqual(record.formKey, definitionId ?? FeedbackRecord.formKey(definitionId: nil, form: form))
            XCTAssertEqual(record.values["skill"], ["score": 3])
            XCTAssertEqual(form.fields.map(\.path), ["overall_recommendation", "skill"])
        }
    }

    func testIdenticalFormsAreDecodedOnceAndShared() throws {
        var decoder = RecordDecoder()
        let one = feedback(definitionId: nil)
        let two = one.replacingOccurrences(of: #""id":"fb-1""#, with: #""id":"fb-2""#)
        let other = one.replacingOccurrences(of: #""title":"Skill""#, with: #""title":"Craft""#)
        let split: [(FeedbackRecord, FormDefinition)] = try JSONReader.read(Array("[\(one),\(two),\(other)]".utf8)) { reader in
            var out: [(FeedbackRecord, FormDefinition)] = []
            try reader.beginArray()
            while try reader.nextElement() { out.append(try decoder.feedback(&reader)) }
            return out
        }
        XCTAssertEqual(split.map(\.0.id), ["fb-1", "fb-2", "fb-1"])
        XCTAssertEqual(split[0].0.formKey, split[1].0.formKey)
        XCTAssertNotEqual(split[0].0.formKey, split[2].0.formKey)
        XCTAssertEqual(split[0].1, split[1].1)
        XCTAssertEqual(split[2].1.fields.last?.title, "Craft")
    }
}
