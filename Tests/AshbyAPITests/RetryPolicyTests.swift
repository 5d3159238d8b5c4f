import AshbyAPI
import XCTest

final class RetryPolicyTests: XCTestCase {
    let policy = RetryPolicy(maxAttempts: 5, baseDelay: 0.5, maxDelay: 4, rateLimitFallbackDelay: 30, maxRetryAfter: 120)
    let serverError = AshbyError.serverError(endpoint: "candidate.list", status: 503, code: nil, requestId: nil)

    func testBackoffDoublesWithEqualJitterAndIsCapped() {
        XCTAssertEqual(policy.delay(afterFailedAttempts: 1, error: serverError, unitRandom: 0), 0.25)
        XCTAssertEqual(policy.delay(afterFailedAttempts: 1, error: serverError, unitRandom: 1), 0.5)
        XCTAssertEqual(policy.delay(afterFailedAttempts: 2, error: serverError, unitRandom: 1), 1.0)
        XCTAssertEqual(policy.delay(afterFailedAttempts: 3, error: serverError, unitRandom: 0.5), 1.5)
        XCTAssertEqual(policy.delay(afterFailedAttempts: 4, error: serverError, unitRandom: 1), 4.0)
    }

    func testGivesUpAfterMaxAttempts() {
        XCTAssertNil(policy.delay(afterFailedAttempts: 5, error: serverError, unitRandom: 0))
    }

    func testPermanentErrorsAreNotRetried() {
        let invalid = AshbyError.invalidInput(endpoint: "application.changeStage", code: "invalid_input", message: nil, requestId: nil)
        XCTAssertNil(policy.delay(afterFailedAttempts: 1, error: invalid, unitRandom: 0))
        XCTAssertNil(policy.delay(afterFailedAttempts: 1, error: .unauthorized(endpoint: "x", requestId: nil), unitRandom: 0))
        XCTAssertNil(policy.delay(afterFailedAttempts: 1, error: .transport(endpoint: "x", failure: .hostNotFound(host: "h")), unitRandom: 0))
    }

    func testRetryAfterIsHonouredNeverEarlier() {
        let limited = AshbyError.rateLimited(endpoint: "candidate.list", retryAfter: 7)
        XCTAssertEqual(policy.delay(afterFailedAttempts: 1, error: limited, unitRandom: 0), 7)
        XCTAssertEqual(policy.delay(afterFailedAttempts: 1, error: limited, unitRandom: 1), 7.7)
    }

    func testRetryAfterBeyondTheCapIsReportedNotWaited() {
        XCTAssertNil(policy.delay(afterFailedAttempts: 1, error: .rateLimited(endpoint: "x", retryAfter: 600), unitRandom: 0))
    }

    func testRateLimitWithoutRetryAfterBacksOffFromThirtySeconds() {
        let limited = AshbyError.rateLimited(endpoint: "x", retryAfter: nil)
        XCTAssertEqual(policy.delay(afterFailedAttempts: 1, error: limited, unitRandom: 1), 30)
        XCTAssertEqual(policy.delay(afterFailedAttempts: 2, error: limited, unitRandom: 1), 60)
        XCTAssertEqual(policy.delay(afterFailedAttempts: 3, error: limited, unitRandom: 1), 120)
    }

    func testRetryAfterHeaderParsing() {
        XCTAssertEqual(RetryPolicy.retryAfterSeconds("3"), 3)
        XCTAssertEqual(RetryPolicy.retryAfterSeconds(" 2.5 "), 2.5)
        XCTAssertNil(RetryPolicy.retryAfterSeconds(nil))
        XCTAssertNil(RetryPolicy.retryAfterSeconds("soon"))
        XCTAssertNil(RetryPolicy.retryAfterSeconds("-4"))
        let now = Date(timeIntervalSince1970: 1_445_412_480)  // Wed, 21 Oct 2015 07:28:00 GMT
        XCTAssertEqual(RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2015 07:28:30 GMT", now: now), 30)
    }
}
