import Foundation

/// How a workspace session runs: what the flags and the config file decide.
public struct SessionSettings: Sendable {
    /// Shown in the status bar ("Acme", "Demo tenant").
    public var tenantName: String
    public var isReadOnly = false
    public var pollInterval: TimeInterval = 30
    /// The acting user, resolved with `user.search` ("my approvals", "my interviews").
    public var actingUserEmail: String?
    /// Where the snapshot cache lives; nil turns the cache off (`--no-cache`, `--demo`).
    public var cache: SnapshotCache?
    /// The outbox journal's directory; nil for `$XDG_STATE_HOME/ashby-tui/outbox`.
    public var outboxDirectory: String?
    public var keymap: Keymap = .standard
    public var timeZone: TimeZone = .current

    public init(tenantName: String) { self.tenantName = tenantName }
}
