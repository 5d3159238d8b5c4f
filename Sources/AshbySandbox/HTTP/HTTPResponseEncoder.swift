/// Turns a status and headers into the bytes of an HTTP/1.1 response head.
enum HTTPResponseEncoder {
    /// The interim answer that lets a client waiting on `Expect: 100-continue` send its body
    /// now instead of after its timeout (libcurl waits a full second).
    static let continueHead = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Status line, `Content-Length`, a default JSON `Content-Type` unless `headers` has one,
    /// `Connection`, then `headers`. The server owns framing, so `headers` cannot override
    /// Content-Length, Connection or Transfer-Encoding, and a header containing CR or LF is
    /// dropped rather than allowed to split the response.
    static func head(status: Int, headers: [(name: String, value: String)], contentLength: Int, keepAlive: Bool) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reasonPhrase(for: status))\r\nContent-Length: \(contentLength)\r\n"
        let hasContentType = headers.contains { $0.name.lowercased() == "content-type" }
        if !hasContentType { text += "Content-Type: application/json; charset=utf-8\r\n" }
        text += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n"
        for header in headers {
            switch header.name.lowercased() {
            case "content-length", "connection", "transfer-encoding": continue
            default: break
            }
            if header.name.isEmpty || (header.name + header.value).utf8.contains(where: { $0 == 0x0D || $0 == 0x0A }) { continue }
            text += "\(header.name): \(header.value)\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// A small JSON error body in Ashby's shape, for answers the server gives on its own.
    static func errorBody(_ message: String) -> [UInt8] {
        var escaped = ""
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case _ where scalar.value < 0x20: escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return Array("{\"success\":false,\"errors\":[\"\(escaped)\"]}".utf8)
    }

    static func reasonPhrase(for status: Int) -> String {
        switch status {
        case 100: return "Continue"
        case 200: return "OK"
        case 201: return "Created"
        case 202: return "Accepted"
        case 204: return "No Content"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 411: return "Length Required"
        case 413: return "Content Too Large"
        case 415: return "Unsupported Media Type"
        case 422: return "Unprocessable Content"
        case 429: return "Too Many Requests"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        case 505: return "HTTP Version Not Supported"
        default:
            switch status / 100 {
            case 1: return "Informational"
            case 2: return "Success"
            case 3: return "Redirection"
            case 4: return "Client Error"
            default: return "Server Error"
            }
        }
    }
}
