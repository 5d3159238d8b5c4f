import AshbyAPI
import XCTest
@testable import Workspace

/// The scorecard being written, as pure values: fields from the form, every key's change of an
/// answer, focus moves, validation and the exact encoding sent to `applicationFeedback.submit`.
final class ScorecardDraftTests: XCTestCase {
    /// Field indices of `form`, in order.
    enum Index {
        static let technical = 0, recommendation = 1, strengths = 2, rehire = 3, years = 4
        static let headline = 5, notes = 6, summary = 7, reference = 8, start = 9, salary = 10
    }

    static func field(_ path: String, _ type: FormFieldType, _ title: String, required: Bool = false,
                      options: [String]? = nil) -> FormFieldEntry {
        FormFieldEntry(isRequired: required, field: FormField(
            id: "f-\(path)", type: type, path: path, humanReadablePath: title, title: title, isNullable: !required,
            selectableValues: options?.map { FormSelectableValue(label: $0.capitalized, value: $0) }))
    }

    /// Two sections covering every kind of field, the range last (answered in Ashby only).
    static func form(salaryRequired: Bool = false) -> FormDefinition {
        FormDefinition(sections: [
            FormSection(title: "Assessment", fields: [
                field("technical", .score, "Technical skills", required: true),
                field("recommendation", .valueSelect, "Recommendation", required: true, options: ["hire", "maybe", "no_hire"]),
                field("strengths", .multiValueSelect, "Strengths", options: ["coding", "design", "teamwork"]),
                field("rehire", .boolean, "Would work with again"),
                field("years", .number, "Years of experience"),
            ]),
            FormSection(title: "Details", fields: [
                field("headline", .string, "Headline"),
                field("notes", .longText, "Notes"),
                field("summary", .richText, "Summary"),
                field("reference", .email, "Reference email"),
                field("start", .date, "Earliest start"),
                field("salary", .numberRange, "Salary range", required: salaryRequired),
            ]),
        ])
    }

    static func draft(salaryRequired: Bool = false) -> ScorecardDraft {
        ScorecardDraft(applicationId: "a4", interviewEventId: "e1", userId: "u-me", formDefinitionId: "form-1",
                       candidateName: "Dan Brown", interviewTitle: "Technical interview", formTitle: "Engineering",
                       form: form(salaryRequired: salaryRequired))
    }

    /// The draft with the focus on field `index`.
    private func draft(at index: Int) -> ScorecardDraft {
        var draft = Self.draft()
        draft.moveFocus(by: index)
        XCTAssertEqual(draft.focus, .field(index))
        return draft
    }

    // MARK: A kept draft over a changed form

    /// A draft kept while the form changed: answers stay on the questions still asked the same
    /// way (even retitled or moved), not on a question whose options changed; the focus follows
    /// its question.
    func testAKeptDraftOverAChangedFormKeepsTheAnswersOfTheSameQuestions() {
        var kept = Self.draft()
        kept.type("3")
        kept.moveFocus(by: 1)
        kept.type("1")
        kept.moveFocus(by: 3)
        kept.type("12")
        let changed = FormDefinition(sections: [FormSection(title: "Assessment", fields: [
            Self.field("years", .number, "Years in the field"),
            Self.field("recommendation", .valueSelect, "Recommendation", required: true, options: ["yes", "no"]),
            Self.field("technical", .score, "Technical depth", required: true),
            Self.field("culture", .score, "Culture add"),
        ])])
        var draft = ScorecardDraft(applicationId: "a4", interviewEventId: "e1", userId: "u-me", formDefinitionId: "form-1",
                                   candidateName: "Dan Brown", interviewTitle: "Technical interview", formTitle: "Engineering", form: changed)
        draft.takeAnswers(from: kept)
        XCTAssertEqual(draft.fields.map(\.title), ["Years in the field", "Recommendation", "Technical depth", "Culture add"])
        XCTAssertEqual(draft.fields[0].text, "12")
        XCTAssertNil(draft.fields[1].option, "its options changed: the old pick means nothing")
        XCTAssertEqual(draft.fields[2].score, 3)
        XCTAssertNil(draft.fields[3].score)
        XCTAssertEqual(draft.focus, .field(0), "the focus follows the years question")
    }

    // MARK: Fields

