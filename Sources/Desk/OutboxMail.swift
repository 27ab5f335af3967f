import Extraction
import Foundation

/// A mail the desk has decided to send, as written to the outbox in the same transaction as the
/// event that caused it. It names what to say (kind, ticket, language), not the words: the
/// sender renders it from the templates on its first attempt and keeps the bytes, so every retry
/// sends exactly the same message with the same Message-ID.
public struct OutboxMail: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// To the customer: the case number, the assignee and the guaranteed response time.
        case acknowledgement
        /// To the customer without an agreement: a coordinator will come back with a time.
        case acknowledgementNoAgreement = "acknowledgement-no-agreement"
        /// To the customer: the case is open, but location or owner is missing (named in `detail`).
        case needInfo = "need-info"
        /// To the technician: everything known about the case.
        case assignment
        /// To the technician: go on site, with the deadline.
        case dispatch
        /// To the customer: the fault is resolved.
        case resolution
        /// To the customer without an agreement: when the fix is planned (a coordinator's `#eta`).
        case plannedTime = "planned-time"
        /// To the coordinators: a ticket needs them (no technician found, no agreement to plan by).
        case coordinatorNotice = "coordinator-notice"

        /// An answer to the customer's own mail (RFC 3834 `auto-replied`); the rest is
        /// `auto-generated` by an event.
        public var isAcknowledgement: Bool { self == .acknowledgement || self == .acknowledgementNoAgreement || self == .needInfo }

        /// Mail to the customer is an automatic reply to their mail (RFC 3834 `auto-replied`)
        /// and counts against the per-recipient rate limit; mail to staff is `auto-generated`.
        public var isToCustomer: Bool {
            self == .acknowledgement || self == .acknowledgementNoAgreement || self == .needInfo || self == .resolution || self == .plannedTime
        }
    }

    public enum Status: String, Sendable, Codable {
        case pending, sent, failed
    }

    public var id: Int64?
    public var ticketID: Int64?
    public var kind: Kind
    public var recipient: String
    public var language: Report.Language
    /// Our Message-ID for this mail, fixed when queued.
    public var messageID: String
    /// The customer's Message-ID we answer, and the thread before it.
    public var inReplyTo: String?
    public var references: [String]
    /// Kind-specific facts, e.g. the missing fields of a `needInfo` mail (`location,owner`).
    public var detail: String
    public var status: Status
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastError: String?
    public var createdAt: Date
    public var sentAt: Date?
    /// The rendered message once the sender has rendered it; empty before.
    public var message: [UInt8]

    public init(id: Int64? = nil, ticketID: Int64?, kind: Kind, recipient: String, language: Report.Language, messageID: String,
                inReplyTo: String? = nil, references: [String] = [], detail: String = "", status: Status = .pending, attempts: Int = 0,
                nextAttemptAt: Date, lastError: String? = nil, createdAt: Date, sentAt: Date? = nil, message: [UInt8] = []) {
        self.id = id
        self.ticketID = ticketID
        self.kind = kind
        self.recipient = recipient
        self.language = language
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.detail = detail
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.message = message
    }
}
