/// One step of a path into a JSON document.
public enum JSONPathComponent: Sendable, Equatable {
    case key(String)
    case index(Int)
}

extension JSONReader {
    /// The path of the innermost value that holds byte `offset` of the document in `bytes`
    /// (empty for the top-level value). Found by reading the document again, so errors cost
    /// nothing until one is explained.
    public static func path(to offset: Int, in bytes: UnsafeRawBufferPointer) -> [JSONPathComponent] {
        var reader = JSONReader(bytes)
        var path: [JSONPathComponent] = []
        _ = reader.locate(offset, &path)
        return path
    }

    /// `results[3].candidate.name`, or `body` for the top-level value.
    public static func describe(_ path: [JSONPathComponent]) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let name): text += text.isEmpty ? name : ".\(name)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "body" : text
    }

    /// The error with the path of where it happened: `results[3].candidate.name: expected string, found number`.
    public static func explain(_ error: JSONReaderError, in bytes: UnsafeRawBufferPointer) -> String {
        var path = JSONReader.path(to: error.offset, in: bytes)
        if case .missingField(let name) = error.problem {
            path.append(.key(name))
            return "\(describe(path)): required field missing"
        }
        if error.isSyntaxError { return "not JSON: \(error.reason) at byte \(error.offset) (in \(describe(path)))" }
        return "\(describe(path)): \(error.reason)"
    }

    /// With `position` on a value that starts at or before `target`: true when the value holds
    /// `target`, `path` then naming the innermost value that does.
    private mutating func locate(_ target: Int, _ path: inout [JSONPathComponent]) -> Bool {
        do {
            switch try peek() {
            case .object:
                try beginObject()
                while let key = try nextKey() {
                    _ = try significantByte()
                    // On the key or the colon: the object is as deep as it gets.
                    if target < position { return true }
                    path.append(.key((try? key.decoded()) ?? String(decoding: key.rawBytes, as: UTF8.self)))
                    if locate(target, &path) { return true }
                    path.removeLast()
                }
            case .array:
                try beginArray()
                var index = 0
                while try nextElement() {
                    _ = try significantByte()
                    if target < position { return true }
                    path.append(.index(index))
                    if locate(target, &path) { return true }
                    path.removeLast()
                    index += 1
                }
            default:
                try skipValue()
            }
            return target < position
        } catch {
            // Broken input at or before the target: the error lies in this value.
            return true
        }
    }
}
