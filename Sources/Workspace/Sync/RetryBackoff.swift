import AshbyAPI
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
        RetryPolicy.equalJitterBackoff(failures: failures, base: baseDelay, cap: maxDelay, unitRandom: unitRandom)
    }
}
