import AshbyAPI

/// One field of a feedback or survey form.
struct FormField: Sendable {
    var id: String
    var type: String
    var path: String
    var title: String
    var isRequired: Bool
    var selectableValues: [SelectableValue]
}

struct FormSection: Sendable {
    var title: String
    var fields: [FormField]
}

struct InterviewRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
    var isArchived: Bool
    var isDebrief: Bool
    var jobRow: Int?
    var formRow: Int
    var instructions: String
}

struct FeedbackFormRecord: IdentifiedRecord, Sendable {
    var id: String
    var title: String
    var isArchived: Bool
    var isDefaultForm: Bool
    var interviewRow: Int?
    var sections: [FormSection]
}

struct EventInterviewer: Sendable {
    var userRow: Int
    var trainingRole: String?
    var isFeedbackRequired: Bool
}

struct InterviewEventRecord: IdentifiedRecord, Sendable {
    var id: String
    var scheduleRow: Int
    var interviewRow: Int
    var start: Millis
    var end: Millis
    var interviewers: [EventInterviewer]
    var location: String?
    var meetingLink: String?
    var feedbackRows: [Int]
    var createdAt: Millis
    var updatedAt: Millis
}

struct InterviewScheduleRecord: IdentifiedRecord, Sendable {
    var id: String
    var applicationRow: Int
    var stageRow: Int
    var status: String
    var scheduledByRow: Int?
    var eventRows: [Int]
    var createdAt: Millis
    var updatedAt: Millis
}

struct FeedbackRecord: IdentifiedRecord, Sendable {
    var id: String
    var applicationRow: Int
    var formRow: Int
    var userRow: Int
    var eventRow: Int?
    var interviewRow: Int?
    var historyID: String?
    var values: [String: JSONValue]
    var submittedAt: Millis
}
