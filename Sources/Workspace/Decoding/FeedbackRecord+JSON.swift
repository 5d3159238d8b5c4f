import AshbyAPI

extension FeedbackRecord {
    /// The record and its form from an `applicationFeedback.list` object, read straight from JSON;
    /// equal to `FeedbackRecord.split(decodedFeedback)` (same `formKey` rule) for every
    /// submission `JSONDecoder` accepts.
    public static func split(json reader: inout JSONReader) throws(JSONReaderError) -> (FeedbackRecord, FormDefinition) {
        var strings = StringInterner()
        var forms = FormCache()
        return try split(json: &reader, strings: &strings, forms: &forms)
    }

    static func split(json reader: inout JSONReader, strings: inout StringInterner,
                      forms: inout FormCache) throws(JSONReaderError) -> (FeedbackRecord, FormDefinition) {
        let start = try reader.beginObject()
        var id: String?, applicationId: String?, submittedBy: String?, interviewId: String?, interviewEventId: String?
        var definitionId: String?, submittedAt: Timestamp?, values: [String: JSONValue]?, form: FormDefinition?
        while let key = try reader.nextKey() {
            if key == "id" { id = try reader.readString() }
            else if key == "applicationId" { applicationId = try reader.readString() }
            else if key == "submittedByUser" { submittedBy = try reader.internedField("id", &strings) }
            else if key == "interviewId" { interviewId = try reader.skipNull() ? nil : strings.intern(reader.readRawString()) }
            else if key == "interviewEventId" { interviewEventId = try reader.readOptionalString() }
            else if key == "feedbackFormDefinitionId" { definitionId = try reader.skipNull() ? nil : strings.intern(reader.readRawString()) }
            else if key == "submittedAt" { submittedAt = try reader.readOptionalTimestamp() }
            else if key == "formDefinition" { form = try forms.form(&reader) }
            else if key == "submittedValues" {
                try reader.beginObject()
                var members: [String: JSONValue] = [:]
                while let name = try reader.nextKey() { members[try name.decoded()] = try reader.readValue() }
                values = members
            } else { try reader.skipValue() }
        }
        guard let id else { throw JSONReaderError(offset: start, .missingField("id")) }
        guard let applicationId else { throw JSONReaderError(offset: start, .missingField("applicationId")) }
        guard let form else { throw JSONReaderError(offset: start, .missingField("formDefinition")) }
        guard let values else { throw JSONReaderError(offset: start, .missingField("submittedValues")) }
        guard let submittedBy else { throw JSONReaderError(offset: start, .missingField("submittedByUser")) }
        let record = FeedbackRecord(id: id, applicationId: applicationId, submittedByUserId: submittedBy, interviewId: interviewId,
                                    interviewEventId: interviewEventId, formKey: formKey(definitionId: definitionId, form: form),
                                    submittedAt: submittedAt, values: values)
        return (record, form)
    }

}

/// Forms already decoded, by their exact bytes: a tenant has a handful of feedback forms and
/// every submission repeats its form in full, so each distinct one is decoded once and shared.
struct FormCache {
    /// A runaway number of distinct forms stops being cached rather than growing without bound.
    static let maxForms = 1024
    private var forms: [[UInt8]: FormDefinition] = [:]

    mutating func form(_ reader: inout JSONReader) throws(JSONReaderError) -> FormDefinition {
        var scout = reader
        let bytes = try scout.skipValueReturningBytes()
        let key = Array(bytes)
        if let known = forms[key] {
            reader = scout
            return known
        }
        let form = try FormDefinition(json: &reader)
        if forms.count < FormCache.maxForms { forms[key] = form }
        return form
    }
}
