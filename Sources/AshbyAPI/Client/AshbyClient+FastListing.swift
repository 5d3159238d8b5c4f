import Foundation

extension AshbyClient {
    /// `forEachPage`, with each item decoded by `decodeItem` straight from the page's bytes
    /// instead of `JSONDecoder`: the same requests, envelope checks, pagination, cursor restarts,
    /// retries and typed errors. A page `decodeItem` cannot read fails as `malformedResponse`
    /// with the path of the bad value (`results[3].candidate.name: expected string, found number`).
    /// With `prefetchingNextPage`, the next page is requested while this one is decoded and
    /// handed to `onPage` (see `NextPageFetch`); a pass that stops early may leave that one
    /// request to finish unread.
    @discardableResult
    public func forEachPage<Wire, Item>(_ endpoint: ListEndpoint<Wire>, decodingItems decodeItem: (inout JSONReader) throws -> Item,
                                        parameters: [String: JSONValue] = [:], syncToken: String? = nil,
                                        pageSize: Int = AshbyClient.maxPageSize, prefetchingNextPage: Bool = true,
                                        _ onPage: (Page<Item>) throws -> Void) throws -> String? {
        try forEachPage(endpoint, parameters: parameters, syncToken: syncToken, pageSize: pageSize,
                        reading: { (body) throws(EnvelopeReadFailure) in try PageEnvelope.read(body, decodingItems: decodeItem) },
                        prefetching: prefetchingNextPage, onPage)
    }

    /// `sync`, with each item decoded by `decodeItem` straight from the page's bytes instead of
    /// `JSONDecoder` (see `forEachPage(_:decodingItems:…)`). Falls back to a full pass on a
    /// rejected token exactly as `sync` does.
    public func sync<Wire, Item>(_ endpoint: ListEndpoint<Wire>, decodingItems decodeItem: (inout JSONReader) throws -> Item,
                                 token: String?, parameters: [String: JSONValue] = [:], pageSize: Int = AshbyClient.maxPageSize,
                                 prefetchingNextPage: Bool = true,
                                 onPage: (Page<Item>, SyncPassKind) throws -> Void) throws -> SyncOutcome {
        try sync(endpoint, token: token, parameters: parameters, pageSize: pageSize,
                 reading: { (body) throws(EnvelopeReadFailure) in try PageEnvelope.read(body, decodingItems: decodeItem) },
                 prefetching: prefetchingNextPage, onPage: onPage)
    }
}

/// The envelope of a list page read through `JSONReader`.
enum PageEnvelope {
    /// The envelope of a list page through `JSONReader`, with `Envelope`'s `Decodable` rules:
    /// `success` required; when true, `results` (null or absent → nil), `moreDataAvailable`,
    /// `nextCursor` and `syncToken` must have their types; when false, only `errorInfo` and
    /// `errors` are read, and a bad one of those reads as absent. Keys may come in any order.
    static func read<Item>(_ body: Data, decodingItems decodeItem: (inout JSONReader) throws -> Item)
        throws(EnvelopeReadFailure) -> Envelope<[Item]>
    {
        let outcome: Result<Envelope<[Item]>, EnvelopeReadFailure> = body.withUnsafeBytes { raw in
            var reader = JSONReader(raw)
            do {
                return .success(try readFields(&reader, raw, decodeItem))
            } catch let error as JSONReaderError {
                return .failure(EnvelopeReadFailure(reason: JSONReader.explain(error, in: raw)))
            } catch let failure as EnvelopeReadFailure {
                return .failure(failure)
            } catch {
                return .failure(itemFailure(error, at: reader.offset, raw))
            }
        }
        return try outcome.get()
    }

    private static func readFields<Item>(_ reader: inout JSONReader, _ raw: UnsafeRawBufferPointer,
                                         _ decodeItem: (inout JSONReader) throws -> Item) throws -> Envelope<[Item]> {
        var success: Bool?
        var results: [Item]?
        // An item error met before `success` is known: it counts only if `success` turns out true.
        var pendingItemError: (any Error)?
        // Where the small fields start; they are read once `success` says which of them count.
        var moreDataAvailableAt: Int?, nextCursorAt: Int?, syncTokenAt: Int?, errorInfoAt: Int?, errorsAt: Int?

        try reader.beginObject()
        while let key = try reader.nextKey() {
            if key == "results" {
                guard success != false else {
                    try reader.skipValue()
                    continue
                }
                let start = reader
                do {
                    results = try readItems(&reader, raw, decodeItem)
                    pendingItemError = nil
                } catch where success == nil && (error as? JSONReaderError)?.isSyntaxError != true {
                    // Broken JSON fails the page whatever `success` says, as it does for `JSONDecoder`.
                    pendingItemError = error
                    reader = start
                    try reader.skipValue()
                }
            } else if key == "success" {
                if try reader.skipNull() { throw EnvelopeReadFailure(reason: "success: required value is null") }
                success = try reader.readBool()
            } else {
                _ = try reader.peek()
                let at = reader.offset
                if key == "moreDataAvailable" { moreDataAvailableAt = at }
                else if key == "nextCursor" { nextCursorAt = at }
                else if key == "syncToken" { syncTokenAt = at }
                else if key == "errorInfo" { errorInfoAt = at }
                else if key == "errors" { errorsAt = at }
                try reader.skipValue()
            }
        }
        try reader.finish()

        guard let success else { throw EnvelopeReadFailure(reason: "success: required field missing") }
        guard success else {
            var errorInfo: Envelope<[Item]>.ErrorInfo?
            var errors: [String]?
            if let errorInfoAt { errorInfo = (try? readErrorInfo(raw, at: errorInfoAt)) ?? nil }
            if let errorsAt { errors = (try? readStrings(raw, at: errorsAt)) ?? nil }
            return Envelope<[Item]>(success: false, results: nil, errorInfo: errorInfo, errors: errors)
        }
        if let pendingItemError { throw pendingItemError }
        var moreDataAvailable: Bool?, nextCursor: String?, syncToken: String?
        if let at = moreDataAvailableAt {
            var field = JSONReader(raw, at: at)
            moreDataAvailable = try field.readOptionalBool()
        }
        if let at = nextCursorAt {
            var field = JSONReader(raw, at: at)
            nextCursor = try field.readOptionalString()
        }
        if let at = syncTokenAt {
            var field = JSONReader(raw, at: at)
            syncToken = try field.readOptionalString()
        }
        return Envelope<[Item]>(success: true, results: results, moreDataAvailable: moreDataAvailable, nextCursor: nextCursor,
                                syncToken: syncToken)
    }

