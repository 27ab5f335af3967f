import CCurl
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Proves that the system libcurl is linked and that the shim's typed wrappers reach the
/// variadic C API: a version query and one real HTTP transfer from a loopback server.
@Suite struct CCurlTests {
    @Test func versionInfoNamesProtocolsWeNeed() throws {
        let info = try #require(curl_version_info(CURLVERSION_TENTH))
        let version = String(cString: info.pointee.version)
        #expect(version.split(separator: ".").count >= 2)
        var protocols: Set<String> = []
        var cursor = info.pointee.protocols
        while let name = cursor?.pointee {
            protocols.insert(String(cString: name))
            cursor = cursor?.advanced(by: 1)
        }
        #expect(protocols.isSuperset(of: ["imap", "imaps", "smtp", "smtps", "http"]))
        #expect(info.pointee.features & CURL_VERSION_SSL != 0)
    }

    @Test func transfersBodyFromLoopbackServer() throws {
        let body = "ChargeDesk loopback \u{00E5}\u{00E4}\u{00F6} " + String(repeating: "x", count: 70_000)
        let server = try OneShotHTTPServer(body: Array(body.utf8))
        let handle = try #require(curl_easy_init())
        defer { curl_easy_cleanup(handle) }

        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let callback: cd_data_callback = { data, size, count, context in
            let total = size * count
            let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
            data!.withMemoryRebound(to: UInt8.self, capacity: total) {
                sink.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: total))
            }
            return total
        }
        #expect(cd_easy_setopt_string(handle, CURLOPT_URL, "http://127.0.0.1:\(server.port)/probe") == CURLE_OK)
        #expect(cd_easy_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, callback) == CURLE_OK)
        #expect(cd_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, Unmanaged.passUnretained(sink).toOpaque()) == CURLE_OK)
        #expect(cd_easy_setopt_long(handle, CURLOPT_TIMEOUT, 10) == CURLE_OK)
        let result = curl_easy_perform(handle)
        #expect(result == CURLE_OK, "curl_easy_perform: \(String(cString: curl_easy_strerror(result)))")
        var status = 0
        #expect(cd_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status) == CURLE_OK)
        #expect(status == 200)
        #expect(sink.bytes == Array(body.utf8))
        server.wait()
        #expect(server.requestLine.hasPrefix("GET /probe HTTP/1.1"))
    }
}

/// A listening socket on 127.0.0.1 with a kernel-chosen port that answers exactly one
/// HTTP request on a background thread. Enough to prove a real transfer without a dependency.
final class OneShotHTTPServer: @unchecked Sendable {
    let port: UInt16
    private let listener: Int32
    private let done = DispatchSemaphore(value: 0)
    private(set) var requestLine = ""

    init(body: [UInt8]) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EIO) }
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) }
        }
        guard bound == 0, listen(listener, 1) == 0 else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve(body: body) }
        thread.start()
    }

    private func serve(body: [UInt8]) {
        defer { close(listener); done.signal() }
        let connection = accept(listener, nil, nil)
        guard connection >= 0 else { return }
        defer { close(connection) }
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: Array("\r\n\r\n".utf8)) {
            let n = read(connection, &buffer, buffer.count)
            if n <= 0 { break }
            request.append(contentsOf: buffer[0..<n])
        }
        requestLine = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self)
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let response = Array(head.utf8) + body
        var sent = 0
        while sent < response.count {
            let n = response[sent...].withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            sent += n
        }
    }

    func wait() { done.wait() }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
