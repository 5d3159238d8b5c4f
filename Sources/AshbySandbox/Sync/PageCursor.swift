/// Where a pass over one list stands. Encoded opaquely; never a guessable offset.
struct PageCursor: Equatable {
    enum Mode: UInt64 { case full = 0, incremental = 1 }

    var resource: UInt64
    var mode: Mode
    /// Full pass: the last row returned. Incremental pass: the next change-log index to read.
    var position: Int
    /// The change watermark when the pass started: the token its last page hands out,
    /// and for incremental passes the newest change the pass reports.
    var passWatermark: UInt64
    /// Incremental passes: the watermark of the token the pass started from.
    var tokenWatermark: UInt64
    var pageNumber: Int
    var issuedAt: Millis

    static let kind: UInt8 = 0xC1

    func encoded(with seal: Seal) -> String {
        seal.seal([resource, mode.rawValue, UInt64(bitPattern: Int64(position)), passWatermark, tokenWatermark, UInt64(pageNumber),
                   UInt64(bitPattern: issuedAt)], kind: PageCursor.kind)
    }

    static func decode(_ text: String, with seal: Seal) -> PageCursor? {
        guard let fields = seal.open(text, kind: kind, count: 7), let mode = Mode(rawValue: fields[1]) else { return nil }
        return PageCursor(resource: fields[0], mode: mode, position: Int(Int64(bitPattern: fields[2])), passWatermark: fields[3],
                          tokenWatermark: fields[4], pageNumber: Int(fields[5]), issuedAt: Int64(bitPattern: fields[6]))
    }
}

/// A sync token: "everything up to this change watermark has been seen", for one list.
struct SyncToken: Equatable {
    var resource: UInt64
    var watermark: UInt64
    var issuedAt: Millis
    /// Issue number, so `expireSyncTokens()` can retire every token issued so far.
    var serial: UInt64

    static let kind: UInt8 = 0x70

    func encoded(with seal: Seal) -> String {
        seal.seal([resource, watermark, UInt64(bitPattern: issuedAt), serial], kind: SyncToken.kind)
    }

    static func decode(_ text: String, with seal: Seal) -> SyncToken? {
        guard let fields = seal.open(text, kind: kind, count: 4) else { return nil }
        return SyncToken(resource: fields[0], watermark: fields[1], issuedAt: Int64(bitPattern: fields[2]), serial: fields[3])
    }
}
