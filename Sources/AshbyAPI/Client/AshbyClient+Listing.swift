import Foundation

extension AshbyClient {
    /// Ashby's largest (and default) page size.
    public static let maxPageSize = 100

    /// Lists every item, page by page, calling `onPage` as each page arrives. Returns the
    /// `syncToken` of the last page when the endpoint gives one.
    /// An expired or undecodable cursor restarts the pass (a few times at most).
    @discardableResult
    public func forEachPage<Item>(_ endpoint: ListEndpoint<Item>, parameters: [String: JSONValue] = [:],
                                  syncToken: String? = nil, pageSize: Int = AshbyClient.maxPageSize,
                                  _ onPage: (Page<Item>) throws -> Void) throws -> String? {
        var restarts = 0
        while true {
            do {
                return try onePass(endpoint, parameters: parameters, syncToken: syncToken, pageSize: pageSize, onPage)
            } catch AshbyError.cursorRejected(let name, let code) {
                restarts += 1
                guard restarts <= 3 else { throw AshbyError.cursorRejected(endpoint: name, code: code) }
            }
        }
    }

    /// Every item of a listing, all pages.
    public func listAll<Item>(_ endpoint: ListEndpoint<Item>, parameters: [String: JSONValue] = [:]) throws(AshbyError) -> [Item] {
        var items: [Item] = []
        do {
            try forEachPage(endpoint, parameters: parameters) { items.append(contentsOf: $0.items) }
        } catch let error as AshbyError {
            throw error
        } catch {
            throw .invalidConfiguration("unexpected error \(error)")  // onPage above cannot throw
        }
        return items
    }

    /// Incremental sync: with a token, only what changed since (archived records included);
    /// without one, a full pass. When the server refuses the token (expired, invalid, too large)
    /// the pass is redone in full and the outcome says so, so the caller can sweep records
    /// that a full pass did not return.
    public func sync<Item>(_ endpoint: ListEndpoint<Item>, token: String?, parameters: [String: JSONValue] = [:],
                           pageSize: Int = AshbyClient.maxPageSize,
                           onPage: (Page<Item>, SyncPassKind) throws -> Void) throws -> SyncOutcome {
        precondition(endpoint.supportsSyncToken, "\(endpoint.name) does not accept a syncToken")
        var kind: SyncPassKind = token == nil ? .full : .incremental
        var token = token
        while true {
            var pages = 0
            var items = 0
            do {
                let next = try forEachPage(endpoint, parameters: parameters, syncToken: token, pageSize: pageSize) { page in
                    pages += 1
                    items += page.items.count
                    try onPage(page, kind)
                }
                return SyncOutcome(kind: kind, syncToken: next, pages: pages, items: items)
            } catch AshbyError.syncTokenRejected(_, let code) where token != nil {
                token = nil
                kind = .fullAfterRejectedToken(code: code)
            }
        }
    }

    private func onePass<Item>(_ endpoint: ListEndpoint<Item>, parameters: [String: JSONValue], syncToken: String?,
                               pageSize: Int, _ onPage: (Page<Item>) throws -> Void) throws -> String? {
        var cursor: String?
        var number = 0
        var itemsSoFar = 0
        var seenCursors = Set<String>()
        while true {
            var body = parameters
            if endpoint.isPaginated { body["limit"] = .number(Double(min(max(pageSize, 1), AshbyClient.maxPageSize))) }
            if let cursor { body["cursor"] = .string(cursor) }
            if let syncToken { body["syncToken"] = .string(syncToken) }
            let envelope = try call(endpoint.name, body: .object(body), as: [Item].self)
            let items = envelope.results ?? []
            number += 1
            itemsSoFar += items.count
            // Some lists report moreDataAvailable yet accept no cursor (source.list): stop there.
            let more = (envelope.moreDataAvailable ?? false) && envelope.nextCursor != nil && endpoint.isPaginated
            try onPage(Page(items: items, number: number, itemsSoFar: itemsSoFar, moreDataAvailable: more,
                            syncToken: more ? nil : envelope.syncToken))
            guard more, let next = envelope.nextCursor else { return envelope.syncToken }
            // A server handing back a cursor it already gave would loop forever.
            guard seenCursors.insert(next).inserted else {
                throw AshbyError.malformedResponse(endpoint: endpoint.name, reason: "the server repeated a page cursor", excerpt: "")
            }
            cursor = next
        }
    }
}
