import AshbyAPI
import Foundation

/// One question of a scorecard being written, with its answer so far. The answer is kept in the
/// shape the dialog edits (a score, an option index, text) and encoded for
/// `applicationFeedback.submit` only when the scorecard is sent.
public struct ScorecardField: Sendable, Equatable {
    /// How the field is answered, from the form field's type.
    public enum Kind: Sendable, Equatable {
        /// Score: 1 to 4.
        case score
        /// ValueSelect: one of the options.
        case choice([FormSelectableValue])
        /// MultiValueSelect: any of the options.
        case choices([FormSelectableValue])
        /// Boolean: yes or no.
        case flag
        /// Number: an integer.
        case number
        /// String, LongText, RichText, Email, Phone, Date, Url, UUID: typed text.
        case text(TextFormat)
        /// Ranges and currency amounts: answered in Ashby, not here.
        case unsupported(String)
    }

    /// What typed text must look like, and how it is sent.
    public enum TextFormat: Sendable, Equatable {
        case line, paragraphs, richText, email, phone, date, url, uuid

        /// Long answers take several lines (Alt+Enter or Ctrl+J).
        public var allowsNewlines: Bool { self == .paragraphs || self == .richText }
    }

    public let path: String
    public let title: String
    /// The section's title, on the first field of each section.
    public let sectionTitle: String?
    public let isRequired: Bool
    public let kind: Kind

    public internal(set) var score: Int?
    /// The chosen option (`choice`), or the option under the cursor (`choices`).
    public internal(set) var option: Int?
    public internal(set) var chosen: Set<Int> = []
    public internal(set) var flag: Bool?
    public internal(set) var text = ""

    public init(_ entry: FormFieldEntry, sectionTitle: String?) {
        path = entry.field.path
        title = entry.field.title
        self.sectionTitle = sectionTitle
        isRequired = entry.isRequired
        kind = Self.kind(of: entry.field)
        if case .choices = kind { option = 0 }
    }

    static func kind(of field: FormField) -> Kind {
        switch field.type {
        case .score: return .score
        case .valueSelect: return .choice(field.selectableValues ?? [])
        case .multiValueSelect: return .choices(field.selectableValues ?? [])
        case .boolean: return .flag
        case .number: return .number
        case .string: return .text(.line)
        case .longText: return .text(.paragraphs)
        case .richText: return .text(.richText)
        case .email: return .text(.email)
        case .phone: return .text(.phone)
        case .date: return .text(.date)
        case .url: return .text(.url)
        case .uuid: return .text(.uuid)
        default: return .unsupported(field.type.rawValue)
        }
    }

    /// Whether the field holds an answer to send.
    public var isAnswered: Bool {
        switch kind {
        case .score: score != nil
        case .choice: option != nil
        case .choices: !chosen.isEmpty
        case .flag: flag != nil
        case .number, .text: !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .unsupported: false
        }
    }

    public var allowsNewlines: Bool {
        if case .text(let format) = kind { return format.allowsNewlines }
        return false
    }

    /// Whether typed characters are text for this field (rather than shortcuts: digits for a
    /// score, y/n for yes/no, space to tick an option).
    public var takesText: Bool {
        switch kind {
        case .number, .text: true
        default: false
        }
    }

    // MARK: Editing

    /// Left/right: a score or yes/no steps, an option cycles, the option cursor of a list moves.
    mutating func step(by delta: Int) {
        switch kind {
        case .score:
            score = min(4, max(1, (score ?? (delta > 0 ? 0 : 5)) + delta))
        case .choice(let options):
            guard !options.isEmpty else { return }
            let current = option ?? (delta > 0 ? -1 : options.count)
            option = ((current + delta) % options.count + options.count) % options.count
        case .choices(let options):
            guard !options.isEmpty else { return }
            option = min(options.count - 1, max(0, (option ?? 0) + delta))
        case .flag:
            flag = !(flag ?? (delta < 0))
        case .number, .text, .unsupported:
            break
        }
    }