    /// An item decoder's own error, named by the item it was reading.
    private static func itemFailure(_ error: any Error, at offset: Int, _ raw: UnsafeRawBufferPointer) -> EnvelopeReadFailure {
        EnvelopeReadFailure(reason: "\(JSONReader.describe(JSONReader.path(to: offset, in: raw))): \(error)")
    }

    private static func readItems<Item>(_ reader: inout JSONReader, _ raw: UnsafeRawBufferPointer,
                                        _ decodeItem: (inout JSONReader) throws -> Item) throws -> [Item]? {
        if try reader.skipNull() { return nil }
        try reader.beginArray()
        var items: [Item] = []
        items.reserveCapacity(AshbyClient.maxPageSize)
        while try reader.nextElement() {
            _ = try reader.peek()
            let itemStart = reader.offset
            do {
                items.append(try decodeItem(&reader))
            } catch let error as JSONReaderError {
                throw error
            } catch {
                throw itemFailure(error, at: itemStart, raw)
            }
        }
        return items
    }

    private static func readErrorInfo<Item>(_ raw: UnsafeRawBufferPointer, at offset: Int) throws(JSONReaderError) -> Envelope<[Item]>.ErrorInfo? {
        var reader = JSONReader(raw, at: offset)
        if try reader.skipNull() { return nil }
        let start = try reader.beginObject()
        var code: String?, message: String?, requestId: String?
        while let key = try reader.nextKey() {
            if key == "code" { code = try reader.readString() }
            else if key == "message" { message = try reader.readOptionalString() }
            else if key == "requestId" { requestId = try reader.readOptionalString() }
            else { try reader.skipValue() }
        }
        guard let code else { throw JSONReaderError(offset: start, .missingField("code")) }
        return Envelope<[Item]>.ErrorInfo(code: code, message: message, requestId: requestId)
    }

    private static func readStrings(_ raw: UnsafeRawBufferPointer, at offset: Int) throws(JSONReaderError) -> [String]? {
        var reader = JSONReader(raw, at: offset)
        return try reader.skipNull() ? nil : reader.readStringArray()
    }
}

extension PageEnvelope {
    /// The `nextCursor` of a successful page with more data, found by skipping over `results`;
    /// nil when the page says otherwise or cannot be read (nothing is then requested ahead).
    static func nextCursor(in body: Data) -> String? {
        body.withUnsafeBytes { raw in
            var reader = JSONReader(raw)
            var success = false, more = false, cursor: String?
            do {
                try reader.beginObject()
                while let key = try reader.nextKey() {
                    if key == "success" { success = try reader.readBool() }
                    else if key == "moreDataAvailable" { more = try reader.readOptionalBool() ?? false }
                    else if key == "nextCursor" { cursor = try reader.readOptionalString() }
                    else { try reader.skipValue() }
                }
            } catch {
                return nil
            }
            return success && more ? cursor : nil
        }
    }
}

/// The next page of a listing, requested on another thread while the current page is decoded
/// (its cursor is in the envelope, ahead of the decoding). Only the exchange happens there, with
/// the client's retries; the listing reads the answer in order, as if it had just asked, so
/// pages, errors and retries come out as without it. Abandoned (a different cursor, an error, the
/// caller stopping), it stops retrying and its answer is dropped.
final class NextPageFetch: @unchecked Sendable {
    let cursor: String
    // `outcome` is written once before `finished` is signalled; `abandoned` is guarded by `lock`.
    private let lock = NSLock()
    private var abandoned = false
    private var outcome: FetchOutcome?
    private let finished = DispatchSemaphore(value: 0)

    init(cursor: String, fetch: @escaping @Sendable (_ isAbandoned: () -> Bool) -> FetchOutcome) {
        self.cursor = cursor
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = fetch { self.isAbandoned }
            lock.withLock { outcome = result }
            finished.signal()
        }
    }

    /// Blocks until the exchange is over.
    func wait() -> FetchOutcome {
        finished.wait()
        finished.signal()
        return lock.withLock { outcome! }
    }

    func abandon() {
        lock.withLock { abandoned = true }
    }

    private var isAbandoned: Bool { lock.withLock { abandoned } }
}

extension JSONReader {
    /// A reader over `bytes` starting at `offset` (a value found in an earlier pass).
    init(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        self.init(bytes)
        position = offset
    }
}
