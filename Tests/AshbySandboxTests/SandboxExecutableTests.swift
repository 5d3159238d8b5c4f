import Foundation
import Glibc
import XCTest

@testable import ashby_sandbox

/// The built `ashby-sandbox` binary as a user runs it, and its argument parsing.
final class SandboxExecutableTests: XCTestCase {
    private var processes: [Process] = []
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("SandboxExecutableTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        for process in processes where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        processes = []
        try FileManager.default.removeItem(at: directory)
    }

    /// The binary sits next to the test bundle. On macOS that is an `.xctest` bundle; on Linux
    /// the `.xctest` is itself the running executable, so `Bundle.main` is its folder.
    private var binary: URL {
        let folder = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? Bundle.main.bundleURL
        return folder.appendingPathComponent("ashby-sandbox")
    }

    private func launch(_ arguments: [String]) throws -> (Process, stdout: Pipe, stderr: Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        // A key in the developer's environment must not change what the test expects.
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "ASHBY_SANDBOX_KEY" }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        processes.append(process)
        return (process, stdout, stderr)
    }

    func testServesTheTenantAndExitsCleanlyOnSIGTERM() throws {
        let record = directory.appendingPathComponent("exchanges.jsonl")
        let (process, stdout, _) = try launch(["--port", "0", "--candidates", "50", "--seed", "7", "--record", record.path])

        let line = try readLine(from: stdout.fileHandleForReading, within: 30)
        let prefix = "listening on http://127.0.0.1:"
        XCTAssertTrue(line.hasPrefix(prefix), line)
        let port = try XCTUnwrap(UInt16(line.dropFirst(prefix.count)), line)
        XCTAssertNotEqual(port, 0)

        let client = try RawHTTPClient(port: port, timeoutSeconds: 10)
        let key = Data("sandbox-key:".utf8).base64EncodedString()
        try client.send(RawHTTPClient.request("/candidate.list", json: "{\"limit\":1}", headers: ["Authorization: Basic \(key)"]))
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200, response.bodyText)
        let body = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        XCTAssertEqual(body["success"] as? Bool, true, response.bodyText)
        XCTAssertEqual((body["results"] as? [Any])?.count, 1, response.bodyText)

        // Without credentials the tenant answers 401 (and the recorder logs it like any exchange).
        try client.send(RawHTTPClient.request("/candidate.list", json: "{}"))
        XCTAssertEqual(try client.readResponse().status, 401)

        process.terminate()
        try waitForExit(process, within: 10)
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)

        let recorded = try String(contentsOf: record, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(recorded.count, 2)
        XCTAssertTrue(recorded[0].hasPrefix("{\"path\":\"/candidate.list\",\"status\":200,\"request\":{\"limit\":1},\"response\":{"), String(recorded[0]))
        XCTAssertTrue(recorded[1].hasPrefix("{\"path\":\"/candidate.list\",\"status\":401,\"request\":{},"), String(recorded[1]))
        XCTAssertFalse(recorded.joined().contains(key))
    }

    func testBadFlagExitsWith2AndNamesTheFlag() throws {
        let (process, stdout, stderr) = try launch(["--port", "0", "--frobnicate"])
        try waitForExit(process, within: 10)
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertEqual(String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                       "ashby-sandbox: unknown flag --frobnicate (see --help)\n")
        XCTAssertEqual(stdout.fileHandleForReading.readDataToEndOfFile(), Data())
    }

    func testParsesEveryFlag() throws {
        let parsed = try SandboxOptions.parse(
            ["--port", "8123", "--seed=42", "--candidates", "50", "--jobs", "3", "--churn", "2.5", "--faults", "0.1",
             "--hostile", "--record", "/tmp/x.jsonl", "--api-key", "k"],
            environment: ["ASHBY_SANDBOX_KEY": "from-env"]
        ).get()
        XCTAssertEqual(parsed, SandboxOptions(port: 8123, seed: 42, candidates: 50, jobs: 3, churnPerMinute: 2.5, faultProbability: 0.1,
                                              hostile: true, recordPath: "/tmp/x.jsonl", apiKey: "k", showHelp: false))
        XCTAssertEqual(try SandboxOptions.parse([], environment: ["ASHBY_SANDBOX_KEY": "from-env"]).get(), SandboxOptions(apiKey: "from-env"))
        XCTAssertEqual(try SandboxOptions.parse([]).get(), SandboxOptions())
        XCTAssertEqual(try SandboxOptions.parse(["--help"]).get().showHelp, true)
    }

    func testRejectsBadValuesNamingTheFlag() {
        let cases: [([String], String)] = [
            (["--port", "70000"], "--port expects a port number 0...65535, got \"70000\""),
            (["--port"], "--port needs a value"),
            (["--candidates", "-1"], "--candidates expects a non-negative integer, got \"-1\""),
            (["--faults", "1.5"], "--faults expects a probability between 0 and 1, got \"1.5\""),
            (["--churn=nan"], "--churn expects a non-negative number of changes per minute, got \"nan\""),
            (["--seed", "x"], "--seed expects a non-negative integer, got \"x\""),
            (["--hostile=yes"], "--hostile takes no value"),
            (["--api-key", ""], "--api-key expects a non-empty key"),
            (["extra"], "unknown flag extra (see --help)"),
        ]
        for (arguments, message) in cases {
            XCTAssertEqual(SandboxOptions.parse(arguments), .failure(SandboxOptions.Failure(message: message)), "\(arguments)")
        }
    }

    // MARK: - Waiting with deadlines

    private func readLine(from handle: FileHandle, within seconds: Double) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var bytes: [UInt8] = []
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw RawHTTPClient.Failure(description: "no line on stdout within \(seconds) s; got \(bytes)") }
            var entry = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, Int32(remaining * 1000) + 1) > 0 else { continue }
            var byte: UInt8 = 0
            guard read(handle.fileDescriptor, &byte, 1) == 1 else { throw RawHTTPClient.Failure(description: "stdout closed; got \(bytes)") }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }

    private func waitForExit(_ process: Process, within seconds: Double) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            guard Date() < deadline else { throw RawHTTPClient.Failure(description: "process still running after \(seconds) s") }
            usleep(10_000)
        }
    }
}
