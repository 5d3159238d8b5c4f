import AshbyAPI
import Foundation
import Glibc

/// Wraps a `SandboxService` and appends one JSON line per exchange to a file, for the
/// conformance check that validates every body against the OpenAPI spec:
/// `{"path":"/candidate.list","status":200,"request":<body or null>,"response":<body or null>}`.
/// Headers are never written: they carry the API key.
public final class ExchangeRecorder: @unchecked Sendable {
    /// Where the lines go.
    public let fileURL: URL
    private let wrapped: SandboxService
    private let lock = NSLock()
    // Guarded by `lock`; -1 once closed.
    private var descriptor: Int32
    private var reportedFailure = false

    /// Opens `fileURL` for appending (creating it), so a second run adds to an earlier recording.
    public init(fileURL: URL, wrapping service: @escaping SandboxService) throws {
        let fd = open(fileURL.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [
                NSFilePathErrorKey: fileURL.path,
                NSLocalizedDescriptionKey: "cannot open \(fileURL.path) to record exchanges: \(String(cString: strerror(errno)))",
            ])
        }
        self.fileURL = fileURL
        wrapped = service
        descriptor = fd
    }

    deinit {
        close()
    }

    /// The wrapped service, recording each exchange before returning its reply.
    public var service: SandboxService {
        { [self] request in
            let reply = wrapped(request)
            record(request: request, reply: reply)
            return reply
        }
    }

    /// Stops recording; later exchanges are still served, just not written.
    public func close() {
        lock.withLock {
            if descriptor >= 0 { _ = Glibc.close(descriptor) }
            descriptor = -1
        }
    }

    /// The line for one exchange, with its trailing newline. Keys in a fixed order so lines diff well.
    static func line(path: String, status: Int, requestBody: Data, responseBody: Data) -> Data {
        var text = "{\"path\":" + JSONValue.string(path).serializedString
        text += ",\"status\":\(status)"
        text += ",\"request\":" + json(requestBody)
        text += ",\"response\":" + json(responseBody)
        text += "}\n"
        return Data(text.utf8)
    }

    /// The body re-serialized compactly (a pretty-printed body would break the one-line format), or `null`.
    private static func json(_ body: Data) -> String {
        guard !body.isEmpty, let value = try? JSONValue.parse(body) else { return "null" }
        return value.serializedString
    }

    private func record(request: SandboxRequest, reply: SandboxReply) {
        let bytes = Self.line(path: request.path, status: reply.status, requestBody: request.body, responseBody: reply.body)
        lock.withLock {
            guard descriptor >= 0 else { return }
            // One write() per line under the lock: no interleaving, and nothing sits in a buffer if the process dies.
            let ok = bytes.withUnsafeBytes { raw -> Bool in
                var offset = 0
                while offset < raw.count {
                    let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    offset += written
                }
                return true
            }
            if !ok, !reportedFailure {
                // Recording is a side channel: report once on stderr, keep serving.
                reportedFailure = true
                Foundation.FileHandle.standardError.write(Data("ashby-sandbox: cannot write to \(fileURL.path): \(String(cString: strerror(errno)))\n".utf8))
            }
        }
    }
}
