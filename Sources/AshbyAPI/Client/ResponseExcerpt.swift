import Foundation

/// Short, printable excerpts of untrusted response bodies for error messages.
enum ResponseExcerpt {
    static let maxCharacters = 160

    /// The body's start with control characters made visible, so an error message can never
    /// carry an escape sequence to the terminal.
    static func make(_ body: Data) -> String {
        if body.isEmpty { return "(empty body)" }
        let text = String(decoding: body.prefix(maxCharacters * 4), as: UTF8.self)
        var out = ""
        for scalar in text.unicodeScalars {
            if out.count >= maxCharacters {
                out += "…"
                break
            }
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
                out += scalar == "\n" || scalar == "\t" ? " " : "\u{FFFD}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// "results[3].candidate.name: value missing" rather than Foundation's wall of text.
    static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return text.isEmpty ? "body" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): required field missing"
        case .valueNotFound(_, let context):
            return "\(path(context.codingPath)): required value is null"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type)"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "undecodable"
        }
    }
}
