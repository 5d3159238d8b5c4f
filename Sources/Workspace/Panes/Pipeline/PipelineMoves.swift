import AshbyAPI
import Foundation

/// Stage moves and archiving of pipeline cards, built as confirmations whose effects are outbox
/// submissions with exact optimistic and rollback deltas. Nothing is written until the user confirms.
extension PipelineModel {
    /// The applications an action applies to: the marked ones (by name, ignoring case), else the selected one.
    func actionTargets(store: EntityStore) -> [ApplicationRecord] {
        if !marks.isEmpty {
            return marks.compactMap { store.applications[$0] }.sorted {
                let (left, right) = ($0.candidateName.lowercased(), $1.candidateName.lowercased())
                return left != right ? left < right : $0.id < $1.id
            }
        }
        return selectedApplicationId.flatMap { store.applications[$0] }.map { [$0] } ?? []
    }

    /// Stages a card can be moved through with next/previous: the plan's stages except Archived.
    func stepStages(store: EntityStore) -> [InterviewStage] {
        columns(store: store).filter { $0.type != .archived && !$0.interviewPlanId.isEmpty }
    }

    /// `pipeline.next-stage` (+1) and `pipeline.previous-stage` (-1).
    func stepOutcome(by step: Int, store: EntityStore, now: Date) -> PaneOutcome {
        let targets = actionTargets(store: store)
        guard !targets.isEmpty else { return .notice(.info, "No application selected") }
        let stages = stepStages(store: store)
        var moves: [(ApplicationRecord, InterviewStage)] = []
        var stuck: [String] = []
        for record in targets {
            guard let index = stages.firstIndex(where: { $0.id == record.stageId }), stages.indices.contains(index + step) else {
                stuck.append(record.candidateName)
                continue
            }
            moves.append((record, stages[index + step]))
        }
        let edge = step > 0 ? "last" : "first"
        guard !moves.isEmpty else {
            return .notice(.info, targets.count == 1 ? "\(targets[0].candidateName) is already in the \(edge) stage"
                : "All \(targets.count) applications are already in the \(edge) stage")
        }
        var outcome = PaneOutcome(request: .confirmation(moveConfirmation(moves, archiveReason: nil, store: store, now: now)))
        if !stuck.isEmpty {
            outcome.notices.append(Notice(.info, "Skipping \(stuck.count) already in the \(edge) stage: \(stuck.joined(separator: ", "))"))
        }
        return outcome
    }

    /// `pipeline.move-to <stage>`: nil asks with a picker; an Archived stage asks for a reason.
    func moveOutcome(to stageName: String?, store: EntityStore, now: Date) -> PaneOutcome {
        let targets = actionTargets(store: store)
        guard !targets.isEmpty else { return .notice(.info, "No application selected") }
        let stages = columns(store: store).filter { !$0.interviewPlanId.isEmpty }
        guard let stageName else {
            let items = stages.map { stage in
                PickerItem(value: stage.id, title: stage.title, detail: "\(store.applicationCount(jobId: jobId ?? "", stageId: stage.id))")
            }
            let title = targets.count == 1 ? "Move \(targets[0].candidateName) to…" : "Move \(targets.count) applications to…"
            return PaneOutcome(request: .picker(Picker(title: title, target: .stage, items: items)))
        }
        guard let stage = Self.resolve(stageName, in: stages, title: \.title) else {
            return .notice(.error, "No stage '\(stageName)' in this job's interview plan")
        }
        if stage.type == .archived { return archiveOutcome(reason: nil, store: store, now: now) }
        let moves = targets.filter { $0.stageId != stage.id }.map { ($0, stage) }
        guard !moves.isEmpty else {
            return .notice(.info, targets.count == 1 ? "\(targets[0].candidateName) is already in \(stage.title)"
                : "All \(targets.count) applications are already in \(stage.title)")
        }
        return PaneOutcome(request: .confirmation(moveConfirmation(moves, archiveReason: nil, store: store, now: now)))
    }

    /// `pipeline.archive <reason>`: a reason is required; nil asks with a picker of active reasons.
    func archiveOutcome(reason reasonName: String?, store: EntityStore, now: Date) -> PaneOutcome {
        let targets = actionTargets(store: store)
        guard !targets.isEmpty else { return .notice(.info, "No application selected") }
        guard let archived = columns(store: store).first(where: { $0.type == .archived && !$0.interviewPlanId.isEmpty }) else {
            return .notice(.error, "This job's interview plan has no Archived stage")
        }
        let reasons = store.archiveReasons.values.filter { !$0.isArchived }.sorted {
            $0.text != $1.text ? $0.text < $1.text : $0.id < $1.id
        }
        guard let reasonName else {
            guard !reasons.isEmpty else { return .notice(.error, "No archive reasons are available; they are required to archive") }
            let title = targets.count == 1 ? "Archive \(targets[0].candidateName): reason" : "Archive \(targets.count) applications: reason"
            let items = reasons.map { PickerItem(value: $0.id, title: $0.text, detail: Self.reasonTypeLabel($0.reasonType)) }
            return PaneOutcome(request: .picker(Picker(title: title, target: .archiveReason, items: items)))
        }
        guard let reason = Self.resolve(reasonName, in: reasons, title: \.text) else {
            return .notice(.error, "No archive reason '\(reasonName)'")
        }
        let moves = targets.filter { $0.stageId != archived.id }.map { ($0, archived) }
        guard !moves.isEmpty else {
            return .notice(.info, targets.count == 1 ? "\(targets[0].candidateName) is already archived" : "All \(targets.count) applications are already archived")
        }
        return PaneOutcome(request: .confirmation(moveConfirmation(moves, archiveReason: reason, store: store, now: now)))
    }

