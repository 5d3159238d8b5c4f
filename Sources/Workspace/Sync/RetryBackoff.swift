import Foundation

/// Capped exponential backoff with "equal jitter": the wait after the n-th consecutive failure.
public struct RetryBackoff: Sendable, Equatable {
    public var baseDelay: TimeInterval
    public var maxDelay: TimeInterval

    public init(baseDelay: TimeInterval, maxDelay: TimeInterval) {
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// The wait after `failures` (≥ 1) consecutive failures; `unitRandom` in [0, 1).
    public func delay(afterFailures failures: Int, unitRandom: Double) -> TimeInterval {
        let exponent = Double(min(max(failures, 1) - 1, 30))
        let backoff = min(maxDelay, baseDelay * pow(2, exponent))
        // At least half the backoff, so many clients never bunch up at zero.
        return backoff * (0.5 + 0.5 * min(max(unitRandom, 0), 1))
    }
}
