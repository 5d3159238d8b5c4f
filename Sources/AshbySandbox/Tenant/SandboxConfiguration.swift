import Foundation

/// An API key the sandbox accepts, with the permissions it holds.
public struct SandboxAPIKey: Sendable {
    public var key: String
    public var title: String
    /// Permission names as the spec spells them, e.g. `candidatesRead`.
    public var permissions: Set<String>
    public var isActive: Bool

    /// Every permission the sandbox's endpoints need.
    public static let allPermissions: Set<String> = [
        "apiKeysRead", "organizationRead", "jobsRead", "hiringProcessMetadataRead", "interviewsRead",
        "candidatesRead", "candidatesWrite", "offersRead", "offersWrite", "approvalsRead",
    ]

    public init(key: String, title: String = "Sandbox", permissions: Set<String> = SandboxAPIKey.allPermissions, isActive: Bool = true) {
        self.key = key
        self.title = title
        self.permissions = permissions
        self.isActive = isActive
    }
}

/// How big, how busy and how unreliable the simulated tenant is.
public struct SandboxConfiguration: Sendable {
    public var seed: UInt64 = 1
    public var candidates: Int = 300
    public var jobs: Int = 8
    /// Realistic changes per minute, as colleagues would make them (0 = a still tenant).
    public var churnPerMinute: Double = 0
    /// Probability that a request meets a fault (rate limit, 5xx, slow, dropped, damaged body…).
    public var faultProbability: Double = 0
    /// Mix terminal-hostile text into names, titles, notes and feedback.
    public var hostile: Bool = false
    public var apiKeys: [SandboxAPIKey] = [SandboxAPIKey(key: "sandbox-key")]
    public var syncTokenLifetime: TimeInterval = 7 * 24 * 3600
    public var cursorLifetime: TimeInterval = 3600
    public var maxIncrementalPages: Int = 1000
    /// The tenant's clock (injectable for tests).
    public var now: @Sendable () -> Date = { Date() }

    public init() {}
}

/// Record counts per entity kind.
public struct SandboxStats: Sendable, Equatable {
    public var users = 0
    public var departments = 0
    public var locations = 0
    public var jobs = 0
    public var openings = 0
    public var jobPostings = 0
    public var interviewPlans = 0
    public var interviewStages = 0
    public var candidates = 0
    public var applications = 0
    public var notes = 0
    public var interviews = 0
    public var interviewSchedules = 0
    public var interviewEvents = 0
    public var feedbackSubmissions = 0
    public var offers = 0
    public var approvals = 0
    public var surveySubmissions = 0
    /// Changes applied since generation (writes and churn).
    public var changes = 0
    /// Requests answered.
    public var requests = 0

    public init() {}
}
