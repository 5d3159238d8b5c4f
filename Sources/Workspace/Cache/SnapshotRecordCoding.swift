import AshbyAPI

// The compact binary form of the big record types (100,000 applications load in tens of
// milliseconds, where JSONDecoder needs seconds). Unique values (ids, names, emails) are
// written in place; values that repeat (job, stage, user ids, titles, statuses) are interned.
// Timestamps are raw doubles, so they round-trip exactly.

extension SnapshotByteWriter {
    mutating func application(_ record: ApplicationRecord) {
        string(record.id)
        string(record.candidateId)
        string(record.candidateName)
        optionalString(record.candidateEmail)
        interned(record.jobId)
        interned(record.jobTitle)
        interned(record.stageId)
        interned(record.interviewPlanId)
        interned(record.status.rawValue)
        optionalInterned(record.sourceTitle)
        optionalInterned(record.archiveReasonId)
        double(record.createdAt.secondsSince1970)
        double(record.updatedAt.secondsSince1970)
        optionalDouble(record.archivedAt?.secondsSince1970)
        optionalDouble(record.stageEnteredAt?.secondsSince1970)
    }

    mutating func schedule(_ record: InterviewScheduleRecord) {
        string(record.id)
        string(record.applicationId)
        interned(record.interviewStageId)
        interned(record.status.rawValue)
        optionalDouble(record.updatedAt?.secondsSince1970)
        count(record.events.count)
        for event in record.events { self.event(event, of: record.id) }
    }

    private mutating func event(_ event: InterviewEventRecord, of scheduleId: String) {
        string(event.id)
        // Nearly always the carrying schedule: one byte instead of the id.
        if event.scheduleId == scheduleId { byte(0) } else { byte(1); string(event.scheduleId) }
        interned(event.interviewId)
        double(event.startTime.secondsSince1970)
        double(event.endTime.secondsSince1970)
        count(event.interviewers.count)
        for seat in event.interviewers {
            interned(seat.userId)
            bool(seat.isFeedbackRequired)
            optionalInterned(seat.trainingRole?.rawValue)
        }
        bool(event.hasSubmittedFeedback)
        optionalInterned(event.location)
        optionalString(event.meetingLink)
    }

    mutating func feedback(_ record: FeedbackRecord) {
        string(record.id)
        string(record.applicationId)
        interned(record.submittedByUserId)
        optionalInterned(record.interviewId)
        optionalString(record.interviewEventId)
        interned(record.formKey)
        optionalDouble(record.submittedAt?.secondsSince1970)
        count(record.values.count)
        for (path, value) in record.values.sorted(by: { $0.key < $1.key }) {
            interned(path)
            json(value)
        }
    }

    mutating func json(_ value: JSONValue) {
        switch value {
        case .null: byte(0)
        case .bool(let flag): byte(flag ? 2 : 1)
        case .number(let number):
            byte(3)
            double(number)
        case .string(let text):
            byte(4)
            string(text)
        case .array(let items):
            byte(5)
            count(items.count)
            for item in items { json(item) }
        case .object(let members):
            byte(6)
            count(members.count)
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                interned(key)
                json(member)
            }
        }
    }
}

extension SnapshotByteReader {
    mutating func application() throws(SnapshotFormatError) -> ApplicationRecord {
        try applicationAndColumn().record
    }

    /// The record and a number naming its (job, stage) pair: the two interned indices.
    mutating func applicationAndColumn() throws(SnapshotFormatError) -> (record: ApplicationRecord, column: Int) {
        let id = try string()
        let candidateId = try string()
        let candidateName = try string()
        let candidateEmail = try optionalString()
        let jobIndex = try internedIndex()
        let jobId = table[jobIndex]
        let jobTitle = try interned()
        let stageIndex = try internedIndex()
        let stageId = table[stageIndex]
        let planId = try interned()
        let status = ApplicationStatus(rawValue: try interned())
        let sourceTitle = try optionalInterned()
        let archiveReasonId = try optionalInterned()
        let createdAt = Timestamp(secondsSince1970: try double())
        let updatedAt = Timestamp(secondsSince1970: try double())
        let archivedAt = try optionalDouble().map(Timestamp.init(secondsSince1970:))
        let stageEnteredAt = try optionalDouble().map(Timestamp.init(secondsSince1970:))
        let record = ApplicationRecord(id: id, candidateId: candidateId, candidateName: candidateName, candidateEmail: candidateEmail,
                                       jobId: jobId, jobTitle: jobTitle, stageId: stageId, interviewPlanId: planId, status: status,
                                       sourceTitle: sourceTitle, archiveReasonId: archiveReasonId, createdAt: createdAt,
                                       updatedAt: updatedAt, archivedAt: archivedAt, stageEnteredAt: stageEnteredAt)
        return (record, jobIndex << 32 | stageIndex)
    }

