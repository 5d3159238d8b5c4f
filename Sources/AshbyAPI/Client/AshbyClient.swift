import Foundation

/// The one shared Ashby client: envelope, errors, retries, pagination and sync over any `Transport`.
/// Calls block; run them off the UI thread.
public final class AshbyClient: Sendable {
    public static let productVersion = "0.1.0"
    public static let userAgent = "ashby-tui/\(productVersion) (+https://github.com/ashby-tui)"

    public let baseURL: BaseURL
    public let retryPolicy: RetryPolicy
    /// Overall deadline of one attempt, in seconds.
    public let requestTimeout: TimeInterval
    private let apiKey: APIKey
    private let transport: Transport
    private let sleep: @Sendable (TimeInterval) -> Void
    private let unitRandom: @Sendable () -> Double
    private let observer: (@Sendable (ExchangeRecord) -> Void)?

    public init(baseURL: BaseURL = .ashby, apiKey: APIKey, transport: Transport, retryPolicy: RetryPolicy = RetryPolicy(),
                requestTimeout: TimeInterval = 30,
                sleep: @escaping @Sendable (TimeInterval) -> Void = { Thread.sleep(forTimeInterval: $0) },
                unitRandom: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
                observer: (@Sendable (ExchangeRecord) -> Void)? = nil) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.transport = transport
        self.retryPolicy = retryPolicy
        self.requestTimeout = requestTimeout
        self.sleep = sleep
        self.unitRandom = unitRandom
        self.observer = observer
    }

    /// A client for the real API from `ASHBY_API_KEY` / key file and `ASHBY_API_URL`, over libcurl.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(AshbyError) -> AshbyClient {
        let baseURL = try environment["ASHBY_API_URL"].flatMap { $0.isEmpty ? nil : $0 }.map { (text) throws(AshbyError) in try BaseURL(text) } ?? .ashby
        return AshbyClient(baseURL: baseURL, apiKey: try APIKey.fromEnvironment(environment), transport: CurlTransport())
    }

    // MARK: - Calls

    /// Calls `endpoint` with `body` and decodes the success envelope, retrying as `rule` allows.
    func call<Results: Decodable>(_ endpoint: String, body: JSONValue, as type: Results.Type,
                                  rule: RetryRule = .idempotent) throws(AshbyError) -> Envelope<Results> {
        try call(endpoint, body: body, rule: rule, reading: Envelope<Results>.decoded(from:))
    }

    /// Calls `endpoint` with `body`, reading a 2xx body with `read`, retrying as `rule` allows.
    /// Every call goes through here, whichever decoder reads the envelope. `fetched` is the
    /// outcome of attempts already made elsewhere (a prefetched page: see `fetch`); `received`
    /// sees each 2xx response before it is read.
    func call<Results>(_ endpoint: String, body: JSONValue, rule: RetryRule = .idempotent,
                       reading read: EnvelopeReader<Results>, fetched: FetchOutcome? = nil,
                       received: (HTTPResponse) -> Void = { _ in }) throws(AshbyError) -> Envelope<Results> {
        var failedAttempts = fetched?.failedAttempts ?? 0
        var pending = fetched?.result
        while true {
            do {
                let response: HTTPResponse
                if let outcome = pending {
                    pending = nil
                    response = try outcome.get()
                } else {
                    response = try fetchOnce(endpoint, body: body)
                }
                received(response)
                return try readEnvelope(response, endpoint: endpoint, reading: read)
            } catch {
                failedAttempts += 1
                guard let delay = retryDelay(afterFailedAttempts: failedAttempts, error: error, rule: rule) else { throw error }
                sleep(delay)
            }
        }
    }

    /// The exchange part of `call` for a read, with the same retries, stopping at the first
    /// answer that passes the HTTP checks: a later `call(…, fetched:)` reads it (and retries on
    /// from there if it cannot). Lets a listing request the next page while it decodes this one.
    func fetch(_ endpoint: String, body: JSONValue, isAbandoned: () -> Bool) -> FetchOutcome {
        var failedAttempts = 0
        while true {
            do {
                return FetchOutcome(result: .success(try fetchOnce(endpoint, body: body)), failedAttempts: failedAttempts)
            } catch {
                guard !isAbandoned(), let delay = retryDelay(afterFailedAttempts: failedAttempts + 1, error: error, rule: .idempotent) else {
                    return FetchOutcome(result: .failure(error), failedAttempts: failedAttempts)
                }
                failedAttempts += 1
                sleep(delay)
            }
        }
    }

    private func retryDelay(afterFailedAttempts failedAttempts: Int, error: AshbyError, rule: RetryRule) -> TimeInterval? {
        guard rule == .idempotent || error.requestCertainlyNotApplied else { return nil }
        return retryPolicy.delay(afterFailedAttempts: failedAttempts, error: error, unitRandom: unitRandom())
    }

    /// Like `call`, requiring `results` to be present.
    func results<Results: Decodable>(_ endpoint: String, body: JSONValue = [:], as type: Results.Type,
                                     rule: RetryRule = .idempotent) throws(AshbyError) -> Results {
        let envelope = try call(endpoint, body: body, as: type, rule: rule)
        guard let results = envelope.results else {
            throw .malformedResponse(endpoint: endpoint, reason: "success without results", excerpt: "")
        }
        return results
    }

    /// One exchange up to the HTTP checks: auth, rate limits and server errors throw here.
    private func fetchOnce(_ endpoint: String, body: JSONValue) throws(AshbyError) -> HTTPResponse {
        let request = HTTPRequest(
            url: baseURL.url(for: endpoint),
            headers: [
                ("Authorization", apiKey.authorizationHeader),
                ("Content-Type", "application/json"),
                ("Accept", "application/json; version=1"),
                ("User-Agent", AshbyClient.userAgent),
            ],
            body: body.serialized(),
            timeout: requestTimeout)
        let started = Date()
        let response: HTTPResponse
        do {
            response = try transport.send(request)
        } catch {
            observer?(ExchangeRecord(endpoint: endpoint, status: nil, duration: Date().timeIntervalSince(started), requestId: nil, failure: error.explanation))
            throw .transport(endpoint: endpoint, failure: error)
        }
        let requestId = response.header("x-ashby-request-id")
        observer?(ExchangeRecord(endpoint: endpoint, status: response.status, duration: Date().timeIntervalSince(started), requestId: requestId, failure: nil))
        try checkStatus(response, endpoint: endpoint, requestId: requestId)
        return response
    }

    /// The envelope of a 2xx answer; `success: false` throws its typed error.
    private func readEnvelope<Results>(_ response: HTTPResponse, endpoint: String,
                                       reading read: EnvelopeReader<Results>) throws(AshbyError) -> Envelope<Results> {
        let envelope: Envelope<Results>
        do {
            envelope = try read(response.body)
        } catch {
            throw malformed(endpoint, reason: error.reason, body: response.body)
        }
        guard envelope.success else {
            throw FailureCode.error(code: envelope.failureCode, message: envelope.errorInfo?.message.map(apiKey.scrub),
                                    requestId: envelope.errorInfo?.requestId ?? response.header("x-ashby-request-id"),
                                    endpoint: endpoint, status: response.status)
        }
        return envelope
    }

    /// HTTP-level outcomes that come before the envelope: auth, rate limits, server errors.
    private func checkStatus(_ response: HTTPResponse, endpoint: String, requestId: String?) throws(AshbyError) {
        let failure = (response.status == 200) ? nil : try? JSONDecoder().decode(FailureEnvelope.self, from: response.body)
        let code = failure?.code
        let message = failure?.errorInfo?.message.map(apiKey.scrub)
        let requestId = failure?.errorInfo?.requestId ?? requestId
        switch response.status {
        case 200..<300:
            return
        case 401:
            throw .unauthorized(endpoint: endpoint, requestId: requestId)
        case 403:
            if code == "missing_endpoint_permission" { throw .missingPermission(endpoint: endpoint, requestId: requestId) }
            throw .forbidden(endpoint: endpoint, message: message, requestId: requestId)
        case 429:
            throw .rateLimited(endpoint: endpoint, retryAfter: RetryPolicy.retryAfterSeconds(response.header("retry-after")))
        case 500..<600:
            throw .serverError(endpoint: endpoint, status: response.status, code: code, requestId: requestId)
        default:
            if let code {
                throw FailureCode.error(code: code, message: message, requestId: requestId, endpoint: endpoint, status: response.status)
            }
            throw malformed(endpoint, reason: "unexpected HTTP status \(response.status)", body: response.body)
        }
    }

    private func malformed(_ endpoint: String, reason: String, body: Data) -> AshbyError {
        .malformedResponse(endpoint: endpoint, reason: reason, excerpt: apiKey.scrub(ResponseExcerpt.make(body)))
    }
}

/// What `AshbyClient.fetch` got: the answer to read (or the error that ended its retries), and
/// how many attempts failed before it.
struct FetchOutcome: Sendable {
    var result: Result<HTTPResponse, AshbyError>
    var failedAttempts: Int
}

/// One finished exchange, for logs and the status bar. Holds no credentials and no bodies.
public struct ExchangeRecord: Sendable, Equatable {
    public var endpoint: String
    public var status: Int?
    public var duration: TimeInterval
    public var requestId: String?
    public var failure: String?
}
