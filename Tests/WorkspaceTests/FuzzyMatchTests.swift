import XCTest
@testable import Workspace

final class FuzzyMatchTests: XCTestCase {
    func testSubsequenceRequired() {
        XCTAssertNil(FuzzyMatch.match("xyz", in: "pipeline.next-stage"))
        XCTAssertNil(FuzzyMatch.match("ts", in: "st"))
        XCTAssertEqual(FuzzyMatch.match("", in: "anything"), FuzzyMatch(score: 0, positions: []))
        XCTAssertTrue(FuzzyMatch.matches("plns", in: "pipeline.next-stage"))
        XCTAssertFalse(FuzzyMatch.matches("snp", in: "pipeline.next-stage"))
    }

    func testCaseInsensitiveWithPositions() throws {
        let match = try XCTUnwrap(FuzzyMatch.match("ADA", in: "Ada Lovelace"))
        XCTAssertEqual(match.positions, [0, 1, 2])
        let lower = try XCTUnwrap(FuzzyMatch.match("lov", in: "Ada Lovelace"))
        XCTAssertEqual(lower.positions, [4, 5, 6])
    }

    func testPrefersWordStartsOverEarlierMidWordLetters() throws {
        // "ns": the n of "next" and the s of "stage", not the n of "pipeline" and the s of "next-stage"'s middle.
        let match = try XCTUnwrap(FuzzyMatch.match("ns", in: "pipeline.next-stage"))
        XCTAssertEqual(match.positions, [9, 14])
        let camel = try XCTUnwrap(FuzzyMatch.match("ms", in: "awaitingMyStuff"))
        XCTAssertEqual(camel.positions, [8, 10])
    }

    func testPrefersConsecutiveRuns() throws {
        let match = try XCTUnwrap(FuzzyMatch.match("stage", in: "s t a g e stage"))
        XCTAssertEqual(match.positions, [10, 11, 12, 13, 14])
    }

    func testUnicodeSafePositionsAndFolding() throws {
        let zoe = try XCTUnwrap(FuzzyMatch.match("zoe", in: "Zoë Ångström"))
        XCTAssertEqual(zoe.positions, [0, 1, 2])
        let ang = try XCTUnwrap(FuzzyMatch.match("ang", in: "Zoë Ångström"))
        XCTAssertEqual(ang.positions, [4, 5, 6])
        let cjk = try XCTUnwrap(FuzzyMatch.match("京オ", in: "東京オフィス"))
        XCTAssertEqual(cjk.positions, [1, 2])
        // An emoji with a skin-tone modifier and a family emoji are one character each.
        let emoji = try XCTUnwrap(FuzzyMatch.match("ab", in: "👍🏽a👨‍👩‍👧b"))
        XCTAssertEqual(emoji.positions, [1, 3])
        // A bidi control is a character like any other: positions after it stay exact.
        XCTAssertEqual(FuzzyMatch.match("ex", in: "ë\u{202E}x")?.positions, [0, 2])
    }

    func testSpacesInThePatternAreIgnored() throws {
        let match = try XCTUnwrap(FuzzyMatch.match("move to", in: "pipeline.move-to"))
        XCTAssertEqual(match.positions, [9, 10, 11, 12, 14, 15])
    }

    func testRanking() {
        let names = ["search", "pipeline.archive", "pipeline.mark-column", "candidate.next-section", "pipeline.next-stage"]
        XCTAssertEqual(FuzzyMatch.rank("arch", names, key: { $0 }).map(\.item), ["pipeline.archive", "search"])
        XCTAssertEqual(FuzzyMatch.rank("ns", names, key: { $0 }).map(\.item).prefix(2),
                       ["pipeline.next-stage", "candidate.next-section"])
        XCTAssertEqual(FuzzyMatch.rank("", ["b", "a"], key: { $0 }).map(\.item), ["b", "a"])
        // Equal scores: shorter first, then alphabetical.
        XCTAssertEqual(FuzzyMatch.rank("on", ["Onsite B", "Onsite", "Onsite A"], key: { $0 }).map(\.item),
                       ["Onsite", "Onsite A", "Onsite B"])
    }

    func testScoreOrdersWordStartAboveMidWord() throws {
        let start = try XCTUnwrap(FuzzyMatch.match("on", in: "Onsite"))
        let middle = try XCTUnwrap(FuzzyMatch.match("on", in: "Phone Screen"))
        XCTAssertGreaterThan(start.score, middle.score)
        XCTAssertEqual(middle.positions, [2, 3])
    }
}
