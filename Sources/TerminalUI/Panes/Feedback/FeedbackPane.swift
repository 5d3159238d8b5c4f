import Foundation
import Workspace

/// Draws the feedback pane: an application's scorecards under an aggregate of recommendations
/// and mean ratings, or the list of overdue feedback. A recommendation always shows its shape
/// (`▲▲ ▲ ● ▼ ▼▼`) and its words, its colour only repeats them.
public enum FeedbackPane {
    public static func draw(_ screen: FeedbackScreen, in area: Rect, on canvas: inout Canvas, now: Date, timeZone: TimeZone) {
        guard !area.isEmpty else { return }
        canvas.fill(area, style: .normal)
        let time = PaneTime(now: now, timeZone: timeZone)
        switch screen.mode {
        case .scorecards: drawScorecards(screen, in: area, on: &canvas, time: time)
        case .overdue: FeedbackOverdueList.draw(screen, in: area, on: &canvas, time: time)
        }
    }

    // MARK: Scorecards

    static func drawScorecards(_ screen: FeedbackScreen, in area: Rect, on canvas: inout Canvas, time: PaneTime) {
        let (header, rest) = area.splitTop(1)
        var title = PaneLine([.init("Scorecards", .heading)])
        if let name = screen.candidateName {
            title.append(PaneSymbols.separator, .dim)
            title.append(PaneSymbols.name(name), .value)
        }
        if let job = screen.jobTitle {
            title.append(PaneSymbols.separator, .dim)
            title.append(job, .label)
        }
        if !screen.scorecards.isEmpty { title.trailing = [.init("\(screen.scorecards.count) submitted", .label)] }
        canvas.draw(title, in: header)

        guard screen.placeholder == nil, let aggregate = screen.aggregate else {
            canvas.writeRow(screen.placeholder ?? "No feedback submitted yet", in: rest.centered(width: rest.width, height: 1),
                            style: .placeholder, align: .center)
            return
        }
        let summary = summaryLines(aggregate)
        let (top, afterSummary) = rest.splitTop(summary.count)
        canvas.draw(summary, in: top, offset: 0)
        let (rule, body) = afterSummary.splitTop(1)

        var lines: [PaneLine] = []
        var blocks: [Range<Int>] = []
        var selectedBlock: Range<Int>?
        // Recommendations padded to one width, so interviewers' names line up.
        let labelWidth = min(20, screen.scorecards.map { $0.recommendation.map { TerminalText.width(of: $0.label) } ?? 16 }.max() ?? 0)
        for card in screen.scorecards {
            let start = lines.count
            lines += scorecardLines(card, width: body.width, labelWidth: labelWidth, time: time)
            blocks.append(start..<lines.count)
            if card.isSelected { selectedBlock = start..<lines.count }
            lines.append(.blank)
        }
        if lines.last == .blank { lines.removeLast() }
        // The selected scorecard starts at the top when it would not be whole from the first row.
        var offset = 0
        if let block = selectedBlock, block.upperBound > body.height { offset = block.lowerBound }
        offset = canvas.draw(lines, in: body, offset: offset)
        let above = blocks.filter { $0.lowerBound < offset }.count
        let below = blocks.filter { $0.upperBound > offset + body.height }.count
        CandidatePane.drawRule(in: rule, title: "Submissions", above: above, below: below, on: &canvas)
    }

    /// The pane's aggregate: one row of recommendation counts, one of mean ratings.
    static func summaryLines(_ aggregate: FeedbackAggregate) -> [PaneLine] {
        var recommendations = PaneLine([.init("Overall  ", .label)])
        if aggregate.recommendations.isEmpty { recommendations.append("no recommendations given", .dim) }
        for (index, item) in aggregate.recommendations.enumerated() {
            if index > 0 { recommendations.append("   ", .normal) }
            let style = PaneSymbols.style(of: item.recommendation.tone)
            recommendations.append("\(item.recommendation.symbol) \(item.recommendation.label) ", style)
            recommendations.append("×\(item.count)", .value)
        }
        recommendations.trailing = [.init("\(aggregate.submissions) submission\(aggregate.submissions == 1 ? "" : "s")", .label)]
        guard !aggregate.meanScores.isEmpty else { return [recommendations] }
        var means = PaneLine([.init("Ratings  ", .label)])
        for (index, score) in aggregate.meanScores.enumerated() {
            if index > 0 { means.append(PaneSymbols.separator, .dim) }
            means.append(score.title + " ", .label)
            means.append(formatMean(score.mean), .value)
        }
        return [recommendations, means]
    }