    func testFieldsSectionsKindsAndFocusStart() {
        let draft = Self.draft()
        XCTAssertEqual(draft.fields.map(\.path), ["technical", "recommendation", "strengths", "rehire", "years", "headline", "notes",
                                                  "summary", "reference", "start", "salary"])
        XCTAssertEqual(draft.fields.map(\.sectionTitle), ["Assessment", nil, nil, nil, nil, "Details", nil, nil, nil, nil, nil])
        XCTAssertEqual(draft.fields.map(\.isRequired), [true, true, false, false, false, false, false, false, false, false, false])
        XCTAssertEqual(draft.fields.map(\.kind), [
            .score, .choice(Self.options("hire", "maybe", "no_hire")), .choices(Self.options("coding", "design", "teamwork")), .flag, .number,
            .text(.line), .text(.paragraphs), .text(.richText), .text(.email), .text(.date), .unsupported("NumberRange"),
        ])
        XCTAssertEqual(draft.fields.map(\.takesText), [false, false, false, false, true, true, true, true, true, true, false])
        XCTAssertEqual(draft.fields.map(\.allowsNewlines), [false, false, false, false, false, false, true, true, false, false, false])
        XCTAssertEqual(draft.focus, .field(0))
        XCTAssertEqual(draft.focusedField?.title, "Technical skills")
        XCTAssertNil(draft.problem)
        XCTAssertFalse(draft.fields.contains(where: \.isAnswered))
        XCTAssertEqual(draft.fields[Index.strengths].option, 0, "a list starts with its cursor on the first option")
        XCTAssertNil(draft.fields[Index.recommendation].option)
    }

    func testAFormWithoutFieldsStartsOnSubmit() {
        let draft = ScorecardDraft(applicationId: "a", interviewEventId: "e", userId: "u", formDefinitionId: "f", candidateName: "C",
                                   interviewTitle: "I", formTitle: "F", form: FormDefinition(sections: nil))
        XCTAssertEqual(draft.fields.count, 0)
        XCTAssertEqual(draft.focus, .submit)
        XCTAssertNil(draft.focusedField)
    }

    static func options(_ values: String...) -> [FormSelectableValue] {
        values.map { FormSelectableValue(label: $0.capitalized, value: $0) }
    }

    // MARK: Answers by key

    func testScoreByDigitsClampedStepsAndBackspace() {
        var draft = draft(at: Index.technical)
        XCTAssertTrue(draft.type("3"))
        XCTAssertEqual(draft.fields[0].score, 3)
        XCTAssertFalse(draft.type("5"))
        XCTAssertFalse(draft.type("0"))
        XCTAssertFalse(draft.type("x"))
        XCTAssertEqual(draft.fields[0].score, 3)
        draft.step(by: 1)
        XCTAssertEqual(draft.fields[0].score, 4)
        draft.step(by: 1)
        XCTAssertEqual(draft.fields[0].score, 4, "clamped at 4")
        for _ in 0..<5 { draft.step(by: -1) }
        XCTAssertEqual(draft.fields[0].score, 1, "clamped at 1")
        draft.deleteBackward()
        XCTAssertNil(draft.fields[0].score)
        XCTAssertFalse(draft.fields[0].isAnswered)
        // From no score, right starts at 1 and left at 4.
        draft.step(by: 1)
        XCTAssertEqual(draft.fields[0].score, 1)
        draft.deleteBackward()
        draft.step(by: -1)
        XCTAssertEqual(draft.fields[0].score, 4)
    }

    func testChoiceCyclesBothWaysAndDigitsPick() {
        var draft = draft(at: Index.recommendation)
        draft.step(by: 1)
        XCTAssertEqual(draft.fields[1].option, 0)
        draft.step(by: 1)
        draft.step(by: 1)
        XCTAssertEqual(draft.fields[1].option, 2)
        draft.step(by: 1)
        XCTAssertEqual(draft.fields[1].option, 0, "wraps forwards")
        draft.step(by: -1)
        XCTAssertEqual(draft.fields[1].option, 2, "wraps backwards")
        draft.deleteBackward()
        XCTAssertNil(draft.fields[1].option)
        draft.step(by: -1)
        XCTAssertEqual(draft.fields[1].option, 2, "left from nothing picks the last")
        XCTAssertTrue(draft.type("2"))
        XCTAssertEqual(draft.fields[1].option, 1)
        XCTAssertFalse(draft.type("4"))
        XCTAssertFalse(draft.type("0"))
        XCTAssertEqual(draft.fields[1].option, 1)
    }

