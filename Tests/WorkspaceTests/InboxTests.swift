#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import Workspace
import XCTest

/// The inbox: events in order, one wake byte while undrained, drain empties the pipe.
final class InboxTests: XCTestCase {
    private func bytesInPipe(_ inbox: Inbox) -> Int32 {
        var count: Int32 = 0
        XCTAssertEqual(ioctl(inbox.wakeDescriptor, UInt(FIONREAD), &count), 0)
        return count
    }

    private func isReadable(_ inbox: Inbox, timeoutMilliseconds: Int32 = 0) -> Bool {
        var descriptor = pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, timeoutMilliseconds) == 1 && descriptor.revents & Int16(POLLIN) != 0
    }

    func testEventsDrainInTheOrderPosted() {
        let inbox = Inbox()
        inbox.post(.notice(Notice(.info, "one")))
        inbox.post(contentsOf: [.notice(Notice(.info, "two")), .syncStatus(.starting), .notice(Notice(.info, "three"))])
        let drained = inbox.drain()
        XCTAssertEqual(drained.count, 4)
        let texts = drained.compactMap { event -> String? in
            if case .notice(let notice) = event { return notice.text }
            return nil
        }
        XCTAssertEqual(texts, ["one", "two", "three"])
        guard case .syncStatus(.starting) = drained[2] else { return XCTFail("\(drained[2])") }
        XCTAssertTrue(inbox.drain().isEmpty)
    }

    func testOneWakeByteWhileUndrainedAndDrainEmptiesThePipe() {
        let inbox = Inbox()
        XCTAssertFalse(isReadable(inbox))
        XCTAssertEqual(bytesInPipe(inbox), 0)
        for index in 0..<1_000 { inbox.post(.notice(Notice(.info, "\(index)"))) }
        XCTAssertTrue(isReadable(inbox))
        XCTAssertEqual(bytesInPipe(inbox), 1)
        XCTAssertEqual(inbox.pendingCount, 1_000)

        XCTAssertEqual(inbox.drain().count, 1_000)
        XCTAssertFalse(isReadable(inbox))
        XCTAssertEqual(bytesInPipe(inbox), 0)

        inbox.post(.syncStatus(.starting))
        XCTAssertEqual(bytesInPipe(inbox), 1)
        XCTAssertEqual(inbox.drain().count, 1)
        XCTAssertEqual(bytesInPipe(inbox), 0)
    }

    func testPostingNothingRingsNothing() {
        let inbox = Inbox()
        inbox.post(contentsOf: [])
        XCTAssertFalse(isReadable(inbox))
        XCTAssertEqual(inbox.pendingCount, 0)
    }

    func testAPostFromAnotherThreadWakesAPollAndAWait() {
        let inbox = Inbox()
        XCTAssertFalse(inbox.waitForEvents(timeout: 0.05))
        let poster = Thread {
            Thread.sleep(forTimeInterval: 0.05)
            inbox.post(.syncStatus(.starting))
        }
        poster.start()
        XCTAssertTrue(isReadable(inbox, timeoutMilliseconds: 5_000))
        XCTAssertTrue(inbox.waitForEvents(timeout: 5))
        XCTAssertEqual(inbox.drain().count, 1)
    }

    func testManyPostersLoseNothingAndKeepEachPostersOrder() {
        let inbox = Inbox()
        let posters = 4, each = 2_000
        DispatchQueue.concurrentPerform(iterations: posters) { poster in
            for index in 0..<each { inbox.post(.notice(Notice(.info, "\(poster):\(index)"))) }
        }
        XCTAssertEqual(bytesInPipe(inbox), 1)
        var next = [Int](repeating: 0, count: posters)
        for event in inbox.drain() {
            guard case .notice(let notice) = event else { return XCTFail("\(event)") }
            let parts = notice.text.split(separator: ":").compactMap { Int($0) }
            XCTAssertEqual(parts[1], next[parts[0]])
            next[parts[0]] += 1
        }
        XCTAssertEqual(next, [Int](repeating: each, count: posters))
        XCTAssertEqual(bytesInPipe(inbox), 0)
    }
}
