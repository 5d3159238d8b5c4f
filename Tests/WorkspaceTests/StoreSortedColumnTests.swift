import XCTest
@testable import Workspace

final class StoreSortedColumnTests: XCTestCase {
    /// Every move of every entry to every new key matches a remove followed by an insert.
    func testMoveEqualsRemoveThenInsert() {
        let keys: [Double] = [1, 3, 3, 5, 8]
        let base = SortedColumn<Double>(keys: keys, ids: keys.indices.map { "id\($0)" })
        XCTAssertEqual(base.entries.map(\.id), ["id0", "id1", "id2", "id3", "id4"])
        for entry in base.entries {
            for newKey in [0.0, 1, 2, 3, 4, 5, 6, 8, 9] {
                var moved = base
                moved.move(id: entry.id, from: entry.key, to: newKey)
                var expected = base
                expected.remove(key: entry.key, id: entry.id)
                expected.insert(key: newKey, id: entry.id)
                XCTAssertEqual(moved.entries, expected.entries, "\(entry.id) to \(newKey)")
            }
        }
    }

    func testWindowsAndRangesAreClamped() {
        let column = SortedColumn<Double>(keys: [4, 2, 9], ids: ["c", "a", "z"])
        XCTAssertEqual(column.ids(offset: 1, count: 5), ["c", "z"])
        XCTAssertEqual(column.ids(offset: 7, count: 1), [])
        XCTAssertEqual(column.ids(keysIn: 2...4), ["a", "c"])
        XCTAssertEqual(column.position(key: 9, id: "z"), 2)
        XCTAssertNil(column.position(key: 9, id: "y"))
    }
}