    func testAChoiceOrListWithoutOptionsIgnoresDigits() {
        let form = FormDefinition(sections: [FormSection(fields: [
            Self.field("empty", .valueSelect, "Empty"), Self.field("none", .multiValueSelect, "None"),
        ])])
        var draft = ScorecardDraft(applicationId: "a", interviewEventId: "e", userId: "u", formDefinitionId: "f", candidateName: "C",
                                   interviewTitle: "I", formTitle: "F", form: form)
        XCTAssertFalse(draft.type("1"))
        draft.step(by: 1)
        XCTAssertNil(draft.fields[0].option)
        draft.moveFocus(by: 1)
        XCTAssertFalse(draft.type("1"))
        draft.toggle()
        XCTAssertEqual(draft.fields[1].chosen, [])
    }

    func testMultiSelectCursorSpaceAndDigitTicks() {
        var draft = draft(at: Index.strengths)
        draft.toggle()
        XCTAssertEqual(draft.fields[2].chosen, [0])
        draft.step(by: 1)
        draft.step(by: 1)
        draft.step(by: 1)
        XCTAssertEqual(draft.fields[2].option, 2, "the cursor stops at the last option")
        draft.toggle()
        XCTAssertEqual(draft.fields[2].chosen, [0, 2])
        draft.toggle()
        XCTAssertEqual(draft.fields[2].chosen, [0], "space again unticks")
        XCTAssertTrue(draft.type("2"))
        XCTAssertEqual(draft.fields[2].option, 1)
        XCTAssertEqual(draft.fields[2].chosen, [0, 1])
        XCTAssertTrue(draft.type("2"))
        XCTAssertEqual(draft.fields[2].chosen, [0])
        XCTAssertFalse(draft.type("4"))
        draft.step(by: -5)
        XCTAssertEqual(draft.fields[2].option, 0)
        draft.deleteBackward()
        XCTAssertEqual(draft.fields[2].chosen, [], "backspace unticks the option under the cursor")
    }

    func testYesNoByLettersSpaceAndSteps() {
        var draft = draft(at: Index.rehire)
        XCTAssertTrue(draft.type("y"))
        XCTAssertEqual(draft.fields[3].flag, true)
        XCTAssertTrue(draft.type("N"))
        XCTAssertEqual(draft.fields[3].flag, false)
        XCTAssertFalse(draft.type("x"))
        XCTAssertEqual(draft.fields[3].flag, false)
        draft.toggle()
        XCTAssertEqual(draft.fields[3].flag, true)
        draft.step(by: 1)
        XCTAssertEqual(draft.fields[3].flag, false)
        draft.deleteBackward()
        XCTAssertNil(draft.fields[3].flag)
        draft.toggle()
        XCTAssertEqual(draft.fields[3].flag, true, "space on no answer is yes")
    }

    func testNumberTakesDigitsAndOnlyALeadingMinus() {
        var draft = draft(at: Index.years)
        XCTAssertTrue(draft.type("-"))
        XCTAssertTrue(draft.type("1"))
        XCTAssertFalse(draft.type("-"))
        XCTAssertFalse(draft.type("a"))
        XCTAssertFalse(draft.type("."))
        XCTAssertFalse(draft.type("٣"), "a digit of another script is not a whole number here")
        XCTAssertTrue(draft.type("2"))
        XCTAssertEqual(draft.fields[4].text, "-12")
        XCTAssertTrue(draft.type("3a4"))
        XCTAssertEqual(draft.fields[4].text, "-1234")
        draft.deleteBackward()
        XCTAssertEqual(draft.fields[4].text, "-123")
    }

    func testNewlinesOnlyInLongText() {
        var draft = draft(at: Index.headline)
        draft.type("one\ntwo")
        XCTAssertEqual(draft.fields[Index.headline].text, "one two", "a line field turns a newline into a space")
        draft.deleteBackward()
        XCTAssertEqual(draft.fields[Index.headline].text, "one tw")
        draft.moveFocus(by: 1)
        draft.type("one")
        draft.type("\n")
        draft.type("two")
        XCTAssertEqual(draft.fields[Index.notes].text, "one\ntwo")
        draft.moveFocus(by: 1)
        draft.type("a\nb")
        XCTAssertEqual(draft.fields[Index.summary].text, "a\nb")
        draft.moveFocus(by: 1)
        draft.type("x\ny")
        XCTAssertEqual(draft.fields[Index.reference].text, "x y")
    }

