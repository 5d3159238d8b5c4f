import Dispatch

/// Runs two independent parts of a load at once: the second on a worker thread, the first on
/// the calling one; returns when both are done.
enum SideBySide {
    /// The parts read views of one file buffer that outlives this call, which the compiler
    /// cannot see through; each part must only read what it captures and share nothing mutable
    /// with the other. The worker's result is read only after the group's wait, which orders it.
    static func run<First, Second>(_ first: () -> First, alongside second: () -> Second) -> (First, Second) {
        withoutActuallyEscaping(second) { second in
            let job = Unchecked(value: second)
            let slot = Slot<Second>()
            let group = DispatchGroup()
            DispatchQueue.global(qos: .userInitiated).async(group: group) { slot.value = job.value() }
            let firstResult = first()
            group.wait()
            return (firstResult, slot.value!)
        }
    }

    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
    }

    private final class Slot<Value>: @unchecked Sendable {
        var value: Value?
    }
}