    /// The aggregate as a list (the candidate pane's Feedback section).
    public static func aggregateLines(_ aggregate: FeedbackAggregate) -> [PaneLine] {
        var lines = [PaneLine([.init("\(aggregate.submissions) submission\(aggregate.submissions == 1 ? "" : "s")", .heading)])]
        for item in aggregate.recommendations {
            let style = PaneSymbols.style(of: item.recommendation.tone)
            lines.append(PaneLine([.init(item.recommendation.symbol.padding(toLength: 3, withPad: " ", startingAt: 0), style),
                                   .init(item.recommendation.label, style), .init("  ×\(item.count)", .value)]))
        }
        let width = min(24, aggregate.meanScores.map { TerminalText.width(of: $0.title) }.max() ?? 0)
        for score in aggregate.meanScores {
            let title = TerminalText.sanitized(score.title)
            let padded = TerminalText.width(of: title) < width ? title + String(repeating: " ", count: width - TerminalText.width(of: title)) : title
            lines.append(PaneLine([.init(padded + "  ", .label), .init(PaneSymbols.rating(Int(score.mean.rounded())) + " ", .value),
                                   .init(formatMean(score.mean), .value), .init("  (\(score.count))", .dim)]))
        }
        return lines
    }

    static func formatMean(_ mean: Double) -> String {
        guard mean.isFinite else { return "—" }
        let tenths = Int((mean * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// One scorecard: a header (recommendation, interviewer, interview, time), ratings in a grid,
    /// then each free-text answer under its question.
    static func scorecardLines(_ card: ScorecardView, width: Int, labelWidth: Int = 0, time: PaneTime) -> [PaneLine] {
        let target = ClickTarget.scorecard(card.feedbackId)
        var header = PaneLine([.init(card.isSelected ? PaneSymbols.selected + " " : "  ", .key)], target: target)
        if let recommendation = card.recommendation {
            let style = PaneSymbols.style(of: recommendation.tone)
            header.append(recommendation.symbol.padding(toLength: 3, withPad: " ", startingAt: 0), style)
            let label = TerminalText.sanitized(recommendation.label)
            header.append(label + String(repeating: " ", count: max(2, labelWidth + 2 - TerminalText.width(of: label))), style)
        } else {
            header.append("–  " + "no recommendation".padding(toLength: max(19, labelWidth + 2), withPad: " ", startingAt: 0), .dim)
        }
        header.append(card.interviewerName, .heading)
        if let interview = card.interviewTitle {
            header.append(PaneSymbols.separator, .dim)
            header.append(interview, .value)
        }
        if card.isPending {
            header.trailing = [.init("\(PaneSymbols.pending) sending…", .pendingApproval)]
        } else if let submitted = card.submittedAt {
            header.trailing = [.init(time.both(submitted), .label)]
        }
        var lines = [card.isSelected ? header.selected() : header]

        if !card.ratings.isEmpty {
            let titleWidth = min(24, card.ratings.map { TerminalText.width(of: $0.title) }.max() ?? 0)
            let cellWidth = titleWidth + 2 + 4 + 5 + 3
            let perRow = max(1, (width - 4) / cellWidth)
            var row = PaneLine([.init("    ")], target: target)
            for (index, rating) in card.ratings.enumerated() {
                if index > 0 && index % perRow == 0 {
                    lines.append(row)
                    row = PaneLine([.init("    ")], target: target)
                }
                let title = Array(TerminalText.truncated(rating.title, toWidth: titleWidth))
                let used = title.reduce(0) { $0 + $1.width }
                row.spans.append(.init(glyphs: title + Array(repeating: Glyph.space, count: titleWidth - used + 2), .label))
                row.append(PaneSymbols.rating(rating.score), ratingStyle(rating.score))
                row.append(" \(rating.score)/\(max(4, rating.score))   ", .value)
            }
            lines.append(row)
        }
        for answer in card.answers {
            lines.append(PaneLine([.init("    "), .init(answer.title, .label)], target: target))
            for glyphs in TerminalText.wrapped(answer.text, toWidth: max(1, width - 6), maxLines: CandidateSectionLines.maximumNoteLines) {
                lines.append(PaneLine([.init("      "), .init(glyphs: glyphs, .normal)], target: target))
            }
        }
        return lines
    }

    static func ratingStyle(_ score: Int) -> StyleName {
        switch score {
        case ...1: return .no
        case 2: return .neutral
        case 3: return .yes
        default: return .strongYes
        }
    }
}
