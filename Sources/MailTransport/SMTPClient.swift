import CCurl

/// Sends mail over SMTP through libcurl: TLS with verification on, STARTTLS, AUTH, and one
/// connection reused for a batch (libcurl keeps it open between transfers on the same handle).
/// libcurl dot-stuffs and sends bytes as given, so messages must already use CRLF
/// (../shared/MAIL-SERVERS.md). Not thread-safe: one owner at a time.
public final class SMTPClient {
    private let handle: UnsafeMutableRawPointer
    private let configuration: SMTPServerConfiguration

    public init(_ configuration: SMTPServerConfiguration) throws {
        SMTPClient.globalInit
        guard let handle = curl_easy_init() else { throw SMTPError(.connection, "curl_easy_init failed") }
        self.handle = handle
        self.configuration = configuration
        _ = cd_easy_setopt_string(handle, CURLOPT_URL, configuration.url)
        if let username = configuration.username { _ = cd_easy_setopt_string(handle, CURLOPT_USERNAME, username) }
        if let password = configuration.password { _ = cd_easy_setopt_string(handle, CURLOPT_PASSWORD, password) }
        _ = cd_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT, configuration.connectTimeout)
        _ = cd_easy_setopt_long(handle, CURLOPT_TIMEOUT, configuration.transferTimeout)
        _ = cd_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        _ = cd_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        _ = cd_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = cd_easy_setopt_long(handle, CURLOPT_UPLOAD, 1)
        if configuration.requireTLS { _ = cd_easy_setopt_long(handle, CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue)) }
        if let caFile = configuration.caFile { _ = cd_easy_setopt_string(handle, CURLOPT_CAINFO, caFile) }
        _ = cd_easy_setopt_data_callback(handle, CURLOPT_READFUNCTION, smtpReadCallback)
    }

    deinit { curl_easy_cleanup(handle) }

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_ALL)) }()

    /// Sends one message. `from` nil is the null reverse-path `<>`, which RFC 3834 asks of
    /// automatic replies so that a bounce of a bounce cannot start a loop.
    public func send(from: String?, to recipients: [String], message: [UInt8]) throws {
        for address in recipients + (from.map { [$0] } ?? []) where !Self.isEnvelopeSafe(address) {
            throw SMTPError(.permanent, "refusing envelope address '\(address.filter { !$0.isNewline })'")
        }
        guard !recipients.isEmpty else { throw SMTPError(.permanent, "no recipients") }
        var list: UnsafeMutablePointer<curl_slist>?
        for recipient in recipients { list = curl_slist_append(list, "<\(recipient)>") }
        defer { curl_slist_free_all(list) }
        _ = cd_easy_setopt_string(handle, CURLOPT_MAIL_FROM, "<\(from ?? "")>")
        _ = cd_easy_setopt_slist(handle, CURLOPT_MAIL_RCPT, list)
        let source = ReadSource(bytes: message)
        let context = Unmanaged.passRetained(source)
        defer { context.release() }
        _ = cd_easy_setopt_pointer(handle, CURLOPT_READDATA, context.toOpaque())
        let result = curl_easy_perform(handle)
        guard result != CURLE_OK else { return }
        var reply = 0
        _ = cd_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &reply)
        let detail = "\(configuration.url): \(String(cString: curl_easy_strerror(result))) (curl \(result.rawValue))"
        switch result {
        case CURLE_LOGIN_DENIED: throw SMTPError(.authentication, reply: reply == 0 ? nil : reply, detail)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_USE_SSL_FAILED, CURLE_SSL_CERTPROBLEM:
            throw SMTPError(.tls, detail)
        default:
            if (500...599).contains(reply) { throw SMTPError(.permanent, reply: reply, detail) }
            if (400...499).contains(reply) { throw SMTPError(.temporary, reply: reply, detail) }
            throw SMTPError(.connection, detail)
        }
    }

    /// An addr-spec with nothing that could end the SMTP command line or the angle brackets.
    static func isEnvelopeSafe(_ address: String) -> Bool {
        address.utf8.count <= 254 && address.utf8.allSatisfy { $0 > 32 && $0 < 127 && $0 != 60 && $0 != 62 }
    }
}

/// The message bytes libcurl reads during DATA.
private final class ReadSource {
    let bytes: [UInt8]
    var offset = 0
    init(bytes: [UInt8]) { self.bytes = bytes }
}

private func smtpReadCallback(_ buffer: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    guard let buffer, let context else { return 0 }
    let source = Unmanaged<ReadSource>.fromOpaque(context).takeUnretainedValue()
    let n = min(size * count, source.bytes.count - source.offset)
    guard n > 0 else { return 0 }
    source.bytes.withUnsafeBufferPointer { all in
        UnsafeMutableRawPointer(buffer).copyMemory(from: all.baseAddress! + source.offset, byteCount: n)
    }
    source.offset += n
    return n
}
