import AshbyAPI
import AshbySandbox
import Workspace
@preconcurrency import Foundation

/// Full sync of ~100,000 applications over loopback HTTP, against the sandbox running as a child
/// process (`ashby-sandbox` next to this binary) so that memory figures are the client's alone:
/// download only vs. the `JSONReader` record path vs. `JSONDecoder`, in time and in RSS.
/// RSS is measured in fresh child processes of this binary (one per path), each holding its records.
enum SyncBenchmarks {
    /// Set in a probe child: which path to run (`fast`, `codable`, `store`, `idle`).
    static let probeVariable = "ASHBY_BENCH_SYNC_PROBE"
    static let portVariable = "ASHBY_BENCH_SYNC_PORT"
    static let apiKey = "sandbox-key"

    static func run(quick: Bool) {
        if let mode = ProcessInfo.processInfo.environment[probeVariable] {
            runProbe(mode: mode)
            exit(0)
        }
        do {
            try measure(quick: quick)
        } catch {
            Foundation.FileHandle.standardError.write(Data("sync benchmarks failed: \(error)\n".utf8))
        }
    }

    private static func measure(quick: Bool) throws {
        let label = quick ? "2k" : "100k"
        // 93,000 candidates with 40 jobs and seed 42 land just over 100,000 applications.
        let sandbox = try SandboxProcess(candidates: quick ? 2_000 : 93_000)
        defer { sandbox.stop() }
        report("sync_sandbox_applications_\(label)", Double(sandbox.applications), "count")
        report("sync_sandbox_in_child_process", sandbox.isChildProcess ? 1 : 0, "flag")
        let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:\(sandbox.port)"), apiKey: try APIKey(apiKey),
                                 transport: CurlTransport(), retryPolicy: .none)

        // Warm the server's caches and the connection once, then take the best of three interleaved runs of each.
        _ = try downloadOnly(port: sandbox.port)
        var download = Double.infinity, fast = Double.infinity, sequential = Double.infinity
        var pages = 0, bytes = 0
        for _ in 0..<3 {
            let (time, count, size) = try timedDownload(port: sandbox.port)
            download = min(download, time)
            pages = count
            bytes = size
            fast = min(fast, try fastSync(client, expected: sandbox.applications).seconds)
            sequential = min(sequential, try fastSync(client, expected: sandbox.applications, prefetching: false).seconds)
        }
        let codable = try codableSync(client, expected: sandbox.applications).seconds
        let store = try storeSync(client, expected: sandbox.applications).seconds

        report("download_only_applications_\(label)_s", download, "s")
        report("download_pages_applications_\(label)", Double(pages), "count")
        report("download_bytes_applications_\(label)_mb", Double(bytes) / 1_048_576, "MB")
        report("full_sync_applications_\(label)_s", fast, "s")
        report("full_sync_ratio_\(label)", fast / download, "x")
        report("full_sync_no_prefetch_applications_\(label)_s", sequential, "s")
        report("full_sync_no_prefetch_ratio_\(label)", sequential / download, "x")
        report("full_sync_into_store_applications_\(label)_s", store, "s")
        report("full_sync_codable_applications_\(label)_s", codable, "s")
        report("full_sync_codable_ratio_\(label)", codable / download, "x")

        let throughput = try decodeThroughput(port: sandbox.port, pages: quick ? 10 : 100)
        report("decode_skip_only_mb_per_s", throughput.skip, "MB/s")
        report("decode_records_mb_per_s", throughput.records, "MB/s")
        report("decode_jsondecoder_mb_per_s", throughput.codable, "MB/s")

