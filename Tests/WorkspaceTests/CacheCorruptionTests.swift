import AshbyAPI
import AshbySandbox
import Foundation
import XCTest
@testable import Workspace

/// A damaged file is discarded with a reason, never a crash.
final class CacheCorruptionTests: XCTestCase {
    private var directory: URL!
    private var cache: SnapshotCache!

    override func setUpWithError() throws {
        directory = try CacheFixture.temporaryDirectory()
        cache = SnapshotCache(directory: directory, tenant: CacheTenant(baseURL: "https://api.ashbyhq.com", fingerprint: "t"))
        try cache.save(snapshot: CacheFixture.snapshot(), tokens: CacheFixture.tokens)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    private func savedBytes() throws -> [UInt8] { Array(try Data(contentsOf: cache.fileURL)) }

    private func loadAfterWriting(_ bytes: [UInt8]) throws -> CacheProblem? {
        try Data(bytes).write(to: cache.fileURL)
        let result = cache.load()
        guard case .failure(let problem) = result else { return nil }
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.fileURL.path), "a bad file is discarded")
        return problem
    }

    func testAFlippedPayloadByteIsACorruptFile() throws {
        var bytes = try savedBytes()
        bytes[bytes.count / 2] ^= 0x01
        XCTAssertEqual(try loadAfterWriting(bytes), .corrupt(path: cache.fileURL.path, reason: "checksum mismatch"))
        XCTAssertEqual(CacheProblem.corrupt(path: "p", reason: "checksum mismatch").notice,
                       Notice(.warning, "Cache discarded (corrupt: checksum mismatch); loading everything from Ashby."))
    }

    func testAFlippedSaveTimeIsCaughtToo() throws {
        var bytes = try savedBytes()
        bytes[20] ^= 0x80
        XCTAssertEqual(try loadAfterWriting(bytes), .corrupt(path: cache.fileURL.path, reason: "checksum mismatch"))
    }

    func testATruncatedFileIsCorrupt() throws {
        let bytes = try savedBytes()
        let problem = try loadAfterWriting(Array(bytes.prefix(bytes.count - 100)))
        XCTAssertEqual(problem, .corrupt(path: cache.fileURL.path, reason: "payload is \(bytes.count - 100 - 56) bytes, header says \(bytes.count - 56)"))
        XCTAssertEqual(try loadAfterWriting(Array(bytes.prefix(30))), .corrupt(path: cache.fileURL.path, reason: "header cut short (30 bytes)"))
    }

    func testAnotherFormatVersionIsOld() throws {
        var bytes = try savedBytes()
        bytes[12] = 0
        XCTAssertEqual(try loadAfterWriting(bytes), .oldFormat(path: cache.fileURL.path, version: 0))
        XCTAssertEqual(CacheProblem.oldFormat(path: "p", version: 0).reason, "format version 0, this build reads 3")
    }

    func testAnEmptyFileAndAForeignFile() throws {
        XCTAssertEqual(try loadAfterWriting([]), .empty(path: cache.fileURL.path))
        XCTAssertEqual(try loadAfterWriting(Array("{\"json\": true}".utf8)), .notASnapshot(path: cache.fileURL.path))
    }

    func testAnotherTenantsFileIsNotRead() throws {
        let other = SnapshotCache(directory: directory, tenant: CacheTenant(baseURL: "https://api.ashbyhq.com", fingerprint: "other"))
        try other.save(snapshot: CacheFixture.snapshot(), tokens: [:])
        XCTAssertEqual(try loadAfterWriting(Array(try Data(contentsOf: other.fileURL))), .otherTenant(path: cache.fileURL.path))
    }

    /// Every single-byte flip and every truncation of a whole file fails cleanly.
    func testEveryFlipAndEveryTruncationIsRefused() throws {
        var small = StoreSnapshot()
        small.applications = ["a": StoreFixture.application("a")]
        small.interviewSchedules = ["s": StoreFixture.schedule("s", application: "a", events: [StoreFixture.event("e", schedule: "s", start: 0, end: 1, interviewers: [("u", true)])])]
        small.feedback = ["f": StoreFixture.feedback("f", application: "a", user: "u", event: "e")]
        let tenant = CacheTenant(baseURL: "b", fingerprint: "f")
        let bytes = try SnapshotFormat.encode(small, tokens: [.applications: "t"], savedAt: Date(), tenantHash: tenant.hash)
        XCTAssertEqual(try SnapshotFormat.decode(bytes, tenantHash: tenant.hash).get().snapshot, small)
        for index in bytes.indices {
            for mask: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = bytes
                damaged[index] ^= mask
                let failed = (try? SnapshotFormat.decode(damaged, tenantHash: tenant.hash).get()) == nil
                XCTAssertTrue(failed, "flip \(mask) at \(index) went unnoticed")
            }
        }
        for length in 0..<bytes.count {
            let failed = (try? SnapshotFormat.decode(Array(bytes.prefix(length)), tenantHash: tenant.hash).get()) == nil
            XCTAssertTrue(failed, "truncation to \(length) went unnoticed")
        }
    }

    /// Payloads with a valid checksum but nonsense inside (a buggy writer, not bit rot) still fail cleanly.
    func testGarbagePayloadsBehindAValidChecksumFailCleanly() throws {
        let tenant = CacheTenant(baseURL: "b", fingerprint: "f")
        var random = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let payload = (0..<Int.random(in: 0..<64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            var file = SnapshotFormat.magic
            file += [UInt8(SnapshotFormat.version), 0, 0, 0] + [UInt8](repeating: 0, count: 8) + tenant.hash
            file += (0..<8).map { UInt8(truncatingIfNeeded: UInt64(payload.count) >> (8 * UInt64($0))) }
            let headerSum = file.withUnsafeBytes(SnapshotFormat.checksum)
            let sealed = (headerSum &* 0x9E37_79B9_7F4A_7C15) ^ payload.withUnsafeBytes(SnapshotFormat.checksum)
            file += (0..<8).map { UInt8(truncatingIfNeeded: sealed >> (8 * UInt64($0))) }
            file += payload
            // A payload that happens to decode is fine too; anything else must be `.corrupt`.
            if case .failure(let failure) = SnapshotFormat.decode(file, tenantHash: tenant.hash) {
                guard case .corrupt = failure else { return XCTFail("\(failure)") }
            }
        }
    }
}
