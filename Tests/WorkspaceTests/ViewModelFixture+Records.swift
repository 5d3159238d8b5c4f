import AshbyAPI
import Foundation
@testable import Workspace

/// Offers, approvals, scorecards and interviews for the view model tests.
extension ViewModelFixture {
    static func approver(_ id: String, _ userId: String, _ decision: ApprovalDecision) -> Approver {
        Approver(id: id, userId: userId, decision: decision, decidedAt: decision == .pending ? nil : stamp(-day))
    }

    static func offersDelta() -> StoreDelta {
        var delta = StoreDelta()
        let bonus = CustomFieldValue(id: "cf-bonus", title: "Signing bonus", value: ["currencyCode": "USD", "value": 10_000])
        let equity = CustomFieldValue(id: "cf-equity", title: "Equity", value: 2_000)
        delta.offers = [
            Offer(id: "o1", applicationId: "a6", acceptanceStatus: .pending, offerStatus: .waitingOnOfferApproval,
                  latestVersion: OfferVersion(id: "v1b", salary: CurrencyAmount(currencyCode: "USD", value: 150_000),
                                              createdAt: stamp(-2 * day), customFields: [bonus, equity])),
            Offer(id: "o2", applicationId: "a5", acceptanceStatus: .pending, offerStatus: .waitingOnOfferApproval,
                  latestVersion: OfferVersion(id: "v2", salary: CurrencyAmount(currencyCode: "EUR", value: 90_000), createdAt: stamp(-3 * day))),
            Offer(id: "o3", applicationId: "a4", acceptanceStatus: .waitingOnResponse, offerStatus: .waitingOnCandidateResponse,
                  latestVersion: OfferVersion(id: "v3", createdAt: stamp(-5 * day))),
            Offer(id: "o4", applicationId: "a7", acceptanceStatus: .accepted, offerStatus: .candidateAccepted,
                  latestVersion: OfferVersion(id: "v4", createdAt: stamp(-40 * day))),
        ]
        delta.approvals = [
            Approval(id: "ap1", approvalDefinitionId: "def", entityId: "v1b", entityType: .offer, createdAt: stamp(-2 * day), steps: [
                ApprovalStep(id: "step-1", approvalsRequired: 2, approvers: [approver("ar1", "u-me", .pending), approver("ar2", "u-ivan", .approve)]),
                ApprovalStep(id: "step-2", approvalsRequired: 1, approvers: [approver("ar3", "u-jo", .pending)]),
            ]),
            Approval(id: "ap2", approvalDefinitionId: "def", entityId: "v2", entityType: .offer, createdAt: stamp(-3 * day), steps: [
                ApprovalStep(id: "step-a", approvalsRequired: 1, approvers: [approver("ar4", "u-ivan", .pending)]),
            ]),
        ]
        return delta
    }

    static let scorecardForm = FormDefinition(sections: [FormSection(fields: [
        FormFieldEntry(isRequired: true, field: FormField(
            id: "f-rec", type: .valueSelect, path: "overall_recommendation", humanReadablePath: "Overall Recommendation",
            title: "Overall Recommendation", isNullable: false,
            selectableValues: [FormSelectableValue(label: "Strong Hire", value: "strong_hire"), FormSelectableValue(label: "Hire", value: "hire"),
                               FormSelectableValue(label: "No Hire", value: "no_hire"),
                               FormSelectableValue(label: "Strong No Hire", value: "strong_no_hire")])),
        FormFieldEntry(isRequired: true, field: FormField(id: "f-tech", type: .score, path: "technical", humanReadablePath: "Technical",
                                                          title: "Technical skills", isNullable: false)),
        FormFieldEntry(isRequired: false, field: FormField(id: "f-comm", type: .score, path: "communication",
                                                           humanReadablePath: "Communication", title: "Communication", isNullable: true)),
        FormFieldEntry(isRequired: false, field: FormField(id: "f-notes", type: .longText, path: "notes", humanReadablePath: "Notes",
                                                           title: "Notes", isNullable: true)),
    ])])

    /// Three scorecards for a4 (Dan Brown), an interview with overdue feedback, and schedules.
    static func feedbackDelta() -> StoreDelta {
        var delta = StoreDelta()
        delta.feedbackForms = ["form-1": scorecardForm]
        delta.interviews = [Interview(id: "i1", title: "Technical interview", isArchived: false, isFeedbackRequired: true,
                                      isFeedbackRequested: true, feedbackFormDefinitionId: "form-1")]
        delta.feedback = [
            FeedbackRecord(id: "f1", applicationId: "a4", submittedByUserId: "u-ivan", interviewId: "i1", formKey: "form-1",
                           submittedAt: stamp(-2 * day),
                           values: ["overall_recommendation": "strong_hire", "technical": ["score": 4], "communication": 3, "notes": "Great"]),
            FeedbackRecord(id: "f2", applicationId: "a4", submittedByUserId: "u-jo", interviewId: "i1", formKey: "form-1",
                           submittedAt: stamp(-day), values: ["overall_recommendation": "no_hire", "technical": "2", "communication": ["score": 2]]),
            FeedbackRecord(id: "f3", applicationId: "a4", submittedByUserId: "u-kim", formKey: "form-1", submittedAt: stamp(-0.5 * day),
                           values: ["overall_recommendation": "hire", "technical": 3, "notes": ""]),
        ]
        return delta
    }

    static func event(_ id: String, schedule: String, start: TimeInterval, minutes: Double, interviewers: [String],
                      submitted: Bool = false) -> InterviewEventRecord {
        InterviewEventRecord(id: id, scheduleId: schedule, interviewId: "i1", startTime: stamp(start),
                             endTime: stamp(start + minutes * 60),
                             interviewers: interviewers.map { InterviewerSeat(userId: $0, isFeedbackRequired: true) },
                             hasSubmittedFeedback: submitted)
    }
}
