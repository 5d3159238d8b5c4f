import AshbyAPI
import Foundation

/// The offers pane: offers awaiting the acting user's approval first, then the rest by state;
/// the selected offer's version, compensation and approval steps; approving from the keyboard.
public struct OffersModel: Sendable {
    public internal(set) var selectedOfferId: String?
    public internal(set) var scrollOffset = 0
    public internal(set) var filterText = ""
    public internal(set) var highlights: [String: Date] = [:]
    public internal(set) var viewport = Viewport(width: 160, height: 48)
    /// Rows above the list's first line (pane header and column titles).
    public var chromeRows = 2
    /// Until the user moves the cursor, it stays on the first row: the order changes as the first
    /// sync brings approvals and learns who "me" is, and the top is what the user should see.
    var cursorChosen = false

    public init() {}

    var visibleRows: Int { max(1, viewport.height - chromeRows) }

    /// Every offer in list order: awaiting me, then by state, then candidate name and id.
    func orderedOffers(store: EntityStore) -> [(offer: Offer, record: ApplicationRecord?, awaitsMe: Bool)] {
        let matcher = SearchMatcher(filterText.trimmingCharacters(in: .whitespaces))
        var rows: [(offer: Offer, record: ApplicationRecord?, awaitsMe: Bool)] = []
        for offer in store.offers.values {
            let record = store.applications[offer.applicationId]
            if !matcher.isEmpty {
                let name = record?.candidateName ?? ""
                let job = record?.jobTitle ?? ""
                guard matcher.matches(name) || matcher.matches(job) else { continue }
            }
            rows.append((offer, record, Self.awaitsUser(store.actingUserId, offer: offer, store: store)))
        }
        return rows.sorted { lhs, rhs in
            if lhs.awaitsMe != rhs.awaitsMe { return lhs.awaitsMe }
            let (left, right) = (OfferFormatting.stateRank(lhs.offer), OfferFormatting.stateRank(rhs.offer))
            if left != right { return left < right }
            let (leftName, rightName) = (lhs.record?.candidateName ?? "", rhs.record?.candidateName ?? "")
            if leftName != rightName { return leftName < rightName }
            return lhs.offer.id < rhs.offer.id
        }
    }

    /// The approval process of the version an offer shows (its latest), if it has one.
    static func approval(of offer: Offer, store: EntityStore) -> Approval? {
        guard let versionId = offer.latestVersion?.id else { return nil }
        let approvals = store.approvals(forEntityId: versionId)
        return approvals.last { $0.status == .pending } ?? approvals.last
    }

    static func awaitsUser(_ userId: String?, offer: Offer, store: EntityStore) -> Bool {
        guard let userId, let approval = approval(of: offer, store: store) else { return false }
        return approval.awaitingUserIds.contains(userId)
    }

    // MARK: Commands

    public mutating func handle(_ command: Command, store: EntityStore, details: ShownDetails, now: Date) -> PaneOutcome {
        switch command {
        case .up: return moveSelection(by: -1, store: store, details: details)
        case .down: return moveSelection(by: 1, store: store, details: details)
        case .pageUp: return moveSelection(by: -visibleRows, store: store, details: details)
        case .pageDown: return moveSelection(by: visibleRows, store: store, details: details)
        case .top: return moveSelection(by: -Int.max / 2, store: store, details: details)
        case .bottom: return moveSelection(by: Int.max / 2, store: store, details: details)
        case .select, .openCandidate:
            guard let offer = selectedOfferId.flatMap({ store.offers[$0] }), let record = store.applications[offer.applicationId] else {
                return .none
            }
            return PaneOutcome(request: .showCandidate(candidateId: record.candidateId, applicationId: record.id))
        case .approveStep: return approveStepOutcome(store: store, now: now)
        case .approveOffer: return approveOfferOutcome(store: store, now: now)
        case .filter(let text?):
            filterText = text
            return normalize(store: store, details: details)
        case .cancel:
            guard !filterText.isEmpty else { return .none }
            filterText = ""
            return normalize(store: store, details: details)
        default:
            return .none
        }
    }

    public mutating func setViewport(_ viewport: Viewport, store: EntityStore) {
        self.viewport = viewport
        _ = normalize(store: store, details: ShownDetails())
    }

    /// Selects an offer by id (from another pane); asks for its versions.
    public mutating func select(offerId: String, store: EntityStore, details: ShownDetails) -> PaneOutcome {
        guard store.offers[offerId] != nil else { return .none }
        selectedOfferId = offerId
        cursorChosen = true
        return normalize(store: store, details: details)
    }

    mutating func moveSelection(by delta: Int, store: EntityStore, details: ShownDetails) -> PaneOutcome {
        let ids = orderedOffers(store: store).map(\.offer.id)
        guard !ids.isEmpty else { return .none }
        let current = selectedOfferId.flatMap { ids.firstIndex(of: $0) } ?? (delta > 0 ? -1 : ids.count)
        selectedOfferId = ids[min(max(0, current + delta), ids.count - 1)]
        cursorChosen = true
        return normalize(store: store, details: details)
    }

