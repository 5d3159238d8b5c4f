/// Why a request is refused before it reaches the service. The answer carries `status` and the
/// connection closes after it, because the rest of the byte stream can no longer be trusted.
struct HTTPRejection: Error, Equatable, Sendable {
    var status: Int
    var message: String
}

/// Reads the head of an HTTP/1.x request from raw bytes. Strict where leniency would let a
/// client and the sandbox disagree on where a request ends (CRLF only, no folding, one
/// Content-Length, no Transfer-Encoding); pure, so every rule is unit-testable.
enum HTTPRequestParser {
    static let maxHeadBytes = 64 * 1024
    static let maxBodyBytes = 16 * 1024 * 1024
    private static let earlyCheckBytes = 8 * 1024

    enum Outcome: Equatable {
        /// More bytes are needed; `scanned` bytes hold no head end, so the next search starts there.
        case incomplete(scanned: Int)
        /// A complete head occupying the first `length` bytes (including the blank line).
        case head(HTTPRequestHead, length: Int)
        case rejected(HTTPRejection)
    }

    /// Parses the unconsumed bytes of a connection. `scanned` comes from the previous
    /// `.incomplete` for the same bytes, so a client trickling bytes costs linear time.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, scanned: Int = 0) -> Outcome {
        // RFC 9112 §2.2: ignore empty lines before the request line (some clients send one after a body).
        var start = 0
        while start + 1 < bytes.count, bytes[start] == cr, bytes[start + 1] == lf { start += 2 }
        if start + 1 == bytes.count, bytes[start] == cr { return .incomplete(scanned: 0) }
        // A request starts with a method token: anything else (a TLS ClientHello's 0x16 byte, say)
        // is refused at once rather than waited on for a line end that never comes.
        if start < bytes.count, bytes[start] != cr, !isTokenByte(bytes[start]) {
            return .rejected(HTTPRejection(status: 400, message: "not an HTTP/1.x request"))
        }

