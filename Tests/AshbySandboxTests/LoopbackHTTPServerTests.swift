import Foundation
import Glibc
import XCTest

@testable import AshbySandbox

/// The loopback server over real sockets, seen by a raw client byte for byte.
final class LoopbackHTTPServerTests: XCTestCase {
    /// Counts the requests that reached the service and remembers the last one.
    final class ServiceLog: @unchecked Sendable {
        private let lock = NSLock()
        private var requests: [SandboxRequest] = []
        var count: Int { lock.withLock { requests.count } }
        var last: SandboxRequest? { lock.withLock { requests.last } }
        func append(_ request: SandboxRequest) { lock.withLock { requests.append(request) } }
    }

    private var servers: [LoopbackHTTPServer] = []
    private let log = ServiceLog()

    override func tearDown() {
        for server in servers { server.stop() }
        servers = []
        super.tearDown()
    }

    /// Echoes the body; a few paths script replies and wire faults.
    private func startServer() throws -> UInt16 {
        let log = self.log
        let server = LoopbackHTTPServer(port: 0) { request in
            log.append(request)
            switch request.path {
            case "/drop": return SandboxReply(status: 200, body: Data("{}".utf8), wireFault: .dropConnection)
            case "/truncate": return SandboxReply(status: 200, body: Data("0123456789".utf8), wireFault: .truncateBody(keepBytes: 4))
            case "/delay": return SandboxReply(status: 200, body: Data("late".utf8), wireFault: .delay(seconds: 0.3))
            case "/stall": return SandboxReply(status: 200, body: Data(), wireFault: .delay(seconds: 30))
            case "/missing":
                return SandboxReply(status: 404, headers: [("Content-Type", "text/plain"), ("X-Trace", "abc"), ("X-Bad", "a\r\nInjected: yes"), ("Content-Length", "999")], body: Data("no such endpoint".utf8))
            default: return SandboxReply(status: 200, headers: [("X-Method", request.method)], body: request.body)
            }
        }
        servers.append(server)
        return try server.start()
    }

    func testPortZeroBindsAnEphemeralPortOnLoopbackOnly() throws {
        let server = LoopbackHTTPServer(service: { _ in SandboxReply(status: 204) })
        servers.append(server)
        XCTAssertNil(server.port)
        let port = try server.start()
        XCTAssertNotEqual(port, 0)
        XCTAssertEqual(server.port, port)
        // /proc/net/tcp lists the listening socket (state 0A) with its local address: 0100007F is 127.0.0.1.
        let table = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
        let listening = table.split(separator: "\n").map { $0.split(separator: " ") }
            .filter { $0.count > 3 && $0[1].hasSuffix(String(format: ":%04X", port)) && $0[3] == "0A" }
        XCTAssertEqual(listening.map { String($0[1]) }, [String(format: "0100007F:%04X", port)])
        server.stop()
        XCTAssertNil(server.port)
        XCTAssertThrowsError(try RawHTTPClient(port: port))
        XCTAssertThrowsError(try server.start())
    }

    func testKeepAliveServesSeveralRequestsOnOneConnection() throws {
        let client = try RawHTTPClient(port: startServer())
        for index in 1...3 {
            try client.send(RawHTTPClient.request("/candidate.list?page=\(index)", json: "{\"n\":\(index)}"))
            let response = try client.readResponse()
            XCTAssertEqual(response.statusLine, "HTTP/1.1 200 OK")
            XCTAssertEqual(response.bodyText, "{\"n\":\(index)}")
            XCTAssertEqual(response.headerFields.map(\.name), ["content-length", "content-type", "connection", "x-method"])
            XCTAssertEqual(response.header("content-length"), "7")
            XCTAssertEqual(response.header("content-type"), "application/json; charset=utf-8")
            XCTAssertEqual(response.header("connection"), "keep-alive")
        }
        XCTAssertEqual(log.count, 3)
        XCTAssertEqual(log.last?.path, "/candidate.list")
        XCTAssertEqual(log.last?.method, "POST")
        XCTAssertEqual(log.last?.headers["content-type"], "application/json")
        XCTAssertEqual(log.last?.headers["host"], "127.0.0.1")
    }

    func testPipelinedRequestsAreAnsweredInOrder() throws {
        let client = try RawHTTPClient(port: startServer())
        try client.send(RawHTTPClient.request("/a", json: "1") + RawHTTPClient.request("/b", json: "22") + RawHTTPClient.request("GET", "/c"))
        XCTAssertEqual(try client.readResponse().bodyText, "1")
        XCTAssertEqual(try client.readResponse().bodyText, "22")
        let third = try client.readResponse()
        XCTAssertEqual(third.header("x-method"), "GET")
        XCTAssertEqual(third.body, [])
        XCTAssertEqual(log.count, 3)
    }