    func testUnsupportedFieldTakesNothing() {
        var draft = draft(at: Index.salary)
        XCTAssertFalse(draft.type("1"))
        draft.step(by: 1)
        draft.toggle()
        draft.deleteBackward()
        XCTAssertFalse(draft.fields[Index.salary].isAnswered)
        XCTAssertEqual(draft.fields[Index.salary], Self.draft().fields[Index.salary])
    }

    // MARK: Focus

    func testFocusWalksDownToSubmitAndCancelAndLeftRightSwitchesButtons() {
        var draft = Self.draft()
        draft.moveFocus(by: -1)
        XCTAssertEqual(draft.focus, .field(0), "nothing above the first field")
        var seen: [ScorecardDraft.Row] = [draft.focus]
        for _ in 0..<13 {
            draft.moveFocus(by: 1)
            seen.append(draft.focus)
        }
        XCTAssertEqual(seen, (0..<11).map(ScorecardDraft.Row.field) + [.submit, .cancel, .cancel])
        draft.step(by: -1)
        XCTAssertEqual(draft.focus, .submit)
        draft.step(by: 1)
        XCTAssertEqual(draft.focus, .cancel)
        draft.step(by: 1)
        XCTAssertEqual(draft.focus, .submit)
        XCTAssertFalse(draft.type("3"), "a button takes no answer")
        draft.moveFocus(by: -1)
        XCTAssertEqual(draft.focus, .field(10))
        let untouched = Self.draft().fields
        XCTAssertEqual(draft.fields, untouched)
    }

    // MARK: Validation

    func testAnswersRefuseAMissingRequiredFieldAndFocusIt() {
        var draft = Self.draft()
        draft.moveFocus(by: 5)
        XCTAssertNil(draft.answers())
        XCTAssertEqual(draft.problem, "“Technical skills” is required")
        XCTAssertEqual(draft.focus, .field(Index.technical))
        draft.type("2")
        XCTAssertNil(draft.problem, "an edit clears the problem")
        XCTAssertNil(draft.answers())
        XCTAssertEqual(draft.problem, "“Recommendation” is required")
        XCTAssertEqual(draft.focus, .field(Index.recommendation))
        draft.type("1")
        XCTAssertEqual(draft.answers(), [FeedbackAnswer(path: "technical", value: ["score": 2]),
                                         FeedbackAnswer(path: "recommendation", value: "hire")])
        XCTAssertNil(draft.problem)
    }

    func testAnswersRefuseABadEmailAnImpossibleDateAndAMalformedNumber() {
        var draft = Self.draft()
        draft.type("4")
        draft.moveFocus(by: 1)
        draft.type("3")
        draft.moveFocus(by: Index.reference - 1)
        draft.type("bob at example")
        draft.moveFocus(by: 9)
        XCTAssertNil(draft.answers())
        XCTAssertEqual(draft.problem, "“Reference email” needs an email address")
        XCTAssertEqual(draft.focus, .field(Index.reference))
        while !draft.fields[Index.reference].text.isEmpty { draft.deleteBackward() }
        draft.type("bob@example.com")
        draft.moveFocus(by: 1)
        draft.type("2026-02-30")
        XCTAssertNil(draft.answers())
        XCTAssertEqual(draft.problem, "“Earliest start” needs a date as YYYY-MM-DD")
        XCTAssertEqual(draft.focus, .field(Index.start))
        draft.deleteBackward()
        draft.deleteBackward()
        draft.type("28")
        draft.moveFocus(by: Index.years - Index.start)
        draft.type("-")
        XCTAssertNil(draft.answers())
        XCTAssertEqual(draft.problem, "“Years of experience” needs a whole number")
        XCTAssertEqual(draft.focus, .field(Index.years))
        draft.type("3")
        XCTAssertEqual(draft.answers()?.map(\.path), ["technical", "recommendation", "years", "reference", "start"])
    }

    func testDatesAndEmailsThatPass() {
        XCTAssertTrue(ScorecardField.isDate("2024-02-29"))
        XCTAssertTrue(ScorecardField.isDate("2000-02-29"))
        XCTAssertFalse(ScorecardField.isDate("1900-02-29"))
        XCTAssertFalse(ScorecardField.isDate("2026-02-29"))
        XCTAssertFalse(ScorecardField.isDate("2026-02-30"))
        XCTAssertFalse(ScorecardField.isDate("2026-13-01"))
        XCTAssertFalse(ScorecardField.isDate("2026-2-03"))
        XCTAssertFalse(ScorecardField.isDate("2026-02-03T10:00"))
        XCTAssertTrue(ScorecardField.isDate("2026-12-31"))
        XCTAssertTrue(ScorecardField.looksLikeEmail("a@b.co"))
        XCTAssertFalse(ScorecardField.looksLikeEmail("a@b"))
        XCTAssertFalse(ScorecardField.looksLikeEmail("@b.co"))
        XCTAssertFalse(ScorecardField.looksLikeEmail("a@@b.co"))
        XCTAssertFalse(ScorecardField.looksLikeEmail("a b@c.co"))
    }