        let idle = try probe("idle", port: sandbox.port)
        report("full_sync_rss_baseline_mb", idle["rss_mb"] ?? 0, "MB")
        let fastProbe = try probe("fast", port: sandbox.port)
        report("full_sync_rss_\(label)_mb", fastProbe["rss_mb"] ?? 0, "MB")
        let storeProbe = try probe("store", port: sandbox.port)
        report("full_sync_into_store_rss_\(label)_mb", storeProbe["rss_mb"] ?? 0, "MB")
        let codableProbe = try probe("codable", port: sandbox.port)
        report("full_sync_codable_rss_\(label)_mb", codableProbe["rss_mb"] ?? 0, "MB")
    }

    // MARK: - The paths measured

    /// The same pages through the same transport, reading only the cursor (by a byte search).
    private static func timedDownload(port: UInt16) throws -> (seconds: Double, pages: Int, bytes: Int) {
        var result = (pages: 0, bytes: 0)
        let time = try seconds { result = try downloadOnly(port: port) }
        return (time, result.pages, result.bytes)
    }

    /// Every page of `application.list`, fetched and counted but not decoded.
    static func downloadOnly(port: UInt16) throws -> (pages: Int, bytes: Int) {
        let transport = CurlTransport()
        let authorization = try APIKey(apiKey).authorizationHeader
        var cursor: String?
        var pages = 0, bytes = 0
        repeat {
            var body: [String: JSONValue] = ["limit": .number(Double(AshbyClient.maxPageSize))]
            if let cursor { body["cursor"] = .string(cursor) }
            let response = try transport.send(HTTPRequest(
                url: "http://127.0.0.1:\(port)/application.list",
                headers: [("Authorization", authorization), ("Content-Type", "application/json"),
                          ("Accept", "application/json; version=1"), ("User-Agent", AshbyClient.userAgent)],
                body: JSONValue.object(body).serialized()))
            guard response.status == 200 else { throw BenchFailure("download: HTTP \(response.status)") }
            bytes += response.body.count
            pages += 1
            cursor = nextCursor(in: response.body)
        } while cursor != nil
        return (pages, bytes)
    }

    /// `"nextCursor":"…"` of a page with more data, found without decoding (the sandbox sorts
    /// keys, so the envelope's small fields come before `results`).
    private static func nextCursor(in body: Data) -> String? {
        let text = String(decoding: body.prefix(600), as: UTF8.self)
        guard text.contains("\"moreDataAvailable\":true"), let start = text.range(of: "\"nextCursor\":\"") else { return nil }
        return String(text[start.upperBound...].prefix { $0 != "\"" })
    }

    private static func fastSync(_ client: AshbyClient, expected: Int,
                                 prefetching: Bool = true) throws -> (seconds: Double, records: [String: ApplicationRecord]) {
        var records: [String: ApplicationRecord] = [:]
        records.reserveCapacity(expected)
        let time = try seconds {
            var decoder = RecordDecoder()
            let outcome = try client.sync(AshbyList.applications, decodingItems: { try decoder.application(&$0) }, token: nil,
                                          prefetchingNextPage: prefetching) { page, _ in
                for record in page.items { records[record.id] = record }
            }
            try check(outcome.items, expected)
        }
        return (time, records)
    }

    private static func codableSync(_ client: AshbyClient, expected: Int) throws -> (seconds: Double, applications: [String: Application]) {
        var applications: [String: Application] = [:]
        applications.reserveCapacity(expected)
        let time = try seconds {
            let outcome = try client.sync(AshbyList.applications, token: nil) { page, _ in
                for application in page.items { applications[application.id] = application }
            }
            try check(outcome.items, expected)
        }
        return (time, applications)
    }

    /// The fast path into the workspace's `EntityStore`, one merge per page as the sync engine does.
    private static func storeSync(_ client: AshbyClient, expected: Int) throws -> (seconds: Double, store: EntityStore) {
        let store = EntityStore()
        let time = try seconds {
            let outcome = try client.syncApplicationRecords(token: nil) { page, _ in
                var delta = StoreDelta()
                delta.applications = page.items
                _ = store.apply(delta, now: Date())
            }
            try check(outcome.items, expected)
        }
        return (time, store)
    }

    /// Decoding alone, on pages already in memory: skipping every value (the floor), records
    /// through `JSONReader`, and `[Application]` through `JSONDecoder`.
    private static func decodeThroughput(port: UInt16, pages count: Int) throws -> (skip: Double, records: Double, codable: Double) {
        let bodies = try rawPages(port: port, count: count)
        let megabytes = Double(bodies.reduce(0) { $0 + $1.count }) / 1_048_576
        let rounds = 3
        var items = 0
        let skip = try seconds {
            for _ in 0..<rounds {
                for body in bodies { try JSONReader.read(body) { try $0.skipValue() } }
            }
        }
        let records = try seconds {
            for _ in 0..<rounds {
                var decoder = RecordDecoder()
                for body in bodies {
                    items += try JSONReader.read(body) { reader in
                        var count = 0
                        try reader.beginObject()
                        while let key = try reader.nextKey() {
                            guard key == "results" else {
                                try reader.skipValue()
                                continue
                            }
                            try reader.beginArray()
                            while try reader.nextElement() {
                                _ = try decoder.application(&reader)
                                count += 1
                            }
                        }
                        return count
                    }
                }
            }
        }
        struct Results: Decodable { var results: [Application] }
        let codable = try seconds {
            for body in bodies { items += try JSONDecoder().decode(Results.self, from: body).results.count }
        }
        guard items > 0 else { throw BenchFailure("no items decoded") }
        return (megabytes * Double(rounds) / skip, megabytes * Double(rounds) / records, megabytes / codable)
    }

    /// The first `count` pages of `application.list`, as bytes.
    private static func rawPages(port: UInt16, count: Int) throws -> [Data] {
        let transport = CurlTransport()
        let authorization = try APIKey(apiKey).authorizationHeader
        var bodies: [Data] = []
        var cursor: String?
        repeat {
            var body: [String: JSONValue] = ["limit": .number(Double(AshbyClient.maxPageSize))]
            if let cursor { body["cursor"] = .string(cursor) }
            let response = try transport.send(HTTPRequest(url: "http://127.0.0.1:\(port)/application.list",
                                                          headers: [("Authorization", authorization)], body: JSONValue.object(body).serialized()))
            bodies.append(response.body)
            cursor = nextCursor(in: response.body)
        } while cursor != nil && bodies.count < count
        return bodies
    }

    private static func check(_ items: Int, _ expected: Int) throws {
        guard items == expected else { throw BenchFailure("synced \(items) of \(expected) applications") }
    }

    // MARK: - Probe children (RSS of one path alone)

    private static func probe(_ mode: String, port: UInt16) throws -> [String: Double] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var environment = ProcessInfo.processInfo.environment
        environment[probeVariable] = mode
        environment[portVariable] = String(port)
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchFailure("probe \(mode) exited with \(process.terminationStatus)") }
        var figures: [String: Double] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = Double(parts[1]) { figures[String(parts[0])] = value }
        }
        return figures
    }

    private static func runProbe(mode: String) {
        do {
            guard let port = ProcessInfo.processInfo.environment[portVariable].flatMap(UInt16.init) else { throw BenchFailure("no port") }
            let client = AshbyClient(baseURL: try BaseURL("http://127.0.0.1:\(port)"), apiKey: try APIKey(apiKey),
                                     transport: CurlTransport(), retryPolicy: .none)
            switch mode {
            case "fast":
                let held = try fastSyncUnchecked(client)
                print("rss_mb \(residentMegabytes())")
                print("items \(held.count)")
            case "codable":
                var applications: [String: Application] = [:]
                _ = try client.sync(AshbyList.applications, token: nil) { page, _ in
                    for application in page.items { applications[application.id] = application }
                }
                print("rss_mb \(residentMegabytes())")
                print("items \(applications.count)")
            case "store":
                let (_, store) = try storeSyncUnchecked(client)
                print("rss_mb \(residentMegabytes())")
                print("items \(store.applications.count)")
            default:
                print("rss_mb \(residentMegabytes())")
            }
        } catch {
            Foundation.FileHandle.standardError.write(Data("probe \(mode) failed: \(error)\n".utf8))
            exit(1)
        }
    }

    private static func fastSyncUnchecked(_ client: AshbyClient) throws -> [String: ApplicationRecord] {
        var records: [String: ApplicationRecord] = [:]
        _ = try client.syncApplicationRecords(token: nil) { page, _ in
            for record in page.items { records[record.id] = record }
        }
        return records
    }

    private static func storeSyncUnchecked(_ client: AshbyClient) throws -> (Int, EntityStore) {
        let store = EntityStore()
        let outcome = try client.syncApplicationRecords(token: nil) { page, _ in
            var delta = StoreDelta()
            delta.applications = page.items
            _ = store.apply(delta, now: Date())
        }
        return (outcome.items, store)
    }
}

