import CTerminalShim
import Foundation
import XCTest
@testable import TerminalUI
import Workspace

/// The terminal comes back after SIGTERM, after a second SIGTERM to a program that ignores the
/// first, and after a crash: a child process (this test binary, running `TerminalRestoreChild`)
/// starts a real `TerminalSession` on a pseudo-terminal this test reads.
final class TerminalRestoreTests: XCTestCase {
    func testResetSequenceFromTerminfoStrings() {
        let bytes = TerminalResetSequence.bytes(capabilities: [
            "sgr0": "\u{1B}(B\u{1B}[m", "op": "\u{1B}[39;49m", "kmous": "\u{1B}[<", "rmkx": "\u{1B}[?1l\u{1B}>",
            "cnorm": "\u{1B}[?12l\u{1B}[?25h", "rmcup": "\u{1B}[?1049l\u{1B}[23;0;0t",
        ])
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self),
                       "\u{1B}(B\u{1B}[m\u{1B}[39;49m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?1l\u{1B}>\u{1B}[?12l\u{1B}[?25h\u{1B}[?1049l\u{1B}[23;0;0t")
        // A terminal without mouse or alternate screen gets neither.
        XCTAssertEqual(String(decoding: TerminalResetSequence.bytes(capabilities: ["sgr0": "\u{1B}[m", "cnorm": "\u{1B}[?25h"]), as: UTF8.self),
                       "\u{1B}[m\u{1B}[?25h")
    }

    func testNotATerminalIsRefused() throws {
        guard isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 else { throw XCTSkip("the test runs in a terminal") }
        let theme = try ThemeCatalog.load(name: "default", userDirectory: nil)
        XCTAssertThrowsError(try TerminalSession(theme: theme)) { error in
            XCTAssertEqual(error as? TerminalError, .notATerminal)
            XCTAssertTrue("\(error)".contains("Run it directly in a terminal"))
        }
        XCTAssertFalse(TerminalSession.terminationRequested)
    }

    func testSIGTERMLetsTheProgramCloseAndExit() throws {
        let run = try ChildRun(mode: "graceful")
        defer { run.stop() }
        try run.waitForReady()
        run.process.terminate()
        try run.waitForExit()
        XCTAssertEqual(run.process.terminationReason, .exit)
        XCTAssertEqual(run.process.terminationStatus, 0)
        let after = run.outputAfterReady
        XCTAssertTrue(after.contains("\u{1B}[?1049l"), "left the alternate screen: \(after.debugDescription)")
        XCTAssertTrue(after.contains("closed after signal \(SIGTERM)"), after.debugDescription)
        XCTAssertNotEqual(run.modes().c_lflag & tcflag_t(ICANON | ECHO), 0)
    }

    func testASecondSIGTERMRestoresAndEndsAProgramThatDoesNotStop() throws {
        let run = try ChildRun(mode: "stubborn")
        defer { run.stop() }
        try run.waitForReady()
        run.process.terminate()
        // The first one only sets the flag, which this child ignores.
        try run.waitForOutput("flag set")
        run.process.terminate()
        try run.waitForExit()
        XCTAssertEqual(run.process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(run.process.terminationStatus, SIGTERM)
        let after = run.outputAfterReady
        XCTAssertTrue(after.contains("\u{1B}[?25h\u{1B}[?1049l"), after.debugDescription)
        XCTAssertTrue(after.contains("\u{1B}[?1006l"), "mouse reporting off: \(after.debugDescription)")
        XCTAssertEqual(run.modes().c_lflag & tcflag_t(ICANON | ECHO | ISIG), tcflag_t(ICANON | ECHO | ISIG))
    }

    func testACrashRestoresTheTerminal() throws {
        let run = try ChildRun(mode: "crash")
        defer { run.stop() }
        try run.waitForReady()
        try run.waitForExit()
        XCTAssertEqual(run.process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(run.process.terminationStatus, SIGSEGV)
        let after = run.outputAfterReady
        XCTAssertTrue(after.contains("\u{1B}[?25h\u{1B}[?1049l"), after.debugDescription)
        XCTAssertEqual(run.modes().c_lflag & tcflag_t(ICANON | ECHO | ISIG), tcflag_t(ICANON | ECHO | ISIG))
    }
}

/// Runs inside the child process only (skipped in a normal test run).
final class TerminalRestoreChild: XCTestCase {
    func testChild() throws {
        guard let mode = ProcessInfo.processInfo.environment["ASHBY_TERMINAL_CHILD"] else { throw XCTSkip("child process only") }
        let session = try TerminalSession(theme: try ThemeCatalog.load(name: "default", userDirectory: nil))
        var canvas = Canvas(width: session.size.width, height: session.size.height)
        canvas.write("CHILD-READY", x: 2, y: 2, style: .cardSelected)
        session.present(canvas)
        switch mode {
        case "graceful":
            while !TerminalSession.terminationRequested { _ = session.waitForInput(wakeDescriptor: nil, timeout: 10) }
            session.close()
            let message = Array("closed after signal \(TerminalSession.terminationSignal ?? 0)\n".utf8)
            _ = write(STDOUT_FILENO, message, message.count)
            exit(0)
        case "stubborn":
            while !TerminalSession.terminationRequested { _ = session.waitForInput(wakeDescriptor: nil, timeout: 10) }
            canvas.write("flag set", x: 2, y: 4)
            session.present(canvas)
            while true { _ = session.waitForInput(wakeDescriptor: nil, timeout: 10) }
        default:
            var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
            setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
            let address = UnsafeMutablePointer<Int>(bitPattern: Int(getpid() > 0 ? 16 : 32))!
            address.pointee = 1
        }
    }
}

/// A child process on a pseudo-terminal whose output this side reads.
private final class ChildRun {
    let process = Process()
    private var primary: Int32 = -1
    private var secondary: Int32 = -1
    private var output: [UInt8] = []
    private var readyIndex: Int?

    init(mode: String) throws {
        guard ashby_openpty(&primary, &secondary, 24, 80) == 0 else { throw XCTSkip("no pseudo-terminal available") }
        _ = fcntl(primary, F_SETFL, fcntl(primary, F_GETFL) | O_NONBLOCK)
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["TerminalUITests.TerminalRestoreChild/testChild"]
        var environment = ProcessInfo.processInfo.environment
        environment["ASHBY_TERMINAL_CHILD"] = mode
        environment["TERM"] = "xterm-256color"
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["LC_ALL"] = "C.UTF-8"
        process.environment = environment
        let terminal = FileHandle(fileDescriptor: secondary, closeOnDealloc: false)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
    }

    var outputAfterReady: String {
        String(decoding: output[(readyIndex ?? 0)...], as: UTF8.self)
    }

    func modes() -> termios {
        var modes = termios()
        tcgetattr(secondary, &modes)
        return modes
    }

    /// Marks the end of "CHILD-READY": a child that crashes at once writes its reset in the same
    /// read, so "after ready" starts at the marker, not at the end of what was read.
    func waitForReady() throws {
        try waitForOutput("CHILD-READY")
        let marker = Array("CHILD-READY".utf8)
        let start = (0...(output.count - marker.count)).first { Array(output[$0..<($0 + marker.count)]) == marker }!
        readyIndex = start + marker.count
    }

    func waitForOutput(_ text: String, timeout: TimeInterval = 10) throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while !String(decoding: output[(readyIndex ?? 0)...], as: UTF8.self).contains(text) {
            guard Date() < deadline else { throw ChildError.timeout(text, String(decoding: output, as: UTF8.self)) }
            readAvailable(waitMilliseconds: 50)
        }
    }

    func waitForExit(timeout: TimeInterval = 10) throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while process.isRunning {
            guard Date() < deadline else { throw ChildError.timeout("exit", String(decoding: output, as: UTF8.self)) }
            readAvailable(waitMilliseconds: 20)
        }
        // The kernel hands pty output to this side asynchronously: what the child wrote just
        // before it died may arrive a moment after; read until the line stays quiet.
        var seen = -1
        while seen != output.count {
            seen = output.count
            readAvailable(waitMilliseconds: 150)
        }
    }

    private func readAvailable(waitMilliseconds: Int32) {
        var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, waitMilliseconds)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(primary, &chunk, chunk.count)
            guard count > 0 else { break }
            output.append(contentsOf: chunk[0..<count])
        }
    }

    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        close(primary)
        close(secondary)
    }

    enum ChildError: Error { case timeout(String, String) }
}
