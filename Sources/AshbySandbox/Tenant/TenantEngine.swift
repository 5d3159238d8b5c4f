import AshbyAPI
import Foundation

/// The tenant's state and request handling. Not thread-safe: `SandboxTenant` serialises access.
final class TenantEngine {
    let configuration: SandboxConfiguration
    let store: TenantStore
    let landmarks: SandboxLandmarks
    let seal: Seal
    let routes: [String: Route]
    var tokenSerial: UInt64 = 0
    /// Tokens with a smaller serial answer `sync_token_expired`.
    var minimumTokenSerial: UInt64 = 0
    var requestIDs: RequestIDMint
    var faults: FaultPlan
    var churnRandom: SplitMix64
    var hostile: HostileText
    var changeCount = 0
    var requestCount = 0

    init(configuration: SandboxConfiguration) {
        self.configuration = configuration
        var generator = TenantGenerator(configuration: configuration, now: TenantTime.millis(configuration.now()))
        (store, landmarks) = generator.generate()
        seal = Seal(seed: configuration.seed)
        requestIDs = RequestIDMint(seed: configuration.seed)
        faults = FaultPlan(seed: configuration.seed, probability: configuration.faultProbability)
        churnRandom = SplitMix64(seed: configuration.seed, stream: 0xC4)
        hostile = HostileText(isOn: configuration.hostile, seed: configuration.seed ^ 0xC4)
        routes = TenantEngine.allRoutes
    }

    var now: Millis { TenantTime.millis(configuration.now()) }

    static var allRoutes: [String: Route] {
        var routes: [String: Route] = [:]
        for table in [organizationRoutes, jobRoutes, candidateRoutes, applicationRoutes, interviewRoutes, feedbackRoutes, offerRoutes, surveyRoutes] {
            routes.merge(table) { first, _ in first }
        }
        return routes
    }

    func handle(_ request: SandboxRequest) -> SandboxReply {
        requestCount += 1
        let now = self.now
        let requestID = requestIDs.next(now: now)
        guard request.method.uppercased() == "POST" else {
            return Envelope.failure(status: 405, code: "method_not_allowed", message: "Use POST: every Ashby endpoint is POST /<resource>.<verb>",
                                    requestID: requestID, extraHeaders: [("allow", "POST")])
        }
        let scripted = faults.takeScripted(path: request.path)
        if let scripted, !FaultPlan.happensAfterHandling(scripted) {
            return faults.reply(for: scripted, requestID: requestID, handled: nil)
        }
        guard let route = routes[request.path] else {
            return Envelope.failure(status: 404, code: "not_found", message: "No endpoint at \(request.path)", requestID: requestID)
        }
        guard let keyName = Authorization.key(fromHeader: request.headers["authorization"]) else {
            return Envelope.failure(status: 401, code: "unauthenticated",
                                    message: "Missing or malformed Authorization header: send HTTP Basic with your API key as the user name and an empty password",
                                    requestID: requestID)
        }
        guard let key = configuration.apiKeys.first(where: { $0.key == keyName }), key.isActive else {
            return Envelope.failure(status: 403, code: "invalid_api_key", message: "The API key is not valid or has been deactivated",
                                    requestID: requestID)
        }
        guard key.permissions.contains(route.permission) else {
            return Envelope.failure(status: 403, code: "missing_endpoint_permission",
                                    message: "The API key lacks the \(route.permission) permission needed for \(request.path)", requestID: requestID)
        }
        var fault = scripted.map { (fault: $0, afterHandling: true) }
        if fault == nil { fault = faults.roll(isWrite: route.isWrite) }
        if let fault, !fault.afterHandling {
            return faults.reply(for: fault.fault, requestID: requestID, handled: nil)
        }
        let reply = answer(route: route, request: request, key: key, now: now, requestID: requestID)
        if let fault { return faults.reply(for: fault.fault, requestID: requestID, handled: reply) }
        return reply
    }

    private func answer(route: Route, request: SandboxRequest, key: SandboxAPIKey, now: Millis, requestID: String) -> SandboxReply {
        let body: [String: JSONValue]
        if request.body.isEmpty || request.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            body = [:]
        } else {
            guard let parsed = try? JSONValue.parse(request.body), case .object(let members) = parsed else {
                return Envelope.failure(code: "invalid_input", message: "Request payload is malformed: expected a JSON object", requestID: requestID)
            }
            body = members
        }
        do {
            let answer = try route.run(self, EndpointRequest(path: request.path, body: body, now: now, key: key))
            return Envelope.success(answer, requestID: requestID)
        } catch let error as EndpointError {
            return Envelope.failure(code: error.code, message: error.message, requestID: requestID)
        } catch {
            return Envelope.failure(code: "internal_error", message: "Unexpected error", requestID: requestID)
        }
    }

    /// Takes the next change sequence for a write; every record the write changes is touched with it.
    func beginChange() -> UInt64 {
        changeCount += 1
        return store.nextSequence()
    }

    var stats: SandboxStats {
        var stats = SandboxStats()
        stats.users = store.users.count
        stats.departments = store.departments.count
        stats.locations = store.locations.count
        stats.jobs = store.jobs.count
        stats.openings = store.openings.count
        stats.jobPostings = store.postings.count
        stats.interviewPlans = store.plans.count
        stats.interviewStages = store.stages.count
        stats.candidates = store.candidates.count
        stats.applications = store.applications.count
        stats.notes = store.notes.count
        stats.interviews = store.interviews.count
        stats.interviewSchedules = store.schedules.count
        stats.interviewEvents = store.events.count
        stats.feedbackSubmissions = store.feedback.count
        stats.offers = store.offers.count
        stats.approvals = store.approvals.count
        stats.surveySubmissions = store.surveySubmissions.count
        stats.changes = changeCount
        stats.requests = requestCount
        return stats
    }
}
