import Extraction
import Foundation

/// What the desk needs of a received mail: threading headers, sender, the writer's own text
/// (for coordinator commands) and the extracted report.
public struct IncomingMail: Sendable {
    public var digest: String
    public var mailbox: String?
    public var uid: UInt32?
    public var messageID: String?
    public var inReplyTo: [String]
    public var references: [String]
    public var subject: String
    public var senderAddress: String?
    public var senderName: String?
    /// Whether the sender passed the configured authentication check (DKIM/SPF/DMARC).
    public var senderAuthenticated: Bool
    public var receivedAt: Date
    public var ownText: String
    public var report: Report
    /// Why this mail must not get an automatic answer, from its own headers (`Auto-Submitted`,
    /// `Precedence`, `List-Id`, a delivery report…); nil when nothing says so.
    public var automaticReplyRefusal: String?

    public init(digest: String, mailbox: String? = nil, uid: UInt32? = nil, messageID: String?, inReplyTo: [String] = [],
                references: [String] = [], subject: String, senderAddress: String?, senderName: String? = nil,
                senderAuthenticated: Bool = true, receivedAt: Date, ownText: String, report: Report, automaticReplyRefusal: String? = nil) {
        self.digest = digest
        self.mailbox = mailbox
        self.uid = uid
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.subject = subject
        self.senderAddress = senderAddress
        self.senderName = senderName
        self.senderAuthenticated = senderAuthenticated
        self.receivedAt = receivedAt
        self.ownText = ownText
        self.report = report
        self.automaticReplyRefusal = automaticReplyRefusal
    }
}

/// What intake did with a mail.
public enum IntakeOutcome: Sendable, Equatable {
    case created(ticketID: Int64, reference: String)
    case reply(ticketID: Int64)
    case followUp(ticketID: Int64)
    case commands(ticketID: Int64, applied: Int, refused: Int)
    /// Seen before (same Message-ID digest): nothing done.
    case duplicate
    /// An auto-reply or bounce: recorded, no ticket.
    case ignoredAutomatic(String)
}

extension IntakeOutcome {
    /// A short word for logs and the processed-message record.
    public var summary: String {
        switch self {
        case .created: return "created"
        case .reply: return "reply"
        case .followUp: return "follow-up"
        case .commands: return "commands"
        case .duplicate: return "duplicate"
        case .ignoredAutomatic(let kind): return "ignored-\(kind)"
        }
    }
}
