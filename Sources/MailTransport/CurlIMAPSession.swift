import CCurl

#if canImport(Glibc)
import Glibc
#endif

/// A logged-in IMAP connection made by libcurl (`CURLOPT_CONNECT_ONLY`): libcurl does TCP,
/// TLS with certificate verification, STARTTLS and authentication, which it does well; the
/// IMAP conversation itself goes over `curl_easy_send`/`curl_easy_recv`, because libcurl's own
/// IMAP commands cannot carry message bodies reliably (../shared/MAIL-SERVERS.md).
/// Not thread-safe: one owner at a time.
final class CurlIMAPSession {
    private let handle: UnsafeMutableRawPointer
    private let responseTimeout: Int

    init(_ configuration: IMAPServerConfiguration) throws {
        CurlIMAPSession.globalInit
        guard let handle = curl_easy_init() else { throw IMAPError(.connect, "curl_easy_init failed") }
        self.handle = handle
        responseTimeout = configuration.responseTimeout
        var url = configuration.url
        if !url.hasSuffix("/") { url += "/" }
        _ = cd_easy_setopt_string(handle, CURLOPT_URL, url)
        _ = cd_easy_setopt_string(handle, CURLOPT_USERNAME, configuration.username)
        _ = cd_easy_setopt_string(handle, CURLOPT_PASSWORD, configuration.password)
        _ = cd_easy_setopt_long(handle, CURLOPT_CONNECT_ONLY, 1)
        _ = cd_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT, configuration.connectTimeout)
        _ = cd_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        _ = cd_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        _ = cd_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        if configuration.requireTLS { _ = cd_easy_setopt_long(handle, CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue)) }
        if let caFile = configuration.caFile { _ = cd_easy_setopt_string(handle, CURLOPT_CAINFO, caFile) }
        let result = curl_easy_perform(handle)
        guard result == CURLE_OK else {
            // All stored properties are set, so deinit runs on this throw and frees the handle.
            let message = String(cString: curl_easy_strerror(result))
            // CURLE_LOGIN_DENIED (67): the password or user is wrong; do not retry that blindly.
            throw IMAPError(result == CURLE_LOGIN_DENIED ? .authentication : .connect, "\(configuration.url): \(message) (curl \(result.rawValue))")
        }
    }

    deinit { curl_easy_cleanup(handle) }

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_ALL)) }()

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            var sent = 0
            let result = bytes[offset...].withUnsafeBytes { curl_easy_send(handle, $0.baseAddress, $0.count, &sent) }
            if result == CURLE_AGAIN {
                try wait(forReading: false)
                continue
            }
            guard result == CURLE_OK else { throw IMAPError(.connectionClosed, "send: \(String(cString: curl_easy_strerror(result)))") }
            offset += sent
        }
    }

    /// Reads what is available (at least one byte), waiting up to the response timeout.
    func receive(into buffer: inout [UInt8]) throws -> Int {
        while true {
            var received = 0
            let result = buffer.withUnsafeMutableBytes { curl_easy_recv(handle, $0.baseAddress, $0.count, &received) }
            if result == CURLE_AGAIN {
                try wait(forReading: true)
                continue
            }
            guard result == CURLE_OK else { throw IMAPError(.connectionClosed, "receive: \(String(cString: curl_easy_strerror(result)))") }
            if received == 0 { throw IMAPError(.connectionClosed, "server closed the connection") }
            return received
        }
    }

    /// Waits on the connection's socket, as libcurl asks when it answers CURLE_AGAIN.
    private func wait(forReading: Bool, timeout: Int? = nil) throws {
        var socket: curl_socket_t = -1
        guard cd_easy_getinfo_socket(handle, CURLINFO_ACTIVESOCKET, &socket) == CURLE_OK, socket >= 0 else {
            throw IMAPError(.connectionClosed, "no active socket")
        }
        var descriptor = pollfd(fd: socket, events: Int16(forReading ? POLLIN : POLLOUT), revents: 0)
        let ready = poll(&descriptor, 1, Int32((timeout ?? responseTimeout) * 1000))
        if ready == 0 { throw IMAPError(.timeout, "no answer within \(timeout ?? responseTimeout) s") }
        if ready < 0 && errno != EINTR { throw IMAPError(.connectionClosed, "poll failed (errno \(errno))") }
    }

    /// Waits until the server sends something or `seconds` pass; false on timeout (for IDLE).
    func waitForData(seconds: Int) throws -> Bool {
        do {
            try wait(forReading: true, timeout: seconds)
            return true
        } catch let error as IMAPError where error.code == .timeout {
            return false
        }
    }
}
