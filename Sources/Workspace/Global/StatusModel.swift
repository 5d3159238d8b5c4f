import AshbyAPI
import Foundation

/// What the status bar shows: tenant, active job, sync state and age, pending and failed
/// writes, read-only mode, the last error.
public struct StatusModel: Sendable, Equatable {
    public var tenant: String
    public var activeJob: String?
    public var sync: SyncStatus = .starting
    public var isReadOnly: Bool
    public private(set) var lastError: String?
    /// Outbox actions not yet confirmed or failed, by id.
    public private(set) var pendingActionIds: Set<String> = []
    public private(set) var failedActionIds: Set<String> = []
    /// Clock times ("offline since 14:02") are shown in this zone.
    public var timeZone: TimeZone

    public init(tenant: String, isReadOnly: Bool = false, timeZone: TimeZone = .current) {
        self.tenant = tenant
        self.isReadOnly = isReadOnly
        self.timeZone = timeZone
    }

    public var pendingCount: Int { pendingActionIds.count }
    public var failedCount: Int { failedActionIds.count }

    /// Follows an outbox action through its phases.
    public mutating func record(_ state: OutboxActionState) {
        switch state.phase {
        case .queued, .sending, .retrying:
            pendingActionIds.insert(state.actionId)
        case .confirmed:
            pendingActionIds.remove(state.actionId)
        case .failed(let reason):
            pendingActionIds.remove(state.actionId)
            failedActionIds.insert(state.actionId)
            lastError = "\(state.summary) failed: \(reason)"
        }
    }

    public mutating func recordError(_ message: String) { lastError = message }
    public mutating func clearError() { lastError = nil }

    /// The sync part of the bar: "synced 12 s ago", "offline since 14:02, retry in 20 s"…
    public func syncText(now: Date) -> String {
        switch sync {
        case .starting:
            return "connecting…"
        case .syncing(let progress):
            guard let progress else { return "syncing…" }
            return "syncing \(Self.resourceName(progress.resource)) (\(progress.resourcesDone)/\(progress.resourcesTotal), "
                + "\(Self.grouped(progress.items)) items)"
        case .upToDate(let asOf):
            return "synced \(Self.age(from: asOf, to: now))"
        case .offline(let since, let nextRetry, _):
            let wait = Int(nextRetry.timeIntervalSince(now).rounded(.up))
            let retry = wait > 0 ? "retry in \(Self.duration(wait))" : "retrying…"
            return "offline since \(clock(since)), \(retry)"
        case .permissionMissing(let resources, let asOf):
            let names = resources.sorted().map(Self.resourceName).joined(separator: ", ")
            let age = asOf.map { ", synced \(Self.age(from: $0, to: now))" } ?? ""
            return "no permission for \(names)\(age)"
        case .unauthorized(let message):
            return "API key refused: \(message)"
        }
    }

    /// 0…1 while the first sync runs, for a progress bar; nil otherwise.
    public var progressFraction: Double? {
        if case .syncing(let progress?) = sync { return progress.fraction }
        return nil
    }

    /// The segments of the bar, left to right.
    public func segments(now: Date) -> [StatusSegment] {
        var segments: [StatusSegment] = [StatusSegment(tenant, .normal, kind: .tenant)]
        if let activeJob { segments.append(StatusSegment(activeJob, .normal, kind: .job)) }
        let tone: StatusSegment.Tone
        switch sync {
        case .upToDate, .syncing, .starting: tone = .normal
        case .offline, .permissionMissing: tone = .warning
        case .unauthorized: tone = .error
        }
        segments.append(StatusSegment(syncText(now: now), tone, kind: .sync))
        if pendingCount > 0 { segments.append(StatusSegment("\(pendingCount) pending", .normal, kind: .pending)) }
        if failedCount > 0 { segments.append(StatusSegment("\(failedCount) failed", .error, kind: .failed)) }
        if isReadOnly { segments.append(StatusSegment("read-only", .warning, kind: .readOnly)) }
        if let lastError { segments.append(StatusSegment(lastError, .error, kind: .lastError)) }
        return segments
    }

    private func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "12 s ago", "3 min ago", "2 h ago", "just now".
    static func age(from then: Date, to now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(then)))
        if seconds < 2 { return "just now" }
        return "\(duration(seconds)) ago"
    }

    static func duration(_ seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return "\(seconds / 60) min" }
        if seconds < 86_400 { return "\(seconds / 3600) h" }
        return "\(seconds / 86_400) d"
    }

    /// `interviewSchedules` → "interview schedules".
    static func resourceName(_ resource: SyncedResource) -> String {
        var name = ""
        for character in resource.rawValue {
            if character.isUppercase {
                name += " " + character.lowercased()
            } else {
                name.append(character)
            }
        }
        return name
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}

/// One piece of the status bar with the tone it is drawn in.
public struct StatusSegment: Sendable, Equatable {
    public enum Tone: Sendable, Equatable { case normal, warning, error }
    /// What the segment says, so a narrow bar can keep the most important ones.
    public enum Kind: Sendable, Equatable { case tenant, job, sync, pending, failed, readOnly, lastError, other }
    public var text: String
    public var tone: Tone
    public var kind: Kind

    public init(_ text: String, _ tone: Tone, kind: Kind = .other) {
        self.text = text
        self.tone = tone
        self.kind = kind
    }

    /// Two segments are equal when they read the same; `kind` only guides a narrow bar's choice.
    public static func == (lhs: StatusSegment, rhs: StatusSegment) -> Bool { lhs.text == rhs.text && lhs.tone == rhs.tone }
}
