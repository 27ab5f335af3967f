/// One server response of IMAP4rev1/rev2 (RFC 3501 §7, RFC 9051 §7), as plain values.
public enum IMAPResponse: Sendable, Equatable {
    /// `tag OK|NO|BAD [code] text`: the end of a command.
    case tagged(tag: String, status: IMAPStatus, code: IMAPResponseCode?, text: String)
    /// `* …`: data or status the server sends on its own or for a command.
    case untagged(IMAPUntagged)
    /// `+ text`: the server waits for more (a literal, or IDLE).
    case continuation(String)
}

public enum IMAPStatus: String, Sendable, Equatable { case ok = "OK", no = "NO", bad = "BAD", bye = "BYE", preauth = "PREAUTH" }

public enum IMAPUntagged: Sendable, Equatable {
    case status(IMAPStatus, code: IMAPResponseCode?, text: String)
    case capability([String])
    case exists(Int)
    case recent(Int)
    case expunge(Int)
    case flags([String])
    case search([UInt32])
    case fetch(sequence: Int, attributes: [IMAPFetchAttribute])
    /// `* STATUS mailbox (MESSAGES n UIDNEXT n UIDVALIDITY n …)`
    case mailboxStatus(mailbox: String, items: [String: UInt64])
    case list(attributes: [String], delimiter: String?, mailbox: String)
    /// Anything else, kept as the raw line for logs.
    case other(String)
}

public enum IMAPResponseCode: Sendable, Equatable {
    case uidValidity(UInt32)
    case uidNext(UInt32)
    case copyUID(validity: UInt32, source: String, destination: String)
    case alert
    case tryCreate
    case other(String)
}

public enum IMAPFetchAttribute: Sendable, Equatable {
    case uid(UInt32)
    case rfc822Size(Int)
    case flags([String])
    /// `BODY[section]<origin>` with its bytes, exactly as sent (NIL gives empty bytes).
    case body(section: String, bytes: [UInt8])
    case other(name: String)
}