        guard let end = headEnd(in: bytes, from: max(start, scanned - 3)) else {
            if bytes.count - start >= maxHeadBytes {
                return .rejected(HTTPRejection(status: 431, message: "request head exceeds \(maxHeadBytes) bytes"))
            }
            // Refuse garbage as soon as its first line is complete instead of waiting for 64 KiB;
            // the search is bounded so a client trickling bytes cannot make it quadratic.
            if let lineEnd = lineEnd(in: bytes, from: start, to: min(bytes.count, start + earlyCheckBytes)) {
                if case .failure(let rejection) = requestLine(UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])) {
                    return .rejected(rejection)
                }
            }
            return .incomplete(scanned: bytes.count)
        }
        if end - start > maxHeadBytes {
            return .rejected(HTTPRejection(status: 431, message: "request head exceeds \(maxHeadBytes) bytes"))
        }
        switch head(UnsafeBufferPointer(rebasing: bytes[start..<(end - 2)])) {
        case .success(let head): return .head(head, length: end)
        case .failure(let rejection): return .rejected(rejection)
        }
    }

    /// Convenience for tests and callers holding an array.
    static func parse(_ bytes: [UInt8]) -> Outcome {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    // MARK: - Pieces

    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// Index just past the first CRLFCRLF at or after `from`.
    private static func headEnd(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var index = max(from, 0)
        while index + 3 < bytes.count {
            if bytes[index + 3] != lf {
                // The byte at index+3 cannot end a terminator; skip ahead quickly unless it is a CR.
                index += bytes[index + 3] == cr ? 1 : 4
                continue
            }
            if bytes[index] == cr, bytes[index + 1] == lf, bytes[index + 2] == cr { return index + 4 }
            index += 1
        }
        return nil
    }

    /// Index of the CR of the first CRLF in `from..<to`.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        var index = from
        while index + 1 < to {
            if bytes[index] == cr, bytes[index + 1] == lf { return index }
            index += 1
        }
        return nil
    }

    /// `head` is the request line and header lines, each ending in CRLF (the blank line excluded).
    private static func head(_ head: UnsafeBufferPointer<UInt8>) -> Result<HTTPRequestHead, HTTPRejection> {
        guard let firstEnd = lineEnd(in: head, from: 0, to: head.count) else {
            return .failure(HTTPRejection(status: 400, message: "missing request line"))
        }
        let line: (method: String, target: String, version: HTTPRequestHead.Version)
        switch requestLine(UnsafeBufferPointer(rebasing: head[0..<firstEnd])) {
        case .success(let parsed): line = parsed
        case .failure(let rejection): return .failure(rejection)
        }

        var headers: [String: String] = [:]
        var contentLength: Int?
        var lineStart = firstEnd + 2
        while lineStart < head.count {
            guard let end = lineEnd(in: head, from: lineStart, to: head.count) else {
                return .failure(HTTPRejection(status: 400, message: "header line without CRLF"))
            }
            let (name, value): (String, String)
            switch headerField(UnsafeBufferPointer(rebasing: head[lineStart..<end])) {
            case .success(let field): (name, value) = field
            case .failure(let rejection): return .failure(rejection)
            }
            if name == "content-length" {
                guard let length = decimal(value) else {
                    return .failure(HTTPRejection(status: 400, message: "Content-Length is not a decimal number: \(value)"))
                }
                if let earlier = contentLength, earlier != length {
                    return .failure(HTTPRejection(status: 400, message: "conflicting Content-Length headers"))
                }
                contentLength = length
            }
            headers[name] = value
            lineStart = end + 2
        }

        // Chunked bodies are refused rather than decoded: every client of the sandbox (libcurl
        // with a buffered body, the test clients) sends Content-Length, and one framing rule
        // leaves no room for the two sides to disagree about where a request ends.
        if headers["transfer-encoding"] != nil {
            return .failure(HTTPRejection(status: 411, message: "Transfer-Encoding is not accepted; send the body with Content-Length"))
        }
        let length = contentLength ?? 0
        if length > maxBodyBytes {
            return .failure(HTTPRejection(status: 413, message: "request body of \(length) bytes exceeds \(maxBodyBytes)"))
        }
        let expectsContinue = line.version == .http11 && headers["expect"]?.lowercased() == "100-continue"
        return .success(HTTPRequestHead(
            method: line.method, target: line.target, version: line.version,
            headers: headers, contentLength: length, expectsContinue: expectsContinue
        ))
    }

    /// `METHOD SP target SP HTTP/1.x`, exactly one space between parts.
    private static func requestLine(_ line: UnsafeBufferPointer<UInt8>) -> Result<(method: String, target: String, version: HTTPRequestHead.Version), HTTPRejection> {
        let parts = line.split(separator: UInt8(ascii: " "), maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            return .failure(HTTPRejection(status: 400, message: "malformed request line"))
        }
        let method = parts[0], target = parts[1], version = parts[2]
        guard !method.isEmpty, method.allSatisfy(isTokenByte) else {
            return .failure(HTTPRejection(status: 400, message: "malformed method"))
        }
        // Targets are ASCII without controls; anything else must be percent-encoded.
        guard let first = target.first, target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
              first == UInt8(ascii: "/") || first == UInt8(ascii: "*") || target.starts(with: "http".utf8)
        else {
            return .failure(HTTPRejection(status: 400, message: "malformed request target"))
        }
        let parsedVersion: HTTPRequestHead.Version
        switch String(decoding: version, as: UTF8.self) {
        case "HTTP/1.1": parsedVersion = .http11
        case "HTTP/1.0": parsedVersion = .http10
        case let other where other.utf8.count == 8 && other.hasPrefix("HTTP/") && other.utf8.allSatisfy({ $0 != 0x20 }):
            return .failure(HTTPRejection(status: 505, message: "unsupported version \(other)"))
        default:
            return .failure(HTTPRejection(status: 400, message: "malformed HTTP version"))
        }
        return .success((String(decoding: method, as: UTF8.self), String(decoding: target, as: UTF8.self), parsedVersion))
    }

    /// `name: value` with the name lower-cased and optional whitespace around the value removed.
    private static func headerField(_ line: UnsafeBufferPointer<UInt8>) -> Result<(String, String), HTTPRejection> {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0 else {
            return .failure(HTTPRejection(status: 400, message: "header line without a name"))
        }
        let name = line[0..<colon]
        // A leading space would be obsolete line folding; a space before the colon is forbidden (RFC 9112 §5.1).
        guard name.allSatisfy(isTokenByte) else {
            return .failure(HTTPRejection(status: 400, message: "malformed header name"))
        }
        var value = line[(colon + 1)...]
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        guard value.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
            return .failure(HTTPRejection(status: 400, message: "control character in header value"))
        }
        return .success((String(decoding: name, as: UTF8.self).lowercased(), String(decoding: value, as: UTF8.self)))
    }

    private static func decimal(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    /// `tchar` of RFC 9110 §5.6.2.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
