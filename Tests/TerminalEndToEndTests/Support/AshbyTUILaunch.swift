import Foundation
import XCTest

/// Where the built `ashby-tui` is, and a clean environment to run it in: fresh XDG folders per
/// test (so no user's config, cache or outbox leaks in or out) and a UTF-8 locale.
enum AshbyTUILaunch {
    /// The binary sits next to the test bundle. On Linux the `.xctest` is itself the running
    /// executable, so `Bundle.main` is its folder.
    static var binary: String {
        let folder = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? Bundle.main.bundleURL
        return folder.appendingPathComponent("ashby-tui").path
    }

    /// `HOME` and the XDG folders inside `root`, a UTF-8 locale, and `extra` on top.
    static func environment(root: String, extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HOME": root + "/home",
            "XDG_CONFIG_HOME": root + "/config",
            "XDG_CACHE_HOME": root + "/cache",
            "XDG_STATE_HOME": root + "/state",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PATH": "/usr/bin:/bin",
        ]
        environment.merge(extra) { $1 }
        return environment
    }
}

extension XCTestCase {
    /// A fresh directory (with the XDG subfolders) removed when the test ends.
    func makeTemporaryRoot() throws -> String {
        let root = NSTemporaryDirectory() + "ashby-e2e-" + UUID().uuidString
        for folder in ["home", "config", "cache", "state"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        return root
    }

    /// A tmux terminal that is killed when the test ends, pass or fail.
    func startTerminal(_ arguments: [String], environment: [String: String], width: Int, height: Int,
                       configure: [[String]] = []) throws -> TmuxTerminal {
        let terminal = try TmuxTerminal(command: [AshbyTUILaunch.binary] + arguments, environment: environment,
                                        width: width, height: height, configure: configure)
        addTeardownBlock { terminal.close() }
        return terminal
    }

    /// A sandbox server that is stopped when the test ends.
    func startSandbox(candidates: Int = 120, jobs: Int = 4, seed: UInt64 = 11, hostile: Bool = false) throws -> SandboxServer {
        let server = try SandboxServer(candidates: candidates, jobs: jobs, seed: seed, hostile: hostile)
        addTeardownBlock { server.stop() }
        return server
    }

    /// Runs `ashby-tui` without a terminal; returns its exit status and stderr.
    func runWithoutTerminal(_ arguments: [String], environment: [String: String], timeout: TimeInterval = 20) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: AshbyTUILaunch.binary)
        process.arguments = arguments
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTFail("ashby-tui \(arguments) did not exit within \(timeout) s")
        }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, text)
    }
}
