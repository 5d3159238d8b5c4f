import AshbyAPI
import XCTest

final class BaseURLTests: XCTestCase {
    func testHTTPSIsAcceptedAndTrailingSlashesDropped() throws {
        XCTAssertEqual(try BaseURL("https://api.ashbyhq.com/").url(for: "candidate.list"), "https://api.ashbyhq.com/candidate.list")
        XCTAssertEqual(try BaseURL("HTTPS://eu.example.com:8443").string, "HTTPS://eu.example.com:8443")
    }

    func testPlainHTTPOnlyToLoopback() throws {
        XCTAssertEqual(try BaseURL("http://127.0.0.1:8080").url(for: "apiKey.info"), "http://127.0.0.1:8080/apiKey.info")
        XCTAssertNoThrow(try BaseURL("http://localhost:9"))
        XCTAssertNoThrow(try BaseURL("http://[::1]:9"))
        for refused in ["http://api.ashbyhq.com", "http://10.0.0.5:80", "http://127.0.0.1.evil.com", "http://user@evil.com"] {
            XCTAssertThrowsError(try BaseURL(refused), refused) { error in
                guard case AshbyError.invalidConfiguration(let message) = error else { return XCTFail("\(error)") }
                XCTAssertTrue(message.contains("only https"), message)
            }
        }
    }

    func testCredentialsInTheAuthorityDoNotFoolTheLoopbackCheck() {
        XCTAssertThrowsError(try BaseURL("http://127.0.0.1@evil.com"))
        XCTAssertNoThrow(try BaseURL("http://evil.com@127.0.0.1:1"))
    }

    func testOtherSchemesAndGarbageAreRefused() {
        XCTAssertThrowsError(try BaseURL("ftp://api.ashbyhq.com"))
        XCTAssertThrowsError(try BaseURL("api.ashbyhq.com"))
        XCTAssertThrowsError(try BaseURL("https://"))
    }
}
