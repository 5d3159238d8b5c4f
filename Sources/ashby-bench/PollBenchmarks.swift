import AshbyAPI
import AshbySandbox
import Workspace
@preconcurrency import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The cost of staying in sync while nothing happens: one incremental poll of every resource
/// with no changes, against a 20,000-candidate sandbox over loopback HTTP. CPU is the polling
/// thread's own (`RUSAGE_THREAD`: the sandbox server runs on other threads of this process);
/// the process figure, server included, is printed beside it for context.
enum PollBenchmarks {
    static func run(quick: Bool) {
        do {
            try measure(quick: quick)
        } catch {
            Foundation.FileHandle.standardError.write(Data("poll benchmarks failed: \(error)\n".utf8))
        }
    }

    private static func measure(quick: Bool) throws {
        var configuration = SandboxConfiguration()
        configuration.seed = 42
        configuration.candidates = quick ? 2_000 : 20_000
        configuration.jobs = 40
        configuration.apiKeys = [SandboxAPIKey(key: "poll-bench-key")]
        let tenant = SandboxTenant(configuration: configuration)
        let server = LoopbackHTTPServer(port: 0, service: tenant.service)
        let port = try server.start()
        defer { server.stop() }
        let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:\(port)"), apiKey: try APIKey("poll-bench-key"),
                                 transport: CurlTransport(), retryPolicy: .none)

        let inbox = Inbox()
        var sync = SyncConfiguration()
        sync.pollInterval = 86_400
        // Token-less lists are re-listed every N-th poll; the idle poll measured here is the other N-1.
        sync.relistEveryNthPoll = 1_000_000
        let engine = SyncEngine(client: client, inbox: inbox, configuration: sync)
        defer { engine.stop() }
        engine.start()
        engine.syncNow()  // waits for the full sync, then polls once more to settle every token
        guard case .syncStatus(.upToDate)? = inbox.drain().last else { throw Failure("the first sync did not finish") }

        var threadCPU: [Double] = [], processCPU: [Double] = [], wall: [Double] = [], requests: [Double] = []
        for _ in 0..<(quick ? 5 : 15) {
            let requestsBefore = tenant.stats.requests
            let (threadBefore, processBefore) = (cpuMilliseconds(threadUsage), cpuMilliseconds(processUsage))
            let started = DispatchTime.now().uptimeNanoseconds
            engine.syncNow()
            wall.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            threadCPU.append(cpuMilliseconds(threadUsage) - threadBefore)
            processCPU.append(cpuMilliseconds(processUsage) - processBefore)
            requests.append(Double(tenant.stats.requests - requestsBefore))
            let events = inbox.drain()
            guard case .syncStatus(.upToDate)? = events.last else { throw Failure("an idle poll did not end up to date") }
            if events.contains(where: { if case .merge = $0 { return true }; return false }) {
                throw Failure("an idle poll merged changes")
            }
        }
        report("idle_incremental_poll_cpu_ms", median(threadCPU), "ms")
        report("idle_incremental_poll_wall_ms", median(wall), "ms")
        report("idle_incremental_poll_requests", median(requests), "count")
        report("idle_incremental_poll_process_cpu_ms", median(processCPU), "ms")
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// `RUSAGE_THREAD` (Linux), which Glibc's module hides behind `_GNU_SOURCE`.
    private static let threadUsage: Int32 = 1
    private static let processUsage = Int32(RUSAGE_SELF.rawValue)

    /// User + system CPU time of this thread or process, in ms.
    private static func cpuMilliseconds(_ who: Int32) -> Double {
        var usage = rusage()
        getrusage(who, &usage)
        func ms(_ time: timeval) -> Double { Double(time.tv_sec) * 1_000 + Double(time.tv_usec) / 1_000 }
        return ms(usage.ru_utime) + ms(usage.ru_stime)
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
