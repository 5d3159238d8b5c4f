import AshbyAPI
import AshbySandbox
import TerminalUI
import Workspace
@preconcurrency import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Front-end figures: a whole frame (view model to cell buffer) for a pipeline of 20,000
/// applications vs 200; the bytes ncurses writes for a one-card cursor move at 160x48 vs a full
/// repaint; and the CPU the running app uses over an idle minute with a poll every 30 s.
enum FrameBenchmarks {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    static func run(quick: Bool) {
        let store = ViewModelBenchmarks.makeStore(bigJob: 20_000, smallJob: 200, otherApplications: quick ? 2_000 : 20_000)
        let frames = quick ? 200 : 1_000
        let big = medianFrame(store: store, job: "job-big", frames: frames)
        let small = medianFrame(store: store, job: "job-small", frames: frames)
        report("frame_pipeline_20k_160x48_ms", big * 1000, "ms")
        report("frame_pipeline_200_160x48_ms", small * 1000, "ms")
        report("frame_pipeline_ratio_20k_vs_200", big / small, "x")
        terminalBytes(store: store)
        idleCPU(seconds: quick ? 10 : 60)
    }

    static func model(store: EntityStore, job: String) -> WorkspaceModel {
        let model = WorkspaceModel(store: store, tenant: "Bench", timeZone: TimeZone(identifier: "UTC")!)
        model.setViewport(Viewport(width: 160, height: 48))
        model.handle(.job(job), now: now)
        return model
    }

    /// Median time of a whole frame after each of `frames` cursor moves.
    static func medianFrame(store: EntityStore, job: String, frames: Int) -> Double {
        let model = model(store: store, job: job)
        var times: [Double] = []
        var checksum = 0
        for index in 0..<frames {
            model.handle(index % 40 == 39 ? .right : .down, now: now)
            if index % 200 == 199 { model.handle(.top, now: now) }
            times.append(seconds {
                let canvas = WorkspaceFrame.draw(model, width: 160, height: 48, now: now)
                checksum &+= canvas.hitRegions.count
            })
        }
        precondition(checksum > 0, "the frames held no cards")
        return ViewModelBenchmarks.median(times)
    }

    /// Bytes written for one cursor move on the 20k pipeline, and for a full repaint, on a
    /// pseudo-terminal with TERM=xterm-256color and the default theme.
    static func terminalBytes(store: EntityStore) {
        do {
            let theme = try ThemeCatalog.load(name: "default", userDirectory: nil)
            let (terminal, output) = try TerminalSession.onPseudoTerminal(width: 160, height: 48, theme: theme, term: "xterm-256color")
            let model = model(store: store, job: "job-big")
            terminal.present(WorkspaceFrame.draw(model, width: 160, height: 48, now: now))
            let first = output.drain().count
            var moves: [Double] = []
            for _ in 0..<10 {
                model.handle(.down, now: now)
                terminal.present(WorkspaceFrame.draw(model, width: 160, height: 48, now: now))
                moves.append(Double(output.drain().count))
            }
            terminal.invalidate()
            terminal.present(WorkspaceFrame.draw(model, width: 160, height: 48, now: now))
            let repaint = output.drain().count
            terminal.close()
            report("terminal_bytes_first_frame_160x48", Double(first), "bytes")
            report("terminal_bytes_cursor_move_160x48", ViewModelBenchmarks.median(moves), "bytes")
            report("terminal_bytes_full_repaint_160x48", Double(repaint), "bytes")
        } catch {
            print("terminal_bytes skipped: \(error)")
        }
    }

    /// The whole app (sandbox in process, no colleagues' changes, poll every 30 s) on a
    /// pseudo-terminal: CPU seconds used over `seconds` of idle after the first sync.
    static func idleCPU(seconds: Double) {
        var configuration = SandboxConfiguration()
        configuration.seed = 3
        configuration.candidates = 300
        let tenant = SandboxTenant(configuration: configuration)
        let client = AshbyClient(baseURL: try! BaseURL("http://127.0.0.1:1"), apiKey: try! APIKey("sandbox-key"),
                                 transport: InProcessTransport(service: tenant.service))
        var settings = SessionSettings(tenantName: "Bench")
        settings.pollInterval = 30
        settings.outboxDirectory = NSTemporaryDirectory() + "ashby-bench-outbox-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: settings.outboxDirectory!) }
        let ready = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var output: PseudoTerminalOutput?
        let frozenSettings = settings
        let thread = Thread {
            do {
                let theme = try ThemeCatalog.load(name: "default", userDirectory: nil)
                let (terminal, pty) = try TerminalSession.onPseudoTerminal(width: 160, height: 48, theme: theme)
                output = pty
                let session = try WorkspaceSession(client: client, settings: frozenSettings)
                ready.signal()
                TerminalApp(session: session, terminal: terminal).run()
                terminal.close()
                session.close()
            } catch {
                print("idle_cpu skipped: \(error)")
                ready.signal()
            }
            finished.signal()
        }
        thread.start()
        ready.wait()
        guard let pty = output else { return }
        // The first sync and its frames finish well within this.
        Thread.sleep(forTimeInterval: 5)
        let before = processCPUSeconds()
        Thread.sleep(forTimeInterval: seconds)
        let used = processCPUSeconds() - before
        pty.send("q")
        finished.wait()
        report("idle_cpu_\(Int(seconds))s_poll_30s", used, "s")
        report("idle_cpu_percent", used / seconds * 100, "%")
    }

    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
