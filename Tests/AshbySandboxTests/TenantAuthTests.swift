import AshbyAPI
import AshbySandbox
import Foundation
import XCTest

final class TenantAuthTests: XCTestCase {
    func tenant() -> SandboxTenant {
        var configuration = TenantHarness.configuration()
        configuration.apiKeys = [
            SandboxAPIKey(key: "sandbox-key"),
            SandboxAPIKey(key: "read-only", title: "Read only", permissions: ["candidatesRead"]),
            SandboxAPIKey(key: "retired", isActive: false),
        ]
        return SandboxTenant(configuration: configuration)
    }

    static func basic(_ key: String) -> String { "Basic " + Data("\(key):".utf8).base64EncodedString() }

    func assertErrorEnvelope(_ answer: TenantAnswer, status: Int, code: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(answer.reply.status, status, file: file, line: line)
        XCTAssertEqual(answer.json["success"], false, file: file, line: line)
        XCTAssertEqual(answer.json["errors"], [.string(code)], file: file, line: line)
        XCTAssertEqual(answer.code, code, file: file, line: line)
        let header = answer.reply.headers.first { $0.name == "x-ashby-request-id" }?.value
        XCTAssertNotNil(header, file: file, line: line)
        XCTAssertEqual(answer.json["errorInfo"]?["requestId"]?.stringValue, header, file: file, line: line)
        XCTAssertFalse(answer.json["errorInfo"]?["message"]?.stringValue?.isEmpty ?? true, file: file, line: line)
    }

    func testMissingOrGarbledAuthorizationIs401() {
        let tenant = tenant()
        assertErrorEnvelope(tenant.call("/candidate.list", authorization: nil), status: 401, code: "unauthenticated")
        assertErrorEnvelope(tenant.call("/candidate.list", authorization: "Basic !!!not-base64"), status: 401, code: "unauthenticated")
        assertErrorEnvelope(tenant.call("/candidate.list", authorization: "Bearer sandbox-key"), status: 401, code: "unauthenticated")
    }

    func testUnknownOrInactiveKeyIs403() {
        let tenant = tenant()
        assertErrorEnvelope(tenant.call("/candidate.list", authorization: Self.basic("nope")), status: 403, code: "invalid_api_key")
        assertErrorEnvelope(tenant.call("/candidate.list", authorization: Self.basic("retired")), status: 403, code: "invalid_api_key")
    }

    func testMissingPermissionIs403WithCode() {
        let tenant = tenant()
        XCTAssertTrue(tenant.call("/candidate.list", authorization: Self.basic("read-only")).success)
        let denied = tenant.call("/offer.list", authorization: Self.basic("read-only"))
        assertErrorEnvelope(denied, status: 403, code: "missing_endpoint_permission")
        assertErrorEnvelope(tenant.call("/application.changeStage", authorization: Self.basic("read-only")), status: 403, code: "missing_endpoint_permission")
    }

    func testRoutingErrors() {
        let tenant = tenant()
        assertErrorEnvelope(tenant.call("/candidate.explode"), status: 404, code: "not_found")
        let get = tenant.handle(SandboxRequest(method: "GET", path: "/candidate.list", headers: ["authorization": TenantHarness.authorization]))
        XCTAssertEqual(get.status, 405)
        let malformed = tenant.handle(SandboxRequest(path: "/candidate.list", headers: ["authorization": TenantHarness.authorization], body: Data("{not json".utf8)))
        XCTAssertEqual(malformed.status, 200)
        XCTAssertEqual(try JSONValue.parse(malformed.body)["errorInfo"]?["code"], "invalid_input")
        let array = tenant.handle(SandboxRequest(path: "/candidate.list", headers: ["authorization": TenantHarness.authorization], body: Data("[1]".utf8)))
        XCTAssertEqual(try JSONValue.parse(array.body)["errorInfo"]?["code"], "invalid_input")
        let empty = tenant.handle(SandboxRequest(path: "/candidate.list", headers: ["authorization": TenantHarness.authorization]))
        XCTAssertEqual(try JSONValue.parse(empty.body)["success"], true)
    }

    func testEverySuccessHasARequestIDHeader() {
        let answer = tenant().call("/apiKey.info")
        XCTAssertTrue(answer.success)
        let id = answer.reply.headers.first { $0.name == "x-ashby-request-id" }?.value ?? ""
        XCTAssertEqual(id.count, 26)
        XCTAssertEqual(answer.json["results"]?["title"], "Sandbox")
        XCTAssertEqual(answer.json["results"]?["scopes"]?.arrayValue?.count, SandboxAPIKey.allPermissions.count)
    }
}
