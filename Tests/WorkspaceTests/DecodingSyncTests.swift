import AshbyAPI
import AshbySandbox
import Foundation
import Workspace
import XCTest

/// The record listings over real HTTP (libcurl against the sandbox on loopback): full and
/// incremental passes converge to the server's state, faults are retried, an expired token
/// falls back to a full pass, exactly as the `JSONDecoder` listing does.
final class DecodingSyncTests: XCTestCase {
    private static let key = "decoding-test-key"

    private struct Served {
        var tenant: SandboxTenant
        var client: AshbyClient
    }

    private func serve(seed: UInt64 = 21, hostile: Bool = false) throws -> Served {
        var configuration = SandboxConfiguration()
        configuration.seed = seed
        configuration.candidates = 140
        configuration.jobs = 5
        configuration.hostile = hostile
        configuration.apiKeys = [SandboxAPIKey(key: DecodingSyncTests.key)]
        let tenant = SandboxTenant(configuration: configuration)
        let server = LoopbackHTTPServer(port: 0, service: tenant.service)
        let port = try server.start()
        addTeardownBlock { server.stop() }
        let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:\(port)"), apiKey: try APIKey(DecodingSyncTests.key),
                                 transport: CurlTransport(),
                                 retryPolicy: RetryPolicy(maxAttempts: 8, baseDelay: 0.005, maxDelay: 0.02, rateLimitFallbackDelay: 0.02),
                                 requestTimeout: 10)
        return Served(tenant: tenant, client: client)
    }

    /// What a full sync must converge to, through `JSONDecoder` and `ApplicationRecord.init(_:)`.
    private func serverApplications(_ tenant: SandboxTenant) throws -> [String: ApplicationRecord] {
        var records: [String: ApplicationRecord] = [:]
        for json in tenant.snapshot(of: "application") {
            let record = ApplicationRecord(try JSONDecoder().decode(Application.self, from: json.serialized()))
            records[record.id] = record
        }
        return records
    }

    func testFullThenIncrementalSyncConvergesToTheServer() throws {
        let served = try serve(hostile: true)
        var store: [String: ApplicationRecord] = [:]
        var pages = 0
        let full = try served.client.syncApplicationRecords(token: nil, pageSize: 25) { page, kind in
            XCTAssertEqual(kind, .full)
            pages += 1
            XCTAssertEqual(page.number, pages)
            for record in page.items { store[record.id] = record }
        }
        XCTAssertEqual(store, try serverApplications(served.tenant))
        XCTAssertEqual(full.kind, .full)
        XCTAssertEqual(full.items, store.count)
        XCTAssertEqual(full.pages, pages)
        let token = try XCTUnwrap(full.syncToken)

        served.tenant.applyChurn(count: 40)
        var changed: [ApplicationRecord] = []
        let incremental = try served.client.syncApplicationRecords(token: token, pageSize: 25) { page, kind in
            XCTAssertEqual(kind, .incremental)
            changed += page.items
        }
        var codableChanged: [ApplicationRecord] = []
        _ = try served.client.sync(AshbyList.applications, token: token, pageSize: 25) { page, _ in
            codableChanged += page.items.map(ApplicationRecord.init)
        }
        XCTAssertEqual(changed, codableChanged)
        XCTAssertGreaterThan(changed.count, 0)
        XCTAssertLessThan(changed.count, store.count / 2)
        XCTAssertNotEqual(incremental.syncToken, token)
        for record in changed { store[record.id] = record }
        XCTAssertEqual(store, try serverApplications(served.tenant), "the merged store equals the server")
    }

    func testFaultsOnTheWayAreRetriedAndTheSyncConverges() throws {
        for prefetching in [true, false] {
            let served = try serve(seed: prefetching ? 22 : 23)
            for fault: ScriptedFault in [.nonJSONBody, .serverError(status: 502), .truncatedBody, .dropConnection,
                                         .rateLimited(retryAfterSeconds: 0)] {
                served.tenant.scheduleFault(fault, path: "/application.list")
            }
            var store: [String: ApplicationRecord] = [:]
            var scheduledMidway = false
            var decoder = RecordDecoder()
            let outcome = try served.client.sync(AshbyList.applications, decodingItems: { try decoder.application(&$0) }, token: nil,
                                                 pageSize: 20, prefetchingNextPage: prefetching) { page, _ in
                // Faults in the middle of the pass too, including a cursor the server no longer honours.
                // (Once: the cursor fault restarts the pass, and its pages come again.)
                if page.number == 2 && !scheduledMidway {
                    scheduledMidway = true
                    served.tenant.scheduleFault(.nonJSONBody, times: 2, path: "/application.list")
                    served.tenant.scheduleFault(.envelopeFailure(code: "next_cursor_expired"), path: "/application.list")
                }
                for record in page.items { store[record.id] = record }
            }
            XCTAssertEqual(store, try serverApplications(served.tenant), "prefetching: \(prefetching)")
            XCTAssertEqual(outcome.kind, .full)
            XCTAssertNotNil(outcome.syncToken)
        }
    }

    func testExpiredTokenFallsBackToAFullPassForEveryRecordKind() throws {
        let served = try serve()
        let applications = try served.client.syncApplicationRecords(token: nil) { _, _ in }
        let schedules = try served.client.syncInterviewScheduleRecords(token: nil) { _, _ in }
        let feedback = try served.client.syncFeedbackRecords(token: nil) { _, _ in }
        served.tenant.expireSyncTokens()

        var applicationCount = 0, scheduleIds = Set<String>(), feedbackIds = Set<String>()
        let again = try served.client.syncApplicationRecords(token: applications.syncToken) { page, kind in
            XCTAssertEqual(kind, .fullAfterRejectedToken(code: "sync_token_expired"))
            applicationCount += page.items.count
        }
        let schedulesAgain = try served.client.syncInterviewScheduleRecords(token: schedules.syncToken) { page, _ in
            scheduleIds.formUnion(page.items.map(\.id))
        }
        let feedbackAgain = try served.client.syncFeedbackRecords(token: feedback.syncToken) { page, _ in
            feedbackIds.formUnion(page.items.map(\.0.id))
        }
        XCTAssertEqual(again.kind, .fullAfterRejectedToken(code: "sync_token_expired"))
        XCTAssertEqual(applicationCount, served.tenant.snapshot(of: "application").count)
        XCTAssertEqual(schedulesAgain.kind, .fullAfterRejectedToken(code: "sync_token_expired"))
        XCTAssertEqual(scheduleIds, Set(served.tenant.snapshot(of: "interviewSchedule").compactMap { $0["id"]?.stringValue }))
        XCTAssertEqual(feedbackAgain.kind, .fullAfterRejectedToken(code: "sync_token_expired"))
        XCTAssertEqual(feedbackIds, Set(served.tenant.snapshot(of: "applicationFeedback").compactMap { $0["id"]?.stringValue }))
    }

    func testAPageTheDecoderCannotReadFailsWithItsPath() throws {
        let tenant = try serve().tenant
        let broken: SandboxService = { request in
            var reply = tenant.handle(request)
            // The second application of the first page loses its candidate's name.
            if request.path == "/application.list", var envelope = try? JSONValue.parse(reply.body),
               case .object(var members) = envelope, case .array(var results) = members["results"] ?? .null, results.count > 1,
               case .object(var item) = results[1], case .object(var candidate) = item["candidate"] ?? .null {
                candidate["name"] = 7
                item["candidate"] = .object(candidate)
                results[1] = .object(item)
                members["results"] = .array(results)
                envelope = .object(members)
                reply.body = envelope.serialized()
            }
            return reply
        }
        let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:1"), apiKey: try APIKey(DecodingSyncTests.key),
                                 transport: InProcessTransport(service: broken), retryPolicy: .none)
        XCTAssertThrowsError(try client.syncApplicationRecords(token: nil) { _, _ in }) { error in
            guard case .malformedResponse(let endpoint, let reason, _) = error as? AshbyError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(endpoint, "application.list")
            XCTAssertEqual(reason, "results[1].candidate.name: expected string, found number")
        }
    }
}
