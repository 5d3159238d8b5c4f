import Dispatch

/// Drives background churn at a steady rate on its own queue.
final class ChurnTimer: @unchecked Sendable {
    private let timer: DispatchSourceTimer

    /// Calls `tick(count)` so that on average `perMinute` changes happen each minute.
    init(perMinute: Double, tick: @escaping @Sendable (Int) -> Void) {
        let interval = max(0.05, 60 / perMinute)
        let perTick = perMinute * interval / 60
        let queue = DispatchQueue(label: "ashby-sandbox.churn")
        timer = DispatchSource.makeTimerSource(queue: queue)
        nonisolated(unsafe) var owed = 0.0 // touched only on `queue`
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler {
            owed += perTick
            let count = Int(owed)
            owed -= Double(count)
            if count > 0 { tick(count) }
        }
        timer.resume()
    }

    func cancel() { timer.cancel() }

    deinit { timer.cancel() }
}
