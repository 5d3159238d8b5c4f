import Glibc

/// Why the loopback server could not start listening.
public struct LoopbackHTTPServerError: Error, CustomStringConvertible, Sendable {
    public var description: String

    init(_ step: String, port: UInt16, errno code: Int32) {
        description = "cannot \(step) 127.0.0.1:\(port): \(String(cString: strerror(code))) (errno \(code))"
    }

    init(_ description: String) {
        self.description = description
    }
}

/// A thin, copyable view of one socket descriptor; whoever created it closes it.
struct TCPSocket: Sendable {
    let descriptor: Int32

    /// A listening socket bound to 127.0.0.1 only: the sandbox must never be reachable from the network.
    static func listenOnLoopback(port: UInt16) throws -> (socket: TCPSocket, port: UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw LoopbackHTTPServerError("create a socket for", port: port, errno: errno) }
        // A restarted sandbox on a fixed port must not fail on the previous run's TIME_WAIT sockets.
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))

        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let code = errno
            Glibc.close(fd)
            throw LoopbackHTTPServerError("bind", port: port, errno: code)
        }
        guard listen(fd, SOMAXCONN) == 0 else {
            let code = errno
            Glibc.close(fd)
            throw LoopbackHTTPServerError("listen on", port: port, errno: code)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            let code = errno
            Glibc.close(fd)
            throw LoopbackHTTPServerError("read the port of", port: port, errno: code)
        }
        return (TCPSocket(descriptor: fd), UInt16(bigEndian: actual.sin_port))
    }

    /// The next connection, or nil when accept failed (a client that vanished before being accepted, EMFILE).
    func accept() -> TCPSocket? {
        let fd = Glibc.accept(descriptor, nil, nil)
        guard fd >= 0 else { return nil }
        // Child processes (tests start the sandbox binary) must not inherit client sockets.
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return TCPSocket(descriptor: fd)
    }

    /// Disables Nagle (otherwise a small response waits ~40 ms for the client's delayed ACK) and
    /// bounds how long a silent or non-reading client can hold its thread.
    func configureAccepted(timeoutSeconds: Int) {
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Writes every byte; false when the peer is gone or the send timed out. MSG_NOSIGNAL keeps a
    /// vanished client from killing the process with SIGPIPE.
    func send(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = Glibc.send(descriptor, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            if sent < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += sent
        }
        return true
    }

    func send(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { send($0) }
    }

    /// Bytes read into `buffer`: 0 at end of stream, nil on error or receive timeout.
    func receive(into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        while true {
            let count = Glibc.recv(descriptor, buffer.baseAddress, buffer.count, 0)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            return nil
        }
    }

    /// Waits up to `milliseconds` for something to read (or end of stream).
    func waitReadable(milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) > 0
    }

    func shutdownWrite() {
        _ = shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Wakes any thread blocked reading or writing this socket; the descriptor stays open.
    func shutdownBoth() {
        _ = shutdown(descriptor, Int32(SHUT_RDWR))
    }

    func close() {
        _ = Glibc.close(descriptor)
    }
}