    func testConcurrentClientsEachGetTheirOwnAnswers() throws {
        let port = try startServer()
        let failures = ServiceLog()
        DispatchQueue.concurrentPerform(iterations: 24) { clientIndex in
            do {
                let client = try RawHTTPClient(port: port)
                for requestIndex in 0..<25 {
                    let body = "{\"client\":\(clientIndex),\"request\":\(requestIndex)}"
                    try client.send(RawHTTPClient.request("/echo", json: body))
                    let response = try client.readResponse()
                    if response.status != 200 || response.bodyText != body { failures.append(SandboxRequest(path: response.bodyText)) }
                }
            } catch {
                failures.append(SandboxRequest(path: "\(error)"))
            }
        }
        XCTAssertEqual(failures.count, 0, failures.last?.path ?? "")
        XCTAssertEqual(log.count, 24 * 25)
    }

    func testConnectionCloseIsHonoured() throws {
        let port = try startServer()
        let closing = try RawHTTPClient(port: port)
        try closing.send(RawHTTPClient.request("/x", json: "{}", headers: ["Connection: close"]))
        let response = try closing.readResponse()
        XCTAssertEqual(response.header("connection"), "close")
        XCTAssertEqual(response.bodyText, "{}")
        XCTAssertTrue(closing.seesEndOfStream(within: 2))

        let old = try RawHTTPClient(port: port)
        try old.send(RawHTTPClient.request("/x", json: "[]", version: "HTTP/1.0"))
        XCTAssertEqual(try old.readResponse().header("connection"), "close")
        XCTAssertTrue(old.seesEndOfStream(within: 2))

        let oldKeepAlive = try RawHTTPClient(port: port)
        for _ in 0..<2 {
            try oldKeepAlive.send(RawHTTPClient.request("/x", json: "[]", headers: ["Connection: Keep-Alive"], version: "HTTP/1.0"))
            XCTAssertEqual(try oldKeepAlive.readResponse().header("connection"), "keep-alive")
        }
    }

    func testLargeBodyRoundTripsAfter100Continue() throws {
        let client = try RawHTTPClient(port: startServer())
        let body = (0..<(5 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let head = "POST /upload HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: \(body.count)\r\n\r\n"
        try client.send(head)
        let interim = try client.readResponse()
        XCTAssertEqual(interim.statusLine, "HTTP/1.1 100 Continue")
        try client.send(body)
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("content-length"), String(body.count))
        XCTAssertFalse(response.endedEarly)
        XCTAssertTrue(response.body == body)
        XCTAssertEqual(log.last?.body.count, body.count)
    }

    func testBodyOfExactlyTheLimitIsAccepted() throws {
        let client = try RawHTTPClient(port: startServer(), timeoutSeconds: 30)
        try client.send(RawHTTPClient.request("POST", "/big", body: [UInt8](repeating: 0x61, count: HTTPRequestParser.maxBodyBytes)))
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.body.count, 16 * 1024 * 1024)
    }

    func testGarbageGets400ThenClose() throws {
        let port = try startServer()
        for garbage in ["\u{0}\u{1}\u{2} hello\r\n\r\n", "GET /x\r\n\r\n", "POST /x HTTP/1.1\r\nno colon here\r\n\r\n", "POST /x HTTP/1.1\r\n folded: header\r\n\r\n", "POST /x HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n", "POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"] {
            let client = try RawHTTPClient(port: port)
            try client.send(garbage)
            let response = try client.readResponse()
            XCTAssertEqual(response.statusLine, "HTTP/1.1 400 Bad Request", garbage)
            XCTAssertEqual(response.header("connection"), "close", garbage)
            XCTAssertTrue(response.bodyText.hasPrefix("{\"success\":false,\"errors\":[\""), response.bodyText)
            XCTAssertTrue(client.seesEndOfStream(within: 2), garbage)
        }
        // A first line of garbage is refused without waiting for a blank line.
        let early = try RawHTTPClient(port: port)
        try early.send("\u{7}\u{7}\u{7}\r\n")
        XCTAssertEqual(try early.readResponse().status, 400)
        XCTAssertEqual(log.count, 0)
    }

