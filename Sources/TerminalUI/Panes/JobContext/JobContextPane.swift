import AshbyAPI
import Foundation
import Workspace

/// Draws a job's context: a one-row strip under the pipeline header (department, location,
/// status, hiring team, openings, postings) and the full job detail view (`pipeline.job-info`).
public enum JobContextPane {
    /// The strip: what matters first comes first, so a narrow terminal cuts the least useful part.
    public static func drawStrip(_ context: JobContextScreen, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        var line = PaneLine(fill: .normal)
        func item(_ label: String?, _ value: String, _ style: StyleName = .value) {
            if !line.spans.isEmpty { line.append(PaneSymbols.separator, .dim) }
            if let label { line.append(label + " ", .label) }
            line.append(value, style)
        }
        item(nil, statusText(context.status), statusStyle(context.status))
        if let department = context.department { item(nil, department) }
        if let location = locationText(context) { item(nil, location) }
        for group in context.hiringTeam where group.role == "Hiring Manager" || group.role == "Recruiter" {
            item(group.role == "Hiring Manager" ? "HM" : group.role, group.members.joined(separator: ", "))
        }
        if !context.openings.isEmpty {
            item("Openings", "\(context.openOpeningCount) open, \(context.filledOpeningCount) filled")
        }
        if !context.postings.isEmpty {
            item("Postings", "\(context.publishedPostingCount) of \(context.postings.count) published")
        }
        if context.isConfidential { item(nil, "confidential", .warning) }
        canvas.draw(line, in: rect.row(0))
        for extra in 1..<max(1, rect.height) { canvas.fill(rect.row(extra), style: .normal) }
    }

    /// The job detail view in `area`: details and custom fields, hiring team, openings and
    /// postings; two columns when wide enough. Lists longer than the room end with "… n more".
    public static func drawDetail(_ context: JobContextScreen, in area: Rect, on canvas: inout Canvas, time: PaneTime) {
        guard area.width >= 4, area.height >= 3 else { return }
        canvas.box(area, title: "Job · \(context.title)", style: .border, fill: .normal)
        canvas.write(" i/Esc close ", x: max(area.x + 1, area.maxX - 15), y: area.maxY - 1, maxWidth: 14, style: .dim)
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
        let left = detailLines(context, time: time), right = teamAndOpeningLines(context)
        if inner.width >= 96 {
            let leftWidth = (inner.width - 3) / 2
            let (leftRect, rest) = inner.splitLeft(leftWidth)
            canvas.verticalLine(x: rest.x + 1, y: rest.y, length: rest.height)
            let rightRect = Rect(x: rest.x + 3, y: rest.y, width: rest.width - 3, height: rest.height)
            canvas.draw(fitted(left, height: leftRect.height), in: leftRect, offset: 0)
            canvas.draw(fitted(right, height: rightRect.height), in: rightRect, offset: 0)
        } else {
            canvas.draw(fitted(left + [.blank] + right, height: inner.height), in: inner, offset: 0)
        }
    }

    /// `lines` cut to `height`, the last row saying how many were left out.
    static func fitted(_ lines: [PaneLine], height: Int) -> [PaneLine] {
        guard lines.count > height, height > 0 else { return lines }
        return Array(lines.prefix(height - 1)) + [PaneLine("… \(lines.count - height + 1) more lines (widen or heighten the window)", .dim)]
    }

    static let labelWidth = 16

    static func field(_ label: String, _ value: String, _ style: StyleName = .value) -> PaneLine {
        let width = TerminalText.width(of: label)
        return PaneLine([.init(label + String(repeating: " ", count: max(2, labelWidth - width)), .label), .init(value, style)])
    }

