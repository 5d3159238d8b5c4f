import AshbyAPI

extension ApplicationRecord {
    /// The record of an `application.list` / `application.info` object, read straight from JSON:
    /// only the fields the record keeps are read, everything else is skipped unbuilt. Equal to
    /// `ApplicationRecord(decodedApplication)` for every application `JSONDecoder` accepts.
    public init(json reader: inout JSONReader) throws(JSONReaderError) {
        var strings = StringInterner()
        try self.init(json: &reader, strings: &strings)
    }

    /// As `init(json:)`, sharing job, stage, plan, status, source and archive-reason strings through `strings`.
    public init(json reader: inout JSONReader, strings: inout StringInterner) throws(JSONReaderError) {
        let start = try reader.beginObject()
        var id: String?, status: String?, createdAt: Timestamp?, updatedAt: Timestamp?, archivedAt: Timestamp?
        var candidate: (id: String, name: String, email: String?)?
        var job: (id: String, title: String)?
        var stage: (id: String, planId: String)?
        var sourceTitle: String?, archiveReasonId: String?
        while let key = try reader.nextKey() {
            if key == "id" { id = try reader.readString() }
            else if key == "candidate" { candidate = try Self.readCandidate(&reader) }
            else if key == "job" { job = try Self.readJob(&reader, &strings) }
            else if key == "currentInterviewStage" { stage = try Self.readStage(&reader, &strings) }
            else if key == "status" { status = try strings.intern(reader.readRawString()) }
            else if key == "createdAt" { createdAt = try reader.readTimestamp() }
            else if key == "updatedAt" { updatedAt = try reader.readTimestamp() }
            else if key == "archivedAt" { archivedAt = try reader.readOptionalTimestamp() }
            else if key == "source" { sourceTitle = try reader.skipNull() ? nil : reader.internedField("title", &strings) }
            else if key == "archiveReason" { archiveReasonId = try reader.skipNull() ? nil : reader.internedField("id", &strings) }
            else { try reader.skipValue() }
        }
        guard let id else { throw JSONReaderError(offset: start, .missingField("id")) }
        guard let createdAt else { throw JSONReaderError(offset: start, .missingField("createdAt")) }
        guard let updatedAt else { throw JSONReaderError(offset: start, .missingField("updatedAt")) }
        guard let status else { throw JSONReaderError(offset: start, .missingField("status")) }
        guard let candidate else { throw JSONReaderError(offset: start, .missingField("candidate")) }
        guard let stage else { throw JSONReaderError(offset: start, .missingField("currentInterviewStage")) }
        guard let job else { throw JSONReaderError(offset: start, .missingField("job")) }
        self.init(id: id, candidateId: candidate.id, candidateName: candidate.name, candidateEmail: candidate.email, jobId: job.id,
                  jobTitle: job.title, stageId: stage.id, interviewPlanId: stage.planId, status: ApplicationStatus(rawValue: status),
                  sourceTitle: sourceTitle, archiveReasonId: archiveReasonId, createdAt: createdAt, updatedAt: updatedAt,
                  archivedAt: archivedAt)
    }

    private static func readCandidate(_ reader: inout JSONReader) throws(JSONReaderError) -> (id: String, name: String, email: String?) {
        let start = try reader.beginObject()
        var id: String?, name: String?, email: String?
        while let key = try reader.nextKey() {
            if key == "id" { id = try reader.readString() }
            else if key == "name" { name = try reader.readString() }
            else if key == "primaryEmailAddress" { email = try reader.skipNull() ? nil : readContactValue(&reader) }
            else { try reader.skipValue() }
        }
        guard let id else { throw JSONReaderError(offset: start, .missingField("id")) }
        guard let name else { throw JSONReaderError(offset: start, .missingField("name")) }
        return (id, name, email)
    }

    private static func readContactValue(_ reader: inout JSONReader) throws(JSONReaderError) -> String {
        let start = try reader.beginObject()
        var value: String?
        while let key = try reader.nextKey() {
            if key == "value" { value = try reader.readString() } else { try reader.skipValue() }
        }
        guard let value else { throw JSONReaderError(offset: start, .missingField("value")) }
        return value
    }

    private static func readJob(_ reader: inout JSONReader, _ strings: inout StringInterner) throws(JSONReaderError) -> (id: String, title: String) {
        let start = try reader.beginObject()
        var id: String?, title: String?
        while let key = try reader.nextKey() {
            if key == "id" { id = try strings.intern(reader.readRawString()) }
            else if key == "title" { title = try strings.intern(reader.readRawString()) }
            else { try reader.skipValue() }
        }
        guard let id else { throw JSONReaderError(offset: start, .missingField("id")) }
        guard let title else { throw JSONReaderError(offset: start, .missingField("title")) }
        return (id, title)
    }

    private static func readStage(_ reader: inout JSONReader, _ strings: inout StringInterner) throws(JSONReaderError) -> (id: String, planId: String) {
        let start = try reader.beginObject()
        var id: String?, planId: String?
        while let key = try reader.nextKey() {
            if key == "id" { id = try strings.intern(reader.readRawString()) }
            else if key == "interviewPlanId" { planId = try strings.intern(reader.readRawString()) }
            else { try reader.skipValue() }
        }
        guard let id else { throw JSONReaderError(offset: start, .missingField("id")) }
        guard let planId else { throw JSONReaderError(offset: start, .missingField("interviewPlanId")) }
        return (id, planId)
    }

}
