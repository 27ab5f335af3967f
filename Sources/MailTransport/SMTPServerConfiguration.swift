/// Where and how to send mail. The password comes from the environment or a file and is never
/// printed (`description` leaves it out).
public struct SMTPServerConfiguration: Sendable, CustomStringConvertible {
    /// `smtp://host:port` (STARTTLS when `requireTLS`) or `smtps://host:port`.
    public var url: String
    public var username: String?
    public var password: String?
    /// PEM bundle for servers with a private CA; verification itself is always on.
    public var caFile: String?
    public var requireTLS: Bool
    public var connectTimeout: Int
    /// Upper bound for one message's whole SMTP exchange.
    public var transferTimeout: Int

    public init(url: String, username: String? = nil, password: String? = nil, caFile: String? = nil, requireTLS: Bool = false,
                connectTimeout: Int = 10, transferTimeout: Int = 60) {
        self.url = url
        self.username = username
        self.password = password
        self.caFile = caFile
        self.requireTLS = requireTLS
        self.connectTimeout = connectTimeout
        self.transferTimeout = transferTimeout
    }

    public var description: String { (username.map { "\($0) at " } ?? "") + url + (caFile.map { " (CA \($0))" } ?? "") }
}
