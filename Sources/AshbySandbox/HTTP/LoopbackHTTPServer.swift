import Foundation

/// Serves a `SandboxService` over HTTP/1.1 on 127.0.0.1, one thread per connection.
///
/// Keep-alive by default for HTTP/1.1 (`Connection: close` honoured; HTTP/1.0 closes unless it
/// asks for keep-alive). Bodies need `Content-Length`; `Transfer-Encoding` is refused with 411.
/// A head over 64 KiB gets 431, a body over 16 MiB 413, a malformed request 400, each followed
/// by closing the connection. Wire faults of a reply are acted out on the socket.
public final class LoopbackHTTPServer: @unchecked Sendable {
    /// Clients beyond this many at once get a 503 and are closed, so a runaway test cannot exhaust threads.
    public static let maxConnections = 256
    /// A client silent for this long (or not reading its answer) loses its connection.
    static let idleTimeoutSeconds = 30

    private enum State {
        case idle
        case running(listener: TCPSocket, stopSignal: StopSignal, port: UInt16)
        case stopped
    }

    private let requestedPort: UInt16
    private let service: SandboxService
    /// The accept thread and every connection thread; `stop()` waits for all of them.
    private let threads = DispatchGroup()
    private let lock = NSLock()
    // Guarded by `lock`. Connection descriptors are closed under it too, so `stop()` never shuts down a reused number.
    private var state = State.idle
    private var connections = Set<Int32>()
    private var accepted = 0

    public init(port: UInt16 = 0, service: @escaping SandboxService) {
        requestedPort = port
        self.service = service
    }

    /// The bound port while the server runs.
    public var port: UInt16? {
        lock.withLock {
            if case .running(_, _, let port) = state { return port }
            return nil
        }
    }

    /// Connections accepted since start: tests use it to see that clients keep connections alive.
    public var acceptedConnections: Int { lock.withLock { accepted } }

    /// Binds 127.0.0.1 (port 0 picks a free one), starts accepting, and returns the bound port.
    @discardableResult
    public func start() throws -> UInt16 {
        try lock.withLock {
            guard case .idle = state else { throw LoopbackHTTPServerError("a LoopbackHTTPServer starts only once") }
            let stopSignal = try StopSignal()
            let listener: TCPSocket
            let port: UInt16
            do {
                (listener, port) = try TCPSocket.listenOnLoopback(port: requestedPort)
            } catch {
                stopSignal.close()
                throw error
            }
            state = .running(listener: listener, stopSignal: stopSignal, port: port)
            threads.enter()
            Thread { [self] in
                acceptConnections(on: listener, until: stopSignal)
                threads.leave()
            }.start()
            return port
        }
    }

    /// Stops accepting, shuts down open connections and waits for their threads to finish.
    /// A service call in progress runs to completion first. Idempotent; never call it from
    /// inside the service (it would wait for itself).
    public func stop() {
        let running: (TCPSocket, StopSignal)? = lock.withLock {
            defer { state = .stopped }
            guard case .running(let listener, let stopSignal, _) = state else { return nil }
            stopSignal.fire()
            for descriptor in connections { TCPSocket(descriptor: descriptor).shutdownBoth() }
            return (listener, stopSignal)
        }
        threads.wait()
        // Only now is nobody polling these descriptors.
        if let (listener, stopSignal) = running {
            listener.close()
            stopSignal.close()
        }
    }

    private func acceptConnections(on listener: TCPSocket, until stopSignal: StopSignal) {
        while stopSignal.waitReadable(listener) {
            guard let client = listener.accept() else {
                // Out of descriptors (EMFILE) leaves the connection queued: back off instead of spinning.
                if errno == EMFILE || errno == ENFILE, !stopSignal.sleep(seconds: 0.05) { return }
                continue
            }
            client.configureAccepted(timeoutSeconds: Self.idleTimeoutSeconds)
            let admitted: Bool = lock.withLock {
                guard case .running = state, connections.count < Self.maxConnections else { return false }
                connections.insert(client.descriptor)
                accepted += 1
                threads.enter()
                return true
            }
            guard admitted else {
                refuse(client)
                continue
            }
            Thread { [self] in
                HTTPConnection(socket: client, service: service, stopSignal: stopSignal).serve()
                lock.withLock {
                    connections.remove(client.descriptor)
                    client.close()
                }
                threads.leave()
            }.start()
        }
    }

    /// Answers 503 on the accept thread without reading the request: the response is small
    /// enough for the socket buffer, and a brief drain keeps the close from turning into a reset.
    private func refuse(_ client: TCPSocket) {
        let body = HTTPResponseEncoder.errorBody("the sandbox serves at most \(Self.maxConnections) connections at once")
        _ = client.send(HTTPResponseEncoder.head(status: 503, headers: [], contentLength: body.count, keepAlive: false) + body)
        client.shutdownWrite()
        if client.waitReadable(milliseconds: 50) {
            let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 16 * 1024, alignment: 1)
            _ = client.receive(into: scratch)
            scratch.deallocate()
        }
        client.close()
    }
}
