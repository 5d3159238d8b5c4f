import XCTest
@testable import Workspace

final class StatusModelTests: XCTestCase {
    let utc = TimeZone(identifier: "UTC")!
    let base = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14 22:13:20 UTC

    func testSyncTexts() {
        var status = StatusModel(tenant: "Acme", timeZone: utc)
        XCTAssertEqual(status.syncText(now: base), "connecting…")
        status.sync = .upToDate(asOf: base)
        XCTAssertEqual(status.syncText(now: base.addingTimeInterval(12)), "synced 12 s ago")
        XCTAssertEqual(status.syncText(now: base.addingTimeInterval(1)), "synced just now")
        XCTAssertEqual(status.syncText(now: base.addingTimeInterval(185)), "synced 3 min ago")
        XCTAssertEqual(status.syncText(now: base.addingTimeInterval(7300)), "synced 2 h ago")
        status.sync = .offline(since: base, nextRetry: base.addingTimeInterval(30), reason: "timeout")
        XCTAssertEqual(status.syncText(now: base.addingTimeInterval(10)), "offline since 22:13, retry in 20 s")
        XCTAssertEqual(status.syncText(now: base.addingTimeInterval(31)), "offline since 22:13, retrying…")
        status.sync = .permissionMissing(resources: [.offers, .approvals], asOf: nil)
        XCTAssertEqual(status.syncText(now: base), "no permission for approvals, offers")
        status.sync = .syncing(progress: SyncProgress(resource: .interviewSchedules, pages: 3, items: 12_345, resourcesDone: 4,
                                                      resourcesTotal: 19))
        XCTAssertEqual(status.syncText(now: base), "syncing interview schedules (4/19, 12,345 items)")
        XCTAssertEqual(status.progressFraction ?? -1, 4.0 / 19.0, accuracy: 1e-9)
    }

    func testPendingAndFailedCountsFollowTheOutbox() {
        var status = StatusModel(tenant: "Acme", isReadOnly: false, timeZone: utc)
        let move = OutboxAction.moveApplication(applicationId: "a1", toStageId: "s2", archiveReasonId: nil)
        status.record(OutboxActionState(actionId: "1", action: move, phase: .queued, summary: "Move Ada to Onsite"))
        status.record(OutboxActionState(actionId: "2", action: move, phase: .sending(attempt: 1), summary: "Move Bo to Onsite"))
        XCTAssertEqual(status.pendingCount, 2)
        status.record(OutboxActionState(actionId: "1", action: move, phase: .confirmed, summary: "Move Ada to Onsite"))
        status.record(OutboxActionState(actionId: "2", action: move, phase: .failed(reason: "stage not in plan"), summary: "Move Bo to Onsite"))
        XCTAssertEqual(status.pendingCount, 0)
        XCTAssertEqual(status.failedCount, 1)
        status.sync = .upToDate(asOf: base)
        status.activeJob = "Backend Engineer"
        XCTAssertEqual(status.segments(now: base.addingTimeInterval(5)), [
            StatusSegment("Acme", .normal), StatusSegment("Backend Engineer", .normal),
            StatusSegment("synced 5 s ago", .normal), StatusSegment("1 failed", .error),
            StatusSegment("Move Bo to Onsite failed: stage not in plan", .error),
        ])
    }

    func testReadOnlySegment() {
        var status = StatusModel(tenant: "Acme", isReadOnly: true, timeZone: utc)
        status.sync = .unauthorized(message: "invalid key")
        XCTAssertEqual(status.segments(now: base), [
            StatusSegment("Acme", .normal), StatusSegment("API key refused: invalid key", .error), StatusSegment("read-only", .warning),
        ])
    }

    func testToastsExpireAndCollapse() {
        var toasts = ToastQueue(visibleLimit: 2)
        toasts.post(Notice(.info, "Moved Ada to Onsite"), now: base)
        toasts.post(Notice(.error, "Offer approval failed"), now: base.addingTimeInterval(1))
        toasts.post(Notice(.info, "Moved Ada to Onsite"), now: base.addingTimeInterval(2))
        toasts.post(Notice(.success, "Note added"), now: base.addingTimeInterval(3))
        XCTAssertEqual(toasts.visible(now: base.addingTimeInterval(3)).map { "\($0.notice.text)×\($0.count)" },
                       ["Moved Ada to Onsite×2", "Offer approval failed×1"])
        XCTAssertEqual(toasts.nextExpiry, base.addingTimeInterval(6))
        XCTAssertTrue(toasts.expire(now: base.addingTimeInterval(6)))
        XCTAssertEqual(toasts.visible(now: base.addingTimeInterval(6)).map(\.notice.text), ["Offer approval failed", "Note added"])
        XCTAssertFalse(toasts.expire(now: base.addingTimeInterval(6.5)))
        XCTAssertTrue(toasts.expire(now: base.addingTimeInterval(16)))
        XCTAssertEqual(toasts.toasts.count, 0)
        XCTAssertNil(toasts.nextExpiry)
    }

    func testConfirmationKeys() {
        var dialog = Confirmation(title: "Approve the whole offer?", lines: [], confirmLabel: "Approve", isDestructive: true, effects: [])
        XCTAssertEqual(dialog.focus, .cancel)
        XCTAssertEqual(dialog.answer(to: KeyChord(.enter)), .cancel)
        XCTAssertEqual(dialog.answer(to: KeyChord(.tab)), .none)
        XCTAssertEqual(dialog.answer(to: KeyChord(.enter)), .confirm)
        XCTAssertEqual(dialog.answer(to: .character("n")), .cancel)
        XCTAssertEqual(dialog.answer(to: .character("y")), .confirm)
        XCTAssertEqual(dialog.answer(to: .character("z")), .none)
    }
}
