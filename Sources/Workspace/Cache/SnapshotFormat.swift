import AshbyAPI
import Foundation

/// The cache file's layout. A fixed header (magic, format version, save time, tenant hash,
/// payload length, and a checksum of header and payload), then the payload: sync tokens, the
/// string table, then five length-prefixed sections — the small resources as one JSON blob, and
/// applications, schedules and feedback in the binary form of `SnapshotRecordCoding`, offers and
/// approvals in that of `SnapshotOfferCoding`. Bump `version` whenever any of it changes: old
/// files are discarded.
enum SnapshotFormat {
    static let magic = Array("ASHBYTUI".utf8) + Array("SNAP".utf8)
    static let version: UInt32 = 3
    /// magic 12 + version 4 + savedAt 8 + tenant 16 + payload length 8 + checksum 8.
    static let headerSize = 56

    /// How a file failed to read, before it becomes a `CacheProblem` with its path.
    enum Failure: Error, Equatable {
        case empty
        case notASnapshot
        case oldFormat(version: UInt32)
        case otherTenant
        case corrupt(String)
    }

    /// The JSON coders of the small resources (floats that JSON cannot hold become strings).
    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    static func jsonDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }

    /// Resources small enough for JSONEncoder (tens to hundreds of records; offers and approvals,
    /// which grow with the applications, are binary).
    struct SmallResources: Codable {
        var users: [String: User]
        var departments: [String: Department]
        var locations: [String: Location]
        var jobs: [String: Job]
        var openings: [String: Opening]
        var jobPostings: [String: JobPosting]
        var interviewPlans: [String: InterviewPlan]
        var interviewStages: [String: InterviewStage]
        var archiveReasons: [String: ArchiveReason]
        var sources: [String: Source]
        var customFields: [String: CustomFieldDefinition]
        var hiringTeamRoles: [String: HiringTeamRole]
        var interviews: [String: Interview]
        var feedbackForms: [String: FormDefinition]
        var feedbackFormDefinitions: [String: FeedbackFormDefinition]
    }

    static func encode(_ snapshot: StoreSnapshot, tokens: [SyncedResource: String], savedAt: Date,
                       tenantHash: [UInt8]) throws -> [UInt8] {
        // Only forms some feedback still uses: forms of removed feedback would pile up otherwise.
        let usedFormKeys = Set(snapshot.feedback.values.map(\.formKey))
        let small = SmallResources(
            users: snapshot.users, departments: snapshot.departments, locations: snapshot.locations, jobs: snapshot.jobs,
            openings: snapshot.openings, jobPostings: snapshot.jobPostings, interviewPlans: snapshot.interviewPlans,
            interviewStages: snapshot.interviewStages, archiveReasons: snapshot.archiveReasons, sources: snapshot.sources,
            customFields: snapshot.customFields, hiringTeamRoles: snapshot.hiringTeamRoles, interviews: snapshot.interviews,
            feedbackForms: snapshot.feedbackForms.filter { usedFormKeys.contains($0.key) },
            feedbackFormDefinitions: snapshot.feedbackFormDefinitions)
        let smallJSON = try jsonEncoder().encode(small)

        // One writer, so one string table; section boundaries are noted as it goes.
        var body = SnapshotByteWriter(reservingCapacity: 160 * snapshot.applications.count + 1024)
        body.count(snapshot.applications.count)
        for record in snapshot.applications.values { body.application(record) }
        let applicationsEnd = body.bytes.count
        body.count(snapshot.interviewSchedules.count)
        for record in snapshot.interviewSchedules.values { body.schedule(record) }
        let schedulesEnd = body.bytes.count
        body.count(snapshot.feedback.count)
        for record in snapshot.feedback.values { body.feedback(record) }
        let feedbackEnd = body.bytes.count
        body.count(snapshot.offers.count)
        for offer in snapshot.offers.values { try body.offer(offer) }
        body.count(snapshot.approvals.count)
        for approval in snapshot.approvals.values { body.approval(approval) }

        var head = SnapshotByteWriter(reservingCapacity: 64 * body.table.count + 1024)
        head.count(tokens.count)
        for (resource, token) in tokens.sorted(by: { $0.key < $1.key }) {
            head.string(resource.rawValue)
            head.string(token)
        }
        head.count(body.table.count)
        for string in body.table { head.string(string) }
        head.count(smallJSON.count)
        head.raw(Array(smallJSON))
        head.count(applicationsEnd)
        var payload = head.bytes
        payload.append(contentsOf: body.bytes[0..<applicationsEnd])
        var lengths = SnapshotByteWriter()
        lengths.count(schedulesEnd - applicationsEnd)
        payload.append(contentsOf: lengths.bytes)
        payload.append(contentsOf: body.bytes[applicationsEnd..<schedulesEnd])
        lengths = SnapshotByteWriter()
        lengths.count(feedbackEnd - schedulesEnd)
        payload.append(contentsOf: lengths.bytes)
        payload.append(contentsOf: body.bytes[schedulesEnd..<feedbackEnd])
        lengths = SnapshotByteWriter()
        lengths.count(body.bytes.count - feedbackEnd)
        payload.append(contentsOf: lengths.bytes)
        payload.append(contentsOf: body.bytes[feedbackEnd...])

        var file: [UInt8] = []
        file.reserveCapacity(headerSize + payload.count)
        file.append(contentsOf: magic)
        appendLittleEndian(UInt64(version), bytes: 4, to: &file)
        appendLittleEndian(savedAt.timeIntervalSince1970.bitPattern, bytes: 8, to: &file)
        file.append(contentsOf: tenantHash.prefix(16))
        file.append(contentsOf: [UInt8](repeating: 0, count: 16 - min(16, tenantHash.count)))
        appendLittleEndian(UInt64(payload.count), bytes: 8, to: &file)
        let headerSum = file.withUnsafeBytes(checksum)
        appendLittleEndian(sealed(header: headerSum, payload: payload.withUnsafeBytes(checksum)), bytes: 8, to: &file)
        file.append(contentsOf: payload)
        return file
    }

    /// Reads a whole file's bytes.
    static func decode(_ bytes: [UInt8], tenantHash: [UInt8]) -> Result<CachedSnapshot, Failure> {
        bytes.withUnsafeBytes { buffer in
            do throws(Failure) {
                return .success(try decode(buffer, tenantHash: tenantHash))
            } catch {
                return .failure(error)
            }
        }
    }

    static func decode(_ file: UnsafeRawBufferPointer, tenantHash: [UInt8]) throws(Failure) -> CachedSnapshot {
        guard file.count > 0 else { throw .empty }
        guard file.count >= magic.count, file.prefix(magic.count).elementsEqual(magic) else { throw .notASnapshot }
        guard file.count >= headerSize else { throw .corrupt("header cut short (\(file.count) bytes)") }
        let fileVersion = UInt32(truncatingIfNeeded: littleEndian(file, at: 12, bytes: 4))
        guard fileVersion == version else { throw .oldFormat(version: fileVersion) }
        let savedAt = Date(timeIntervalSince1970: Double(bitPattern: littleEndian(file, at: 16, bytes: 8)))
        guard file[24..<40].elementsEqual(tenantHash.prefix(16)) else { throw .otherTenant }
        let payloadLength = littleEndian(file, at: 40, bytes: 8)
        guard payloadLength == UInt64(file.count - headerSize) else {
            throw .corrupt("payload is \(file.count - headerSize) bytes, header says \(payloadLength)")
        }
        let payload = UnsafeRawBufferPointer(rebasing: file[headerSize...])
        let headerSum = checksum(UnsafeRawBufferPointer(rebasing: file[0..<48]))
        guard sealed(header: headerSum, payload: checksum(payload)) == littleEndian(file, at: 48, bytes: 8) else {
            throw .corrupt("checksum mismatch")
        }

        do {
            return try decodePayload(payload, savedAt: savedAt)
        } catch let error as SnapshotFormatError {
            throw .corrupt(error.reason)
        } catch {
            throw .corrupt("small resources: \(error)")
        }
    }

    private static func decodePayload(_ payload: UnsafeRawBufferPointer, savedAt: Date) throws -> CachedSnapshot {
        var reader = SnapshotByteReader(payload)
        var tokens: [SyncedResource: String] = [:]
        for _ in 0..<(try reader.count(minimumBytes: 2)) {
            let name = try reader.string()
            let token = try reader.string()
            // A resource this build no longer syncs: its token is of no use.
            if let resource = SyncedResource(rawValue: name) { tokens[resource] = token }
        }
        let tableStart = reader.offset
        let table = try readTable(&reader)
        let tableBytes = UnsafeRawBufferPointer(rebasing: payload[tableStart..<reader.offset])
        let sections = Sections(small: try reader.bytes(try reader.count()), applications: try reader.bytes(try reader.count()),
                                schedules: try reader.bytes(try reader.count()), feedback: try reader.bytes(try reader.count()),
                                offers: try reader.bytes(try reader.count()))
        guard reader.remaining == 0 else { throw SnapshotFormatError("\(reader.remaining) bytes after the last section") }

        // Applications on this thread, the rest on a second one. Each reads its own copy of the
        // string table: two threads retaining the same interned strings fight over their
        // reference counts (that took twice the CPU time in measurements), equal copies do not.
        let (applicationsPart, restPart) = SideBySide.run({
            Result { try named("applications") { try decodeApplications(sections.applications, table: table) } }
        }, alongside: {
            Result {
                var tableReader = SnapshotByteReader(tableBytes)
                return try decodeRest(sections, table: try readTable(&tableReader))
            }
        })
        let (applications, pipeline) = try applicationsPart.get()
        var (snapshot, feedback, events) = try restPart.get()
        // Only the applications change: the schedules stay the storage the event facts index.
        snapshot.applications = applications
        return CachedSnapshot(snapshot: snapshot, tokens: tokens, savedAt: savedAt,
                              prebuilt: PrebuiltIndexes(pipeline: pipeline, feedback: feedback, events: events))
    }

    /// The string table: a count, then the strings.
    private static func readTable(_ reader: inout SnapshotByteReader) throws(SnapshotFormatError) -> [String] {
        let tableCount = try reader.count()
        var strings: [String] = []
        strings.reserveCapacity(tableCount)
        for _ in 0..<tableCount { strings.append(try reader.string()) }
        return strings
    }

    /// The sections of a payload: views of the file's buffer.
    private struct Sections {
        var small: UnsafeRawBufferPointer
        var applications: UnsafeRawBufferPointer
        var schedules: UnsafeRawBufferPointer
        var feedback: UnsafeRawBufferPointer
        var offers: UnsafeRawBufferPointer
    }

    /// Runs `body`, naming the section in a format error.
    private static func named<T>(_ section: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SnapshotFormatError {
            throw SnapshotFormatError("\(section) section: \(error.reason)")
        }
    }

    /// Applications, grouped into pipeline columns as they are read: the column is named by the
    /// interned ids of job and stage, so no string is hashed for it.
    private static func decodeApplications(_ bytes: UnsafeRawBufferPointer, table: [String]) throws -> ([String: ApplicationRecord], PipelineIndex) {
        var reader = SnapshotByteReader(bytes)
        reader.table = table
        let count = try reader.count(minimumBytes: 24)
        var applications: [String: ApplicationRecord] = [:]
        applications.reserveCapacity(count)
        var builder = PipelineIndex.Builder()
        for _ in 0..<count {
            let (record, column) = try reader.applicationAndColumn()
            // Gathered first, so the insert can take the record without copying it (a copy
            // retains and releases its eleven strings).
            builder.add(record, column: column)
            let id = record.id
            applications[id] = consume record
        }
        guard reader.remaining == 0 else { throw SnapshotFormatError("\(reader.remaining) bytes after the applications") }
        return (applications, PipelineIndex(builder))
    }

    private static func decodeRest(_ sections: Sections, table: [String]) throws -> (StoreSnapshot, FeedbackIndex, BulkEventFacts) {
        var snapshot = StoreSnapshot()
        try named("schedules") {
            var reader = SnapshotByteReader(sections.schedules)
            reader.table = table
            try reader.records(into: &snapshot.interviewSchedules, minimumBytes: 6) { try $0.schedule() }
            try reader.expectEnd()
        }
        try named("feedback") {
            var reader = SnapshotByteReader(sections.feedback)
            reader.table = table
            try reader.records(into: &snapshot.feedback, minimumBytes: 7) { try $0.feedback() }
            try reader.expectEnd()
        }
        try named("offers") {
            var reader = SnapshotByteReader(sections.offers)
            reader.table = table
            try reader.records(into: &snapshot.offers, minimumBytes: 6) { try $0.offer() }
            try reader.records(into: &snapshot.approvals, minimumBytes: 12) { try $0.approval() }
            try reader.expectEnd()
        }

        let small = try jsonDecoder().decode(SmallResources.self, from: Data(sections.small))
        snapshot.users = small.users
        snapshot.departments = small.departments
        snapshot.locations = small.locations
        snapshot.jobs = small.jobs
        snapshot.openings = small.openings
        snapshot.jobPostings = small.jobPostings
        snapshot.interviewPlans = small.interviewPlans
        snapshot.interviewStages = small.interviewStages
        snapshot.archiveReasons = small.archiveReasons
        snapshot.sources = small.sources
        snapshot.customFields = small.customFields
        snapshot.hiringTeamRoles = small.hiringTeamRoles
        snapshot.interviews = small.interviews
        snapshot.feedbackForms = small.feedbackForms
        snapshot.feedbackFormDefinitions = small.feedbackFormDefinitions
        let feedback = FeedbackIndex(bulk: snapshot.feedback.values)
        return (snapshot, feedback, BulkEventFacts(schedules: snapshot.interviewSchedules, feedback: feedback))
    }

    /// The stored checksum covers the header's other fields (the save time too) and the payload;
    /// both steps are bijections, so a change in either always shows.
    private static func sealed(header: UInt64, payload: UInt64) -> UInt64 {
        (header &* 0x9E37_79B9_7F4A_7C15) ^ payload
    }

    /// A word-at-a-time 64-bit hash of the payload: every step is a bijection, so any one changed
    /// word always changes the result (a flipped bit or byte is always caught).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 31)
    }

    private static func appendLittleEndian(_ value: UInt64, bytes count: Int, to bytes: inout [UInt8]) {
        for index in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
    }

    private static func littleEndian(_ bytes: UnsafeRawBufferPointer, at offset: Int, bytes count: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<count { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        return value
    }
}
