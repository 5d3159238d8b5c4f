#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one door from background work to the UI thread: events queue here in order, and a
/// self-pipe rings the UI loop, which `poll()`s `wakeDescriptor` beside stdin, drains every
/// waiting event, then draws once.
public final class Inbox: @unchecked Sendable {
    // Guards `events` and `wakePending`; also signals `waitForEvents`.
    private let condition = NSCondition()
    private var events: [WorkspaceEvent] = []
    /// True exactly while the pipe holds its single wake byte.
    private var wakePending = false
    private let readEnd: Int32
    private let writeEnd: Int32

    /// The read end of the self-pipe (non-blocking): readable while events wait.
    public var wakeDescriptor: Int32 { readEnd }

    public init() {
        var ends: [Int32] = [-1, -1]
        let created = ends.withUnsafeMutableBufferPointer { pipe($0.baseAddress!) } == 0
        precondition(created, "Inbox: pipe() failed (errno \(errno)); the process is out of file descriptors")
        readEnd = ends[0]
        writeEnd = ends[1]
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Queues one event; rings the bell if nobody has yet.
    public func post(_ event: WorkspaceEvent) {
        post(contentsOf: CollectionOfOne(event))
    }

    /// Queues events in order with a single wake-up.
    public func post<Events: Sequence<WorkspaceEvent>>(contentsOf newEvents: Events) {
        condition.lock()
        defer { condition.unlock() }
        let before = events.count
        events.append(contentsOf: newEvents)
        guard events.count > before else { return }
        // Written under the lock, so the pipe holds one byte exactly while `wakePending`.
        if !wakePending {
            wakePending = true
            var byte: UInt8 = 1
            _ = write(writeEnd, &byte, 1)
        }
        condition.broadcast()
    }

    /// Every waiting event, oldest first; empties the pipe.
    public func drain() -> [WorkspaceEvent] {
        condition.lock()
        defer { condition.unlock() }
        if wakePending {
            wakePending = false
            var buffer = [UInt8](repeating: 0, count: 16)
            while read(readEnd, &buffer, buffer.count) > 0 {}
        }
        let drained = events
        events.removeAll(keepingCapacity: true)
        return drained
    }

    /// Number of events waiting (for tests and the status bar).
    public var pendingCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return events.count
    }

    /// Blocks until an event waits or `timeout` passes; true when events wait. For tests and headless use.
    @discardableResult
    public func waitForEvents(timeout: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while events.isEmpty {
            if !condition.wait(until: deadline) { break }
        }
        return !events.isEmpty
    }
}
