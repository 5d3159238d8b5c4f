import Foundation

/// Ashby's response envelope. Results are decoded only when `success` is true, in the same pass.
struct Envelope<Results> {
    let success: Bool
    let results: Results?
    let moreDataAvailable: Bool?
    let nextCursor: String?
    let syncToken: String?
    let errorInfo: ErrorInfo?
    let errors: [String]?

    /// `errorInfo` of a failure envelope; only `code` is required by the spec.
    struct ErrorInfo: Decodable {
        let code: String
        let message: String?
        let requestId: String?
    }

    init(success: Bool, results: Results?, moreDataAvailable: Bool? = nil, nextCursor: String? = nil, syncToken: String? = nil,
         errorInfo: ErrorInfo? = nil, errors: [String]? = nil) {
        self.success = success
        self.results = results
        self.moreDataAvailable = moreDataAvailable
        self.nextCursor = nextCursor
        self.syncToken = syncToken
        self.errorInfo = errorInfo
        self.errors = errors
    }

    /// The failure's code: `errorInfo.code`, else the first of the deprecated `errors`.
    var failureCode: String { errorInfo?.code ?? errors?.first ?? "unknown_error" }
}

extension Envelope: Decodable where Results: Decodable {
    private enum CodingKeys: String, CodingKey {
        case success, results, moreDataAvailable, nextCursor, syncToken, errorInfo, errors
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        success = try container.decode(Bool.self, forKey: .success)
        if success {
            results = try container.decodeIfPresent(Results.self, forKey: .results)
            moreDataAvailable = try container.decodeIfPresent(Bool.self, forKey: .moreDataAvailable)
            nextCursor = try container.decodeIfPresent(String.self, forKey: .nextCursor)
            syncToken = try container.decodeIfPresent(String.self, forKey: .syncToken)
            errorInfo = nil
            errors = nil
        } else {
            results = nil
            moreDataAvailable = nil
            nextCursor = nil
            syncToken = nil
            errorInfo = try? container.decodeIfPresent(ErrorInfo.self, forKey: .errorInfo)
            // Deprecated and inconsistent (codes or prose): read only as a fallback.
            errors = (try? container.decodeIfPresent([String].self, forKey: .errors)) ?? nil
        }
    }
}

/// Reads a 2xx body into an envelope; the client turns a failure into `malformedResponse`.
typealias EnvelopeReader<Results> = (Data) throws(EnvelopeReadFailure) -> Envelope<Results>

/// Why a body is not a readable envelope, in a few words ("results[3].candidate.name: expected String").
struct EnvelopeReadFailure: Error {
    let reason: String
}

extension Envelope where Results: Decodable {
    /// The envelope through `JSONDecoder`.
    static func decoded(from body: Data) throws(EnvelopeReadFailure) -> Envelope {
        do {
            return try JSONDecoder().decode(Envelope.self, from: body)
        } catch let error as DecodingError {
            throw EnvelopeReadFailure(reason: ResponseExcerpt.describe(error))
        } catch {
            throw EnvelopeReadFailure(reason: "not JSON")
        }
    }
}

/// Just enough of an envelope to classify an HTTP error body.
struct FailureEnvelope: Decodable {
    let errorInfo: Envelope<JSONValue>.ErrorInfo?
    let errors: [String]?

    var code: String? { errorInfo?.code ?? errors?.first }
}

/// Sorts a `success: false` code into the error case a caller can act on.
enum FailureCode {
    static let syncTokenCodes: Set<String> = ["sync_token_expired", "sync_token_invalid", "incremental_sync_too_large"]
    static let cursorCodes: Set<String> = ["next_cursor_expired", "invalid_next_cursor"]
    static let rateLimitCodes: Set<String> = ["rate_limit_exceeded", "concurrent_limit_exceeded"]
    static let serverCodes: Set<String> = ["internal_error", "internal_server_error", "server_error", "service_unavailable"]

    static func error(code: String, message: String?, requestId: String?, endpoint: String, status: Int) -> AshbyError {
        if syncTokenCodes.contains(code) { return .syncTokenRejected(endpoint: endpoint, code: code) }
        if cursorCodes.contains(code) { return .cursorRejected(endpoint: endpoint, code: code) }
        if rateLimitCodes.contains(code) { return .rateLimited(endpoint: endpoint, retryAfter: nil) }
        if serverCodes.contains(code) { return .serverError(endpoint: endpoint, status: status, code: code, requestId: requestId) }
        if code == "missing_endpoint_permission" { return .missingPermission(endpoint: endpoint, requestId: requestId) }
        if code.hasSuffix("_not_found") { return .notFound(endpoint: endpoint, code: code, message: message, requestId: requestId) }
        return .invalidInput(endpoint: endpoint, code: code, message: message, requestId: requestId)
    }
}
