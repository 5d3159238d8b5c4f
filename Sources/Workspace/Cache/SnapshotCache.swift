import Foundation

/// The store's snapshot and sync tokens on disk, one file per tenant in
/// `$XDG_CACHE_HOME/ashby-tui/` (default `~/.cache/ashby-tui/`), so a second start shows data at
/// once and continues with incremental sync. The file is mode 0600 in a 0700 directory and is
/// replaced atomically. Survey/EEO data is never cached: the store holds none, and nothing may
/// add it to `StoreSnapshot`, since everything there is written here.
public struct SnapshotCache: Sendable {
    public let directory: URL
    public let tenant: CacheTenant

    public init(directory: URL, tenant: CacheTenant) {
        self.directory = directory
        self.tenant = tenant
    }

    /// `$XDG_CACHE_HOME/ashby-tui`, or `~/.cache/ashby-tui` when it is unset or not absolute.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let cacheHome = environment["XDG_CACHE_HOME"], cacheHome.hasPrefix("/") {
            return URL(fileURLWithPath: cacheHome).appendingPathComponent("ashby-tui")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".cache").appendingPathComponent("ashby-tui")
    }

    /// The tenant's snapshot file.
    public var fileURL: URL { directory.appendingPathComponent(tenant.fileName) }

    /// Reads the snapshot. A file that is empty, foreign, of another format version or corrupt
    /// is deleted and reported; a missing one is `.missing`. Never traps on a bad file.
    public func load() -> Result<CachedSnapshot, CacheProblem> {
        let path = fileURL.path
        let decoded: Result<CachedSnapshot, SnapshotFormat.Failure>
        do {
            let mapped = try DurableFile.withContents(of: fileURL) { bytes in
                Result { () throws(SnapshotFormat.Failure) in try SnapshotFormat.decode(bytes, tenantHash: tenant.hash) }
            }
            guard let mapped else { return .failure(.missing) }
            decoded = mapped
        } catch {
            return .failure(.unreadable(path: path, reason: error.reason))
        }
        switch decoded {
        case .success(let cached):
            return .success(cached)
        case .failure(let failure):
            discard()
            switch failure {
            case .empty: return .failure(.empty(path: path))
            case .notASnapshot: return .failure(.notASnapshot(path: path))
            case .oldFormat(let version): return .failure(.oldFormat(path: path, version: version))
            case .otherTenant: return .failure(.otherTenant(path: path))
            case .corrupt(let reason): return .failure(.corrupt(path: path, reason: reason))
            }
        }
    }

    /// Saves the store's records and the tokens, replacing the previous file atomically. Taking
    /// the snapshot is O(1); to keep the UI thread free, take `store.snapshot` there and call
    /// `save(snapshot:tokens:savedAt:)` on a background queue.
    public func save(store: EntityStore, tokens: [SyncedResource: String], savedAt: Date = Date()) throws(CacheProblem) {
        try save(snapshot: store.snapshot, tokens: tokens, savedAt: savedAt)
    }

    /// Saves a snapshot and tokens, replacing the previous file atomically.
    public func save(snapshot: StoreSnapshot, tokens: [SyncedResource: String], savedAt: Date = Date()) throws(CacheProblem) {
        let path = fileURL.path
        let bytes: [UInt8]
        do {
            bytes = try SnapshotFormat.encode(snapshot, tokens: tokens, savedAt: savedAt, tenantHash: tenant.hash)
        } catch {
            throw .writeFailed(path: path, reason: "encoding: \(error)")
        }
        do {
            try DurableFile.prepareDirectory(directory, mode: 0o700)
            removeStaleTemporaries(olderThan: 60)
            let temporary = directory.appendingPathComponent("\(tenant.fileName).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
            try DurableFile.replace(fileURL, with: bytes, mode: 0o600, temporary: temporary)
        } catch {
            throw .writeFailed(path: path, reason: error.reason)
        }
    }

    /// Deletes the tenant's snapshot and any temporary files a crashed save left (`--no-cache`
    /// users and a corrupt file both end here).
    public func discard() {
        try? FileManager.default.removeItem(at: fileURL)
        removeStaleTemporaries(olderThan: 0)
    }

    /// Temporary files of this tenant left by a save that died before its rename.
    private func removeStaleTemporaries(olderThan seconds: TimeInterval) {
        let prefix = tenant.fileName + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let url = directory.appendingPathComponent(name)
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            if Date().timeIntervalSince(modified) >= seconds { try? FileManager.default.removeItem(at: url) }
        }
    }
}
