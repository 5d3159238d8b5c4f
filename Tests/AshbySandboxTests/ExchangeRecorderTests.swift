import Foundation
import XCTest

@testable import AshbySandbox

final class ExchangeRecorderTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ExchangeRecorderTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    func testWritesOneLinePerExchangeWithoutHeaders() throws {
        let file = directory.appendingPathComponent("exchanges.jsonl")
        let recorder = try ExchangeRecorder(fileURL: file) { request in
            switch request.path {
            case "/candidate.list": return SandboxReply(status: 200, body: Data("{\"success\": true,\n \"results\": [1, 2.5, \"é\\n\"]}".utf8))
            case "/text": return SandboxReply(status: 502, headers: [("Content-Type", "text/plain")], body: Data("bad gateway".utf8))
            default: return SandboxReply(status: 401, body: Data(), wireFault: .dropConnection)
            }
        }
        let service = recorder.service
        let secret = ["authorization": "Basic c2VjcmV0LWtleTo="]
        let reply = service(SandboxRequest(path: "/candidate.list", headers: secret, body: Data("{\"limit\":2,\"cursor\":null}".utf8)))
        XCTAssertEqual(reply.status, 200)
        _ = service(SandboxRequest(path: "/text", headers: secret, body: Data("not json".utf8)))
        _ = service(SandboxRequest(path: "/user.info", headers: secret))
        recorder.close()
        _ = service(SandboxRequest(path: "/after-close"))

        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertEqual(text, """
            {"path":"/candidate.list","status":200,"request":{"cursor":null,"limit":2},"response":{"results":[1,2.5,"é\\n"],"success":true}}
            {"path":"/text","status":502,"request":null,"response":null}
            {"path":"/user.info","status":401,"request":null,"response":null}

            """)
        XCTAssertFalse(text.contains("c2VjcmV0"))
    }

    func testAppendsToAnExistingRecordingAndKeepsLinesWholeUnderConcurrency() throws {
        let file = directory.appendingPathComponent("exchanges.jsonl")
        try Data("earlier\n".utf8).write(to: file)
        let recorder = try ExchangeRecorder(fileURL: file) { request in SandboxReply(status: 200, body: request.body) }
        let service = recorder.service
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            _ = service(SandboxRequest(path: "/p", body: Data("{\"i\":\(index),\"pad\":\"\(String(repeating: "x", count: 2000))\"}".utf8)))
        }
        recorder.close()
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 201)
        XCTAssertEqual(lines.first, "earlier")
        let indices = lines.dropFirst().compactMap { line -> Int? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let request = object["request"] as? [String: Any] else { return nil }
            return request["i"] as? Int
        }
        XCTAssertEqual(indices.sorted(), Array(0..<200))
    }

    func testUnwritableFileIsAnErrorNamingThePath() {
        let file = directory.appendingPathComponent("missing/dir/exchanges.jsonl")
        XCTAssertThrowsError(try ExchangeRecorder(fileURL: file) { _ in SandboxReply(status: 200) }) { error in
            XCTAssertTrue("\(error)".contains(file.path), "\(error)")
        }
    }
}
