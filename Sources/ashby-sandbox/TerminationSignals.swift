import Dispatch
import Glibc

/// Runs `handler` on the main queue at SIGINT or SIGTERM. The default disposition is ignored
/// first, or the signal would kill the process before the dispatch source sees it.
/// Keep the returned sources alive for as long as the handler should run.
func onTerminationSignals(_ handler: @escaping @Sendable () -> Void) -> [DispatchSourceSignal] {
    [SIGINT, SIGTERM].map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }
}
