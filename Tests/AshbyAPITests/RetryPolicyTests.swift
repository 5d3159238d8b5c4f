import AshbyAPI
import Foundation
import Testing

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 5, baseDelay: 0.5, maxDelay: 4, rateLimitFallbackDelay: 30, maxRetryAfter: 120)
    let serverError = AshbyError.serverError(endpoint: "candidate.list", status: 503, code: nil, requestId: nil)

    @Test func backoffDoublesWithEqualJitterAndIsCapped() {
        #expect(policy.delay(afterFailedAttempts: 1, error: serverError, unitRandom: 0) == 0.25)
        #expect(policy.delay(afterFailedAttempts: 1, error: serverError, unitRandom: 1) == 0.5)
        #expect(policy.delay(afterFailedAttempts: 2, error: serverError, unitRandom: 1) == 1.0)
        #expect(policy.delay(afterFailedAttempts: 3, error: serverError, unitRandom: 0.5) == 1.5)
        #expect(policy.delay(afterFailedAttempts: 4, error: serverError, unitRandom: 1) == 4.0)
    }

    @Test func givesUpAfterMaxAttempts() {
        #expect(policy.delay(afterFailedAttempts: 5, error: serverError, unitRandom: 0) == nil)
    }

    @Test func permanentErrorsAreNotRetried() {
        let invalid = AshbyError.invalidInput(endpoint: "application.changeStage", code: "invalid_input", message: nil, requestId: nil)
        #expect(policy.delay(afterFailedAttempts: 1, error: invalid, unitRandom: 0) == nil)
        #expect(policy.delay(afterFailedAttempts: 1, error: .unauthorized(endpoint: "x", requestId: nil), unitRandom: 0) == nil)
        #expect(policy.delay(afterFailedAttempts: 1, error: .transport(endpoint: "x", failure: .hostNotFound(host: "h")), unitRandom: 0) == nil)
    }

    @Test func retryAfterIsHonouredNeverEarlier() {
        let limited = AshbyError.rateLimited(endpoint: "candidate.list", retryAfter: 7)
        #expect(policy.delay(afterFailedAttempts: 1, error: limited, unitRandom: 0) == 7)
        #expect(policy.delay(afterFailedAttempts: 1, error: limited, unitRandom: 1) == 7.7)
    }

    @Test func retryAfterBeyondTheCapIsReportedNotWaited() {
        #expect(policy.delay(afterFailedAttempts: 1, error: .rateLimited(endpoint: "x", retryAfter: 600), unitRandom: 0) == nil)
    }

    @Test func rateLimitWithoutRetryAfterBacksOffFromThirtySeconds() {
        let limited = AshbyError.rateLimited(endpoint: "x", retryAfter: nil)
        #expect(policy.delay(afterFailedAttempts: 1, error: limited, unitRandom: 1) == 30)
        #expect(policy.delay(afterFailedAttempts: 2, error: limited, unitRandom: 1) == 60)
        #expect(policy.delay(afterFailedAttempts: 3, error: limited, unitRandom: 1) == 120)
    }

    @Test func retryAfterHeaderParsing() {
        #expect(RetryPolicy.retryAfterSeconds("3") == 3)
        #expect(RetryPolicy.retryAfterSeconds(" 2.5 ") == 2.5)
        #expect(RetryPolicy.retryAfterSeconds(nil) == nil)
        #expect(RetryPolicy.retryAfterSeconds("soon") == nil)
        #expect(RetryPolicy.retryAfterSeconds("-4") == nil)
        let now = Date(timeIntervalSince1970: 1_445_412_480)  // Wed, 21 Oct 2015 07:28:00 GMT
        #expect(RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2015 07:28:30 GMT", now: now) == 30)
    }
}
