import AshbyAPI
import Foundation
import XCTest
@testable import Workspace

final class CacheFileTests: XCTestCase {
    private var directory: URL!
    private var cache: SnapshotCache!

    override func setUpWithError() throws {
        directory = try CacheFixture.temporaryDirectory()
        cache = SnapshotCache(directory: directory.appendingPathComponent("nested/ashby-tui"),
                              tenant: CacheTenant(baseURL: "http://127.0.0.1:9", fingerprint: "t"))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    private func mode(_ url: URL) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) & 0o777
    }

    func testFileIsOwnerOnlyInAnOwnerOnlyDirectory() throws {
        try cache.save(snapshot: CacheFixture.snapshot(), tokens: [:])
        XCTAssertEqual(try mode(cache.fileURL), 0o600)
        XCTAssertEqual(try mode(cache.directory), 0o700)
        // A directory that existed with wider permissions is narrowed.
        chmod(cache.directory.path, 0o755)
        try cache.save(snapshot: CacheFixture.snapshot(), tokens: [:])
        XCTAssertEqual(try mode(cache.directory), 0o700)
    }

    func testSaveReplacesTheFileAndLeavesNoTemporaries() throws {
        try cache.save(snapshot: CacheFixture.snapshot(), tokens: [.applications: "one"])
        try cache.save(snapshot: StoreSnapshot(), tokens: [.applications: "two"])
        XCTAssertEqual(try cache.load().get().tokens, [.applications: "two"])
        XCTAssertEqual(try cache.load().get().snapshot, StoreSnapshot())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.directory.path), [cache.fileURL.lastPathComponent])
    }

    func testAStaleTemporaryFileDoesNotBreakLoadOrSave() throws {
        try cache.save(snapshot: CacheFixture.snapshot(), tokens: [.offers: "x"])
        let stale = cache.directory.appendingPathComponent(cache.fileURL.lastPathComponent + ".tmp-4242-1")
        try Data([0x41, 0x53, 0x48]).write(to: stale)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: stale.path)
        XCTAssertEqual(try cache.load().get().tokens, [.offers: "x"])
        try cache.save(snapshot: CacheFixture.snapshot(), tokens: [.offers: "y"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path), "a save clears what a crashed save left")
        XCTAssertEqual(try cache.load().get().tokens, [.offers: "y"])
    }

    func testDiscardRemovesTheFile() throws {
        try cache.save(snapshot: CacheFixture.snapshot(), tokens: [:])
        cache.discard()
        XCTAssertEqual(cache.load(), .failure(.missing))
        XCTAssertNil(CacheProblem.missing.notice)
    }

    func testAnUnwritableDirectoryIsAWriteFailureNotACrash() throws {
        let blocked = SnapshotCache(directory: URL(fileURLWithPath: "/proc/ashby-tui-cannot-exist"), tenant: CacheTenant(baseURL: "b", fingerprint: "f"))
        XCTAssertThrowsError(try blocked.save(snapshot: StoreSnapshot(), tokens: [:])) { error in
            guard case .writeFailed = error as? CacheProblem else { return XCTFail("\(error)") }
        }
    }
}
