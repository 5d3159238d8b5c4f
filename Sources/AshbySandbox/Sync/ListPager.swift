import AshbyAPI

extension TenantEngine {
    /// One page of a list endpoint: a full pass pages by row (seeking past the cursor's row), an
    /// incremental pass reads the change log after the token's watermark. Both are O(page), apart
    /// from the one-off size check of an incremental pass (O(changes)).
    ///
    /// - Parameters:
    ///   - scope: an ascending list of candidate rows (e.g. one candidate's notes); nil means the whole table.
    ///   - include: which rows a full pass returns (filters, hidden archived rows…).
    ///   - includeChanged: which changed rows in scope an incremental pass returns (defaults to all of them).
    func page<Record>(_ table: RecordTable<Record>, _ request: EndpointRequest, resource: String, syncable: Bool,
                      scope: [Int]? = nil, include: (Int) -> Bool = { _ in true }, includeChanged: ((Int) -> Bool)? = nil,
                      render: (Int) -> JSONValue) throws -> EndpointAnswer {
        let limit = try request.limit()
        let resourceHash = Seal.hash(resource)
        var cursor: PageCursor
        if let text = try request.string("cursor") {
            guard let decoded = PageCursor.decode(text, with: seal), decoded.resource == resourceHash else {
                throw EndpointError(code: "invalid_next_cursor", message: "The cursor cannot be decoded; restart the pass without it")
            }
            guard request.now - decoded.issuedAt <= Millis(configuration.cursorLifetime * 1000) else {
                throw EndpointError(code: "next_cursor_expired", message: "The cursor has expired; restart the pass without it")
            }
            cursor = decoded
            cursor.pageNumber += 1
        } else if syncable, let text = try request.string("syncToken") {
            guard let token = SyncToken.decode(text, with: seal), token.resource == resourceHash, token.watermark <= store.watermark else {
                throw EndpointError(code: "sync_token_invalid", message: "The sync token cannot be decoded; discard it and run a full sync")
            }
            guard token.serial >= minimumTokenSerial, request.now - token.issuedAt <= Millis(configuration.syncTokenLifetime * 1000) else {
                throw EndpointError(code: "sync_token_expired", message: "The sync token has expired; discard it and run a full sync")
            }
            cursor = PageCursor(resource: resourceHash, mode: .incremental, position: table.firstChange(after: token.watermark),
                                passWatermark: store.watermark, tokenWatermark: token.watermark, pageNumber: 1, issuedAt: request.now)
            var changed = 0
            for entry in table.changes[cursor.position...] where entry.sequence <= cursor.passWatermark {
                let row = Int(entry.row)
                if table.lastChange[row] == entry.sequence, inScope(row, scope), includeChanged?(row) ?? true { changed += 1 }
            }
            if (changed + limit - 1) / limit > configuration.maxIncrementalPages { throw tooLarge() }
        } else {
            cursor = PageCursor(resource: resourceHash, mode: .full, position: -1, passWatermark: store.watermark, tokenWatermark: 0,
                                pageNumber: 1, issuedAt: request.now)
        }
        if cursor.mode == .incremental, cursor.pageNumber > configuration.maxIncrementalPages { throw tooLarge() }

        var rows: [Int] = []
        rows.reserveCapacity(limit)
        var more = false
        switch cursor.mode {
        case .full:
            if let scope {
                var index = firstIndex(in: scope, after: cursor.position)
                while index < scope.count {
                    let row = scope[index]
                    if include(row) {
                        if rows.count == limit { more = true; break }
                        rows.append(row)
                    }
                    index += 1
                }
            } else {
                var row = cursor.position + 1
                while row < table.count {
                    if include(row) {
                        if rows.count == limit { more = true; break }
                        rows.append(row)
                    }
                    row += 1
                }
            }
            if let last = rows.last { cursor.position = last }
        case .incremental:
            var index = cursor.position
            let changes = table.changes
            while index < changes.count {
                let entry = changes[index]
                if entry.sequence > cursor.passWatermark { break }
                let row = Int(entry.row)
                if table.lastChange[row] == entry.sequence, inScope(row, scope), includeChanged?(row) ?? true {
                    if rows.count == limit { more = true; break }
                    rows.append(row)
                }
                index += 1
            }
            cursor.position = index
        }

        var answer: EndpointAnswer = ["results": .array(rows.map(render)), "moreDataAvailable": .bool(more)]
        if more {
            cursor.issuedAt = request.now
            answer["nextCursor"] = .string(cursor.encoded(with: seal))
        } else if syncable {
            answer["syncToken"] = .string(issueToken(resourceHash: resourceHash, watermark: cursor.passWatermark, now: request.now))
        }
        return answer
    }

    private func inScope(_ row: Int, _ scope: [Int]?) -> Bool {
        guard let scope else { return true }
        let index = firstIndex(in: scope, after: row - 1)
        return index < scope.count && scope[index] == row
    }

    private func tooLarge() -> EndpointError {
        EndpointError(code: "incremental_sync_too_large",
                      message: "Too many changes since this sync token; discard it and perform a full sync instead")
    }

    func issueToken(resourceHash: UInt64, watermark: UInt64, now: Millis) -> String {
        tokenSerial += 1
        return SyncToken(resource: resourceHash, watermark: watermark, issuedAt: now, serial: tokenSerial).encoded(with: seal)
    }

    /// A whole small list in one answer (endpoints without pagination); `flagged` adds `moreDataAvailable: false`
    /// where the spec's response declares it.
    func whole(_ rows: some Sequence<Int>, flagged: Bool = false, render: (Int) -> JSONValue) -> EndpointAnswer {
        var answer: EndpointAnswer = ["results": .array(rows.map(render))]
        if flagged { answer["moreDataAvailable"] = false }
        return answer
    }
}

extension TenantEngine {
    /// Pagination (no sync) over a small in-record list, e.g. one application's history.
    func pageItems(count: Int, _ request: EndpointRequest, resource: String, render: (Int) -> JSONValue) throws -> EndpointAnswer {
        let limit = try request.limit()
        let resourceHash = Seal.hash(resource)
        var cursor = PageCursor(resource: resourceHash, mode: .full, position: -1, passWatermark: store.watermark, tokenWatermark: 0,
                                pageNumber: 1, issuedAt: request.now)
        if let text = try request.string("cursor") {
            guard let decoded = PageCursor.decode(text, with: seal), decoded.resource == resourceHash, decoded.mode == .full else {
                throw EndpointError(code: "invalid_next_cursor", message: "The cursor cannot be decoded; restart the pass without it")
            }
            guard request.now - decoded.issuedAt <= Millis(configuration.cursorLifetime * 1000) else {
                throw EndpointError(code: "next_cursor_expired", message: "The cursor has expired; restart the pass without it")
            }
            cursor = decoded
        }
        let start = cursor.position + 1
        let end = min(count, start + limit)
        var answer: EndpointAnswer = ["results": .array((start..<max(start, end)).map(render)), "moreDataAvailable": .bool(end < count)]
        if end < count {
            cursor.position = end - 1
            cursor.issuedAt = request.now
            answer["nextCursor"] = .string(cursor.encoded(with: seal))
        }
        return answer
    }
}
