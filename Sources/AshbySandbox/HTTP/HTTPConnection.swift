import Foundation

/// Serves the requests of one client connection, on one thread, until either side ends it.
/// Closing the descriptor is left to the server, which does it under the lock that `stop()`
/// uses to shut connections down, so a descriptor number is never reused under its feet.
final class HTTPConnection {
    let socket: TCPSocket
    let service: SandboxService
    let stopSignal: StopSignal

    /// Received bytes not yet consumed by a request (a pipelining client may send several at once).
    private var pending: [UInt8] = []
    /// How much of `pending` the parser has already searched for the end of a head.
    private var scanned = 0
    private let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)

    init(socket: TCPSocket, service: @escaping SandboxService, stopSignal: StopSignal) {
        self.socket = socket
        self.service = service
        self.stopSignal = stopSignal
    }

    deinit {
        scratch.deallocate()
    }

    func serve() {
        while let (head, headLength) = readHead() {
            let total = headLength + head.contentLength
            if pending.count < total {
                if head.expectsContinue, !socket.send(HTTPResponseEncoder.continueHead) { return }
                pending.reserveCapacity(total)
                while pending.count < total {
                    // A client that vanishes mid-body gets nothing; there is nobody left to answer.
                    guard receiveMore() else { return }
                }
            }
            let body = Data(pending[headLength..<total])
            consume(total)

            let reply = service(SandboxRequest(method: head.method, path: head.path, headers: head.headers, body: body))
            guard answer(reply, to: head) else { return }
        }
    }

    /// Writes the reply, applying its wire fault. Returns whether the connection stays open.
    private func answer(_ reply: SandboxReply, to head: HTTPRequestHead) -> Bool {
        let sendsBody = head.method != "HEAD"
        switch reply.wireFault {
        case .dropConnection:
            return false
        case .truncateBody(let keepBytes):
            var bytes = HTTPResponseEncoder.head(status: reply.status, headers: reply.headers, contentLength: reply.body.count, keepAlive: false)
            bytes.append(contentsOf: reply.body.prefix(max(0, keepBytes)))
            // FIN right after the partial body: the client sees a clean end of stream before Content-Length is reached.
            if socket.send(bytes) { socket.shutdownWrite() }
            return false
        case .delay(let seconds):
            // A stop during the delay ends the connection unanswered rather than holding up `stop()`.
            guard stopSignal.sleep(seconds: seconds) else { return false }
        case nil:
            break
        }
        let keepAlive = head.keepAlive
        var bytes = HTTPResponseEncoder.head(status: reply.status, headers: reply.headers, contentLength: reply.body.count, keepAlive: keepAlive)
        if sendsBody { bytes.append(contentsOf: reply.body) }
        guard socket.send(bytes) else { return false }
        if !keepAlive { closeGracefully() }
        return keepAlive
    }

    /// The next request head, or nil when the connection is over (end of stream, timeout, or a rejected request).
    private func readHead() -> (HTTPRequestHead, Int)? {
        while true {
            let outcome = pending.withUnsafeBufferPointer { HTTPRequestParser.parse($0, scanned: scanned) }
            switch outcome {
            case .head(let head, let length):
                return (head, length)
            case .rejected(let rejection):
                reject(rejection)
                return nil
            case .incomplete(let searched):
                scanned = searched
                guard receiveMore() else { return nil }
            }
        }
    }

    private func reject(_ rejection: HTTPRejection) {
        let body = HTTPResponseEncoder.errorBody(rejection.message)
        var bytes = HTTPResponseEncoder.head(status: rejection.status, headers: [], contentLength: body.count, keepAlive: false)
        bytes.append(contentsOf: body)
        if socket.send(bytes) { closeGracefully() }
    }

    /// Appends what the socket has; false at end of stream, on error, or after the idle timeout.
    private func receiveMore() -> Bool {
        guard let count = socket.receive(into: scratch), count > 0 else { return false }
        pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[0..<count]))
        return true
    }

    private func consume(_ count: Int) {
        scanned = 0
        if count == pending.count {
            // Give back the memory of a large body; keep the small buffer every request reuses.
            if pending.capacity > 1024 * 1024 { pending = [] } else { pending.removeAll(keepingCapacity: true) }
        } else {
            pending.removeFirst(count)
        }
    }

    /// Closing a socket with unread input makes the kernel send RST, which can destroy the answer
    /// before the client reads it (a 413 sent while the body is still arriving). So: FIN first,
    /// then read and discard until the client closes too, for a bounded time.
    private func closeGracefully() {
        socket.shutdownWrite()
        let deadline = DispatchTime.now().uptimeNanoseconds + 500_000_000
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline, socket.waitReadable(milliseconds: Int32((deadline - now) / 1_000_000) + 1) else { return }
            guard let count = socket.receive(into: scratch), count > 0 else { return }
        }
    }
}
