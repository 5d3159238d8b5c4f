import AshbyAPI
import AshbySandbox
import XCTest

final class TenantHostileTests: XCTestCase {
    static let markers: [(String, @Sendable (String) -> Bool)] = [
        ("CSI", { $0.contains("\u{1B}[") }), ("OSC 0", { $0.contains("\u{1B}]0;") }), ("OSC 52", { $0.contains("\u{1B}]52;") }),
        ("OSC 8", { $0.contains("\u{1B}]8;;") }), ("C1", { $0.unicodeScalars.contains { (0x80...0x9F).contains($0.value) } }),
        ("bidi override", { $0.contains("\u{202E}") }), ("bidi isolate", { $0.contains("\u{2066}") }), ("zero width", { $0.contains("\u{200B}") }),
        ("CJK", { $0.contains("山田") }), ("emoji", { $0.contains("👩🏽‍💻") }), ("500+ chars", { $0.count >= 500 }), ("empty", { $0.isEmpty }),
    ]

    func strings(in value: JSONValue, into out: inout [String]) {
        switch value {
        case .string(let text): out.append(text)
        case .array(let items): items.forEach { strings(in: $0, into: &out) }
        case .object(let members): members.values.forEach { strings(in: $0, into: &out) }
        default: break
        }
    }

    func allStrings(_ tenant: SandboxTenant) -> [String] {
        var out: [String] = []
        for kind in ["candidate", "job", "note", "applicationFeedback", "user", "department"] {
            tenant.snapshot(of: kind).forEach { strings(in: $0, into: &out) }
        }
        return out
    }

    func testHostileTenantCarriesEveryKindOfTrap() {
        let tenant = TenantHarness.tenant(candidates: 200, hostile: true)
        let strings = allStrings(tenant)
        for (name, matches) in Self.markers {
            XCTAssertTrue(strings.contains(where: matches), "no \(name) string in a hostile tenant")
        }
        let names = tenant.snapshot(of: "candidate").compactMap { $0["name"]?.stringValue }
        let hostileShare = Double(names.filter { name in Self.markers.contains { $0.1(name) } }.count) / Double(names.count)
        XCTAssertGreaterThan(hostileShare, 0.1)
        // Hostile strings survive the wire: the JSON is valid and parses back to the same text.
        let page = tenant.call("/candidate.list", ["limit": 100])
        XCTAssertTrue(page.success)
        XCTAssertEqual(page.results.compactMap { $0["name"]?.stringValue }, Array(names.prefix(100)))
    }

    func testOrdinaryTenantIsClean() {
        let strings = allStrings(TenantHarness.tenant(candidates: 200))
        for (name, matches) in Self.markers where name != "empty" && name != "CJK" {
            XCTAssertFalse(strings.contains(where: matches), "unexpected \(name) string")
        }
    }
}
