/// A fault a test asks for explicitly (`SandboxTenant.scheduleFault`).
///
/// `dropConnection`, `truncatedBody` and `slow` hit after the request was handled: a write is
/// applied and its answer lost or late. Every other fault answers instead of the endpoint, so
/// nothing is applied.
public enum ScriptedFault: Sendable, Equatable {
    case rateLimited(retryAfterSeconds: Int)
    case serverError(status: Int)
    case slow(seconds: Double)
    case dropConnection
    case truncatedBody
    case nonJSONBody
    case envelopeFailure(code: String)
    case unauthorized
    case forbidden
}
