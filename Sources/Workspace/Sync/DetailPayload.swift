import AshbyAPI

/// On-demand details that are fetched when a pane needs them, not kept in sync in bulk.
public enum DetailPayload: Sendable, Equatable {
    case candidate(Candidate)
    case notes(candidateId: String, [Note])
    case applicationHistory(applicationId: String, [ApplicationHistoryItem])
    /// The full application (`application.info`): what the lean store record leaves out, such as its custom fields.
    case application(Application)
    case offerVersions(offerId: String, Offer)
    /// The fetch failed; the pane shows why instead of spinning.
    case failed(key: DetailKey, reason: String)
}

/// Which detail a pane asks for.
public enum DetailKey: Sendable, Hashable {
    case candidate(id: String)
    case notes(candidateId: String)
    case applicationHistory(applicationId: String)
    case application(id: String)
    case offer(id: String)
}
