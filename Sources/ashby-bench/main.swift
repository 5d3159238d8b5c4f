import AshbyAPI
import AshbySandbox
#if canImport(Glibc)
@preconcurrency import Glibc
#endif
@preconcurrency import Foundation

// ashby-bench: the project's speed and memory figures, from fixed seeds and sizes.
// Build in release mode: swift run -c release ashby-bench [--quick]
// Prints one `<name> <value> <unit>` line per figure so runs can be compared.

let quick = CommandLine.arguments.contains("--quick")
let candidates = quick ? 2_000 : 20_000
let label = quick ? "2k" : "20k"

func report(_ name: String, _ value: Double, _ unit: String) {
    print("\(name) \(String(format: value < 10 ? "%.3f" : "%.1f", value)) \(unit)")
    fflush(stdout)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Resident set size of this process in MB, from /proc.
func residentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
}

// `--only PART` runs one part's figures (for profiling); the parts in the order a full run takes them.
let parts: [(name: String, run: () -> Void)] = [
    ("sync", { runSyncBenchmarks(quick: quick) }),
    ("pipeline", { runViewModelBenchmarks(quick: quick) }),
    ("store", { runStoreBenchmarks(quick: quick) }),
    ("poll", { PollBenchmarks.run(quick: quick) }),
    ("frame", { FrameBenchmarks.run(quick: quick) }),
]
if let at = CommandLine.arguments.firstIndex(of: "--only") {
    let wanted = CommandLine.arguments.dropFirst(at + 1).first ?? ""
    guard let part = parts.first(where: { $0.name == wanted }) else {
        fputs("ashby-bench: --only takes one of \(parts.map(\.name).joined(separator: ", ")); got '\(wanted)'\n", stderr)
        exit(2)
    }
    part.run()
    exit(0)
}
for part in parts { part.run() }

var tenant: SandboxTenant!
let generation = seconds {
    var configuration = SandboxConfiguration()
    configuration.seed = 42
    configuration.candidates = candidates
    configuration.jobs = 40
    configuration.apiKeys = [SandboxAPIKey(key: SyncBenchmarks.apiKey)]
    tenant = SandboxTenant(configuration: configuration)
}
let applications = tenant.stats.applications
report("sandbox_generate_\(label)_candidates", generation, "s")
report("sandbox_applications_\(label)", Double(applications), "count")

let server = LoopbackHTTPServer(port: 0, service: tenant.service)
let port = try server.start()
let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:\(port)"), apiKey: try APIKey(SyncBenchmarks.apiKey),
                         transport: CurlTransport(), retryPolicy: .none)

// Download only: the same pages through the same transport, without decoding.
var downloadedBytes = 0
var downloadPages = 0
let download = try seconds { (downloadPages, downloadedBytes) = try SyncBenchmarks.downloadOnly(port: port) }

var synced = 0
let sync = try seconds {
    let outcome = try client.sync(AshbyList.applications, token: nil) { page, _ in synced += page.items.count }
    precondition(outcome.items == applications, "synced \(outcome.items) of \(applications)")
}
report("download_only_applications_\(label)", download, "s")
report("codable_full_sync_applications_\(label)", sync, "s")
report("codable_full_sync_vs_download_ratio_\(label)", sync / download, "x")
report("codable_full_sync_requests_per_second_\(label)", Double(downloadPages) / sync, "req/s")
report("download_pages_\(label)", Double(downloadPages), "count")
report("codable_full_sync_applications_per_second_\(label)", Double(synced) / sync, "items/s")
report("application_page_bytes_avg", Double(downloadedBytes) / Double(max(downloadPages, 1)), "bytes")

// Small requests on one kept-alive connection: the client's own overhead per call.
let calls = quick ? 500 : 3_000
let small = try seconds { for _ in 0..<calls { _ = try client.apiKeyInfo() } }
report("small_requests_per_second", Double(calls) / small, "req/s")
report("bench_process_rss_after_with_sandbox", residentMegabytes(), "MB")
server.stop()
