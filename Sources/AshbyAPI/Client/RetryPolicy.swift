import Foundation

/// When and how long to wait before trying a request again: capped exponential backoff with
/// jitter, and the server's `Retry-After` when it gave one.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    public var baseDelay: TimeInterval
    public var maxDelay: TimeInterval
    /// A 429 without `Retry-After` starts backing off here (Ashby's own messages say 30–60 s).
    public var rateLimitFallbackDelay: TimeInterval
    /// A `Retry-After` longer than this is not waited out: the caller hears about it instead.
    public var maxRetryAfter: TimeInterval

    public init(maxAttempts: Int = 5, baseDelay: TimeInterval = 0.25, maxDelay: TimeInterval = 20,
                rateLimitFallbackDelay: TimeInterval = 30, maxRetryAfter: TimeInterval = 120) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.rateLimitFallbackDelay = rateLimitFallbackDelay
        self.maxRetryAfter = maxRetryAfter
    }

    public static let none = RetryPolicy(maxAttempts: 1)

    /// The wait before attempt `failedAttempts + 1`, or nil to give up.
    /// `unitRandom` is a number in [0, 1) so tests can pin the jitter.
    public func delay(afterFailedAttempts failedAttempts: Int, error: AshbyError, unitRandom: Double) -> TimeInterval? {
        guard failedAttempts < maxAttempts, error.isTransient else { return nil }
        if case .rateLimited(_, let retryAfter) = error {
            if let retryAfter {
                guard retryAfter <= maxRetryAfter else { return nil }
                // Never earlier than asked; a little later spreads clients that were told the same.
                return retryAfter + min(1, retryAfter * 0.1) * unitRandom
            }
            let backoff = rateLimitFallbackDelay * pow(2, Double(failedAttempts - 1))
            return min(backoff, maxRetryAfter) * (0.5 + 0.5 * unitRandom)
        }
        return RetryPolicy.equalJitterBackoff(failures: failedAttempts, base: baseDelay, cap: maxDelay, unitRandom: unitRandom)
    }

    /// Capped exponential backoff after `failures` (≥ 1) consecutive failures, with "equal
    /// jitter": at least half the backoff, so many clients never bunch up at zero.
    /// `unitRandom` is a number in [0, 1). Shared by every retry loop of the product.
    public static func equalJitterBackoff(failures: Int, base: TimeInterval, cap: TimeInterval, unitRandom: Double) -> TimeInterval {
        let exponent = Double(min(max(failures, 1) - 1, 30))
        let backoff = min(cap, base * pow(2, exponent))
        return backoff * (0.5 + 0.5 * min(max(unitRandom, 0), 1))
    }

    /// `Retry-After` as seconds or an HTTP date; nil when absent or unreadable.
    public static func retryAfterSeconds(_ header: String?, now: Date = Date()) -> TimeInterval? {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        if let seconds = Double(header), seconds >= 0, seconds.isFinite { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: header) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}

/// Whether a request may be sent again after a failure. Reads always may; each write states
/// its own rule next to its method (see `AshbyClient+Writes.swift`).
public enum RetryRule: Sendable {
    /// Sending it twice has the same effect as once (reads; moving to a given stage).
    case idempotent
    /// A second copy could apply twice: retry only when the first certainly never took effect.
    case onlyIfCertainlyNotApplied
}
