/// How sort orders are spelled in commands, the palette and the column header.
extension PipelineSort {
    /// The spelling in commands and the palette.
    public var name: String {
        switch self {
        case .daysInStage: return "days"
        case .candidateName: return "name"
        case .lastActivity: return "activity"
        }
    }

    /// The column header's label.
    public var title: String {
        switch self {
        case .daysInStage: return "days in stage"
        case .candidateName: return "name"
        case .lastActivity: return "last activity"
        }
    }

    /// An order from its spelling (`days`, `name`, `activity` and a few synonyms).
    public init?(name: String) {
        switch name.lowercased() {
        case "days", "days-in-stage", "stage": self = .daysInStage
        case "name", "candidate": self = .candidateName
        case "activity", "last-activity", "updated": self = .lastActivity
        default: return nil
        }
    }

    /// The next order when cycling.
    public var next: PipelineSort {
        let all = PipelineSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
