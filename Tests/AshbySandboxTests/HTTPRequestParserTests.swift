import XCTest

@testable import AshbySandbox

/// The request-head rules, without sockets.
final class HTTPRequestParserTests: XCTestCase {
    private func parse(_ text: String, scanned: Int = 0) -> HTTPRequestParser.Outcome {
        Array(text.utf8).withUnsafeBufferPointer { HTTPRequestParser.parse($0, scanned: scanned) }
    }

    func testCompleteHeadWithBodyAfterIt() {
        let text = "\r\nPOST /candidate.list?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nX-Twice: a\r\nx-twice:  b \r\nExpect: 100-Continue\r\n\r\n{}"
        let expected = HTTPRequestHead(
            method: "POST", target: "/candidate.list?x=1", version: .http11,
            headers: ["host": "h", "content-length": "2", "x-twice": "b", "expect": "100-Continue"],
            contentLength: 2, expectsContinue: true
        )
        XCTAssertEqual(parse(text), .head(expected, length: text.utf8.count - 2))
        XCTAssertEqual(expected.path, "/candidate.list")
        XCTAssertTrue(expected.keepAlive)
    }

    func testIncompleteHeadReportsHowFarItSearched() {
        XCTAssertEqual(parse("POST /x HTTP/1.1\r\nHost:"), .incomplete(scanned: 23))
        XCTAssertEqual(parse(""), .incomplete(scanned: 0))
        // Resuming inside a split terminator still finds it.
        XCTAssertEqual(parse("GET / HTTP/1.0\r\n\r\n", scanned: 17),
                       .head(HTTPRequestHead(method: "GET", target: "/", version: .http10, headers: [:], contentLength: 0, expectsContinue: false), length: 18))
    }

    func testATLSClientHelloIsRefusedAtItsFirstByte() {
        // 0x16 0x03 0x01: a TLS handshake record, as sent by a client speaking https to us.
        let hello: [UInt8] = [0x16, 0x03, 0x01, 0x02, 0x00, 0x01]
        XCTAssertEqual(HTTPRequestParser.parse(hello), .rejected(HTTPRejection(status: 400, message: "not an HTTP/1.x request")))
        XCTAssertEqual(parse("\r\n"), .incomplete(scanned: 2))
    }

    func testKeepAliveFollowsVersionAndConnectionHeader() {
        func head(_ version: HTTPRequestHead.Version, _ connection: String?) -> HTTPRequestHead {
            HTTPRequestHead(method: "POST", target: "/", version: version, headers: connection.map { ["connection": $0] } ?? [:], contentLength: 0, expectsContinue: false)
        }
        XCTAssertEqual([head(.http11, nil), head(.http11, "Close"), head(.http11, "keep-alive, Upgrade"),
                        head(.http10, nil), head(.http10, "Keep-Alive"), head(.http10, "close")].map(\.keepAlive),
                       [true, false, true, false, true, false])
    }

    func testAbsoluteFormTargetKeepsOnlyThePath() {
        let head = HTTPRequestHead(method: "POST", target: "http://127.0.0.1:9/user.list?a#b", version: .http11, headers: [:], contentLength: 0, expectsContinue: false)
        XCTAssertEqual(head.path, "/user.list")
    }

    func testRejections() {
        let cases: [(String, Int)] = [
            ("POST  /x HTTP/1.1\r\n\r\n", 400),
            ("POST /x HTTP/2.0\r\n\r\n", 505),
            ("POST /x HTTX/1.1\r\n\r\n", 400),
            ("POST x HTTP/1.1\r\n\r\n", 400),
            ("PO(ST /x HTTP/1.1\r\n\r\n", 400),
            ("POST /x HTTP/1.1\r\nBad Name: v\r\n\r\n", 400),
            ("POST /x HTTP/1.1\r\nName: a\u{0}b\r\n\r\n", 400),
            ("POST /x HTTP/1.1\r\nName: a\nb\r\n\r\n", 400),
            ("POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400),
            ("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n", 411),
            ("POST /x HTTP/1.1\r\nContent-Length: 16777217\r\n\r\n", 413),
            ("POST /x HTTP/1.1\r\nX: " + String(repeating: "a", count: 64 * 1024) + "\r\n\r\n", 431),
            ("POST /x HTTP/1.1\r\nX: " + String(repeating: "a", count: 64 * 1024), 431),
            ("\u{16}\u{3}\u{1} TLS hello\r\n", 400),
        ]
        for (text, status) in cases {
            guard case .rejected(let rejection) = parse(text) else {
                XCTFail("accepted: \(text.prefix(60).debugDescription)")
                continue
            }
            XCTAssertEqual(rejection.status, status, text.prefix(60).debugDescription)
        }
    }
}
