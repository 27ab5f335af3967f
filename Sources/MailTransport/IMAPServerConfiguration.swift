/// Where and how to reach the mailbox. The password comes from the environment or a file,
/// never from the command line, and is never printed (`description` masks it).
public struct IMAPServerConfiguration: Sendable, CustomStringConvertible {
    /// `imap://host:port` (STARTTLS when `requireTLS`) or `imaps://host:port`.
    public var url: String
    public var username: String
    public var password: String
    /// PEM bundle for servers with a private CA; verification itself is always on.
    public var caFile: String?
    /// Require STARTTLS on `imap://` URLs.
    public var requireTLS: Bool
    public var connectTimeout: Int
    /// How long to wait for a server response before giving up on the connection.
    public var responseTimeout: Int

    public init(url: String, username: String, password: String, caFile: String? = nil, requireTLS: Bool = false,
                connectTimeout: Int = 10, responseTimeout: Int = 60) {
        self.url = url
        self.username = username
        self.password = password
        self.caFile = caFile
        self.requireTLS = requireTLS
        self.connectTimeout = connectTimeout
        self.responseTimeout = responseTimeout
    }

    public var description: String { "\(username) at \(url)" + (caFile.map { " (CA \($0))" } ?? "") }
}
