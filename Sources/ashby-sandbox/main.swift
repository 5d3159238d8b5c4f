import AshbySandbox
import Foundation
import Glibc

// stdout carries only the listening line (callers wait for it); everything else goes to stderr.
func writeLine(_ text: String, to handle: Foundation.FileHandle) {
    handle.write(Data((text + "\n").utf8))
}

let options: SandboxOptions
switch SandboxOptions.parse(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment) {
case .success(let parsed):
    options = parsed
case .failure(let failure):
    writeLine("ashby-sandbox: \(failure.message)", to: .standardError)
    exit(2)
}
if options.showHelp {
    writeLine(SandboxOptions.usage, to: .standardOutput)
    exit(0)
}

// A client that disconnects must never kill the sandbox; the server already sends with MSG_NOSIGNAL.
signal(SIGPIPE, SIG_IGN)

let configuration = options.configuration()
let tenant = SandboxTenant(configuration: configuration)
var service = tenant.service
var recorder: ExchangeRecorder?
if let path = options.recordPath {
    do {
        let opened = try ExchangeRecorder(fileURL: URL(fileURLWithPath: path), wrapping: service)
        service = opened.service
        recorder = opened
    } catch {
        writeLine("ashby-sandbox: --record: \(error.localizedDescription)", to: .standardError)
        exit(1)
    }
}

let server = LoopbackHTTPServer(port: options.port, service: service)
// Before the "listening" line: a SIGTERM sent as soon as that line is read must find the handler
// (measured: a loaded machine could deliver it in between, and the default action killed us).
let finalRecorder = recorder
let signalSources = onTerminationSignals {
    server.stop()
    finalRecorder?.close()
    exit(0)
}
let port: UInt16
do {
    port = try server.start()
} catch {
    writeLine("ashby-sandbox: \(error)", to: .standardError)
    exit(1)
}
writeLine("listening on http://127.0.0.1:\(port)", to: .standardOutput)
let stats = tenant.stats
writeLine("ashby-sandbox: seed \(configuration.seed): \(stats.candidates) candidates, \(stats.applications) applications, \(stats.jobs) jobs, \(stats.users) users"
    + (configuration.hostile ? "; hostile text" : "")
    + (configuration.faultProbability > 0 ? "; faults \(configuration.faultProbability)" : "")
    + (configuration.churnPerMinute > 0 ? "; churn \(configuration.churnPerMinute)/min" : "")
    + (options.recordPath.map { "; recording to \($0)" } ?? ""), to: .standardError)

withExtendedLifetime(signalSources) {
    dispatchMain()
}
