import CTerminalShim
import Foundation

/// The other side of a pseudo-terminal that a `TerminalSession` draws on (tests, benchmarks):
/// a reader thread keeps every byte ncurses writes, and keys can be typed into it.
public final class PseudoTerminalOutput {
    /// The terminal side (given to ncurses as its input and output).
    let secondary: Int32
    private let primary: Int32
    private let capture: Capture
    private let stopPipe: (read: Int32, write: Int32)
    private var drainCount = 0

    /// Bytes returned by `drain()` so far.
    public private(set) var totalBytes = 0

    init(width: Int, height: Int) throws(TerminalError) {
        var primary: Int32 = -1, secondary: Int32 = -1
        guard ashby_openpty(&primary, &secondary, Int32(height), Int32(width)) == 0 else {
            throw .cannotStart("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var stop: [Int32] = [0, 0]
        guard pipe(&stop) == 0 else {
            Glibc.close(primary)
            Glibc.close(secondary)
            throw .cannotStart("cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        self.primary = primary
        self.secondary = secondary
        self.stopPipe = (stop[0], stop[1])
        let capture = Capture()
        self.capture = capture
        let stopRead = stop[0], reading = primary
        let thread = Thread { capture.run(reading: reading, stop: stopRead) }
        thread.name = "pseudo-terminal reader"
        thread.start()
    }

    deinit {
        var byte: UInt8 = 1
        _ = write(stopPipe.write, &byte, 1)
        capture.finished.wait()
        Glibc.close(primary)
        Glibc.close(secondary)
        Glibc.close(stopPipe.read)
        Glibc.close(stopPipe.write)
    }

    /// Every byte written to the terminal since the last drain. Exact: a marker is written
    /// after ncurses' output and the bytes are taken when the marker has been read back.
    public func drain(timeout: TimeInterval = 5) -> [UInt8] {
        drainCount += 1
        let marker = Array("\u{0}ashby-drain-\(drainCount)\u{0}".utf8)
        marker.withUnsafeBufferPointer { _ = write(secondary, $0.baseAddress, $0.count) }
        let bytes = capture.take(through: marker, deadline: Date(timeIntervalSinceNow: timeout))
        totalBytes += bytes.count
        return bytes
    }

    /// Types `bytes` as if from the keyboard.
    public func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { _ = write(primary, $0.baseAddress, $0.count) }
    }

    public func send(_ text: String) { send(Array(text.utf8)) }

    /// Changes the terminal's size and signals it, as a terminal emulator would (SIGWINCH to
    /// this process: ncurses reports `KEY_RESIZE` on the next read).
    public func resize(width: Int, height: Int) {
        _ = ashby_set_window_size(primary, Int32(height), Int32(width))
        raise(SIGWINCH)
    }

    /// The pseudo-terminal's current modes (for checking that they were restored).
    public func modes() -> termios {
        var modes = termios()
        tcgetattr(secondary, &modes)
        return modes
    }

    /// The reader thread's buffer.
    private final class Capture: @unchecked Sendable {
        private let condition = NSCondition()
        private var buffer: [UInt8] = []
        let finished = DispatchSemaphore(value: 0)

        func run(reading descriptor: Int32, stop: Int32) {
            var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: stop, events: Int16(POLLIN), revents: 0)]
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let ready = poll(&descriptors, 2, -1)
                if ready < 0, errno == EINTR { continue }
                if ready < 0 || descriptors[1].revents != 0 { break }
                if descriptors[0].revents & Int16(POLLIN) != 0 {
                    let count = read(descriptor, &chunk, chunk.count)
                    if count > 0 {
                        condition.lock()
                        buffer.append(contentsOf: chunk[0..<count])
                        condition.broadcast()
                        condition.unlock()
                        continue
                    }
                    if count < 0, errno == EINTR || errno == EAGAIN { continue }
                }
                // Hang-up with nothing to read (every terminal-side descriptor closed): wait for stop.
                descriptors[0].events = 0
            }
            finished.signal()
        }

        /// The bytes before `marker`, once it has arrived; everything so far at the deadline.
        func take(through marker: [UInt8], deadline: Date) -> [UInt8] {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let start = find(marker) {
                    let bytes = Array(buffer[..<start])
                    buffer.removeSubrange(..<(start + marker.count))
                    return bytes
                }
                if !condition.wait(until: deadline) {
                    let bytes = buffer
                    buffer.removeAll()
                    return bytes
                }
            }
        }

        private func find(_ marker: [UInt8]) -> Int? {
            guard buffer.count >= marker.count else { return nil }
            var index = buffer.count - marker.count
            while index >= 0 {
                if buffer[index] == marker[0], Array(buffer[index..<(index + marker.count)]) == marker { return index }
                index -= 1
            }
            return nil
        }
    }
}
