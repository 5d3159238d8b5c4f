import AshbyAPI
import Foundation

/// The sections of the candidate pane, in order.
public enum CandidateSection: Int, Sendable, CaseIterable, Hashable {
    case profile, applications, timeline, notes, interviews, feedback, offers

    public var title: String {
        switch self {
        case .profile: return "Profile"
        case .applications: return "Applications"
        case .timeline: return "History"
        case .notes: return "Notes"
        case .interviews: return "Interviews"
        case .feedback: return "Feedback"
        case .offers: return "Offers"
        }
    }
}

/// Whether an on-demand detail is there yet.
public enum DetailLoad: Sendable, Equatable {
    case loading
    case loaded
    /// The fetch failed and nothing was loaded before; the pane says why.
    case failed(reason: String)
}

/// The candidate's profile (from `candidate.info`; only name and email until it arrives).
public struct CandidateProfileView: Sendable, Equatable {
    public var name: String
    public var emails: [String]
    public var phones: [String]
    /// (site, url)
    public var links: [CandidateLink]
    public var location: String?
    public var tags: [String]
    public var source: String?
    public var position: String?
    public var company: String?
    /// The candidate's custom fields with their labels (from `candidate.info`).
    public var customFields: [CustomFieldRow] = []
}

public struct CandidateLink: Sendable, Equatable {
    public var site: String
    public var url: String
}

/// One of the candidate's applications (the focused one is listed first).
public struct CandidateApplicationRow: Sendable, Equatable {
    public var applicationId: String
    public var jobTitle: String
    public var stageTitle: String
    public var status: ApplicationStatus
    public var daysInStage: Int
    public var isFocused: Bool
    /// The application's custom fields with their labels (from `application.info`; empty until it arrives).
    public var customFields: [CustomFieldRow] = []
}

/// One dated event in the candidate's history: stage changes, notes, feedback and interviews, merged by time.
public struct TimelineEntry: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case stage(title: String, jobTitle: String)
        case note(author: String, excerpt: String)
        case feedback(interviewer: String, recommendation: RecommendationView?)
        case interview(title: String, interviewers: [String])
    }

    public var time: Timestamp
    public var kind: Kind
}

/// A note, or one being added (pending in the outbox).
public struct NoteView: Sendable, Equatable {
    public var id: String
    public var author: String
    public var createdAt: Timestamp?
    public var text: String
    public var isPrivate: Bool
    public var isPending: Bool
}

/// An interview event of the candidate.
public struct CandidateInterviewRow: Sendable, Equatable {
    public var eventId: String
    public var title: String
    public var jobTitle: String
    public var startTime: Timestamp
    public var endTime: Timestamp
    public var interviewers: [String]
    public var hasSubmittedFeedback: Bool
}

/// An offer of the candidate.
public struct CandidateOfferRow: Sendable, Equatable {
    public var offerId: String
    public var jobTitle: String
    public var statusLabel: String
    public var versionId: String?
    public var salary: String?
}

/// What the candidate pane shows now.
public struct CandidateScreen: Sendable, Equatable {
    public var candidateId: String?
    public var profile: CandidateProfileView?
    public var profileLoad: DetailLoad?
    public var applications: [CandidateApplicationRow]
    public var timeline: [TimelineEntry]
    /// Whether every application history arrived (the timeline has stage changes only when they did).
    public var historyLoad: DetailLoad?
    public var notes: [NoteView]
    public var notesLoad: DetailLoad?
    public var upcomingInterviews: [CandidateInterviewRow]
    public var pastInterviews: [CandidateInterviewRow]
    public var feedback: FeedbackAggregate?
    public var offers: [CandidateOfferRow]
    public var focusedSection: CandidateSection
    public var sectionOffsets: [CandidateSection: Int]
    public var placeholder: String?
}