    func testOversizedBodyGets413AndHeadGets431() throws {
        let port = try startServer()
        let big = try RawHTTPClient(port: port)
        try big.send("POST /x HTTP/1.1\r\nContent-Length: \(16 * 1024 * 1024 + 1)\r\n\r\n")
        let response = try big.readResponse()
        XCTAssertEqual(response.statusLine, "HTTP/1.1 413 Content Too Large")
        XCTAssertEqual(response.bodyText, "{\"success\":false,\"errors\":[\"request body of 16777217 bytes exceeds 16777216\"]}")
        XCTAssertTrue(big.seesEndOfStream(within: 2))

        let longHead = try RawHTTPClient(port: port)
        try longHead.send("POST /x HTTP/1.1\r\nX-Padding: " + String(repeating: "p", count: 70 * 1024) + "\r\n\r\n")
        XCTAssertEqual(try longHead.readResponse().statusLine, "HTTP/1.1 431 Request Header Fields Too Large")

        let chunked = try RawHTTPClient(port: port)
        try chunked.send("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        XCTAssertEqual(try chunked.readResponse().statusLine, "HTTP/1.1 411 Length Required")
        XCTAssertEqual(log.count, 0)
    }

    func testReplyHeadersStatusAndContentTypeOverride() throws {
        let client = try RawHTTPClient(port: startServer())
        try client.send(RawHTTPClient.request("/missing", json: "{}"))
        let response = try client.readResponse()
        XCTAssertEqual(response.statusLine, "HTTP/1.1 404 Not Found")
        // The reply's own Content-Type replaces the default; its Content-Length and the header with CRLF are dropped.
        XCTAssertEqual(response.headerFields.map(\.name), ["content-length", "connection", "content-type", "x-trace"])
        XCTAssertEqual(response.header("content-length"), "16")
        XCTAssertEqual(response.header("content-type"), "text/plain")
        XCTAssertEqual(response.bodyText, "no such endpoint")
    }

    func testDropConnectionClosesWithoutAnswering() throws {
        let client = try RawHTTPClient(port: startServer())
        try client.send(RawHTTPClient.request("/drop", json: "{}"))
        XCTAssertTrue(client.seesEndOfStream(within: 2))
        XCTAssertEqual(client.unreadBytes, [])
        XCTAssertEqual(log.count, 1)
    }

    func testTruncateBodyAnnouncesFullLengthThenCloses() throws {
        let client = try RawHTTPClient(port: startServer())
        try client.send(RawHTTPClient.request("/truncate", json: "{}"))
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("content-length"), "10")
        XCTAssertEqual(response.bodyText, "0123")
        XCTAssertTrue(response.endedEarly)
    }

    func testDelayAnswersNormallyAfterTheDelay() throws {
        let client = try RawHTTPClient(port: startServer())
        let started = Date()
        try client.send(RawHTTPClient.request("/delay", json: "{}"))
        let response = try client.readResponse()
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.3)
        XCTAssertEqual(response.bodyText, "late")
        try client.send(RawHTTPClient.request("/after", json: "1"))
        XCTAssertEqual(try client.readResponse().bodyText, "1")
    }

    func testStopWithConnectedClientsReturnsPromptly() throws {
        let port = try startServer()
        let idle = try RawHTTPClient(port: port)
        try idle.send(RawHTTPClient.request("/x", json: "1"))
        XCTAssertEqual(try idle.readResponse().bodyText, "1")
        let halfway = try RawHTTPClient(port: port)
        try halfway.send("POST /x HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"partial\":")
        let stalled = try RawHTTPClient(port: port)
        try stalled.send(RawHTTPClient.request("/stall", json: "{}"))
        try waitUntil { self.log.count == 2 }

        let started = Date()
        servers[0].stop()
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        for client in [idle, halfway, stalled] {
            XCTAssertTrue(client.seesEndOfStream(within: 2))
        }
        servers[0].stop()
        XCTAssertThrowsError(try RawHTTPClient(port: port))
    }

    func testClientVanishingMidRequestLeavesTheServerServing() throws {
        let port = try startServer()
        for partial in ["POS", "POST /x HTTP/1.1\r\nContent-Len", "POST /x HTTP/1.1\r\nContent-Length: 50\r\n\r\n{\"a\""] {
            let client = try RawHTTPClient(port: port)
            try client.send(partial)
            client.close()
        }
        // A client that leaves before reading a large answer: the server's write fails without SIGPIPE.
        let leaver = try RawHTTPClient(port: port)
        try leaver.send(RawHTTPClient.request("POST", "/x", body: [UInt8](repeating: 0x62, count: 4 * 1024 * 1024)))
        leaver.close()
        let client = try RawHTTPClient(port: port)
        try client.send(RawHTTPClient.request("/still-there", json: "true"))
        XCTAssertEqual(try client.readResponse().bodyText, "true")
    }

    /// Catches the 40 ms Nagle stall (2,000 requests would take 80 s) and gross slowness; prints the rate.
    func testManySmallRequestsOnOneConnectionAreFast() throws {
        let client = try RawHTTPClient(port: startServer())
        let request = RawHTTPClient.request("/candidate.info", json: "{\"id\":\"c-1\"}")
        let count = 2000
        let started = Date()
        for _ in 0..<count {
            try client.send(request)
            _ = try client.readResponse()
        }
        let elapsed = Date().timeIntervalSince(started)
        print("LoopbackHTTPServer: \(Int(Double(count) / elapsed)) requests/s on one keep-alive connection")
        XCTAssertLessThan(elapsed, 5)
        XCTAssertEqual(log.count, count)
    }

    private func waitUntil(seconds: Double = 5, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            guard Date() < deadline else { throw RawHTTPClient.Failure(description: "condition not met within \(seconds) s") }
            usleep(5_000)
        }
    }
}
