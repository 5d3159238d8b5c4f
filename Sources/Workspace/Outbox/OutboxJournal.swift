#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The outbox's durable journal: one small file per pending action, written atomically
/// (temporary file, fsync, rename, fsync of the directory), readable only by the user.
struct OutboxJournal: Sendable {
    let directory: String

    /// `$XDG_STATE_HOME/ashby-tui/outbox`, by default `~/.local/state/ashby-tui/outbox`.
    static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/ashby-tui/outbox"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/ashby-tui/outbox"
    }

    /// Opens (creating with mode 0700 when missing) the journal directory.
    init(directory: String) throws(OutboxJournalError) {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw OutboxJournalError(path: directory, reason: "cannot create the directory (\(error.localizedDescription))")
        }
    }

    /// Writes (or rewrites) an entry durably: when this returns, a crash cannot lose it.
    func write(_ entry: OutboxEntry) throws(OutboxJournalError) {
        let data: Data
        do {
            data = try JSONEncoder().encode(entry)
        } catch {
            throw OutboxJournalError(path: path(entry.fileName), reason: "cannot encode the action (\(error))")
        }
        let final = path(entry.fileName)
        let temporary = path(".\(entry.fileName).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw OutboxJournalError(path: temporary, errno: errno, doing: "create") }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = systemWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        let writeErrno = errno
        guard written, fsync(fd) == 0 else {
            let code = written ? errno : writeErrno
            close(fd)
            unlink(temporary)
            throw OutboxJournalError(path: temporary, errno: code, doing: "write")
        }
        close(fd)
        guard rename(temporary, final) == 0 else {
            let code = errno
            unlink(temporary)
            throw OutboxJournalError(path: final, errno: code, doing: "rename into place")
        }
        try syncDirectory()
    }

    /// Deletes an entry durably.
    func remove(_ entry: OutboxEntry) throws(OutboxJournalError) {
        guard unlink(path(entry.fileName)) == 0 || errno == ENOENT else {
            throw OutboxJournalError(path: path(entry.fileName), errno: errno, doing: "delete")
        }
        try syncDirectory()
    }

    /// Every pending entry in submission order, and the files that could not be read.
    func pending() -> (entries: [OutboxEntry], unreadable: [String]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var entries: [OutboxEntry] = []
        var unreadable: [String] = []
        for name in names.sorted() {
            if name.hasPrefix(".") && name.hasSuffix(".tmp") {
                unlink(path(name))  // a write a crash interrupted: it was never acknowledged
                continue
            }
            guard name.hasSuffix(".json") else { continue }
            if let data = FileManager.default.contents(atPath: path(name)), let entry = try? JSONDecoder().decode(OutboxEntry.self, from: data) {
                entries.append(entry)
            } else {
                unreadable.append(name)
            }
        }
        return (entries.sorted { $0.sequence < $1.sequence }, unreadable)
    }

    /// Moves an unreadable file aside (`*.corrupt`) so it is reported once and never blocks the rest.
    func setAside(_ name: String) {
        rename(path(name), path(name + ".corrupt"))
    }

    /// The highest submission number in the journal (from file names alone), 0 when empty.
    func highestSequence() -> UInt64 {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.compactMap { name in name.hasSuffix(".json") ? UInt64(name.prefix(16), radix: 16) : nil }.max() ?? 0
    }

    private func path(_ name: String) -> String { directory + "/" + name }

    private func syncDirectory() throws(OutboxJournalError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw OutboxJournalError(path: directory, errno: errno, doing: "open") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw OutboxJournalError(path: directory, errno: errno, doing: "fsync") }
    }
}

/// `write(2)`; named apart from `OutboxJournal.write(_:)`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
    #else
    return Darwin.write(fd, buffer, count)
    #endif
}

/// The journal could not be written or read: says which file and why.
public struct OutboxJournalError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errno code: Int32, doing action: String) {
        self.init(path: path, reason: "cannot \(action): \(String(cString: strerror(code)))")
    }

    public var description: String { "Outbox journal \(path): \(reason)" }
}