    /// Space: ticks the option under the cursor, or flips yes/no.
    mutating func toggle() {
        switch kind {
        case .choices(let options):
            guard let option, options.indices.contains(option) else { return }
            if chosen.remove(option) == nil { chosen.insert(option) }
        case .flag:
            flag = !(flag ?? false)
        default:
            break
        }
    }

    /// A typed character: text for text fields; a digit picks a score or an option, y/n answer
    /// yes/no. Returns false when it meant nothing here.
    mutating func type(_ typed: String) -> Bool {
        switch kind {
        case .text(let format):
            text += format.allowsNewlines ? typed : typed.replacingOccurrences(of: "\n", with: " ")
            return true
        case .number:
            let accepted = typed.filter { $0.isASCII && ($0.isNumber || ($0 == "-" && text.isEmpty)) }
            text += accepted
            return !accepted.isEmpty
        case .score:
            guard let digit = Int(typed), (1...4).contains(digit) else { return false }
            score = digit
            return true
        case .choice(let options):
            guard let digit = Int(typed), options.indices.contains(digit - 1) else { return false }
            option = digit - 1
            return true
        case .choices(let options):
            guard let digit = Int(typed), options.indices.contains(digit - 1) else { return false }
            option = digit - 1
            toggle()
            return true
        case .flag:
            switch typed.lowercased() {
            case "y": flag = true
            case "n": flag = false
            default: return false
            }
            return true
        case .unsupported:
            return false
        }
    }

    /// Backspace: the last character of text, else the whole answer.
    mutating func deleteBackward() {
        switch kind {
        case .number, .text:
            if !text.isEmpty { text.removeLast() }
        case .score: score = nil
        case .choice: option = nil
        case .choices:
            if let option { chosen.remove(option) }
        case .flag: flag = nil
        case .unsupported: break
        }
    }

    /// This field's answer on `question` (the same path and kind, perhaps retitled or moved).
    func placed(as question: ScorecardField) -> ScorecardField {
        var moved = question
        moved.score = score
        moved.option = option
        moved.chosen = chosen
        moved.flag = flag
        moved.text = text
        return moved
    }

    // MARK: Sending

    /// The answer in `applicationFeedback.submit`'s encoding, nil when unanswered, or why the
    /// answer cannot be sent.
    func encoded() -> Result<JSONValue?, ScorecardProblem> {
        guard isAnswered else { return .success(nil) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .score:
            return .success(["score": .number(Double(score ?? 0))])
        case .choice(let options):
            return .success(option.flatMap { options.indices.contains($0) ? .string(options[$0].value) : nil })
        case .choices(let options):
            return .success(.array(chosen.sorted().filter(options.indices.contains).map { .string(options[$0].value) }))
        case .flag:
            return .success(flag.map(JSONValue.bool))
        case .number:
            guard let number = Int(trimmed) else { return .failure(ScorecardProblem(path: path, "“\(title)” needs a whole number")) }
            return .success(.number(Double(number)))
        case .text(let format):
            switch format {
            case .email where !Self.looksLikeEmail(trimmed):
                return .failure(ScorecardProblem(path: path, "“\(title)” needs an email address"))
            case .date where !Self.isDate(trimmed):
                return .failure(ScorecardProblem(path: path, "“\(title)” needs a date as YYYY-MM-DD"))
            case .richText:
                return .success(["type": "PlainText", "value": .string(trimmed)])
            case .line, .phone, .url, .uuid, .email, .date:
                return .success(.string(trimmed))
            case .paragraphs:
                return .success(.string(trimmed))
            }
        case .unsupported:
            return .success(nil)
        }
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }

    /// A real calendar day written YYYY-MM-DD.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}

/// Why a scorecard cannot be sent yet, and the field to fix.
public struct ScorecardProblem: Error, Sendable, Equatable {
    public var path: String
    public var message: String

    init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }
}
