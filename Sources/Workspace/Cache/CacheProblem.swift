/// Why a cached snapshot could not be used or written. Loading never crashes on a bad file: it
/// discards the file and returns one of these, which `notice` turns into a toast.
public enum CacheProblem: Error, Sendable, Equatable {
    /// No cache yet (first start, or after `discard()`): nothing to tell the user.
    case missing
    /// The file exists but could not be read (permissions, I/O error); it is left in place.
    case unreadable(path: String, reason: String)
    case empty(path: String)
    /// Not a snapshot of this program at all (wrong magic).
    case notASnapshot(path: String)
    /// Written by another version of the format.
    case oldFormat(path: String, version: UInt32)
    /// Written for another base URL or tenant (a hash collision of file names).
    case otherTenant(path: String)
    /// Truncated, checksum mismatch, or records that do not decode.
    case corrupt(path: String, reason: String)
    /// Saving failed; the previous file, if any, is intact.
    case writeFailed(path: String, reason: String)

    /// What the user is told, or nil when there is nothing to say.
    public var notice: Notice? {
        switch self {
        case .missing: nil
        case .writeFailed(let path, let reason): Notice(.warning, "Could not save the cache to \(path): \(reason)")
        default: Notice(.warning, "Cache discarded (\(reason)); loading everything from Ashby.")
        }
    }

    /// A short reason, without the path.
    public var reason: String {
        switch self {
        case .missing: "no cache"
        case .unreadable(_, let reason): "unreadable: \(reason)"
        case .empty: "empty file"
        case .notASnapshot: "not a snapshot file"
        case .oldFormat(_, let version): "format version \(version), this build reads \(SnapshotFormat.version)"
        case .otherTenant: "written for another tenant"
        case .corrupt(_, let reason): "corrupt: \(reason)"
        case .writeFailed(_, let reason): "write failed: \(reason)"
        }
    }
}
