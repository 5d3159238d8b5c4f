import AshbyAPI
import Foundation
import XCTest

final class APIKeyTests: XCTestCase {
    let secret = "sk_live_3fa85f64-5717-4562-b3fc-2c963f66afa6"

    func testAuthorizationHeaderIsBasicWithKeyAsUserAndEmptyPassword() throws {
        let key = try APIKey(secret)
        XCTAssertEqual(key.authorizationHeader, "Basic " + Data((secret + ":").utf8).base64EncodedString())
    }

    func testTheKeyNeverAppearsInDescriptionsDumpsOrInterpolation() throws {
        let key = try APIKey(secret)
        var dumped = ""
        dump(key, to: &dumped)
        for text in [key.description, key.debugDescription, "\(key)", String(reflecting: key), dumped, "\([key])"] {
            XCTAssertFalse(text.contains(secret), text)
            XCTAssertFalse(text.contains("sk_live"), text)
        }
    }

    func testScrubRemovesTheKeyAndItsBasicEncoding() throws {
        let key = try APIKey(secret)
        let echoed = "bad key \(secret) in header \(key.authorizationHeader)"
        let scrubbed = key.scrub(echoed)
        XCTAssertFalse(scrubbed.contains(secret))
        XCTAssertFalse(scrubbed.contains(Data((secret + ":").utf8).base64EncodedString()))
        XCTAssertEqual(scrubbed, "bad key [redacted] in header Basic [redacted]")
    }

    func testEmptyOrBrokenKeysAreRefused() {
        XCTAssertThrowsError(try APIKey("  \n"))
        XCTAssertThrowsError(try APIKey("abc:def"))
        XCTAssertThrowsError(try APIKey("abc\ndef"))
        XCTAssertEqual(try APIKey(" abc\n").authorizationHeader, try APIKey("abc").authorizationHeader)
    }

    func testEnvironmentVariableWins() throws {
        let key = try APIKey.fromEnvironment(["ASHBY_API_KEY": secret, "ASHBY_API_KEY_FILE": "/nonexistent"])
        XCTAssertEqual(key, try APIKey(secret))
    }

    func testKeyFileReadableByOthersIsRefusedWithTheFix() throws {
        let path = try writeKeyFile(mode: 0o644)
        XCTAssertThrowsError(try APIKey.fromEnvironment(["ASHBY_API_KEY_FILE": path])) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("chmod 600"), text)
            XCTAssertFalse(text.contains(secret), text)
        }
        chmod(path, 0o640)
        XCTAssertThrowsError(try APIKey.fromFile(path))
    }

    func testPrivateKeyFileIsRead() throws {
        let path = try writeKeyFile(mode: 0o600)
        XCTAssertEqual(try APIKey.fromEnvironment(["ASHBY_API_KEY_FILE": path]), try APIKey(secret))
    }

    func testDefaultKeyFileUnderXDGConfigHome() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ashby-xdg-\(UUID().uuidString)")
        let dir = home.appendingPathComponent("ashby-tui")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let file = dir.appendingPathComponent("api-key").path
        FileManager.default.createFile(atPath: file, contents: Data((secret + "\n").utf8), attributes: [.posixPermissions: 0o600])
        XCTAssertEqual(try APIKey.fromEnvironment(["XDG_CONFIG_HOME": home.path]), try APIKey(secret))
    }

    func testMissingKeySaysWhatToDo() {
        XCTAssertThrowsError(try APIKey.fromEnvironment(["XDG_CONFIG_HOME": "/nonexistent-dir"])) { error in
            XCTAssertTrue("\(error)".contains("ASHBY_API_KEY"), "\(error)")
            XCTAssertTrue("\(error)".contains("--demo"), "\(error)")
        }
    }

    private func writeKeyFile(mode: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ashby-key-\(UUID().uuidString)").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data((secret + "\n").utf8)))
        chmod(path, mode_t(mode))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }
}

final class APIKeyFingerprintTests: XCTestCase {
    func testTheFingerprintIsStableDistinctAndHidesTheKey() throws {
        let key = try APIKey("secret-key-123")
        XCTAssertEqual(key.fingerprint, try APIKey(" secret-key-123\n").fingerprint)
        XCTAssertNotEqual(key.fingerprint, try APIKey("secret-key-124").fingerprint)
        XCTAssertEqual(key.fingerprint.count, 16)
        XCTAssertFalse(key.fingerprint.contains("secret"))
        XCTAssertEqual(key.fingerprint, "\(key.fingerprint)")
    }
}
