import AshbyAPI
import Foundation

// Offers and approvals in the binary snapshot form: JSONDecoder spent ≈ 30 ms on a thousand of
// each at 100,000 applications. The fields every offer and approval has are written in place or
// interned; the rarely present nested values of an offer (salary, custom fields, files, author,
// form) stay JSON, written only when present, so every field still round-trips.

/// An offer version's nested values, kept as JSON in the cache (see above).
private struct OfferVersionExtras: Codable {
    var salary: CurrencyAmount?
    var customFields: [CustomFieldValue]?
    var fileHandles: [AshbyAPI.FileHandle]?
    var author: User?

    init(_ version: OfferVersion) {
        salary = version.salary
        customFields = version.customFields
        fileHandles = version.fileHandles
        author = version.author
    }

    var isEmpty: Bool { salary == nil && customFields == nil && fileHandles == nil && author == nil }
}

extension SnapshotByteWriter {
    mutating func offer(_ offer: Offer) throws {
        string(offer.id)
        optionalString(offer.decidedAt)
        string(offer.applicationId)
        interned(offer.acceptanceStatus.rawValue)
        optionalInterned(offer.offerStatus?.rawValue)
        if let latest = offer.latestVersion {
            byte(1)
            try offerVersion(latest)
        } else {
            byte(0)
        }
        if let versions = offer.versions {
            count(versions.count + 1)
            for version in versions { try offerVersion(version) }
        } else {
            count(0)
        }
        try optionalJSON(offer.formDefinition)
    }

    private mutating func offerVersion(_ version: OfferVersion) throws {
        string(version.id)
        optionalDouble(version.startDate?.secondsSince1970)
        double(version.createdAt.secondsSince1970)
        optionalString(version.openingId)
        optionalInterned(version.approvalStatus?.rawValue)
        let extras = OfferVersionExtras(version)
        try optionalJSON(extras.isEmpty ? nil : extras)
    }

    mutating func approval(_ approval: Approval) {
        string(approval.id)
        interned(approval.approvalDefinitionId)
        string(approval.entityId)
        interned(approval.entityType.rawValue)
        double(approval.createdAt.secondsSince1970)
        optionalDouble(approval.submittedAt?.secondsSince1970)
        optionalDouble(approval.completedAt?.secondsSince1970)
        count(approval.steps.count)
        for step in approval.steps {
            string(step.id)
            signed(Int64(step.approvalsRequired))
            optionalDouble(step.completedAt?.secondsSince1970)
            count(step.approvers.count)
            for approver in step.approvers {
                string(approver.id)
                interned(approver.userId)
                interned(approver.decision.rawValue)
                optionalDouble(approver.decidedAt?.secondsSince1970)
                optionalDouble(approver.requestedAt?.secondsSince1970)
            }
        }
    }

    /// A JSON value as a length-prefixed blob; the tag is length + 1 (0 for none).
    private mutating func optionalJSON<Value: Encodable>(_ value: Value?) throws {
        guard let value else { return count(0) }
        let data = try SnapshotFormat.jsonEncoder().encode(value)
        count(data.count + 1)
        raw(Array(data))
    }
}

extension SnapshotByteReader {
    mutating func offer() throws(SnapshotFormatError) -> Offer {
        let id = try string()
        let decidedAt = try optionalString()
        let applicationId = try string()
        let acceptance = OfferAcceptanceStatus(rawValue: try interned())
        let status = try optionalInterned().map(OfferStatus.init(rawValue:))
        let latest = try bool() ? try offerVersion() : nil
        let versionTag = try count(minimumBytes: 0)
        var versions: [OfferVersion]?
        if versionTag > 0 {
            guard versionTag - 1 <= remaining / 10 else { throw SnapshotFormatError("\(versionTag - 1) versions exceed the file at byte \(offset)") }
            var read: [OfferVersion] = []
            read.reserveCapacity(versionTag - 1)
            for _ in 0..<(versionTag - 1) { read.append(try offerVersion()) }
            versions = read
        }
        let form = try optionalJSON(FormDefinition.self)
        return Offer(id: id, decidedAt: decidedAt, applicationId: applicationId, acceptanceStatus: acceptance, offerStatus: status,
                     latestVersion: latest, versions: versions, formDefinition: form)
    }

    private mutating func offerVersion() throws(SnapshotFormatError) -> OfferVersion {
        let id = try string()
        let startDate = try optionalDouble().map(Timestamp.init(secondsSince1970:))
        let createdAt = Timestamp(secondsSince1970: try double())
        let openingId = try optionalString()
        let approvalStatus = try optionalInterned().map(OfferApprovalStatus.init(rawValue:))
        let extras = try optionalJSON(OfferVersionExtras.self)
        return OfferVersion(id: id, startDate: startDate, salary: extras?.salary, createdAt: createdAt, openingId: openingId,
                            customFields: extras?.customFields, fileHandles: extras?.fileHandles, author: extras?.author,
                            approvalStatus: approvalStatus)
    }

    mutating func approval() throws(SnapshotFormatError) -> Approval {
        let id = try string()
        let definitionId = try interned()
        let entityId = try string()
        let entityType = ApprovalEntityType(rawValue: try interned())
        let createdAt = Timestamp(secondsSince1970: try double())
        let submittedAt = try optionalDouble().map(Timestamp.init(secondsSince1970:))
        let completedAt = try optionalDouble().map(Timestamp.init(secondsSince1970:))
        let stepCount = try count(minimumBytes: 3)
        var steps: [ApprovalStep] = []
        steps.reserveCapacity(stepCount)
        for _ in 0..<stepCount {
            let stepId = try string()
            let required = try signed()
            guard let approvalsRequired = Int(exactly: required) else { throw SnapshotFormatError("bad approval count at byte \(offset)") }
            let stepCompletedAt = try optionalDouble().map(Timestamp.init(secondsSince1970:))
            let approverCount = try count(minimumBytes: 5)
            var approvers: [Approver] = []
            approvers.reserveCapacity(approverCount)
            for _ in 0..<approverCount {
                let approverId = try string()
                let userId = try interned()
                let decision = ApprovalDecision(rawValue: try interned())
                let decidedAt = try optionalDouble().map(Timestamp.init(secondsSince1970:))
                let requestedAt = try optionalDouble().map(Timestamp.init(secondsSince1970:))
                approvers.append(Approver(id: approverId, userId: userId, decision: decision, decidedAt: decidedAt, requestedAt: requestedAt))
            }
            steps.append(ApprovalStep(id: stepId, approvalsRequired: approvalsRequired, completedAt: stepCompletedAt, approvers: approvers))
        }
        return Approval(id: id, approvalDefinitionId: definitionId, entityId: entityId, entityType: entityType, createdAt: createdAt,
                        submittedAt: submittedAt, completedAt: completedAt, steps: steps)
    }

    private mutating func optionalJSON<Value: Decodable>(_ type: Value.Type) throws(SnapshotFormatError) -> Value? {
        let tag = try varint()
        guard tag > 0 else { return nil }
        guard tag - 1 <= UInt64(remaining) else { throw SnapshotFormatError("JSON of \(tag - 1) bytes exceeds the file at byte \(offset)") }
        let blob = try bytes(Int(tag - 1))
        do {
            return try SnapshotFormat.jsonDecoder().decode(type, from: Data(blob))
        } catch {
            throw SnapshotFormatError("\(type) at byte \(offset): \(error)")
        }
    }
}
