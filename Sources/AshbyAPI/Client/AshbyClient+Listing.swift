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
        try forEachPage(endpoint, parameters: parameters, syncToken: syncToken, pageSize: pageSize,
                        reading: Envelope<[Item]>.decoded(from:), prefetching: false, onPage)
    }

    /// `forEachPage` with pages read by `read`: the one implementation behind both decoders.
    /// `prefetching` requests the next page while this one is read (see `NextPageFetch`).
    func forEachPage<Wire, Item>(_ endpoint: ListEndpoint<Wire>, parameters: [String: JSONValue], syncToken: String?, pageSize: Int,
                                 reading read: EnvelopeReader<[Item]>, prefetching: Bool,
                                 _ onPage: (Page<Item>) throws -> Void) throws -> String? {
        var restarts = 0
        while true {
            do {
                return try onePass(endpoint, parameters: parameters, syncToken: syncToken, pageSize: pageSize, reading: read,
                                   prefetching: prefetching, onPage)
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
        try sync(endpoint, token: token, parameters: parameters, pageSize: pageSize, reading: Envelope<[Item]>.decoded(from:),
                 prefetching: false, onPage: onPage)
    }

    /// `sync` with pages read by `read`: the one implementation behind both decoders.
    func sync<Wire, Item>(_ endpoint: ListEndpoint<Wire>, token: String?, parameters: [String: JSONValue], pageSize: Int,
                          reading read: EnvelopeReader<[Item]>, prefetching: Bool,
                          onPage: (Page<Item>, SyncPassKind) throws -> Void) throws -> SyncOutcome {
        precondition(endpoint.supportsSyncToken, "\(endpoint.name) does not accept a syncToken")
        var kind: SyncPassKind = token == nil ? .full : .incremental
        var token = token
        while true {
            var pages = 0
            var items = 0
            do {
                let next = try forEachPage(endpoint, parameters: parameters, syncToken: token, pageSize: pageSize, reading: read,
                                           prefetching: prefetching) { page in
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

    private func onePass<Wire, Item>(_ endpoint: ListEndpoint<Wire>, parameters: [String: JSONValue], syncToken: String?, pageSize: Int,
                                     reading read: EnvelopeReader<[Item]>, prefetching: Bool,
                                     _ onPage: (Page<Item>) throws -> Void) throws -> String? {
        func pageBody(cursor: String?) -> JSONValue {
            var body = parameters
            if endpoint.isPaginated { body["limit"] = .number(Double(min(max(pageSize, 1), AshbyClient.maxPageSize))) }
            if let cursor { body["cursor"] = .string(cursor) }
            if let syncToken { body["syncToken"] = .string(syncToken) }
            return .object(body)
        }
        var cursor: String?
        var number = 0
        var itemsSoFar = 0
        var seenCursors = Set<String>()
        var nextPage: NextPageFetch?
        defer { nextPage?.abandon() }
        while true {
            // The page requested ahead, if it is the one wanted now.
            var fetched: FetchOutcome?
            if let ahead = nextPage, ahead.cursor == cursor { fetched = ahead.wait() }
            nextPage?.abandon()
            nextPage = nil
            let envelope = try call(endpoint.name, body: pageBody(cursor: cursor), reading: read, fetched: fetched) { response in
                // The cursor sits in the envelope: ask for the next page before reading this one.
                guard prefetching, endpoint.isPaginated, let next = PageEnvelope.nextCursor(in: response.body),
                    next != cursor, !seenCursors.contains(next), nextPage?.cursor != next
                else { return }
                nextPage?.abandon()
                let name = endpoint.name, body = pageBody(cursor: next)
                nextPage = NextPageFetch(cursor: next) { isAbandoned in self.fetch(name, body: body, isAbandoned: isAbandoned) }
            }
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
