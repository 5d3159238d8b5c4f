import AshbyAPI

extension InterviewScheduleRecord {
    /// The record of an `interviewSchedule.list` object with its events, read straight from JSON.
    /// Equal to `InterviewScheduleRecord(decodedSchedule)` for every schedule `JSONDecoder` accepts.
    public init(json reader: inout JSONReader) throws(JSONReaderError) {
        var strings = StringInterner()
        try self.init(json: &reader, strings: &strings)
    }

    /// As `init(json:)`, sharing statuses, stage, interview and interviewer ids through `strings`.
    public init(json reader: inout JSONReader, strings: inout StringInterner) throws(JSONReaderError) {
        let start = try reader.beginObject()
        var id: String?, applicationId: String?, stageId: String?, status: String?, updatedAt: Timestamp?
        var events: [InterviewEventRecord] = []
        while let key = try reader.nextKey() {
            if key == "id" { id = try reader.readString() }
            else if key == "applicationId" { applicationId = try reader.readString() }
            else if key == "interviewStageId" { stageId = try strings.intern(reader.readRawString()) }
            else if key == "status" { status = try strings.intern(reader.readRawString()) }
            else if key == "updatedAt" { updatedAt = try reader.readOptionalTimestamp() }
            else if key == "interviewEvents" {
                events = []
                if try !reader.skipNull() {
                    try reader.beginArray()
                    while try reader.nextElement() { events.append(try InterviewEventRecord(json: &reader, strings: &strings)) }
                }
            } else { try reader.skipValue() }
        }
        guard let id else { throw JSONReaderError(offset: start, .missingField("id")) }
        guard let status else { throw JSONReaderError(offset: start, .missingField("status")) }
        guard let applicationId else { throw JSONReaderError(offset: start, .missingField("applicationId")) }
        guard let stageId else { throw JSONReaderError(offset: start, .missingField("interviewStageId")) }
        self.init(id: id, applicationId: applicationId, interviewStageId: stageId, status: InterviewScheduleStatus(rawValue: status),
                  updatedAt: updatedAt, events: events)
    }
}

extension InterviewEventRecord {
    /// The record of an interview event object, read straight from JSON.
    public init(json reader: inout JSONReader, strings: inout StringInterner) throws(JSONReaderError) {
        let start = try reader.beginObject()
        var id: String?, scheduleId: String?, interviewId: String?, startTime: Timestamp?, endTime: Timestamp?
        var interviewers: [InterviewerSeat]?, hasSubmittedFeedback: Bool?, location: String?, meetingLink: String?
        while let key = try reader.nextKey() {
            if key == "id" { id = try reader.readString() }
            else if key == "interviewScheduleId" { scheduleId = try reader.readString() }
            else if key == "interviewId" { interviewId = try strings.intern(reader.readRawString()) }
            else if key == "startTime" { startTime = try reader.readTimestamp() }
            else if key == "endTime" { endTime = try reader.readTimestamp() }
            else if key == "hasSubmittedFeedback" { hasSubmittedFeedback = try reader.readBool() }
            else if key == "location" { location = try reader.readOptionalString() }
            else if key == "meetingLink" { meetingLink = try reader.readOptionalString() }
            else if key == "interviewers" {
                var seats: [InterviewerSeat] = []
                try reader.beginArray()
                while try reader.nextElement() { seats.append(try InterviewerSeat(json: &reader, strings: &strings)) }
                interviewers = seats
            } else { try reader.skipValue() }
        }
        guard let id else { throw JSONReaderError(offset: start, .missingField("id")) }
        guard let scheduleId else { throw JSONReaderError(offset: start, .missingField("interviewScheduleId")) }
        guard let interviewId else { throw JSONReaderError(offset: start, .missingField("interviewId")) }
        guard let startTime else { throw JSONReaderError(offset: start, .missingField("startTime")) }
        guard let endTime else { throw JSONReaderError(offset: start, .missingField("endTime")) }
        guard let interviewers else { throw JSONReaderError(offset: start, .missingField("interviewers")) }
        guard let hasSubmittedFeedback else { throw JSONReaderError(offset: start, .missingField("hasSubmittedFeedback")) }
        self.init(id: id, scheduleId: scheduleId, interviewId: interviewId, startTime: startTime, endTime: endTime,
                  interviewers: interviewers, hasSubmittedFeedback: hasSubmittedFeedback, location: location, meetingLink: meetingLink)
    }
}

extension InterviewerSeat {
    /// A seat from an interviewer object (the user's fields and the seat's, side by side).
    public init(json reader: inout JSONReader, strings: inout StringInterner) throws(JSONReaderError) {
        let start = try reader.beginObject()
        var userId: String?, isFeedbackRequired: Bool?, trainingRole: String?
        while let key = try reader.nextKey() {
            if key == "id" { userId = try strings.intern(reader.readRawString()) }
            else if key == "isFeedbackRequired" { isFeedbackRequired = try reader.readBool() }
            else if key == "trainingRole" { trainingRole = try reader.skipNull() ? nil : strings.intern(reader.readRawString()) }
            else { try reader.skipValue() }
        }
        guard let userId else { throw JSONReaderError(offset: start, .missingField("id")) }
        guard let isFeedbackRequired else { throw JSONReaderError(offset: start, .missingField("isFeedbackRequired")) }
        self.init(userId: userId, isFeedbackRequired: isFeedbackRequired, trainingRole: trainingRole.map(TrainingRole.init(rawValue:)))
    }
}
