/// Why a message was not sent, and whether trying again later can help.
public struct SMTPError: Error, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// No connection (refused, reset, timed out): the server may be back later.
        case connection
        /// TLS failed, certificate verification included: a configuration problem.
        case tls
        /// The server refused our credentials.
        case authentication
        /// A 4xx reply: try again later.
        case temporary
        /// A 5xx reply: this message will never be accepted as it is.
        case permanent
    }

    public var code: Code
    /// The SMTP reply code when the server gave one.
    public var reply: Int?
    public var detail: String

    public init(_ code: Code, reply: Int? = nil, _ detail: String) {
        self.code = code
        self.reply = reply
        self.detail = detail
    }

    public var description: String { "SMTP \(code.rawValue)\(reply.map { " \($0)" } ?? ""): \(detail)" }

    /// The message itself is refused (a 5xx for this recipient or content): give up on it, go on
    /// with the others.
    public var isPermanentForMessage: Bool { code == .permanent }

    /// The server or our configuration is the problem: stop this batch, retry everything later.
    public var stopsBatch: Bool { code == .connection || code == .tls || code == .authentication }
}
