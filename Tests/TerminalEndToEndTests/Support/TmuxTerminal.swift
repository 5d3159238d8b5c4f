import Foundation
import Glibc
import XCTest

/// A real terminal for end-to-end tests: a detached tmux session of a fixed size running one
/// command, driven like a person (`send-keys`) and read back (`capture-pane`). Each session has
/// its own tmux server socket and a unique name, and is killed when the test ends.
final class TmuxTerminal {
    let name: String
    /// `-L socket`: a private tmux server, so tests never touch a user's sessions.
    let socket: String
    private(set) var isClosed = false
    /// Where the shell around the program writes its exit status.
    private let statusFile: String

    /// Starts `command` (argv, run through `env` with `environment`) in a `width`×`height` window.
    init(command: [String], environment: [String: String], width: Int = 120, height: Int = 36, term: String = "xterm-256color",
         configure: [[String]] = []) throws {
        let unique = UUID().uuidString.prefix(8).lowercased()
        name = "ashby-e2e-\(unique)"
        socket = "ashby-e2e-\(unique)"
        statusFile = NSTemporaryDirectory() + "ashby-e2e-\(unique).status"
        var environmentArguments = ["env", "-i"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { environmentArguments.append("\(key)=\(value)") }
        environmentArguments.append("TERM=\(term)")
        // The server starts with a placeholder shell so options can be set before the program runs.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sleep 600"])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
        try tmux(["set-option", "-t", name, "default-terminal", term])
        for option in configure { try tmux(option) }
        let commandLine = (environmentArguments + command).map(Self.shellQuoted).joined(separator: " ")
            + "; echo $? > \(Self.shellQuoted(statusFile))"
        try tmux(["respawn-pane", "-k", "-t", name, commandLine])
    }

    deinit { close() }

    /// Kills the session and its private server.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        // The server leaves its socket file behind when killed.
        let socketPath = (try? tmux(["display-message", "-p", "#{socket_path}"]))?.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? tmux(["kill-server"])
        if let socketPath, socketPath.hasSuffix("/" + socket) { try? FileManager.default.removeItem(atPath: socketPath) }
        try? FileManager.default.removeItem(atPath: statusFile)
    }

    /// The screen as text, one line per row.
    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n").dropLast().map { String($0) }
    }

    /// Sends keys: tmux key names (`Enter`, `Escape`, `Tab`, `BTab`, `C-c`, `Up`) or, with `literal`, text.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    func type(_ text: String) throws { try send(text, literal: true) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format value of the pane (`#{pane_title}`, `#{pane_dead}`, `#{pane_dead_status}`).
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until `condition` holds for the screen, or fails with the last screen.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line,
                 _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(what); the screen was:\n" + last.joined(separator: "\n"), file: file, line: line)
        throw TmuxError.timedOut(what)
    }

    /// Waits until some line contains `text`.
    @discardableResult
    func waitForText(_ text: String, timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        try waitFor("\"\(text)\"", timeout: timeout, file: file, line: line) { $0.contains { $0.contains(text) } }
    }

    /// Waits for the program to exit and returns its exit status (128 + the signal when killed).
    /// The status comes from the shell that ran it, not from tmux: a busy tmux server can take
    /// many seconds to reap a pane's process and report `pane_dead_status`.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8), text.hasSuffix("\n"),
                let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return status
            }
            usleep(50_000)
        }
        XCTFail("the program did not exit within \(timeout) s; the screen was:\n" + ((try? screen()) ?? []).joined(separator: "\n"))
        throw TmuxError.timedOut("exit")
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run(["/usr/bin/env", "tmux", "-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError.failed(arguments.joined(separator: " "), result.stderr) }
        return result.stdout
    }

    static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

enum TmuxError: Error {
    case failed(String, String)
    case timedOut(String)
}
