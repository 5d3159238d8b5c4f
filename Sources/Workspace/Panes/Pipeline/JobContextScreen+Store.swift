import AshbyAPI
import Foundation

extension JobContextScreen {
    /// The context of `jobId` from the store, or nil when the job is not there. Costs
    /// O(openings + postings) of the workspace: small tables, fine once per frame.
    public init?(jobId: String, store: EntityStore) {
        guard let job = store.jobs[jobId] else { return nil }
        let location = job.locationId.flatMap { store.locations[$0] } ?? job.location
        self.init(
            jobId: job.id, title: job.title, status: job.status, employmentType: job.employmentType, isConfidential: job.confidential,
            requisitionId: job.customRequisitionId, department: job.departmentId.flatMap { Self.departmentPath($0, store: store) },
            location: location?.name, workplaceType: location?.workplaceType, openedAt: job.openedAt, closedAt: job.closedAt,
            applicationCount: store.applicationCount(jobId: job.id), activeApplicationCount: PipelineModel.activeCount(of: job, store: store),
            hiringTeam: Self.groups(job.hiringTeam ?? [], store: store), openings: Self.openings(of: job, store: store),
            postings: Self.postings(of: job, store: store),
            customFields: CustomFieldRow.rows(job.customFields ?? [], store: store))
    }

    /// "Engineering › Platform": parents first, stopping at a cycle or a missing parent.
    static func departmentPath(_ id: String, store: EntityStore) -> String? {
        var names: [String] = []
        var seen: Set<String> = []
        var next: String? = id
        while let current = next, let department = store.departments[current], seen.insert(current).inserted {
            names.insert(department.name, at: 0)
            next = department.parentId
        }
        return names.isEmpty ? nil : names.joined(separator: " › ")
    }

    static let roleOrder = ["Hiring Manager", "Recruiter", "Coordinator", "Sourcer"]

    static func groups(_ team: [HiringTeamMember], store: EntityStore) -> [HiringTeamGroup] {
        var byRole: [String: [String]] = [:]
        for member in team {
            let name = store.users[member.userId].map { "\($0.firstName) \($0.lastName)" } ?? "\(member.firstName) \(member.lastName)"
            if !(byRole[member.role]?.contains(name) ?? false) { byRole[member.role, default: []].append(name) }
        }
        return byRole.keys.sorted { lhs, rhs in
            let (left, right) = (roleOrder.firstIndex(of: lhs) ?? roleOrder.count, roleOrder.firstIndex(of: rhs) ?? roleOrder.count)
            return left != right ? left < right : lhs < rhs
        }.map { HiringTeamGroup(role: $0, members: byRole[$0]!) }
    }

    /// The openings naming the job (from the opening list, or the job's expanded openings), open ones first.
    static func openings(of job: Job, store: EntityStore) -> [JobOpeningRow] {
        var found = store.openings.values.filter { $0.latestVersion?.jobIds.contains(job.id) ?? false }
        let known = Set(found.map(\.id))
        found += (job.openings ?? []).filter { !known.contains($0.id) }
        func rank(_ state: OpeningState) -> Int {
            switch state {
            case .open: return 0
            case .approved: return 1
            case .draft: return 2
            case .filled: return 3
            default: return 4
            }
        }
        return found.filter { !$0.isArchived }.sorted { lhs, rhs in
            let (left, right) = (rank(lhs.openingState), rank(rhs.openingState))
            if left != right { return left < right }
            let (l, r) = (lhs.latestVersion?.identifier ?? "", rhs.latestVersion?.identifier ?? "")
            return l != r ? l < r : lhs.id < rhs.id
        }.map { opening in
            let identifier = opening.latestVersion?.identifier
            return JobOpeningRow(openingId: opening.id, identifier: (identifier?.isEmpty ?? true) ? nil : identifier,
                                 state: opening.openingState, isBackfill: opening.latestVersion?.isBackfill ?? false,
                                 targetHireDate: opening.latestVersion?.targetHireDate, openedAt: opening.openedAt,
                                 closedAt: opening.closedAt)
        }
    }

    /// The job's postings, listed ones first, then by title.
    static func postings(of job: Job, store: EntityStore) -> [JobPostingRow] {
        store.jobPostings.values.filter { $0.jobId == job.id }.sorted { lhs, rhs in
            if lhs.isListed != rhs.isListed { return lhs.isListed }
            return lhs.title != rhs.title ? lhs.title < rhs.title : lhs.id < rhs.id
        }.map { posting in
            JobPostingRow(postingId: posting.id, title: posting.title, isListed: posting.isListed,
                          publishedDate: posting.publishedDate.isEmpty ? nil : String(posting.publishedDate.prefix(10)),
                          location: posting.locationName, workplaceType: posting.workplaceType)
        }
    }
}

extension CustomFieldRow {
    /// Custom field values with their labels: select values by their option labels (from the
    /// value itself or the field's definition); empty values are left out.
    public static func rows(_ values: [CustomFieldValue], store: EntityStore) -> [CustomFieldRow] {
        values.compactMap { field in
            if case .null = field.kind { return nil }
            let definition = store.customFields[field.id]
            var text = OfferFormatting.value(field)
            if field.valueLabel == nil, let definition {
                switch field.kind {
                case .string(let value): text = definition.label(forValue: value) ?? text
                case .strings(let values): text = values.map { definition.label(forValue: $0) ?? $0 }.joined(separator: ", ")
                default: break
                }
            }
            if definition?.fieldType == .date, let time = field.timestampValue { text = String(time.iso8601String.prefix(10)) }
            guard !text.isEmpty else { return nil }
            return CustomFieldRow(title: definition?.title ?? field.title, value: text,
                                  isPrivate: field.isPrivate ?? definition?.isPrivate ?? false)
        }
    }
}
