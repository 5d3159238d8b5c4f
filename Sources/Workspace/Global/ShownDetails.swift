import Foundation

/// The on-demand details the panes show (candidate profiles, notes, applications and their histories,
/// offer versions), as they arrive on the UI thread: loading, loaded, or failed with a reason. A failed
/// refresh keeps the last good payload.
public struct ShownDetails: Sendable {
    public enum State: Sendable, Equatable {
        case loading
        case loaded(DetailPayload)
        case failed(reason: String)
    }

    private var states: [DetailKey: State] = [:]
    /// The last good payload per key, kept when a refresh fails.
    private var payloads: [DetailKey: DetailPayload] = [:]

    public init() {}

    public func state(of key: DetailKey) -> State? { states[key] }

    /// The payload to show: the loaded one, or the last good one when the latest fetch failed.
    public func payload(of key: DetailKey) -> DetailPayload? { payloads[key] }

    /// Whether `key` was never asked for (so a pane should request it).
    public func needsRequest(_ key: DetailKey) -> Bool { states[key] == nil }

    public mutating func markRequested(_ key: DetailKey) {
        if payloads[key] == nil { states[key] = .loading }
    }

    public mutating func receive(_ payload: DetailPayload) {
        if case .failed(let key, let reason) = payload {
            states[key] = payloads[key].map(State.loaded) ?? .failed(reason: reason)
            return
        }
        guard let key = payload.key else { return }
        states[key] = .loaded(payload)
        payloads[key] = payload
    }
}

extension DetailPayload {
    /// The key a payload answers.
    public var key: DetailKey? {
        switch self {
        case .candidate(let candidate): return .candidate(id: candidate.id)
        case .notes(let candidateId, _): return .notes(candidateId: candidateId)
        case .applicationHistory(let applicationId, _): return .applicationHistory(applicationId: applicationId)
        case .application(let application): return .application(id: application.id)
        case .offerVersions(let offerId, _): return .offer(id: offerId)
        case .failed(let key, _): return key
        }
    }
}
