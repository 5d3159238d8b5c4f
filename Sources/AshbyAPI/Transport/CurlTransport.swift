import CCurlShim
import Foundation

/// HTTPS through libcurl: certificate verification always on, keep-alive through a small pool of
/// reused easy handles, gzip accepted, proxy variables honoured (libcurl reads `https_proxy`,
/// `no_proxy`, … itself), connect and overall timeouts per request.
public final class CurlTransport: Transport, @unchecked Sendable {
    /// Seconds allowed to establish a connection; the overall deadline comes from each request.
    public let connectTimeout: TimeInterval
    private let lock = NSLock()
    private var idleHandles: [EasyHandle] = []
    private let maxIdleHandles: Int

    public init(connectTimeout: TimeInterval = 10, maxIdleHandles: Int = 4) {
        CurlTransport.initializeLibraryOnce()
        self.connectTimeout = connectTimeout
        self.maxIdleHandles = maxIdleHandles
    }

    deinit {
        for handle in idleHandles { handle.close() }
    }

    // libcurl requires one global init before any other thread uses it.
    private static let libraryInitialized: Bool = {
        curl_global_init(ashby_curl_global_default()) == CURLE_OK
    }()

    public static func initializeLibraryOnce() { _ = libraryInitialized }

    public func send(_ request: HTTPRequest) throws(TransportFailure) -> HTTPResponse {
        let handle = checkOut()
        do {
            let response = try handle.perform(request, connectTimeout: connectTimeout)
            checkIn(handle)
            return response
        } catch {
            // A failed exchange may leave a half-used connection behind: start afresh next time.
            handle.close()
            throw error
        }
    }

    private func checkOut() -> EasyHandle {
        lock.lock()
        defer { lock.unlock() }
        return idleHandles.popLast() ?? EasyHandle()
    }

    private func checkIn(_ handle: EasyHandle) {
        lock.lock()
        if idleHandles.count < maxIdleHandles {
            idleHandles.append(handle)
            lock.unlock()
        } else {
            lock.unlock()
            handle.close()
        }
    }
}

/// One libcurl easy handle; its connection cache is what gives keep-alive across requests.
private final class EasyHandle {
    private var curl: UnsafeMutableRawPointer?

    init() {
        curl = curl_easy_init()
    }

    func close() {
        if let curl { curl_easy_cleanup(curl) }
        curl = nil
    }

    func perform(_ request: HTTPRequest, connectTimeout: TimeInterval) throws(TransportFailure) -> HTTPResponse {
        guard let curl else { throw .other("libcurl could not create a handle") }
        // Reset keeps live connections, so keep-alive survives it.
        curl_easy_reset(curl)
        let sink = ResponseSink()
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()

        var headerList: UnsafeMutablePointer<curl_slist>?
        for header in request.headers {
            headerList = curl_slist_append(headerList, "\(header.name): \(header.value)")
        }
        // Without this libcurl waits for a 100-continue on bodies over 1 KiB.
        headerList = curl_slist_append(headerList, "Expect:")
        defer { curl_slist_free_all(headerList) }

        ashby_curl_setopt_string(curl, CURLOPT_URL, request.url)
        ashby_curl_setopt_long(curl, CURLOPT_NOSIGNAL, 1)
        ashby_curl_setopt_long(curl, CURLOPT_SSL_VERIFYPEER, 1)
        ashby_curl_setopt_long(curl, CURLOPT_SSL_VERIFYHOST, 2)
        ashby_curl_setopt_long(curl, CURLOPT_FOLLOWLOCATION, 0)
        ashby_curl_setopt_long(curl, CURLOPT_TCP_KEEPALIVE, 1)
        ashby_curl_setopt_long(curl, CURLOPT_TCP_NODELAY, 1)
        ashby_curl_setopt_long(curl, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(connectTimeout))
        ashby_curl_setopt_long(curl, CURLOPT_TIMEOUT_MS, Self.milliseconds(request.timeout))
        // "" asks for every encoding this libcurl can decode (gzip, deflate, …).
        ashby_curl_setopt_string(curl, CURLOPT_ACCEPT_ENCODING, "")
        ashby_curl_setopt_slist(curl, CURLOPT_HTTPHEADER, headerList)
        if request.method == "POST" {
            ashby_curl_setopt_long(curl, CURLOPT_POST, 1)
            ashby_curl_setopt_off_t(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count))
        } else {
            ashby_curl_setopt_string(curl, CURLOPT_CUSTOMREQUEST, request.method)
        }
        ashby_curl_setopt_pointer(curl, CURLOPT_WRITEDATA, sinkPointer)
        ashby_curl_setopt_write_function(curl, { data, size, count, context in
            guard let data, let context else { return 0 }
            let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
            sink.body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: size * count)
            return size * count
        })
        ashby_curl_setopt_pointer(curl, CURLOPT_HEADERDATA, sinkPointer)
        ashby_curl_setopt_header_function(curl, { data, size, count, context in
            guard let data, let context else { return 0 }
            let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
            let line = String(decoding: UnsafeRawBufferPointer(start: data, count: size * count), as: UTF8.self)
            sink.take(headerLine: line)
            return size * count
        })

        // POSTFIELDS is not copied by libcurl: the body must stay alive through perform.
        let code: CURLcode = request.body.withUnsafeBytes { bytes in
            if request.method == "POST" {
                let base = bytes.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start)
                ashby_curl_setopt_pointer(curl, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: base))
            }
            return curl_easy_perform(curl)
        }
        guard code == CURLE_OK else { throw Self.failure(for: code, url: request.url) }
        var status = 0
        ashby_curl_getinfo_long(curl, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: sink.headers, body: sink.body)
    }

    private static func milliseconds(_ seconds: TimeInterval) -> Int {
        max(1, Int((seconds * 1000).rounded()))
    }

    static func failure(for code: CURLcode, url: String) -> TransportFailure {
        let host = BaseURL.host(of: url) ?? url
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return .timedOut
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return .hostNotFound(host: host)
        case CURLE_COULDNT_CONNECT: return .couldNotConnect(host: host)
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING: return .connectionReset
        case CURLE_PARTIAL_FILE: return .truncatedBody
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            return .tls(String(cString: curl_easy_strerror(code)))
        default: return .other(String(cString: curl_easy_strerror(code)))
        }
    }
}

/// Collects one response; reached from the C callbacks through an unretained pointer.
private final class ResponseSink {
    var body = Data()
    var headers: [String: String] = [:]

    func take(headerLine line: String) {
        // A new status line (after a 100 Continue, say) starts a new header block.
        if line.hasPrefix("HTTP/") {
            headers.removeAll()
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        headers[name] = value
    }
}