    func testARequiredUnsupportedFieldCannotBeSentFromHere() {
        var draft = Self.draft(salaryRequired: true)
        draft.type("4")
        draft.moveFocus(by: 1)
        draft.type("3")
        XCTAssertNil(draft.answers())
        XCTAssertEqual(draft.problem, "“Salary range” (NumberRange) can only be answered in Ashby")
        XCTAssertEqual(draft.focus, .field(Index.salary))
    }

    // MARK: Encoding

    func testACompleteDraftEncodesEveryAnswerExactly() {
        var draft = Self.draft()
        draft.type("3")                                  // technical
        draft.moveFocus(by: 1)
        draft.type("3")                                  // recommendation: no_hire
        draft.step(by: -1)                               // maybe
        draft.moveFocus(by: 1)
        draft.type("3")                                  // strengths: teamwork, then coding
        draft.type("1")
        draft.moveFocus(by: 1)
        draft.type("y")                                  // rehire
        draft.moveFocus(by: 1)
        draft.type("12")                                 // years
        draft.moveFocus(by: 1)
        draft.type("  Sharp and kind  ")                 // headline, trimmed when sent
        draft.moveFocus(by: 1)
        draft.type("First line\nSecond line")            // notes
        draft.moveFocus(by: 1)
        draft.type("Clear\ncommunicator")                // summary
        draft.moveFocus(by: 1)
        draft.type(" ref@example.com ")                  // reference
        draft.moveFocus(by: 1)
        draft.type("2026-03-02")                         // start
        let answers = draft.answers()
        XCTAssertNil(draft.problem)
        XCTAssertEqual(answers, [
            FeedbackAnswer(path: "technical", value: ["score": 3]),
            FeedbackAnswer(path: "recommendation", value: "maybe"),
            FeedbackAnswer(path: "strengths", value: ["coding", "teamwork"]),
            FeedbackAnswer(path: "rehire", value: true),
            FeedbackAnswer(path: "years", value: 12),
            FeedbackAnswer(path: "headline", value: "Sharp and kind"),
            FeedbackAnswer(path: "notes", value: "First line\nSecond line"),
            FeedbackAnswer(path: "summary", value: ["type": "PlainText", "value": "Clear\ncommunicator"]),
            FeedbackAnswer(path: "reference", value: "ref@example.com"),
            FeedbackAnswer(path: "start", value: "2026-03-02"),
        ])
        // The values are the JSON the API expects, numbers included.
        XCTAssertEqual(answers?[0].value, .object(["score": .number(3)]))
        XCTAssertEqual(answers?[4].value, .number(12))
        XCTAssertEqual(answers?[3].value, .bool(true))
    }

    func testOnlyRequiredAnswersLeaveTheOptionalOnesOut() {
        var draft = Self.draft()
        draft.type("1")
        draft.moveFocus(by: 1)
        draft.step(by: 1)
        draft.moveFocus(by: Index.headline - 1)
        draft.type("   ")                                // blank text is no answer
        let answers = draft.answers()
        XCTAssertEqual(answers, [FeedbackAnswer(path: "technical", value: ["score": 1]),
                                 FeedbackAnswer(path: "recommendation", value: "hire")])
    }

    func testOptimisticRecordCarriesTheAnswersUnderTheTemporaryId() {
        var draft = Self.draft()
        draft.type("2")
        draft.moveFocus(by: 1)
        draft.type("1")
        let answers = draft.answers() ?? []
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let record = draft.optimisticRecord(temporaryId: "pending-feedback-e1", answers: answers, interviewId: "i1", now: now)
        XCTAssertEqual(record, FeedbackRecord(id: "pending-feedback-e1", applicationId: "a4", submittedByUserId: "u-me", interviewId: "i1",
                                              interviewEventId: "e1", formKey: "form-1", submittedAt: Timestamp(now),
                                              values: ["technical": ["score": 2], "recommendation": "hire"]))
    }
}
