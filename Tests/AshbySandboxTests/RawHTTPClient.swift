import Foundation
import Glibc

/// A blocking HTTP/1.1 client over a raw socket, so tests see exactly what the server wrote:
/// partial bodies, missing answers, the moment the connection closes.
final class RawHTTPClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Response {
        var statusLine: String
        var status: Int
        /// Header names lower-cased, in order; names may repeat.
        var headerFields: [(name: String, value: String)]
        var body: [UInt8]
        /// The connection ended before `Content-Length` bytes of body arrived.
        var endedEarly: Bool

        func header(_ name: String) -> String? {
            headerFields.first { $0.name == name }?.value
        }

        var bodyText: String { String(decoding: body, as: UTF8.self) }
    }

    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var closed = false

    /// Connects to 127.0.0.1:`port`; reads give up after `timeoutSeconds` so a broken server fails the test instead of hanging it.
    init(port: UInt16, timeoutSeconds: Int = 5) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw Failure(description: "connect to port \(port): errno \(code)")
        }
    }

    deinit {
        close()
    }

    func close() {
        if !closed { Glibc.close(descriptor) }
        closed = true
    }

    static func request(_ method: String = "POST", _ path: String, headers: [String] = [], body: [UInt8] = [], version: String = "HTTP/1.1") -> [UInt8] {
        var head = "\(method) \(path) \(version)\r\nHost: 127.0.0.1\r\n"
        for header in headers { head += header + "\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        return Array(head.utf8) + body
    }

    static func request(_ path: String, json: String, headers: [String] = [], version: String = "HTTP/1.1") -> [UInt8] {
        request("POST", path, headers: ["Content-Type: application/json"] + headers, body: Array(json.utf8), version: version)
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "send: errno \(errno)") }
            offset += sent
        }
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    /// Reads one response. A body cut short by the end of the stream comes back with `endedEarly`.
    func readResponse() throws -> Response {
        var headEnd: Int?
        while true {
            headEnd = findHeadEnd()
            if headEnd != nil { break }
            guard try fill() else { throw Failure(description: "connection closed before a response head; got \(buffer.count) bytes") }
        }
        let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
            throw Failure(description: "malformed status line \(statusLine)")
        }
        let fields = lines.map { line -> (name: String, value: String) in
            let colon = line.firstIndex(of: ":")!
            return (line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        buffer.removeFirst(headEnd! + 4)
        var response = Response(statusLine: statusLine, status: status, headerFields: fields, body: [], endedEarly: false)
        if status == 100 { return response }
        let length = Int(response.header("content-length") ?? "0") ?? 0
        while buffer.count < length {
            guard try fill() else {
                response.endedEarly = true
                break
            }
        }
        let taken = min(length, buffer.count)
        response.body = Array(buffer[0..<taken])
        buffer.removeFirst(taken)
        return response
    }

    /// Whether the server ends the stream (FIN or reset) within `seconds` without sending anything more.
    func seesEndOfStream(within seconds: Double) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard buffer.isEmpty, poll(&entry, 1, Int32(seconds * 1000)) > 0 else { return false }
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, 0)
        return count == 0 || (count < 0 && errno == ECONNRESET)
    }

    /// Bytes received so far but not yet returned in a response.
    var unreadBytes: [UInt8] { buffer }

    private func findHeadEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4) where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// False at end of stream (or reset); throws on timeout.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
        if count == 0 || errno == ECONNRESET { return false }
        throw Failure(description: "receive failed or timed out: errno \(errno)")
    }
}
