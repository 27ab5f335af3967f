import Foundation

/// One entry of a ticket's append-only history: what happened, who or what did it, when.
public struct TicketEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case received, extracted, assigned, acknowledged, diagnosed, dispatched, commented
        case statusChanged = "status_changed", resolved, flagged, linked, deadlineSet = "deadline_set"
        case contractSet = "contract_set", commandRefused = "command_refused", reopened
        /// Outgoing mail: queued, sent, held back by loop protection, or refused for good.
        case mailQueued = "mail_queued", mailSent = "mail_sent", mailSuppressed = "mail_suppressed", mailFailed = "mail_failed"
    }

    public var id: Int64?
    public var ticketID: Int64
    public var at: Date
    public var kind: Kind
    /// `system`, `customer:<address>`, `technician:<handle>`, `coordinator:<handle>`, `phone:<handle>`.
    public var actor: String
    public var detail: String
    /// Internal notes are never sent to the customer.
    public var isInternal: Bool

    public init(id: Int64? = nil, ticketID: Int64, at: Date, kind: Kind, actor: String, detail: String, isInternal: Bool = false) {
        self.id = id
        self.ticketID = ticketID
        self.at = at
        self.kind = kind
        self.actor = actor
        self.detail = detail
        self.isInternal = isInternal
    }
}
