import AshbyAPI
import Foundation

/// The schedule pane: a day or week of interviews, one lane per interviewer (or per candidate),
/// with the now marker, conflicts and filters; plus the applications awaiting scheduling.
public struct ScheduleModel: Sendable {
    public enum Span: Sendable, Equatable { case day, week }
    public enum LaneGrouping: Sendable, Equatable { case interviewer, candidate }

    /// Any instant of the first day shown; the window starts at that day's midnight in `timeZone`.
    public internal(set) var anchor: Date?
    public internal(set) var span: Span = .day
    public internal(set) var lanesBy: LaneGrouping = .interviewer
    public internal(set) var mineOnly = false
    public internal(set) var jobFilter: String?
    public internal(set) var interviewerFilter: String?
    public internal(set) var selectedLaneId: String?
    public internal(set) var selectedEventId: String?
    public internal(set) var laneOffset = 0
    public internal(set) var viewport = Viewport(width: 160, height: 48)
    /// Rows each lane takes, and rows above the lanes (header, time axis) and kept for the awaiting list.
    public var laneHeight = 2
    public var chromeRows = 3
    public var awaitingRows = 8
    public var timeZone: TimeZone
    /// Recomputed after merges and filter changes, not per frame (it reads whole columns).
    public internal(set) var awaiting: [AwaitingSchedulingRow] = []
    public internal(set) var awaitingIsStale = true

    public init(timeZone: TimeZone = .current) { self.timeZone = timeZone }

    var visibleLanes: Int { max(1, (viewport.height - chromeRows - awaitingRows) / max(1, laneHeight)) }

    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The window shown at `now` (today when no day was chosen).
    public func window(now: Date) -> (start: Date, end: Date) {
        let start = calendar.startOfDay(for: anchor ?? now)
        let end = calendar.date(byAdding: .day, value: span == .day ? 1 : 7, to: start) ?? start.addingTimeInterval(86_400)
        return (start, end)
    }

    public mutating func setViewport(_ viewport: Viewport) { self.viewport = viewport }

    // MARK: Commands

    public mutating func handle(_ command: Command, store: EntityStore, now: Date) -> PaneOutcome {
        switch command {
        case .laterWindow, .earlierWindow:
            let days = (span == .day ? 1 : 7) * (command == .laterWindow ? 1 : -1)
            anchor = calendar.date(byAdding: .day, value: days, to: window(now: now).start)
            selectedEventId = nil
        case .today:
            anchor = nil
            selectedEventId = nil
        case .toggleWeek: span = span == .day ? .week : .day
        case .toggleMine:
            mineOnly.toggle()
            if mineOnly && store.actingUserId == nil {
                mineOnly = false
                return .notice(.warning, "No acting user is configured, so there is no \"mine\"")
            }
        case .toggleLanes:
            lanesBy = lanesBy == .interviewer ? .candidate : .interviewer
            selectedLaneId = nil
            laneOffset = 0
        case .scheduleJob(let name):
            let jobs = PipelineModel.pickableJobs(store: store)
            guard let name else {
                let items = jobs.map { PickerItem(value: $0.id, title: $0.title, isDimmed: $0.status != .open) }
                return PaneOutcome(request: .picker(Picker(title: "Interviews for job", target: .scheduleJob, items: items,
                                                           selectedValue: jobFilter)))
            }
            guard let job = PipelineModel.resolve(name, in: jobs, title: \.title) else { return .notice(.error, "No job '\(name)'") }
            jobFilter = job.id
            refreshAwaiting(store: store)
        case .scheduleInterviewer(let name):
            let users = store.users.values.filter(\.isEnabled).sorted { Self.fullName($0) < Self.fullName($1) }
            guard let name else {
                let items = users.map { PickerItem(value: $0.id, title: Self.fullName($0), detail: $0.email) }
                return PaneOutcome(request: .picker(Picker(title: "Interviews of", target: .scheduleInterviewer, items: items,
                                                           selectedValue: interviewerFilter)))
            }
            let named = users.map { NamedUser(id: $0.id, name: Self.fullName($0)) }
            guard let user = PipelineModel.resolve(name, in: named, title: \.name) else {
                return .notice(.error, "No interviewer '\(name)'")
            }
            interviewerFilter = user.id
        case .clearFilters, .cancel:
            let changedJob = jobFilter != nil
            mineOnly = false
            jobFilter = nil
            interviewerFilter = nil
            if changedJob { refreshAwaiting(store: store) }
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            moveLane(command, store: store, now: now)
        case .left, .right:
            moveEvent(by: command == .right ? 1 : -1, store: store, now: now)
        case .select, .openCandidate:
            guard let eventId = selectedEventId, let applicationId = store.schedule(ofEvent: eventId)?.applicationId,
                let record = store.applications[applicationId]
            else { return .none }
            return PaneOutcome(request: .showCandidate(candidateId: record.candidateId, applicationId: applicationId))
        default: break
        }
        return .none
    }

    mutating func moveLane(_ command: Command, store: EntityStore, now: Date) {
        let lanes = allLanes(store: store, now: now)
        guard !lanes.isEmpty else { return }
        let selected = selectedLaneId.flatMap { id in lanes.firstIndex { $0.id == id } }
        let delta: Int
        switch command {
        case .up: delta = -1
        case .down: delta = 1
        case .pageUp: delta = -visibleLanes
        case .pageDown: delta = visibleLanes
        case .top: delta = -lanes.count
        default: delta = lanes.count
        }
        // With nothing selected yet, the first step down lands on the first lane.
        let current = selected ?? (delta > 0 ? -1 : lanes.count)
        let index = min(max(0, current + delta), lanes.count - 1)
        selectedLaneId = lanes[index].id
        selectedEventId = lanes[index].events.first?.eventId
        if index < laneOffset { laneOffset = index }
        if index >= laneOffset + visibleLanes { laneOffset = index - visibleLanes + 1 }
    }

    mutating func moveEvent(by delta: Int, store: EntityStore, now: Date) {
        let lanes = allLanes(store: store, now: now)
        guard let lane = lanes.first(where: { $0.id == selectedLaneId }) ?? lanes.first, !lane.events.isEmpty else { return }
        selectedLaneId = lane.id
        let current = selectedEventId.flatMap { id in lane.events.firstIndex { $0.eventId == id } } ?? (delta > 0 ? -1 : lane.events.count)
        selectedEventId = lane.events[min(max(0, current + delta), lane.events.count - 1)].eventId
    }

    static func fullName(_ user: User) -> String { "\(user.firstName) \(user.lastName)" }

    struct NamedUser: Identifiable {
        var id: String
        var name: String
    }
}
