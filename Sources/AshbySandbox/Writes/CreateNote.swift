import AshbyAPI

extension TenantEngine {
    static let allowedNoteTags: Set<String> = ["b", "i", "u", "a", "ul", "ol", "li", "code", "pre", "p", "br"]

    /// `candidate.createNote`: the note as a string or `{type, value}`; HTML is reduced to the allowed elements.
    func createNote(_ request: EndpointRequest) throws -> EndpointAnswer {
        let candidateID = try request.requiredString("candidateId")
        var content: String
        switch request.body["note"] {
        case .string(let text)?:
            content = text
        case .object(let note)?:
            guard let type = note["type"]?.stringValue, type == "text/plain" || type == "text/html", let value = note["value"]?.stringValue else {
                throw EndpointError.invalidInput("note must be a string or {type: text/plain|text/html, value}")
            }
            content = type == "text/html" ? TenantEngine.strippingDisallowedTags(value) : value
        default:
            throw EndpointError.invalidInput("note is required")
        }
        guard !content.isEmpty else { throw EndpointError.invalidInput("note must not be empty") }
        let isPrivate = try request.bool("isPrivate") ?? false
        _ = try request.bool("sendNotifications")
        var createdAt = request.now
        if let text = try request.string("createdAt") {
            guard let parsed = TenantTime.parse(text) else { throw EndpointError.invalidInput("createdAt must be an ISO-8601 date-time") }
            createdAt = parsed
        }
        guard let candidateRow = store.candidates.row(of: candidateID) else {
            throw EndpointError(code: "candidate_not_found", message: "No candidate with id \(candidateID)")
        }
        let noteRow = addNote(candidateRow: candidateRow, content: content, isPrivate: isPrivate, authorRow: 0, createdAt: createdAt, sequence: beginChange())
        return ["results": store.noteJSON(noteRow)]
    }

    func addNote(candidateRow: Int, content: String, isPrivate: Bool, authorRow: Int, createdAt: Millis, sequence: UInt64) -> Int {
        let note = NoteRecord(id: store.ids.uuid(), candidateRow: candidateRow, createdAt: createdAt, isPrivate: isPrivate, content: content, authorRow: authorRow)
        let row = store.notes.insert(note, sequence: sequence, logged: true)
        store.notesByCandidate[candidateRow].append(row)
        return row
    }

    /// Removes every tag whose element is not allowed in notes, keeping the text.
    static func strippingDisallowedTags(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { rest = rest[open...]; break }
            let tag = rest[rest.index(after: open)..<close]
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter }.lowercased()
            if allowedNoteTags.contains(name) { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}
