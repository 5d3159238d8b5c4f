import AshbyAPI

/// Decodes store records straight from JSON, sharing repeated strings and identical feedback
/// forms across every record it reads. Keep one per sync pass (or longer, to share across passes).
public struct RecordDecoder {
    public var strings: StringInterner
    var forms: FormCache

    public init(strings: StringInterner = StringInterner()) {
        self.strings = strings
        self.forms = FormCache()
    }

    public mutating func application(_ reader: inout JSONReader) throws(JSONReaderError) -> ApplicationRecord {
        try ApplicationRecord(json: &reader, strings: &strings)
    }

    public mutating func interviewSchedule(_ reader: inout JSONReader) throws(JSONReaderError) -> InterviewScheduleRecord {
        try InterviewScheduleRecord(json: &reader, strings: &strings)
    }

    /// The record and its form, as `FeedbackRecord.split` returns them.
    public mutating func feedback(_ reader: inout JSONReader) throws(JSONReaderError) -> (FeedbackRecord, FormDefinition) {
        try FeedbackRecord.split(json: &reader, strings: &strings, forms: &forms)
    }
}
