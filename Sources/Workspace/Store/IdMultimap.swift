/// Ids grouped under a key (applications of a candidate, feedback of an application…). Most
/// keys hold one id, kept without a set of its own, and every insert costs one hash of the key:
/// string hashing dominates bulk loads.
struct IdMultimap: Sendable {
    private enum Members: Sendable {
        case none
        case one(String)
        case many(Set<String>)

        mutating func add(_ id: String) {
            switch self {
            case .none: self = .one(id)
            case .one(let existing): if existing != id { self = .many([existing, id]) }
            case .many(var set):
                // Drop our hold first, so the set is unique and grows in place.
                self = .none
                set.insert(id)
                self = .many(set)
            }
        }

        mutating func subtract(_ id: String) {
            switch self {
            case .none: break
            case .one(let existing): if existing == id { self = .none }
            case .many(var set):
                self = .none
                set.remove(id)
                self = set.count == 1 ? .one(set.first!) : .many(set)
            }
        }

        var ids: [String] {
            switch self {
            case .none: []
            case .one(let id): [id]
            case .many(let set): Array(set)
            }
        }

        var isEmpty: Bool { if case .none = self { true } else { false } }
    }

    private var storage: [String: Members] = [:]

    init() {}

    init(minimumCapacity: Int) { storage.reserveCapacity(minimumCapacity) }

    mutating func insert(_ id: String, under key: String) {
        storage[key, default: .none].add(id)
    }

    mutating func remove(_ id: String, under key: String) {
        guard let index = storage.index(forKey: key) else { return }
        storage.values[index].subtract(id)
        if storage.values[index].isEmpty { storage.remove(at: index) }
    }

    /// The ids under `key`, in no particular order.
    func ids(under key: String) -> [String] { storage[key]?.ids ?? [] }

    func contains(key: String) -> Bool { storage[key] != nil }
}