    mutating func schedule() throws(SnapshotFormatError) -> InterviewScheduleRecord {
        let id = try string()
        let applicationId = try string()
        let stageId = try interned()
        let status = InterviewScheduleStatus(rawValue: try interned())
        let updatedAt = try optionalDouble().map(Timestamp.init(secondsSince1970:))
        let eventCount = try count(minimumBytes: 24)
        var events: [InterviewEventRecord] = []
        events.reserveCapacity(eventCount)
        for _ in 0..<eventCount { events.append(try event(of: id)) }
        return InterviewScheduleRecord(id: id, applicationId: applicationId, interviewStageId: stageId, status: status,
                                       updatedAt: updatedAt, events: events)
    }

    private mutating func event(of scheduleId: String) throws(SnapshotFormatError) -> InterviewEventRecord {
        let id = try string()
        let ownScheduleId = try bool() ? try string() : scheduleId
        let interviewId = try interned()
        let start = Timestamp(secondsSince1970: try double())
        let end = Timestamp(secondsSince1970: try double())
        let seatCount = try count(minimumBytes: 3)
        var seats: [InterviewerSeat] = []
        seats.reserveCapacity(seatCount)
        for _ in 0..<seatCount {
            let userId = try interned()
            let required = try bool()
            let role = try optionalInterned().map(TrainingRole.init(rawValue:))
            seats.append(InterviewerSeat(userId: userId, isFeedbackRequired: required, trainingRole: role))
        }
        let submitted = try bool()
        let location = try optionalInterned()
        let meetingLink = try optionalString()
        return InterviewEventRecord(id: id, scheduleId: ownScheduleId, interviewId: interviewId, startTime: start, endTime: end,
                                    interviewers: seats, hasSubmittedFeedback: submitted, location: location, meetingLink: meetingLink)
    }

    mutating func feedback() throws(SnapshotFormatError) -> FeedbackRecord {
        let id = try string()
        let applicationId = try string()
        let userId = try interned()
        let interviewId = try optionalInterned()
        let eventId = try optionalString()
        let formKey = try interned()
        let submittedAt = try optionalDouble().map(Timestamp.init(secondsSince1970:))
        let valueCount = try count(minimumBytes: 2)
        var values: [String: JSONValue] = [:]
        values.reserveCapacity(valueCount)
        for _ in 0..<valueCount {
            let path = try interned()
            values[path] = try json(depth: 0)
        }
        return FeedbackRecord(id: id, applicationId: applicationId, submittedByUserId: userId, interviewId: interviewId,
                              interviewEventId: eventId, formKey: formKey, submittedAt: submittedAt, values: values)
    }

    /// Nesting is capped, so a hostile file cannot exhaust the stack.
    mutating func json(depth: Int) throws(SnapshotFormatError) -> JSONValue {
        guard depth < 64 else { throw SnapshotFormatError("JSON nested too deep at byte \(offset)") }
        switch try byte() {
        case 0: return .null
        case 1: return .bool(false)
        case 2: return .bool(true)
        case 3: return .number(try double())
        case 4: return .string(try string())
        case 5:
            let itemCount = try count()
            var items: [JSONValue] = []
            items.reserveCapacity(itemCount)
            for _ in 0..<itemCount { items.append(try json(depth: depth + 1)) }
            return .array(items)
        case 6:
            let memberCount = try count(minimumBytes: 2)
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(memberCount)
            for _ in 0..<memberCount {
                let key = try interned()
                members[key] = try json(depth: depth + 1)
            }
            return .object(members)
        case let tag:
            throw SnapshotFormatError("unknown JSON tag \(tag) at byte \(offset - 1)")
        }
    }
}