    static func detailLines(_ context: JobContextScreen, time: PaneTime) -> [PaneLine] {
        var lines = [PaneLine("Details", .heading)]
        var status = statusText(context.status)
        if let opened = context.openedAt { status += " since \(time.day(opened.date)) (\(time.relative(opened)))" }
        if let closed = context.closedAt, context.status != .open { status += ", closed \(time.day(closed.date))" }
        lines.append(field("Status", status, statusStyle(context.status)))
        lines.append(field("Employment", employmentText(context.employmentType)))
        lines.append(field("Department", context.department ?? "—"))
        lines.append(field("Location", locationText(context) ?? "—"))
        if let requisition = context.requisitionId { lines.append(field("Requisition", requisition)) }
        lines.append(field("Applications", "\(context.applicationCount) (\(context.activeApplicationCount) active)"))
        if context.isConfidential { lines.append(field("Confidential", "yes: visible to its hiring team only", .warning)) }
        if !context.customFields.isEmpty {
            lines.append(.blank)
            lines.append(PaneLine("Custom fields", .heading))
            for custom in context.customFields {
                lines.append(field(custom.title + (custom.isPrivate ? " \(PaneSymbols.privateNote)" : ""), custom.value))
            }
        }
        return lines
    }

    static func teamAndOpeningLines(_ context: JobContextScreen) -> [PaneLine] {
        var lines = [PaneLine("Hiring team", .heading)]
        if context.hiringTeam.isEmpty { lines.append(PaneLine("No hiring team set", .placeholder)) }
        for group in context.hiringTeam { lines.append(field(group.role, group.members.joined(separator: ", "))) }

        lines.append(.blank)
        lines.append(PaneLine([.init("Openings", .heading),
                               .init("  \(context.openOpeningCount) open · \(context.filledOpeningCount) filled", .label)]))
        if context.openings.isEmpty { lines.append(PaneLine("No openings", .placeholder)) }
        for opening in context.openings {
            let open = opening.state == .open || opening.state == .approved
            var line = PaneLine([.init((open ? "○ " : opening.state == .filled ? "● " : "· ") + opening.state.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0),
                                       open ? .success : .dim)])
            line.append(opening.identifier ?? "opening", .value)
            if let target = opening.targetHireDate, !target.isEmpty { line.append("  target \(target.prefix(10))", .label) }
            if opening.isBackfill { line.append("  backfill", .label) }
            lines.append(line)
        }

        lines.append(.blank)
        lines.append(PaneLine([.init("Postings", .heading),
                               .init("  \(context.publishedPostingCount) of \(context.postings.count) published", .label)]))
        if context.postings.isEmpty { lines.append(PaneLine("No job postings", .placeholder)) }
        for posting in context.postings {
            var line = PaneLine([.init(posting.isListed ? "● published  " : "○ unlisted   ", posting.isListed ? .success : .dim),
                                 .init(posting.title, .value)])
            var place = posting.location
            if let workplace = posting.workplaceType { place += " · " + workplaceText(workplace) }
            line.append("  " + place, .label)
            if posting.isListed, let date = posting.publishedDate { line.append("  since \(date)", .label) }
            lines.append(line)
        }
        return lines
    }

    // MARK: Words

    static func locationText(_ context: JobContextScreen) -> String? {
        let workplace = context.workplaceType.map(workplaceText)
        switch (context.location, workplace) {
        case let (location?, workplace?): return "\(location) (\(workplace))"
        case let (location?, nil): return location
        case let (nil, workplace?): return workplace
        case (nil, nil): return nil
        }
    }

    static func statusText(_ status: JobStatus) -> String { status.rawValue }

    static func statusStyle(_ status: JobStatus) -> StyleName {
        switch status {
        case .open: return .success
        case .draft: return .info
        default: return .dim
        }
    }

    static func employmentText(_ type: EmploymentType) -> String {
        switch type {
        case .fullTime: return "Full-time"
        case .partTime: return "Part-time"
        case .intern: return "Internship"
        case .contract: return "Contract"
        case .temporary: return "Temporary"
        default: return type.rawValue
        }
    }

    static func workplaceText(_ type: WorkplaceType) -> String {
        switch type {
        case .onSite: return "on-site"
        case .hybrid: return "hybrid"
        case .remote: return "remote"
        default: return type.rawValue
        }
    }
}
