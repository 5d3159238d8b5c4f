import Foundation

/// Everything that can go wrong talking to Ashby, in cases a UI can act on.
/// No case ever carries the API key: excerpts are scrubbed before they are stored.
public enum AshbyError: Error, Sendable, Equatable {
    /// HTTP 401: the key is missing or not accepted as a credential.
    case unauthorized(endpoint: String, requestId: String?)
    /// HTTP 403: the key is wrong, deactivated, or refused for another reason.
    case forbidden(endpoint: String, message: String?, requestId: String?)
    /// HTTP 403 `missing_endpoint_permission`: the key lacks this module's permission.
    case missingPermission(endpoint: String, requestId: String?)
    /// HTTP 429 (or `rate_limit_exceeded`): wait `retryAfter` seconds when the server said so.
    case rateLimited(endpoint: String, retryAfter: TimeInterval?)
    /// `success: false` for a request the server refused: wrong parameters or state.
    case invalidInput(endpoint: String, code: String, message: String?, requestId: String?)
    /// `success: false` with a `*_not_found` code.
    case notFound(endpoint: String, code: String, message: String?, requestId: String?)
    /// The sync token is expired, undecodable, or the change set too large: do a full sync.
    case syncTokenRejected(endpoint: String, code: String)
    /// The pagination cursor expired or is undecodable: restart the pass.
    case cursorRejected(endpoint: String, code: String)
    /// HTTP 5xx, or `success: false` with a server-side code.
    case serverError(endpoint: String, status: Int, code: String?, requestId: String?)
    /// No HTTP answer: timeout, reset, DNS, TLS.
    case transport(endpoint: String, failure: TransportFailure)
    /// The answer could not be read as Ashby's envelope.
    case malformedResponse(endpoint: String, reason: String, excerpt: String)
    /// Local setup is wrong: base URL, key file, missing key.
    case invalidConfiguration(String)

    /// The endpoint the error came from, when there was one.
    public var endpoint: String? {
        switch self {
        case .unauthorized(let endpoint, _), .forbidden(let endpoint, _, _), .missingPermission(let endpoint, _),
            .rateLimited(let endpoint, _), .invalidInput(let endpoint, _, _, _), .notFound(let endpoint, _, _, _),
            .syncTokenRejected(let endpoint, _), .cursorRejected(let endpoint, _), .serverError(let endpoint, _, _, _),
            .transport(let endpoint, _), .malformedResponse(let endpoint, _, _):
            return endpoint
        case .invalidConfiguration:
            return nil
        }
    }

    /// Worth another try later without any change on our side.
    public var isTransient: Bool {
        switch self {
        case .rateLimited, .serverError: return true
        case .transport(_, let failure): return failure.isTransient
        // Truncated or non-JSON bodies come from proxies and overloaded servers as often as from bugs.
        case .malformedResponse: return true
        default: return false
        }
    }

    /// True when the request certainly never took effect on the server, so even a
    /// non-idempotent write may be sent again.
    public var requestCertainlyNotApplied: Bool {
        switch self {
        case .rateLimited, .unauthorized, .forbidden, .missingPermission: return true
        case .transport(_, let failure):
            switch failure {
            case .couldNotConnect, .hostNotFound: return true
            default: return false
            }
        default: return false
        }
    }
}

extension AshbyError: LocalizedError, CustomStringConvertible {
    public var description: String {
        switch self {
        case .unauthorized(let endpoint, let requestId):
            return "Ashby refused the API key (401) on \(endpoint)\(Self.suffix(requestId)). Check ASHBY_API_KEY or the key file."
        case .forbidden(let endpoint, let message, let requestId):
            return "Ashby denied access (403) on \(endpoint): \(message ?? "the key is wrong or deactivated")\(Self.suffix(requestId))."
        case .missingPermission(let endpoint, let requestId):
            return "The API key lacks the permission for \(endpoint)\(Self.suffix(requestId)); ask an Ashby admin to grant it."
        case .rateLimited(let endpoint, let retryAfter):
            let wait = retryAfter.map { "; retry in \(Int($0.rounded(.up))) s" } ?? ""
            return "Ashby is rate limiting requests to \(endpoint)\(wait)."
        case .invalidInput(let endpoint, let code, let message, let requestId):
            return "Ashby rejected \(endpoint): \(code)\(message.map { " — \($0)" } ?? "")\(Self.suffix(requestId))."
        case .notFound(let endpoint, let code, let message, let requestId):
            return "Not found on \(endpoint): \(code)\(message.map { " — \($0)" } ?? "")\(Self.suffix(requestId))."
        case .syncTokenRejected(let endpoint, let code):
            return "The sync token for \(endpoint) was rejected (\(code)); a full sync is needed."
        case .cursorRejected(let endpoint, let code):
            return "The page cursor for \(endpoint) was rejected (\(code)); the listing restarts."
        case .serverError(let endpoint, let status, let code, let requestId):
            return "Ashby had a server error (\(status)\(code.map { ", \($0)" } ?? "")) on \(endpoint)\(Self.suffix(requestId))."
        case .transport(let endpoint, let failure):
            return "Could not reach Ashby for \(endpoint): \(failure.explanation)."
        case .malformedResponse(let endpoint, let reason, let excerpt):
            return "Ashby's answer to \(endpoint) could not be read (\(reason)): \(excerpt)"
        case .invalidConfiguration(let message):
            return message
        }
    }

    public var errorDescription: String? { description }

    private static func suffix(_ requestId: String?) -> String {
        requestId.map { " [request \($0)]" } ?? ""
    }
}

extension TransportFailure {
    /// A short human explanation.
    public var explanation: String {
        switch self {
        case .timedOut: return "the request timed out"
        case .connectionReset: return "the connection was reset"
        case .couldNotConnect(let host): return "could not connect to \(host)"
        case .hostNotFound(let host): return "host \(host) not found (DNS)"
        case .tls(let detail): return "TLS failed: \(detail)"
        case .truncatedBody: return "the answer was cut short"
        case .other(let detail): return detail
        }
    }
}