    /// The confirmation for moving each application to its stage (archiving when `archiveReason` is set).
    func moveConfirmation(_ moves: [(ApplicationRecord, InterviewStage)], archiveReason: ArchiveReason?,
                          store: EntityStore, now: Date) -> Confirmation {
        let submissions = moves.map { record, stage in
            Self.moveSubmission(record, to: stage, archiveReason: archiveReason, now: now)
        }
        let stageTitle = { (id: String) in store.interviewStages[id]?.title ?? "Unknown stage" }
        let jobTitles = Set(moves.map { $0.0.jobTitle }).sorted()
        var lines = ["Job: \(jobTitles.joined(separator: ", "))"]
        let listed = moves.count > 8 ? Array(moves.prefix(7)) : moves
        lines += listed.map { record, stage in "\(record.candidateName): \(stageTitle(record.stageId)) → \(stage.title)" }
        if listed.count < moves.count { lines.append("…and \(moves.count - listed.count) more") }
        if let archiveReason { lines.append("Reason: \(archiveReason.text)") }

        let single = moves.count == 1 ? moves[0] : nil
        let title: String
        let label: String
        if archiveReason != nil {
            title = single.map { "Archive \($0.0.candidateName)?" } ?? "Archive \(moves.count) applications?"
            label = single == nil ? "Archive \(moves.count)" : "Archive"
        } else {
            let destinations = Set(moves.map { $0.1.id })
            let destination = destinations.count == 1 ? moves[0].1.title : nil
            if let single {
                title = "Move \(single.0.candidateName) to \(single.1.title)?"
            } else if let destination {
                title = "Move \(moves.count) applications to \(destination)?"
            } else {
                title = "Move \(moves.count) applications?"
            }
            label = single == nil ? "Move \(moves.count)" : "Move"
        }
        return Confirmation(title: title, lines: lines, confirmLabel: label, isDestructive: archiveReason != nil,
                            effects: submissions.map(Effect.submit))
    }

    /// One application's move: the action, the record as it will look, and the record as it was.
    static func moveSubmission(_ record: ApplicationRecord, to stage: InterviewStage, archiveReason: ArchiveReason?,
                               now: Date) -> OutboxSubmission {
        var moved = record
        let stamp = Timestamp(now)
        moved.stageId = stage.id
        moved.interviewPlanId = stage.interviewPlanId
        moved.updatedAt = stamp
        moved.stageEnteredAt = stamp
        switch stage.type {
        case .archived:
            moved.status = .archived
            moved.archiveReasonId = archiveReason?.id
            moved.archivedAt = stamp
        case .hired:
            moved.status = .hired
            moved.archiveReasonId = nil
            moved.archivedAt = nil
        default:
            moved.status = record.status == .lead && stage.type == .lead ? .lead : .active
            moved.archiveReasonId = nil
            moved.archivedAt = nil
        }
        var optimistic = StoreDelta()
        optimistic.applications = [moved]
        var rollback = StoreDelta()
        rollback.applications = [record]
        let summary = archiveReason.map { "Archive \(record.candidateName) (\($0.text))" } ?? "Move \(record.candidateName) to \(stage.title)"
        return OutboxSubmission(
            action: .moveApplication(applicationId: record.id, toStageId: stage.id, archiveReasonId: archiveReason?.id),
            optimistic: optimistic, rollback: rollback, summary: summary)
    }

    /// An item by id, exact title (ignoring case), or the single best fuzzy match.
    static func resolve<Item: Identifiable>(_ text: String, in items: [Item], title: KeyPath<Item, String>) -> Item?
    where Item.ID == String {
        if let byId = items.first(where: { $0.id == text }) { return byId }
        let lowered = text.lowercased()
        let exact = items.filter { $0[keyPath: title].lowercased() == lowered }
        if exact.count == 1 { return exact[0] }
        let ranked = FuzzyMatch.rank(text, items, key: { $0[keyPath: title] })
        guard let best = ranked.first else { return nil }
        // Ambiguous when the runner-up scores the same.
        if ranked.count > 1 && ranked[1].match.score == best.match.score { return nil }
        return best.item
    }

    static func reasonTypeLabel(_ type: ArchiveReasonType) -> String {
        switch type {
        case .rejectedByCandidate: return "by candidate"
        case .rejectedByOrg: return "by us"
        default: return "other"
        }
    }
}
