import AshbyAPI
import Foundation
import Workspace

/// The selected offer: who and what, the version whose terms are shown (the one an approval
/// applies to), compensation, and each approval step with its approvers and decisions:
/// ✔ approved, ✘ rejected, ○ pending, ▶ the current step, "(you)" for me. Under the steps, why
/// I cannot approve, or that I can.
enum OfferDetailView {
    /// One line of the detail: styled parts, left to right.
    struct Line {
        /// A part with a width takes exactly that many cells (cut or padded): a table column.
        var parts: [(text: String, style: StyleName, width: Int?)]
        init(_ parts: [(String, StyleName)]) { self.parts = parts.map { (text: $0.0, style: $0.1, width: nil) } }
        init(columns: [(String, StyleName, Int?)]) { self.parts = columns.map { (text: $0.0, style: $0.1, width: $0.2) } }
        static let blank = Line([])
    }

    static func draw(_ offer: OfferDetail, note: String?, in area: Rect, on canvas: inout Canvas, timeZone: TimeZone) {
        guard !area.isEmpty else { return }
        var head = [Line([(PaneSymbols.name(offer.candidateName), PaneSymbols.isBlank(offer.candidateName) ? .dim : .heading)])]
        if !offer.jobTitle.isEmpty { head.append(Line([(offer.jobTitle, .value)])) }
        head.append(.blank)
        head.append(field("Status", offer.statusLabel, .value))
        head.append(field("Answer", offer.acceptanceStatus, .value))
        if let versionId = offer.versionId {
            var version = OffersPane.date(offer.versionCreatedAt, timeZone: timeZone) ?? "undated"
            if let count = offer.versionCount { version += count > 1 ? " · latest of \(count)" : " · the only version" }
            head.append(field("Version", version, .value))
            // The id the approval will name, so the terms read are the terms approved.
            head.append(field("", versionId, .dim))
        } else {
            head.append(field("Version", "none yet", .placeholder))
        }
        if let start = OffersPane.date(offer.startDate, timeZone: timeZone) { head.append(field("Start", start, .value)) }
        if let note { head.append(Line([(note, .dim)])) }

        var compensation: [Line] = []
        if !offer.compensation.isEmpty {
            compensation.append(.blank)
            compensation.append(Line([("Compensation", .heading)]))
            let labelWidth = min(22, offer.compensation.map { TerminalText.width(of: $0.title) }.max() ?? 0)
            for item in offer.compensation {
                compensation.append(Line([("  " + padded(item.title, to: labelWidth) + "  ", .label), (item.value, .value)]))
            }
        }

        var approval: [Line] = [.blank, Line([("Approval", .heading)])]
        if offer.steps.isEmpty { approval.append(Line([("  No approval process for this version", .placeholder)])) }
        for step in offer.steps { approval += lines(for: step, width: area.width, timeZone: timeZone) }
        approval.append(.blank)
        if let refusal = offer.stepRefusal {
            approval.append(Line([("⚠ ", .warning), (refusal, .warning)]))
        } else if let current = offer.steps.first(where: \.isCurrent) {
            approval.append(Line([("★ ", .awaitsMe), ("You can approve step \(current.number)", .awaitsMe)]))
        }

        // When it does not all fit, compensation gives way first: the approval is what this pane is for.
        let room = area.height - head.count - approval.count
        if compensation.count > max(0, room) {
            let kept = max(0, room - 1)
            let dropped = compensation.count - kept
            compensation = Array(compensation.prefix(kept))
            if room > 0 { compensation.append(Line([("  … \(dropped) more compensation lines", .dim)])) }
        }
        for (index, line) in (head + compensation + approval).prefix(area.height).enumerated() {
            var x = area.x
            for part in line.parts where x < area.maxX {
                let used = canvas.write(part.text, x: x, y: area.y + index, maxWidth: min(part.width ?? .max, area.maxX - x),
                                        style: part.style)
                x += part.width ?? used
            }
        }
    }

    static func field(_ label: String, _ value: String, _ style: StyleName) -> Line {
        Line([(padded(label, to: 8) + " ", .label), (value, style)])
    }

    static func padded(_ text: String, to width: Int) -> String {
        let gap = width - TerminalText.width(of: text)
        return gap > 0 ? text + String(repeating: " ", count: gap) : text
    }

    /// `▶ Step 2 · 0 of 1 approvals · current`, then one line per approver.
    static func lines(for step: OfferStepView, width: Int, timeZone: TimeZone) -> [Line] {
        let rejected = step.approvers.contains { $0.decision == .reject }
        let (mark, style): (String, StyleName) = rejected ? ("✘", .rejected) : step.isComplete ? ("✔", .approved)
            : step.isCurrent ? ("▶", .awaitsMe) : ("○", .pendingApproval)
        var state = "\(step.approvalsGiven)/\(step.approvalsRequired) approved"
        if step.isCurrent { state += " · current" } else if step.isComplete { state += " · done" }
        var lines = [Line([("\(mark) ", style), ("Step \(step.number)", .value), (" · " + state, .dim)])]
        // Room is kept for the decision ("approved 2026-03-01").
        let nameWidth = min(26, width - 6 - 2 - 8, (step.approvers.map { TerminalText.width(of: $0.name) + ($0.isMe ? 6 : 0) }.max() ?? 0))
        for approver in step.approvers {
            let (symbol, decisionStyle, word): (String, StyleName, String)
            switch approver.decision {
            case .approve: (symbol, decisionStyle, word) = ("✔", .approved, "approved")
            case .reject: (symbol, decisionStyle, word) = ("✘", .rejected, "rejected")
            default: (symbol, decisionStyle, word) = ("○", .pendingApproval, "pending")
            }
            let when = approver.decision == .pending ? "" : OffersPane.date(approver.decidedAt, timeZone: timeZone).map { " \($0)" } ?? ""
            let me = approver.isMe ? " (you)" : ""
            // The name is cut before "(you)" is; the decisions line up after the longest name.
            let meWidth = TerminalText.width(of: me)
            let nameCells = max(0, min(nameWidth - meWidth, TerminalText.width(of: approver.name)))
            lines.append(Line(columns: [("    \(symbol) ", decisionStyle, 6),
                                        (approver.name, approver.isMe ? .awaitsMe : .normal, nameCells),
                                        (me, .awaitsMe, meWidth), ("", .normal, max(0, nameWidth - nameCells - meWidth) + 2),
                                        (word + when, decisionStyle, nil)]))
        }
        return lines
    }
}
