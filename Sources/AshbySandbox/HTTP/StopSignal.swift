import Glibc

/// A pipe that becomes readable, for good, once the server stops. The accept loop polls it
/// next to the listening socket, and a `.delay` fault sleeps on it, so `stop()` wakes both
/// without closing a descriptor another thread is still using.
final class StopSignal: @unchecked Sendable {
    // Written once in init, then only read; closing is the owner's job after every user has finished.
    private let readEnd: Int32
    private let writeEnd: Int32

    init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            throw LoopbackHTTPServerError("cannot create the server's stop pipe: \(String(cString: strerror(errno)))")
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    func fire() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Waits for `socket` to have a connection or data, or for the stop. Returns false once stopped.
    func waitReadable(_ socket: TCPSocket) -> Bool {
        var entries = [pollfd(fd: socket.descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&entries, 2, -1)
            if ready < 0 && errno == EINTR { continue }
            return ready > 0 && entries[1].revents == 0
        }
    }

    /// Sleeps for `seconds` unless the stop comes first. Returns false when it did.
    func sleep(seconds: Double) -> Bool {
        var entry = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
        var remaining = max(seconds, 0)
        while true {
            let started = monotonicSeconds()
            let ready = poll(&entry, 1, Int32(min(remaining * 1000, Double(Int32.max)).rounded(.up)))
            if ready > 0 { return false }
            if ready == 0 { return true }
            guard errno == EINTR else { return true }
            remaining -= monotonicSeconds() - started
            if remaining <= 0 { return true }
        }
    }

    func close() {
        _ = Glibc.close(readEnd)
        _ = Glibc.close(writeEnd)
    }

    private func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
