import AshbyAPI
import Foundation

/// A scorecard being written for one interview: the interview's form, the answers so far and the
/// row in focus (a field, or the Submit / Cancel buttons below them). Every key the dialog takes
/// is a pure change of the draft. A closed draft is kept, so reopening it loses nothing.
public struct ScorecardDraft: Sendable, Equatable {
    /// A row the focus can be on.
    public enum Row: Sendable, Equatable {
        case field(Int)
        case submit
        case cancel
    }

    public let applicationId: String
    public let interviewEventId: String
    public let userId: String
    public let formDefinitionId: String
    /// "Ada Lovelace", "Onsite: system design", "Scorecard — Engineering".
    public let candidateName: String
    public let interviewTitle: String
    public let formTitle: String
    public internal(set) var fields: [ScorecardField]
    public internal(set) var focus: Row
    /// Why the last Submit was refused (shown until the next change).
    public internal(set) var problem: String?

    public init(applicationId: String, interviewEventId: String, userId: String, formDefinitionId: String,
                candidateName: String, interviewTitle: String, formTitle: String, form: FormDefinition) {
        self.applicationId = applicationId
        self.interviewEventId = interviewEventId
        self.userId = userId
        self.formDefinitionId = formDefinitionId
        self.candidateName = candidateName
        self.interviewTitle = interviewTitle
        self.formTitle = formTitle
        var fields: [ScorecardField] = []
        for section in form.sections ?? [] {
            for (index, entry) in section.fields.enumerated() {
                fields.append(ScorecardField(entry, sectionTitle: index == 0 ? section.title : nil))
            }
        }
        self.fields = fields
        focus = fields.isEmpty ? .submit : .field(0)
    }

    /// The field in focus, if the focus is on one.
    public var focusedField: ScorecardField? {
        if case .field(let index) = focus { return fields[index] }
        return nil
    }

    // MARK: Keys

    /// Up/down (and Tab): fields in order, then Submit, then Cancel.
    mutating func moveFocus(by delta: Int) {
        let rows = fields.count + 2
        let current: Int
        switch focus {
        case .field(let index): current = index
        case .submit: current = fields.count
        case .cancel: current = fields.count + 1
        }
        let next = min(rows - 1, max(0, current + delta))
        focus = next < fields.count ? .field(next) : next == fields.count ? .submit : .cancel
    }

    /// Left/right: changes the focused answer, or moves between the buttons.
    mutating func step(by delta: Int) {
        switch focus {
        case .field(let index): edit(index) { $0.step(by: delta) }
        case .submit: focus = .cancel
        case .cancel: focus = .submit
        }
    }

    /// Space on a list option or a yes/no field.
    mutating func toggle() {
        guard case .field(let index) = focus else { return }
        edit(index) { $0.toggle() }
    }

    /// A typed character (see `ScorecardField.type`). Returns false when it meant nothing.
    @discardableResult
    mutating func type(_ text: String) -> Bool {
        guard case .field(let index) = focus else { return false }
        var used = false
        edit(index) { used = $0.type(text) }
        return used
    }

    mutating func deleteBackward() {
        guard case .field(let index) = focus else { return }
        edit(index) { $0.deleteBackward() }
    }

    private mutating func edit(_ index: Int, _ change: (inout ScorecardField) -> Void) {
        change(&fields[index])
        problem = nil
    }

    /// Answers and focus of an earlier draft of the same scorecard, for the questions this form
    /// still asks the same way.
    mutating func takeAnswers(from earlier: ScorecardDraft) {
        let kept = Dictionary(earlier.fields.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for index in fields.indices {
            guard let old = kept[fields[index].path], old.kind == fields[index].kind else { continue }
            fields[index] = old.placed(as: fields[index])
        }
        switch earlier.focus {
        case .field(let index):
            let path = earlier.fields[index].path
            focus = fields.firstIndex { $0.path == path }.map(Row.field) ?? focus
        case .submit, .cancel:
            focus = earlier.focus
        }
    }

    // MARK: Sending

    /// Every answer, encoded; or the first problem (a required field left empty, a malformed
    /// answer), with the focus moved to its field and the problem kept for the dialog.
    mutating func answers() -> [FeedbackAnswer]? {
        var answers: [FeedbackAnswer] = []
        for (index, field) in fields.enumerated() {
            let failure: String?
            switch field.encoded() {
            case .failure(let problem):
                failure = problem.message
            case .success(let value?):
                answers.append(FeedbackAnswer(path: field.path, value: value))
                failure = nil
            case .success(nil):
                if case .unsupported(let type) = field.kind, field.isRequired {
                    failure = "“\(field.title)” (\(type)) can only be answered in Ashby"
                } else {
                    failure = field.isRequired ? "“\(field.title)” is required" : nil
                }
            }
            if let failure {
                problem = failure
                focus = .field(index)
                return nil
            }
        }
        problem = nil
        return answers
    }

    /// The temporary id of a scorecard written here until the server's record replaces it.
    static func temporaryId(ofEvent eventId: String) -> String { pendingPrefix + eventId }
    private static let pendingPrefix = "pending-feedback-"

    /// Whether a feedback record is one written here and not confirmed yet.
    public static func isPendingRecord(_ id: String) -> Bool { id.hasPrefix(pendingPrefix) }

    /// The record shown at once, under a temporary id, until the server's arrives.
    func optimisticRecord(temporaryId: String, answers: [FeedbackAnswer], interviewId: String?, now: Date) -> FeedbackRecord {
        FeedbackRecord(id: temporaryId, applicationId: applicationId, submittedByUserId: userId, interviewId: interviewId,
                       interviewEventId: interviewEventId, formKey: formDefinitionId, submittedAt: Timestamp(now),
                       values: Dictionary(answers.map { ($0.path, $0.value) }, uniquingKeysWith: { _, last in last }))
    }
}
