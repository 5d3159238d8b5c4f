import AshbyAPI
import Foundation

/// Decides which requests meet a fault (scripted ones first, then seeded random ones) and
/// turns a fault into the reply a real network and server would give.
struct FaultPlan {
    private struct Pending {
        var fault: ScriptedFault
        var remaining: Int
        var path: String?
    }

    private var scripted: [Pending] = []
    private var random: SplitMix64
    let probability: Double

    init(seed: UInt64, probability: Double) {
        random = SplitMix64(seed: seed, stream: 0xFA17)
        self.probability = probability
    }

    mutating func schedule(_ fault: ScriptedFault, times: Int, path: String?) {
        guard times > 0 else { return }
        scripted.append(Pending(fault: fault, remaining: times, path: path))
    }

    /// The first scripted fault that matches `path`, consumed.
    mutating func takeScripted(path: String) -> ScriptedFault? {
        guard let index = scripted.firstIndex(where: { $0.path == nil || $0.path == path }) else { return nil }
        let fault = scripted[index].fault
        scripted[index].remaining -= 1
        if scripted[index].remaining == 0 { scripted.remove(at: index) }
        return fault
    }

    static func happensAfterHandling(_ fault: ScriptedFault) -> Bool {
        switch fault {
        case .dropConnection, .truncatedBody, .slow: return true
        default: return false
        }
    }

    /// A random fault with the configured probability. Writes meet damage before or after the
    /// state change (applied with the answer lost), as real networks do both.
    mutating func roll(isWrite: Bool) -> (fault: ScriptedFault, afterHandling: Bool)? {
        guard probability > 0, random.chance(probability) else { return nil }
        let coin = random.chance(0.5)
        switch random.weighted([20, 20, 15, 12, 10, 10, 13]) {
        case 0: return (.rateLimited(retryAfterSeconds: 1), false)
        case 1: return (.serverError(status: [500, 502, 503][random.below(3)]), false)
        case 2: return (.slow(seconds: 0.3 + random.unit() * 1.7), true)
        case 3: return (.dropConnection, coin)
        case 4: return (.truncatedBody, true)
        case 5: return (.nonJSONBody, coin)
        default: return (.envelopeFailure(code: "internal_error"), false)
        }
    }

    /// The faulty reply. `handled` is the real answer when the request was processed first.
    mutating func reply(for fault: ScriptedFault, requestID: String, handled: SandboxReply?) -> SandboxReply {
        switch fault {
        case .rateLimited(let seconds):
            return Envelope.failure(status: 429, code: "rate_limit_exceeded", message: "Rate limit exceeded. Try again in \(seconds) seconds",
                                    requestID: requestID, extraHeaders: [("retry-after", String(seconds))])
        case .serverError(let status):
            return Envelope.failure(status: status, code: "internal_error", message: "The server had a problem; try again", requestID: requestID)
        case .slow(let seconds):
            var reply = handled ?? Envelope.failure(status: 503, code: "internal_error", message: "Slow", requestID: requestID)
            reply.wireFault = .delay(seconds: seconds)
            return reply
        case .dropConnection:
            var reply = handled ?? Envelope.failure(status: 502, code: "internal_error", message: "Connection dropped", requestID: requestID)
            reply.wireFault = .dropConnection
            return reply
        case .truncatedBody:
            var reply = handled ?? Envelope.failure(status: 200, code: "internal_error", message: "Truncated", requestID: requestID)
            reply.wireFault = .truncateBody(keepBytes: reply.body.count / 2)
            return reply
        case .nonJSONBody:
            let status = handled == nil ? 502 : (random.chance(0.5) ? 200 : 502)
            let page = "<!DOCTYPE html><html><head><title>\(status) Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The upstream server is temporarily unavailable.</p></body></html>"
            return SandboxReply(status: status, headers: Envelope.headers(requestID: requestID, contentType: "text/html; charset=utf-8"),
                                body: Data(page.utf8))
        case .envelopeFailure(let code):
            return Envelope.failure(code: code, message: "The request failed (\(code))", requestID: requestID)
        case .unauthorized:
            return Envelope.failure(status: 401, code: "unauthenticated", message: "Missing or malformed Authorization header", requestID: requestID)
        case .forbidden:
            return Envelope.failure(status: 403, code: "invalid_api_key", message: "The API key is not valid or has been deactivated", requestID: requestID)
        }
    }
}
