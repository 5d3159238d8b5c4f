import Foundation

/// A message shown for a while in a corner of the screen.
public struct Toast: Sendable, Equatable, Identifiable {
    public var id: Int
    public var notice: Notice
    public var postedAt: Date
    public var expiresAt: Date
    /// How many times the same notice was posted while this one showed ("×3").
    public var count: Int
}

/// Toasts waiting to expire, given a clock: the UI loop asks `nextExpiry` so it wakes only when
/// one must disappear.
public struct ToastQueue: Sendable, Equatable {
    public private(set) var toasts: [Toast] = []
    private var nextId = 1
    /// How many show at once; the rest wait their turn (oldest first).
    public var visibleLimit: Int

    public init(visibleLimit: Int = 3) { self.visibleLimit = visibleLimit }

    /// Errors stay longer: the user has to read what to do next.
    public static func lifetime(of level: Notice.Level) -> TimeInterval {
        switch level {
        case .info, .success: return 4
        case .warning: return 8
        case .error: return 15
        }
    }

    /// Posts a notice; the same text already showing is refreshed and counted instead of repeated.
    public mutating func post(_ notice: Notice, now: Date) {
        let expiry = now.addingTimeInterval(Self.lifetime(of: notice.level))
        if let index = toasts.firstIndex(where: { $0.notice == notice && $0.expiresAt > now }) {
            toasts[index].count += 1
            toasts[index].expiresAt = expiry
            return
        }
        toasts.append(Toast(id: nextId, notice: notice, postedAt: now, expiresAt: expiry, count: 1))
        nextId += 1
    }

    /// Drops expired toasts; true when any went (the screen must be redrawn).
    @discardableResult
    public mutating func expire(now: Date) -> Bool {
        let before = toasts.count
        toasts.removeAll { $0.expiresAt <= now }
        return toasts.count != before
    }

    /// What shows at `now`, oldest first.
    public func visible(now: Date) -> [Toast] {
        Array(toasts.lazy.filter { $0.expiresAt > now }.prefix(visibleLimit))
    }

    /// When the next visible toast disappears: the next time the UI must wake for toasts.
    public var nextExpiry: Date? { toasts.prefix(visibleLimit).map(\.expiresAt).min() }

    public mutating func dismissAll() { toasts.removeAll() }
}