/// A benchmark that could not run, with why.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// `ashby-sandbox` started from this binary's directory, serving a tenant on a free port; when
/// that binary was not built, the same tenant served from this process instead (timings then
/// share this process's CPU; the RSS probes still run in their own processes).
final class SandboxProcess {
    let port: UInt16
    let applications: Int
    let isChildProcess: Bool
    private let process = Process()
    private var inProcessServer: LoopbackHTTPServer?

    init(candidates: Int) throws {
        let directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let executable = directory.appendingPathComponent("ashby-sandbox")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            Foundation.FileHandle.standardError.write(Data("\(executable.path) not built: serving the sandbox in process\n".utf8))
            var configuration = SandboxConfiguration()
            configuration.seed = 42
            configuration.candidates = candidates
            configuration.jobs = 40
            configuration.apiKeys = [SandboxAPIKey(key: SyncBenchmarks.apiKey)]
            let tenant = SandboxTenant(configuration: configuration)
            let server = LoopbackHTTPServer(port: 0, service: tenant.service)
            port = try server.start()
            applications = tenant.stats.applications
            isChildProcess = false
            inProcessServer = server
            return
        }
        isChildProcess = true
        process.executableURL = executable
        process.arguments = ["--port", "0", "--candidates", String(candidates), "--jobs", "40", "--seed", "42"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // First stdout line: "listening on http://127.0.0.1:PORT"; first stderr line: the tenant's counts.
        let listening = SandboxProcess.firstLine(of: output.fileHandleForReading)
        let stats = SandboxProcess.firstLine(of: errors.fileHandleForReading)
        guard let port = listening.split(separator: ":").last.flatMap({ UInt16($0) }) else {
            process.terminate()
            throw BenchFailure("ashby-sandbox said \"\(listening)\" / \"\(stats)\"")
        }
        self.port = port
        let words = stats.split(whereSeparator: { $0 == " " || $0 == "," })
        applications = words.firstIndex(of: "applications").flatMap { $0 > 0 ? Int(words[$0 - 1]) : nil } ?? 0
    }

    func stop() {
        inProcessServer?.stop()
        guard isChildProcess, process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    private static func firstLine(of handle: Foundation.FileHandle) -> String {
        var bytes = Data()
        while !bytes.contains(0x0A) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            bytes.append(chunk)
        }
        return String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
    }
}

/// Runs the sync figures (or, in a probe child, one probed path and exits).
func runSyncBenchmarks(quick: Bool) {
    SyncBenchmarks.run(quick: quick)
}
