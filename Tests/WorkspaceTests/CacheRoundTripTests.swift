import AshbyAPI
import Foundation
import XCTest
@testable import Workspace

final class CacheRoundTripTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try CacheFixture.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    private func cache(_ fingerprint: String = "tenant-1") -> SnapshotCache {
        SnapshotCache(directory: directory.appendingPathComponent("ashby-tui"), tenant: CacheTenant(baseURL: "https://api.ashbyhq.com", fingerprint: fingerprint))
    }

    func testEveryResourceAndTokenSurvivesARoundTrip() throws {
        let snapshot = CacheFixture.snapshot()
        let savedAt = Date(timeIntervalSince1970: 1_700_000_123.456)
        try cache().save(snapshot: snapshot, tokens: CacheFixture.tokens, savedAt: savedAt)
        let loaded = try cache().load().get()

        var expected = snapshot
        // Forms no feedback uses are not written.
        expected.feedbackForms = expected.feedbackForms.filter { key, _ in snapshot.feedback.values.contains { $0.formKey == key } }
        XCTAssertEqual(expected.feedbackForms.count, 2)
        XCTAssertEqual(loaded.snapshot, expected)
        XCTAssertEqual(loaded.tokens, CacheFixture.tokens)
        XCTAssertEqual(loaded.savedAt, savedAt)
        for resource in SyncedResource.allCases {
            XCTAssertEqual(Set(loaded.snapshot.ids(of: resource)), Set(snapshot.ids(of: resource)), "\(resource)")
        }
    }

    func testHostileStringsSurviveByteForByte() throws {
        try cache().save(snapshot: CacheFixture.snapshot(), tokens: [:])
        let loaded = try cache().load().get().snapshot
        for (index, name) in CacheFixture.hostile.enumerated() {
            let record = try XCTUnwrap(loaded.applications["app-\(index)"])
            XCTAssertEqual(Array(record.candidateName.utf8), Array(name.utf8))
        }
        XCTAssertEqual(loaded.applications["app-4"]?.candidateName.utf8.count, CacheFixture.tenKilobytes.utf8.count)
        XCTAssertEqual(loaded.interviewSchedules["sch1"]?.events.first?.meetingLink, CacheFixture.tenKilobytes)
        XCTAssertEqual(loaded.users["u1"]?.firstName, "👩‍👩‍👧‍👦 🇯🇵 李雷")
        XCTAssertEqual(loaded.applications["app-0"]?.candidateName, "")
    }

    func testTimesOfTheBinaryRecordsRoundTripExactly() throws {
        try cache().save(snapshot: CacheFixture.snapshot(), tokens: [:])
        let loaded = try cache().load().get().snapshot
        XCTAssertEqual(loaded.applications["app-0"]?.createdAt.secondsSince1970, 1_700_000_000.123456789)
        XCTAssertEqual(loaded.applications["app-4"]?.stageEnteredAt?.secondsSince1970, 0.1)
    }

    func testALoadedStoreHasTheSameIndexesAsOneBuiltByDeltas() throws {
        var delta = StoreDelta()
        for index in 0..<300 {
            let entered: Double? = index % 5 == 0 ? Double(-index) : nil
            let name = "N\(index * 7919 % 300)"
            delta.applications.append(StoreFixture.application("a\(index)", job: "job-\(index % 3)", stage: "stage-\(index % 4)", name: name,
                                                               updated: Double(index * 37 % 1000), entered: entered))
        }
        let built = EntityStore()
        built.apply(delta, now: StoreFixture.date(0))
        try cache().save(store: built, tokens: [.applications: "t"])
        let loaded = try cache().load().get().makeStore(now: StoreFixture.date(0))
        XCTAssertEqual(loaded.snapshot, built.snapshot)
        for job in 0..<3 {
            for stage in 0..<4 {
                for sort in PipelineSort.allCases {
                    XCTAssertEqual(loaded.applicationIds(jobId: "job-\(job)", stageId: "stage-\(stage)", sort: sort, offset: 0, count: .max),
                                   built.applicationIds(jobId: "job-\(job)", stageId: "stage-\(stage)", sort: sort, offset: 0, count: .max))
                }
            }
        }
    }

    /// An optional string written last in its section (a meeting link) has a tag one past the
    /// bytes left: it must still read.
    func testAnOptionalStringEndingASectionRoundTrips() throws {
        var snapshot = StoreSnapshot()
        let event = StoreFixture.event("e", schedule: "s", start: 0, end: 1, interviewers: [("u", true)])
        var linked = event
        linked.meetingLink = "https://meet.example.com/0"
        snapshot.interviewSchedules = ["s": StoreFixture.schedule("s", application: "a", events: [linked])]
        try cache().save(snapshot: snapshot, tokens: [:])
        XCTAssertEqual(try cache().load().get().snapshot, snapshot)
    }

    func testAnEmptyStoreRoundTrips() throws {
        try cache().save(snapshot: StoreSnapshot(), tokens: [:])
        let loaded = try cache().load().get()
        XCTAssertEqual(loaded.snapshot, StoreSnapshot())
        XCTAssertEqual(loaded.tokens, [:])
    }

    func testTenantsHaveTheirOwnFilesNamedByAStableHash() throws {
        XCTAssertEqual(CacheTenant(baseURL: "https://api.ashbyhq.com", fingerprint: "tenant-1").fileName,
                       CacheTenant(baseURL: "https://api.ashbyhq.com", fingerprint: "tenant-1").fileName)
        XCTAssertNotEqual(cache("tenant-1").fileURL, cache("tenant-2").fileURL)
        XCTAssertTrue(cache().fileURL.lastPathComponent.hasPrefix("snapshot-"))
        XCTAssertEqual(cache().fileURL.lastPathComponent.count, "snapshot-".count + 32 + ".bin".count)
        // Pinned to FNV-1a of "baseURL NUL fingerprint", so file names survive new builds.
        XCTAssertEqual(CacheTenant(baseURL: "a", fingerprint: "b").fileName, "snapshot-\(Self.expectedHex("a\u{0}b")).bin")

        try cache("tenant-1").save(snapshot: CacheFixture.snapshot(), tokens: [:])
        XCTAssertEqual(cache("tenant-2").load(), .failure(.missing))
        let bytes = try Data(contentsOf: cache("tenant-1").fileURL)
        XCTAssertNil(bytes.range(of: Data("tenant-1".utf8)), "the fingerprint never reaches the disk")
    }

    private static func expectedHex(_ text: String) -> String {
        func fnv(_ offset: UInt64) -> UInt64 { text.utf8.reduce(offset) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 } }
        return [fnv(0xCBF2_9CE4_8422_2325), fnv(0x6C62_272E_07BB_0142)]
            .flatMap { half in (0..<8).map { UInt8(truncatingIfNeeded: half >> (8 * UInt64($0))) } }
            .map { String(format: "%02x", $0) }.joined()
    }

    func testDefaultDirectoryFollowsXDG() {
        XCTAssertEqual(SnapshotCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]).path, "/x/cache/ashby-tui")
        XCTAssertEqual(SnapshotCache.defaultDirectory(environment: ["HOME": "/home/a"]).path, "/home/a/.cache/ashby-tui")
        XCTAssertEqual(SnapshotCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"]).path, "/home/a/.cache/ashby-tui")
    }
}