    /// Keeps a selection that exists (the first row otherwise) in view, and asks for its versions once.
    mutating func normalize(store: EntityStore, details: ShownDetails) -> PaneOutcome {
        let ids = orderedOffers(store: store).map(\.offer.id)
        if !cursorChosen || selectedOfferId.map({ !ids.contains($0) }) ?? true { selectedOfferId = ids.first }
        if let index = selectedOfferId.flatMap({ ids.firstIndex(of: $0) }) {
            if index < scrollOffset { scrollOffset = index }
            if index >= scrollOffset + visibleRows { scrollOffset = index - visibleRows + 1 }
        }
        scrollOffset = max(0, min(scrollOffset, ids.count - visibleRows))
        guard let selectedOfferId, details.needsRequest(.offer(id: selectedOfferId)) else { return .none }
        return PaneOutcome(effects: [.requestDetail(.offer(id: selectedOfferId))])
    }

    /// After a merge: the selection stays on its offer; offers changed by others are highlighted.
    public mutating func apply(_ changes: StoreChanges, origin: MergeOrigin, store: EntityStore, details: ShownDetails,
                               now: Date) -> PaneOutcome {
        if case .incrementalSync = origin {
            for id in changes.changedIds(.offers) { highlights[id] = now.addingTimeInterval(PipelineModel.highlightDuration) }
            for approvalId in changes.changedIds(.approvals) {
                if let entity = store.approvals[approvalId]?.entityId, let offer = store.offer(withVersionId: entity) {
                    highlights[offer.id] = now.addingTimeInterval(PipelineModel.highlightDuration)
                }
            }
        }
        return normalize(store: store, details: details)
    }

    public mutating func expireHighlights(now: Date) -> Bool {
        let before = highlights.count
        highlights = highlights.filter { $0.value > now }
        return highlights.count != before
    }

    // MARK: Screen

    public func screen(store: EntityStore, details: ShownDetails, now: Date) -> OffersScreen {
        let ordered = orderedOffers(store: store)
        let offset = max(0, min(scrollOffset, ordered.count - visibleRows))
        let rows = ordered.dropFirst(offset).prefix(visibleRows).map { entry in
            OfferRow(offerId: entry.offer.id, applicationId: entry.offer.applicationId,
                     candidateName: entry.record?.candidateName ?? "Unknown candidate", jobTitle: entry.record?.jobTitle ?? "",
                     versionId: entry.offer.latestVersion?.id, versionCreatedAt: entry.offer.latestVersion?.createdAt,
                     statusLabel: OfferFormatting.statusLabel(entry.offer), awaitsMe: entry.awaitsMe,
                     isSelected: entry.offer.id == selectedOfferId, isHighlighted: (highlights[entry.offer.id] ?? .distantPast) > now)
        }
        var note: String?
        if let selectedOfferId {
            switch details.state(of: .offer(id: selectedOfferId)) {
            case .loading?: note = "Loading versions…"
            case .failed(let reason)?: note = "Versions unavailable: \(reason)"
            default: note = nil
            }
        }
        return OffersScreen(rows: Array(rows), offset: offset, totalRows: ordered.count,
                            awaitingMeCount: ordered.filter(\.awaitsMe).count,
                            detail: selectedOfferId.flatMap { detail(offerId: $0, store: store, details: details) },
                            filterText: filterText, detailNote: note)
    }

    func detail(offerId: String, store: EntityStore, details: ShownDetails) -> OfferDetail? {
        guard let offer = store.offers[offerId] else { return nil }
        let record = store.applications[offer.applicationId]
        let version = offer.latestVersion
        var compensation: [OfferField] = []
        if let salary = OfferFormatting.money(version?.salary) { compensation.append(OfferField("Salary", salary)) }
        for field in version?.customFields ?? [] { compensation.append(OfferField(field.title, OfferFormatting.value(field))) }
        let approval = Self.approval(of: offer, store: store)
        let me = store.actingUserId
        let current = approval?.status == .pending ? approval?.currentStep?.id : nil
        let steps = (approval?.steps ?? []).enumerated().map { index, step in
            OfferStepView(
                stepId: step.id, number: index + 1, approvalsRequired: step.approvalsRequired,
                approvalsGiven: step.approvers.filter { $0.decision == .approve }.count, isCurrent: step.id == current,
                isComplete: step.completedAt != nil,
                approvers: step.approvers.map { approver in
                    OfferApproverView(userId: approver.userId, name: Self.name(of: approver.userId, store: store),
                                      decision: approver.decision, decidedAt: approver.decidedAt, isMe: approver.userId == me)
                })
        }
        var versionCount: Int?
        if case .offerVersions(_, let full)? = details.payload(of: .offer(id: offerId)) { versionCount = full.versions?.count }
        return OfferDetail(
            offerId: offer.id, candidateId: record?.candidateId, candidateName: record?.candidateName ?? "Unknown candidate",
            jobTitle: record?.jobTitle ?? "", statusLabel: OfferFormatting.statusLabel(offer),
            acceptanceStatus: offer.acceptanceStatus.rawValue, versionId: version?.id, versionCreatedAt: version?.createdAt,
            startDate: version?.startDate, compensation: compensation, steps: steps, versionCount: versionCount,
            stepRefusal: Self.stepRefusal(offer: offer, approval: approval, userId: me),
            canApproveWholeOffer: approval?.status == .pending)
    }

    static func name(of userId: String, store: EntityStore) -> String {
        guard let user = store.users[userId] else { return "Unknown user" }
        return "\(user.firstName) \(user.lastName)"
    }
}
