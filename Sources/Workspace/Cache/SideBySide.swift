import Foundation

/// Runs two independent parts of a load at once: the second on a thread of its own, the first
/// on the calling one; returns when both are done.
enum SideBySide {
    /// The parts read views of one file buffer that outlives this call, which the compiler
    /// cannot see through; each part must only read what it captures and share nothing mutable
    /// with the other. The worker's result is read only after the semaphore's wait, which
    /// orders it. A thread of its own, not a global queue: a load may itself run on a queue
    /// worker, and waiting there for another queue item could starve the pool.
    static func run<First, Second>(_ first: () -> First, alongside second: @escaping () -> Second) -> (First, Second) {
        // Escaping on purpose: the thread may release its block after it signals, which
        // `withoutActuallyEscaping` would report as an escape.
        let job = Unchecked(value: second)
        let slot = Slot<Second>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            slot.value = job.value()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let firstResult = first()
        done.wait()
        return (firstResult, slot.value!)
    }

    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
    }

    private final class Slot<Value>: @unchecked Sendable {
        var value: Value?
    }
}
