import Foundation

/// A list endpoint and what it supports: cursor pagination, incremental sync with `syncToken`.
public struct ListEndpoint<Item: Decodable & Sendable>: Sendable, CustomStringConvertible {
    public let name: String
    /// Accepts `cursor` and `limit`.
    public let isPaginated: Bool
    /// Accepts `syncToken` (API-DIGEST §1.7 lists them).
    public let supportsSyncToken: Bool

    public init(_ name: String, paginated: Bool, syncToken: Bool) {
        self.name = name
        self.isPaginated = paginated
        self.supportsSyncToken = syncToken
    }

    public var description: String { name }
}

/// One page of a listing, delivered as soon as it arrives so a UI can show progress.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// 1 for the first page of a pass.
    public var number: Int
    /// Items delivered in this pass so far, this page included.
    public var itemsSoFar: Int
    public var moreDataAvailable: Bool
    /// Present on the last page of a pass of a sync-capable list.
    public var syncToken: String?
}

/// How a sync went: a full pass, an incremental one, or a full one after the server refused the token.
public enum SyncPassKind: Sendable, Equatable {
    case full
    case incremental
    /// The token was expired or invalid (`code`); everything was listed again.
    case fullAfterRejectedToken(code: String)

    public var isFull: Bool { self != .incremental }
}

/// The outcome of `AshbyClient.sync`.
public struct SyncOutcome: Sendable, Equatable {
    public var kind: SyncPassKind
    /// The token to send next time; nil only when the server gave none.
    public var syncToken: String?
    public var pages: Int
    public var items: Int

    public init(kind: SyncPassKind, syncToken: String?, pages: Int, items: Int) {
        self.kind = kind
        self.syncToken = syncToken
        self.pages = pages
        self.items = items
    }
}
