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
        var failedAttempts = 0
        while true {
            do {
                return try callOnce(endpoint, body: body, as: type)
            } catch {
                failedAttempts += 1
                let mayRetry = rule == .idempotent || error.requestCertainlyNotApplied
                guard mayRetry,
                    let delay = retryPolicy.delay(afterFailedAttempts: failedAttempts, error: error, unitRandom: unitRandom())
                else { throw error }
                sleep(delay)
            }
        }
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

    private func callOnce<Results: Decodable>(_ endpoint: String, body: JSONValue, as type: Results.Type) throws(AshbyError) -> Envelope<Results> {
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
        let envelope: Envelope<Results>
        do {
            envelope = try JSONDecoder().decode(Envelope<Results>.self, from: response.body)
        } catch let error as DecodingError {
            throw malformed(endpoint, reason: ResponseExcerpt.describe(error), body: response.body)
        } catch {
            throw malformed(endpoint, reason: "not JSON", body: response.body)
        }
        guard envelope.success else {
            throw FailureCode.error(code: envelope.failureCode, message: envelope.errorInfo?.message.map(apiKey.scrub),
                                    requestId: envelope.errorInfo?.requestId ?? requestId, endpoint: endpoint, status: response.status)
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

/// One finished exchange, for logs and the status bar. Holds no credentials and no bodies.
public struct ExchangeRecord: Sendable, Equatable {
    public var endpoint: String
    public var status: Int?
    public var duration: TimeInterval
    public var requestId: String?
    public var failure: String?
}
