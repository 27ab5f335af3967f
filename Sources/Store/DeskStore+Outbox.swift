import Desk
import Extraction
import Foundation
import GRDB

extension DeskStore {
    // MARK: Queueing (inside the transaction of the event that causes the mail)

    /// Queues an automatic mail about a ticket, or records why it is held back. Customer mail
    /// obeys the loop rules: the received mail's own refusal, then the hourly allowance per
    /// recipient. Our Message-ID is recorded with the ticket so that an answer to it threads.
    static func queueMail(_ db: Database, ticketID: Int64, kind: OutboxMail.Kind, to recipient: String?, language: Report.Language,
                          inReplyTo: String?, references: [String], detail: String = "", refusal: String?, policy: AutomaticMailPolicy,
                          at: Date) throws {
        let now = Date()
        guard let recipient, !recipient.isEmpty else {
            try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .mailSuppressed, actor: "system", detail: "\(kind.rawValue): no recipient address", isInternal: true))
            return
        }
        if kind.isToCustomer {
            if let reason = policy.refusal(sender: recipient, mailSignals: refusal) {
                try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .mailSuppressed, actor: "system", detail: "\(kind.rawValue) to \(recipient) not sent: \(reason)", isInternal: true))
                return
            }
            let customerKinds = OutboxMail.Kind.allCases.filter(\.isToCustomer).map { "'\($0.rawValue)'" }.joined(separator: ", ")
            let recent = try Int.fetchOne(db.cachedStatement(sql: """
                SELECT COUNT(*) FROM outbox WHERE recipient = ? COLLATE NOCASE AND created_at > ? AND kind IN (\(customerKinds))
                """), arguments: [recipient, SQLDate.string(now.addingTimeInterval(-3_600))]) ?? 0
            guard policy.allows(recentAutomaticMails: recent) else {
                try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .mailSuppressed, actor: "system",
                                           detail: "\(kind.rawValue) to \(recipient) not sent: rate limit (\(recent) automatic mails in the last hour)", isInternal: true))
                return
            }
        }
        let mail = OutboxMail(ticketID: ticketID, kind: kind, recipient: recipient, language: language,
                              messageID: OutgoingMessageID.make(domain: policy.messageIDDomain), inReplyTo: inReplyTo, references: references,
                              detail: detail, nextAttemptAt: now, createdAt: now)
        try insert(db, mail)
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO ticket_message (message_id, ticket_id, direction) VALUES (?, ?, 'out')")
            .execute(arguments: [mail.messageID, ticketID])
        try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .mailQueued, actor: "system", detail: "\(kind.rawValue) to \(recipient)", isInternal: true))
    }

    static func insert(_ db: Database, _ mail: OutboxMail) throws {
        try db.cachedStatement(sql: """
            INSERT INTO outbox (ticket_id, kind, recipient, message, status, attempts, next_attempt_at, last_error, created_at, sent_at,
              message_id, in_reply_to, refs, language, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [mail.ticketID, mail.kind.rawValue, mail.recipient, Data(mail.message), mail.status.rawValue, mail.attempts,
                                     SQLDate.string(mail.nextAttemptAt), mail.lastError, SQLDate.string(mail.createdAt), mail.sentAt.map(SQLDate.string),
                                     mail.messageID, mail.inReplyTo, mail.references.joined(separator: " "), mail.language.rawValue, mail.detail])
    }

    /// The first Message-ID of the ticket's thread (the customer's report), for threading mail
    /// sent later (a resolution notice) into the customer's conversation.
    static func firstIncomingMessageID(_ db: Database, ticketID: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT message_id FROM ticket_message WHERE ticket_id = ? AND direction = 'in' ORDER BY rowid LIMIT 1", arguments: [ticketID])
    }

    // MARK: Sending

    /// Takes up to `limit` due rows for this sender: a lease of `lease` seconds that no other
    /// sender will take over before it ends (a crashed sender's rows come back after it).
    public func claimDueMail(now: Date = Date(), lease: TimeInterval = 120, limit: Int = 500) throws -> [OutboxMail] {
        try pool.write { db in
            let rows = try Row.fetchAll(db, sql: """
                UPDATE outbox SET lease_until = ?
                WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)
                             ORDER BY id LIMIT ?)
                RETURNING *
                """, arguments: [SQLDate.string(now.addingTimeInterval(lease)), SQLDate.string(now), SQLDate.string(now), limit])
            return rows.map(Self.outboxMail).sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        }
    }

    /// Marks a row sent and keeps the bytes that went out. Marks skip the fsync of a full
    /// commit (`synchronous = NORMAL` for this transaction): a process crash keeps them all the
    /// same, and a power loss could only undo a mark, which means a duplicate, never a loss.
    public func markSent(_ mail: OutboxMail, message: [UInt8], at: Date = Date()) throws {
        try writeRelaxed { db in
            try db.execute(sql: """
                UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, lease_until = NULL, last_error = NULL, message = ? WHERE id = ?
                """, arguments: [SQLDate.string(at), Data(message), mail.id])
            if let ticketID = mail.ticketID {
                try Self.append(db, TicketEvent(ticketID: ticketID, at: at, kind: .mailSent, actor: "system", detail: "\(mail.kind.rawValue) to \(mail.recipient)", isInternal: true))
            }
        }
    }

    func writeRelaxed(_ body: (Database) throws -> Void) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            defer { try? db.execute(sql: "PRAGMA synchronous = FULL") }
            try db.inTransaction {
                try body(db)
                return .commit
            }
        }
    }

    /// A temporary failure: try again at `next`.
    public func markDeferred(_ mail: OutboxMail, error: String, next: Date) throws {
        try writeRelaxed { db in
            try db.execute(sql: "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, lease_until = NULL WHERE id = ?",
                           arguments: [SQLDate.string(next), error, mail.id])
        }
    }

    /// Gives a claimed row back untouched (the batch stopped before reaching it).
    public func release(_ mail: OutboxMail) throws {
        try writeRelaxed { db in try db.execute(sql: "UPDATE outbox SET lease_until = NULL WHERE id = ?", arguments: [mail.id]) }
    }

    /// A permanent failure: recorded on the row and on the ticket, never retried.
    public func markFailed(_ mail: OutboxMail, error: String, at: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?, lease_until = NULL WHERE id = ?",
                           arguments: [error, mail.id])
            if let ticketID = mail.ticketID {
                try Self.append(db, TicketEvent(ticketID: ticketID, at: at, kind: .mailFailed, actor: "system",
                                                detail: "\(mail.kind.rawValue) to \(mail.recipient) could not be delivered: \(error)"))
            }
        }
    }

    /// Pending and failed mail, oldest first (`chargedesk outbox list`).
    public func outbox(statuses: [OutboxMail.Status] = [.pending, .failed], limit: Int = 1_000) throws -> [OutboxMail] {
        try pool.read { db in
            let marks = Array(repeating: "?", count: statuses.count).joined(separator: ", ")
            return try Row.fetchAll(db, sql: "SELECT * FROM outbox WHERE status IN (\(marks)) ORDER BY id LIMIT ?",
                                    arguments: StatementArguments(statuses.map(\.rawValue) + [String(limit)])).map(Self.outboxMail)
        }
    }

    public func outboxCounts() throws -> [OutboxMail.Status: Int] {
        try pool.read { db in
            var counts: [OutboxMail.Status: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM outbox GROUP BY status") {
                if let status = OutboxMail.Status(rawValue: row["status"]) { counts[status] = row["n"] }
            }
            return counts
        }
    }

    static func outboxMail(_ row: Row) -> OutboxMail {
        let refs: String = row["refs"] ?? ""
        let message: Data = row["message"] ?? Data()
        return OutboxMail(id: row["id"], ticketID: row["ticket_id"], kind: OutboxMail.Kind(rawValue: row["kind"]) ?? .acknowledgement,
                          recipient: row["recipient"], language: Report.Language(rawValue: row["language"]) ?? .sv, messageID: row["message_id"],
                          inReplyTo: row["in_reply_to"], references: refs.split(separator: " ").map(String.init), detail: row["detail"] ?? "",
                          status: OutboxMail.Status(rawValue: row["status"]) ?? .pending, attempts: row["attempts"],
                          nextAttemptAt: row["next_attempt_at"] ?? Date(), lastError: row["last_error"],
                          createdAt: row["created_at"] ?? Date(), sentAt: row["sent_at"],
                          message: [UInt8](message))
    }
}

/// Message-IDs for mail we send: random, and in our own domain.
enum OutgoingMessageID {
    static func make(domain: String) -> String {
        var generator = SystemRandomNumberGenerator()
        return "cd.\(String(generator.next() as UInt64, radix: 36)).\(String(generator.next() as UInt64, radix: 36))@\(domain)"
    }
}

/// Everything a template may say about a ticket, read in one transaction.
public struct MailFacts: Sendable {
    public var ticket: Ticket
    public var charger: RegistryCharger?
    public var assignee: Technician?
    /// The customer's own words from the report.
    public var reportText: String?
}

extension DeskStore {
    public func mailFacts(ticketID: Int64) throws -> MailFacts? {
        try pool.read { db in
            guard let ticket = try TicketRecord.fetchOne(db, key: ticketID)?.ticket else { return nil }
            let charger = try ticket.linkedCharger.flatMap { try Row.fetchOne(db, sql: "SELECT * FROM charger WHERE charger_id = ?", arguments: [$0]) }.map { row in
                RegistryCharger(chargerID: row["charger_id"], siteName: row["site_name"], address: row["address"], postalCode: row["postal_code"],
                                city: row["city"], owner: row["owner"], contract: row["contract"] ?? "", manufacturer: row["manufacturer"],
                                model: row["model"], installed: row["installed"] ?? "", lastService: row["last_service"] ?? "")
            }
            let assignee = try ticket.assignee.flatMap { handle in try Self.technician(db, handle: handle) }
            let text = try String.fetchOne(db, sql: "SELECT detail FROM ticket_event WHERE ticket_id = ? AND kind = 'commented' ORDER BY id LIMIT 1",
                                           arguments: [ticketID])
            return MailFacts(ticket: ticket, charger: charger, assignee: assignee, reportText: text)
        }
    }
}
