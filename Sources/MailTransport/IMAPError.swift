/// What went wrong talking to an IMAP server, with the server's words where it gave any.
/// Never carries a password or a message body.
public struct IMAPError: Error, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// TCP or TLS could not be set up (includes certificate verification failures).
        case connect
        /// The server refused the credentials.
        case authentication
        case timeout
        case connectionClosed
        /// The server answered NO or BAD.
        case commandFailed
        case protocolViolation
    }

    public var code: Code
    public var detail: String

    public init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    public var description: String { "IMAP \(code.rawValue): \(detail)" }

    /// Worth retrying with backoff (network trouble), as opposed to a configuration error.
    public var isTransient: Bool { code == .connect || code == .timeout || code == .connectionClosed }
}
