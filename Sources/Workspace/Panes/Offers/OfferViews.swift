import AshbyAPI
import Foundation

/// One line of the offers list.
public struct OfferRow: Sendable, Equatable {
    public var offerId: String
    public var applicationId: String
    public var candidateName: String
    public var jobTitle: String
    public var versionId: String?
    public var versionCreatedAt: Timestamp?
    /// "Waiting on approval", "Waiting on candidate", "Accepted"…
    public var statusLabel: String
    /// The acting user is a pending approver of the current step of the shown version.
    public var awaitsMe: Bool
    public var isSelected: Bool
    public var isHighlighted: Bool
}

/// The selected offer in full: the version shown, its compensation, its approval steps.
public struct OfferDetail: Sendable, Equatable {
    public var offerId: String
    public var candidateId: String?
    public var candidateName: String
    public var jobTitle: String
    public var statusLabel: String
    public var acceptanceStatus: String
    /// The version whose terms are shown, and which an approval applies to.
    public var versionId: String?
    public var versionCreatedAt: Timestamp?
    public var startDate: Timestamp?
    /// Salary first, then each compensation custom field, as (title, value) lines.
    public var compensation: [OfferField]
    public var steps: [OfferStepView]
    /// How many versions the offer has, once `offer.info` arrived.
    public var versionCount: Int?
    /// Why the acting user cannot approve the current step (nil when they can).
    public var stepRefusal: String?
    public var canApproveWholeOffer: Bool
}

/// A labelled value of an offer version.
public struct OfferField: Sendable, Equatable {
    public var title: String
    public var value: String

    public init(_ title: String, _ value: String) {
        self.title = title
        self.value = value
    }
}

/// One approval step with its approvers.
public struct OfferStepView: Sendable, Equatable {
    public var stepId: String
    /// 1-based, in the approval's order.
    public var number: Int
    public var approvalsRequired: Int
    public var approvalsGiven: Int
    public var isCurrent: Bool
    public var isComplete: Bool
    public var approvers: [OfferApproverView]
}

/// An approver of a step and their decision.
public struct OfferApproverView: Sendable, Equatable {
    public var userId: String
    public var name: String
    public var decision: ApprovalDecision
    public var decidedAt: Timestamp?
    public var isMe: Bool
}

/// What the offers pane shows now.
public struct OffersScreen: Sendable, Equatable {
    /// Only the visible rows; `offset` is the position of the first.
    public var rows: [OfferRow]
    public var offset: Int
    public var totalRows: Int
    public var awaitingMeCount: Int
    public var detail: OfferDetail?
    public var filterText: String
    /// "Loading versions…" or why `offer.info` failed.
    public var detailNote: String?
}

enum OfferFormatting {
    static func money(_ amount: CurrencyAmount?) -> String? {
        guard let amount, let value = amount.value else { return nil }
        let whole = value.rounded() == value ? grouped(Int(value)) : String(format: "%.2f", value)
        return [amount.currencyCode, whole].compactMap { $0 }.joined(separator: " ")
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(abs(number))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }

    static func date(_ timestamp: Timestamp?) -> String? { timestamp.map { String($0.iso8601String.prefix(10)) } }

    /// A custom field's value as text.
    static func value(_ field: CustomFieldValue) -> String {
        if let labels = field.valueLabel?.labels, !labels.isEmpty { return labels.joined(separator: ", ") }
        switch field.kind {
        case .null: return "—"
        case .boolean(let flag): return flag ? "yes" : "no"
        case .number(let number): return number.rounded() == number ? grouped(Int(number)) : String(number)
        case .string(let text): return text
        case .strings(let texts): return texts.joined(separator: ", ")
        case .currency(let amount): return money(amount) ?? "—"
        case .numberRange(let range):
            return "\(range.minValue.map { grouped(Int($0)) } ?? "?")–\(range.maxValue.map { grouped(Int($0)) } ?? "?")"
        case .compensationRange(let range):
            let bounds = "\(range.minValue.map { grouped(Int($0)) } ?? "?")–\(range.maxValue.map { grouped(Int($0)) } ?? "?")"
            return [range.currencyCode, bounds, range.interval?.rawValue].compactMap { $0 }.joined(separator: " ")
        case .other(let json): return json.serializedString
        }
    }

    static func statusLabel(_ offer: Offer) -> String {
        switch offer.offerStatus {
        case .waitingOnOfferApproval?: return "Waiting on approval"
        case .waitingOnApprovalStart?: return "Approval not started"
        case .waitingOnApprovalDefinition?: return "Approval not defined"
        case .waitingOnCandidateResponse?: return "Waiting on candidate"
        case .candidateAccepted?: return "Accepted"
        case .candidateRejected?: return "Declined"
        case .offerCancelled?: return "Cancelled"
        case let other?: return other.rawValue
        case nil: return offer.acceptanceStatus.rawValue
        }
    }

    /// The order of states after "awaiting me": approvals first, closed offers last.
    static func stateRank(_ offer: Offer) -> Int {
        switch offer.offerStatus {
        case .waitingOnOfferApproval?: return 0
        case .waitingOnApprovalStart?: return 1
        case .waitingOnApprovalDefinition?: return 2
        case .waitingOnCandidateResponse?: return 3
        case .candidateAccepted?: return 4
        case .candidateRejected?: return 5
        case .offerCancelled?: return 6
        default: return 7
        }
    }
}
