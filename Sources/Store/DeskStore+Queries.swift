import Desk
import Foundation
import GRDB

extension DeskStore {
    /// Tickets by status, at most `limit`. Open ones (the default) come soonest deadline first,
    /// read through the (status, deadline) index; finished ones newest first, read backwards
    /// along the rowid. Neither sorts the whole table, so both stay fast on millions of rows.
    public func tickets(status: [Ticket.Status] = [.new, .open, .waiting], limit: Int = 50) throws -> [Ticket] {
        try pool.read { db in
            if status.allSatisfy(\.isOpen) {
                let marks = status.map { _ in "?" }.joined(separator: ", ")
                return try TicketRecord.fetchAll(db, sql: """
                    SELECT * FROM ticket WHERE status IN (\(marks)) ORDER BY deadline IS NULL, deadline, id LIMIT ?
                    """, arguments: StatementArguments(status.map(\.rawValue) + [String(limit)])).map(\.ticket)
            }
            // One (status, id) index walk per status, newest first, merged.
            let parts = status.map { _ in "SELECT * FROM (SELECT * FROM ticket WHERE status = ? ORDER BY id DESC LIMIT ?)" }
            var arguments: [String] = []
            for s in status { arguments += [s.rawValue, String(limit)] }
            return try TicketRecord.fetchAll(db, sql: parts.joined(separator: " UNION ALL ") + " ORDER BY id DESC LIMIT ?",
                                             arguments: StatementArguments(arguments + [String(limit)])).map(\.ticket)
        }
    }

    /// A ticket by number or by reference (`CD-2026-000123`).
    public func ticket(_ key: String) throws -> Ticket? {
        try pool.read { db in
            if let id = Int64(key) { return try TicketRecord.fetchOne(db, key: id)?.ticket }
            return try TicketRecord.fetchOne(db, sql: "SELECT * FROM ticket WHERE reference = ?", arguments: [key.uppercased()])?.ticket
        }
    }

    public func events(ticketID: Int64) throws -> [TicketEvent] {
        try pool.read { db in
            try TicketEventRecord.fetchAll(db, sql: "SELECT * FROM ticket_event WHERE ticket_id = ? ORDER BY id", arguments: [ticketID]).map(\.event)
        }
    }

    public func ticketCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket") ?? 0 }
    }

    /// Records a Message-ID we sent for a ticket, so replies to it thread by header.
    public func recordOutgoingMessageID(_ messageID: String, ticketID: Int64) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO ticket_message (message_id, ticket_id, direction) VALUES (?, ?, 'out')", arguments: [messageID, ticketID])
        }
    }
}

extension DeskStore {
    /// Mails recorded as handled (one row per Message-ID digest).
    public func processedMessageCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM processed_message") ?? 0 }
    }

    public func ticketCount(subjectPrefix: String) throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket WHERE subject LIKE ? || '%'", arguments: [subjectPrefix]) ?? 0 }
    }
}
