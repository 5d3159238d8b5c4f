import AshbyAPI
import Foundation

/// Ashby's response envelope and the headers every answer carries.
enum Envelope {
    static func headers(requestID: String, contentType: String = "application/json; charset=utf-8") -> [(name: String, value: String)] {
        [("content-type", contentType), ("x-ashby-request-id", requestID)]
    }

    static func success(_ answer: EndpointAnswer, requestID: String) -> SandboxReply {
        var body = answer
        body["success"] = true
        return SandboxReply(status: 200, headers: headers(requestID: requestID), body: JSONValue.object(body).serialized())
    }

    /// `{success:false, errors:[code], errorInfo:{code, message, requestId}}` with the given HTTP status.
    static func failure(status: Int = 200, code: String, message: String, requestID: String,
                        extraHeaders: [(name: String, value: String)] = []) -> SandboxReply {
        let body: JSONValue = [
            "success": false, "errors": [.string(code)],
            "errorInfo": ["code": .string(code), "message": .string(message), "requestId": .string(requestID)],
        ]
        return SandboxReply(status: status, headers: headers(requestID: requestID) + extraHeaders, body: body.serialized())
    }
}

/// Request ids shaped like Ashby's ULIDs (26 Crockford base32 characters), deterministic per tenant.
struct RequestIDMint: Sendable {
    private var random: SplitMix64
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    init(seed: UInt64) { random = SplitMix64(seed: seed, stream: 0x7E9) }

    mutating func next(now: Millis) -> String {
        var out = [UInt8]()
        var time = UInt64(max(0, now))
        var timePart = [UInt8](repeating: 0, count: 10)
        for index in stride(from: 9, through: 0, by: -1) { timePart[index] = RequestIDMint.alphabet[Int(time & 31)]; time >>= 5 }
        out.append(contentsOf: timePart)
        var bits = random.next()
        for index in 0..<16 {
            if index == 12 { bits = random.next() }
            out.append(RequestIDMint.alphabet[Int(bits & 31)])
            bits >>= 5
        }
        return String(decoding: out, as: UTF8.self)
    }
}
