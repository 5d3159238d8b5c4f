import Foundation

/// A fuzzy match of a typed pattern against a candidate string: its score and the matched
/// character positions (offsets in `Array(candidate)`, i.e. grapheme clusters) for highlighting.
///
/// The pattern's characters must appear in order (a subsequence), ignoring case and diacritics
/// ("zoe" matches "Zoë") and ignoring spaces in the pattern. Among all ways to match, the best
/// score wins: every matched character scores, starts of words (after a space or punctuation,
/// a camelCase hump, the first character) and runs of consecutive characters score more, and gaps
/// between matched characters cost. Ranking breaks score ties by shorter candidate, then by text.
public struct FuzzyMatch: Sendable, Hashable {
    public var score: Int
    public var positions: [Int]

    public init(score: Int, positions: [Int]) {
        self.score = score
        self.positions = positions
    }

    static let matchScore = 16
    static let firstCharacterBonus = 10
    static let wordStartBonus = 8
    static let camelCaseBonus = 7
    static let consecutiveBonus = 6
    static let gapStartPenalty = 3
    static let gapExtensionPenalty = 1

    /// The best match of `pattern` in `candidate`, or nil when it is not a subsequence.
    /// An empty pattern matches everything with score 0.
    public static func match(_ pattern: String, in candidate: String) -> FuzzyMatch? {
        let needle = FoldedText(pattern, droppingSpaces: true)
        guard !needle.folded.isEmpty else { return FuzzyMatch(score: 0, positions: []) }
        let haystack = FoldedText(candidate, droppingSpaces: false)
        return match(needle.folded, in: haystack)
    }

    /// Whether `pattern` is a subsequence of `candidate` (same folding as `match`), without scoring.
    public static func matches(_ pattern: String, in candidate: String) -> Bool {
        let needle = FoldedText(pattern, droppingSpaces: true).folded
        return isSubsequence(needle, of: FoldedText(candidate, droppingSpaces: false).folded)
    }

    /// Candidates that match, best first; `key` gives the text matched for each.
    public static func rank<Item>(_ pattern: String, _ items: [Item], key: (Item) -> String) -> [(item: Item, match: FuzzyMatch)] {
        let needle = FoldedText(pattern, droppingSpaces: true).folded
        var ranked: [(item: Item, match: FuzzyMatch, text: String)] = []
        for item in items {
            let text = key(item)
            let found = needle.isEmpty ? FuzzyMatch(score: 0, positions: []) : match(needle, in: FoldedText(text, droppingSpaces: false))
            if let found { ranked.append((item, found, text)) }
        }
        // Stable for equal keys: an empty pattern keeps the given order.
        let order = ranked.indices.sorted { left, right in
            let a = ranked[left], b = ranked[right]
            if a.match.score != b.match.score { return a.match.score > b.match.score }
            if needle.isEmpty { return left < right }
            if a.text.count != b.text.count { return a.text.count < b.text.count }
            if a.text != b.text { return a.text < b.text }
            return left < right
        }
        return order.map { (ranked[$0].item, ranked[$0].match) }
    }

    static func isSubsequence(_ needle: [Character], of haystack: [Character]) -> Bool {
        var next = 0
        for character in haystack where next < needle.count && character == needle[next] { next += 1 }
        return next == needle.count
    }

    /// Dynamic programming over (pattern index, candidate index): O(pattern × candidate).
    static func match(_ needle: [Character], in haystack: FoldedText) -> FuzzyMatch? {
        let text = haystack.folded
        guard isSubsequence(needle, of: text) else { return nil }
        let m = needle.count, n = text.count
        let bonus = (0..<n).map { haystack.boundaryBonus(at: $0) }
        let unreachable = Int.min / 4
        // best[j][i]: best score with needle[j] matched at i; from[j][i]: where needle[j-1] matched.
        var best = [[Int]](repeating: [Int](repeating: unreachable, count: n), count: m)
        var from = [[Int]](repeating: [Int](repeating: -1, count: n), count: m)
        for i in 0..<n where text[i] == needle[0] {
            best[0][i] = matchScore + bonus[i]
        }
        if m > 1 {
            for j in 1..<m {
                // Best of best[j-1][k] + k over k < i - 1, for the gap case: the penalty is linear in the gap.
                var runningBest = unreachable
                var runningFrom = -1
                for i in 1..<n {
                    if i >= 2, best[j - 1][i - 2] > unreachable,
                        best[j - 1][i - 2] + gapExtensionPenalty * (i - 2) > runningBest
                    {
                        runningBest = best[j - 1][i - 2] + gapExtensionPenalty * (i - 2)
                        runningFrom = i - 2
                    }
                    guard text[i] == needle[j] else { continue }
                    var score = unreachable
                    var previous = -1
                    if best[j - 1][i - 1] > unreachable {
                        score = best[j - 1][i - 1] + consecutiveBonus
                        previous = i - 1
                    }
                    if runningFrom >= 0 {
                        // A gap of i - k - 1 ≥ 1 characters costs start + (gap - 1) × extension.
                        let viaGap = runningBest - gapStartPenalty - gapExtensionPenalty * (i - 2)
                        if viaGap > score {
                            score = viaGap
                            previous = runningFrom
                        }
                    }
                    guard previous >= 0 else { continue }
                    best[j][i] = score + matchScore + bonus[i]
                    from[j][i] = previous
                }
            }
        }
        var end = -1
        var top = unreachable
        for i in 0..<n where best[m - 1][i] > top {
            top = best[m - 1][i]
            end = i
        }
        guard end >= 0 else { return nil }
        var positions = [Int](repeating: 0, count: m)
        var i = end
        for j in stride(from: m - 1, through: 0, by: -1) {
            positions[j] = haystack.offsets[i]
            i = from[j][i]
        }
        return FuzzyMatch(score: top, positions: positions)
    }
}

/// A string folded for matching (lowercased, diacritics removed, one folded character per
/// original character), with the original character offset of each folded character.
struct FoldedText {
    var folded: [Character] = []
    var offsets: [Int] = []
    /// The original characters, for word-boundary bonuses.
    var original: [Character] = []

    init(_ text: String, droppingSpaces: Bool) {
        var offset = 0
        for character in text {
            defer { offset += 1 }
            if droppingSpaces && character.isWhitespace { continue }
            folded.append(FoldedText.fold(character))
            offsets.append(offset)
            original.append(character)
        }
    }

    static func fold(_ character: Character) -> Character {
        if let ascii = character.asciiValue {
            return (65...90).contains(ascii) ? Character(Unicode.Scalar(ascii + 32)) : character
        }
        let folded = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // Folding can expand (ß → ss); keep one character per original so positions stay exact.
        return folded.count == 1 ? folded.first! : Character(character.lowercased().first.map(String.init) ?? String(character))
    }

    func boundaryBonus(at index: Int) -> Int {
        guard index > 0 else { return FuzzyMatch.firstCharacterBonus }
        let previous = original[index - 1], current = original[index]
        if !(previous.isLetter || previous.isNumber) && (current.isLetter || current.isNumber) { return FuzzyMatch.wordStartBonus }
        if previous.isLowercase && current.isUppercase { return FuzzyMatch.camelCaseBonus }
        if previous.isLetter && current.isNumber { return FuzzyMatch.camelCaseBonus }
        // Original offsets may skip dropped spaces; a skipped space before this character is a boundary.
        if offsets[index] - offsets[index - 1] > 1 { return FuzzyMatch.wordStartBonus }
        return 0
    }
}
