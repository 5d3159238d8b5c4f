import AshbySandbox
import XCTest
@testable import Workspace

/// The chunked `SortedColumn` and the packed `NameSortKey` against the plain definitions: a
/// sorted array of (key, id) with `String` order, and names compared by lowercased UTF-8 bytes.
final class StoreSortedColumnRandomizedTests: XCTestCase {
    /// Ids that stress the tie words: equal 8-byte prefixes, prefixes of each other, non-ASCII
    /// (compared by `String` order, canonical equivalence included), and UUID-like ones.
    private static let idPool: [String] = {
        var ids = ["a", "ab", "abc", "abcdefgh", "abcdefghi", "abcdefghj", "abcdefgh0", "b", "B", "", "é", "e\u{301}x", "ea",
                   "zzzzzzzz", "zzzzzzzzz", "\u{0}", "a\u{0}", "日本", "abcdefgé", "abcdefgf"]
        var random = SplitMix64(seed: 99)
        for _ in 0..<60 { ids.append(random.uuid()) }
        for index in 0..<40 { ids.append("app-\(index)") }
        return ids
    }()

    func testRandomOperationsMatchASortedArray() {
        for (seed, capacity) in [(1, 4), (2, 5), (3, 8), (4, 64)] as [(UInt64, Int)] {
            var random = SplitMix64(seed: seed)
            var column = SortedColumn<Double>(chunkCapacity: capacity)
            var reference: [SortedColumn<Double>.Entry] = []
            var keyOf: [String: Double] = [:]
            for step in 0..<3_000 {
                let id = Self.idPool[random.below(Self.idPool.count)]
                // Few distinct keys: most comparisons fall to the ids.
                let key = Double(random.below(6))
                switch (keyOf[id], random.below(3)) {
                case (nil, _):
                    column.insert(key: key, id: id)
                    keyOf[id] = key
                    reference.append(.init(key: key, id: id))
                case (let old?, 0):
                    XCTAssertTrue(column.remove(key: old, id: id))
                    keyOf[id] = nil
                    reference.removeAll { $0.id == id }
                case (let old?, _):
                    column.move(id: id, from: old, to: key)
                    keyOf[id] = key
                    reference.removeAll { $0.id == id }
                    reference.append(.init(key: key, id: id))
                }
                reference.sort()
                XCTAssertEqual(column.count, reference.count)
                if step % 50 == 0 || (capacity == 4 && step % 5 == 0) {
                    assertColumn(column, equals: reference, random: &random, context: "seed \(seed) step \(step)")
                }
                XCTAssertFalse(column.remove(key: 99, id: id), "no entry has key 99")
            }
            assertColumn(column, equals: reference, random: &random, context: "seed \(seed) end")
        }
    }

    func testBulkBuildEqualsSortedArray() {
        var random = SplitMix64(seed: 11)
        for size in [0, 1, 3, 47, 48, 49, 200] {
            let ids = (0..<size).map { "\(Self.idPool[random.below(Self.idPool.count)])-\($0 % 7)-\($0)" }
            let keys = ids.map { _ in Double(random.below(5)) }
            let column = SortedColumn<Double>(keys: keys, ids: ids)
            let reference = zip(keys, ids).map { SortedColumn<Double>.Entry(key: $0, id: $1) }.sorted()
            assertColumn(column, equals: reference, random: &random, context: "size \(size)")
            // And it keeps working when changed.
            var changed = column
            var expected = reference
            for entry in reference.prefix(10) {
                changed.move(id: entry.id, from: entry.key, to: entry.key + 0.5)
                expected.removeAll { $0.id == entry.id }
                expected.append(.init(key: entry.key + 0.5, id: entry.id))
            }
            assertColumn(changed, equals: expected.sorted(), random: &random, context: "size \(size) moved")
        }
    }

    /// `NameSortKey` order and equality equal the lowercased-UTF-8 definition it documents.
    func testNameKeysMatchLowercasedBytes() {
        let parts = ["ada", "Ada", "ADA", "lovelace", "Lovelace", "Spärck", "spärck", "SPÄRCK", "Jones", "jones", "x", "",
                     "Berners-Lee", "berners-lee", "0123456789abcdef", "0123456789ABCDEF", "0123456789abcdefg", "\u{0}", "É", "é", "e\u{301}"]
        var names: [String] = parts
        var random = SplitMix64(seed: 5)
        for _ in 0..<400 {
            names.append((0..<(1 + random.below(3))).map { _ in parts[random.below(parts.count)] }.joined(separator: random.below(2) == 0 ? " " : ""))
        }
        for left in names {
            for right in names.prefix(120) {
                let (lhs, rhs) = (NameSortKey(left), NameSortKey(right))
                let lowered = (Array(left.lowercased().utf8), Array(right.lowercased().utf8))
                XCTAssertEqual(lhs < rhs, lowered.0.lexicographicallyPrecedes(lowered.1), "\(left) < \(right)")
                XCTAssertEqual(lhs == rhs, lowered.0 == lowered.1, "\(left) == \(right)")
            }
        }
    }

    private func assertColumn(_ column: SortedColumn<Double>, equals reference: [SortedColumn<Double>.Entry],
                              random: inout SplitMix64, context: String, line: UInt = #line) {
        XCTAssertEqual(column.entries, reference, context, line: line)
        XCTAssertEqual(column.count, reference.count, context, line: line)
        for (index, entry) in reference.enumerated() {
            XCTAssertEqual(column.position(key: entry.key, id: entry.id), index, "\(context) \(entry.id)", line: line)
        }
        let offset = random.below(reference.count + 3)
        let count = random.below(20)
        let window = reference.dropFirst(offset).prefix(count).map(\.id)
        XCTAssertEqual(column.ids(offset: offset, count: count), window, context, line: line)
        let low = Double(random.below(6))
        let high = low + Double(random.below(3))
        XCTAssertEqual(column.ids(keysIn: low...high), reference.filter { (low...high).contains($0.key) }.map(\.id), context, line: line)
        // Every chunk within its capacity and non-empty.
        XCTAssertTrue(column.chunks.allSatisfy { !$0.ids.isEmpty && $0.ids.count <= column.chunkCapacity && $0.ids.count == $0.slots.count },
                      context, line: line)
    }
}
