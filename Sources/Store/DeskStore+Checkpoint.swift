import Desk
import Foundation
import GRDB

extension DeskStore {
    public struct Checkpoint: Sendable, Equatable {
        public var mailbox: String
        public var uidValidity: UInt32
        public var lastUID: UInt32

        public init(mailbox: String, uidValidity: UInt32, lastUID: UInt32) {
            self.mailbox = mailbox
            self.uidValidity = uidValidity
            self.lastUID = lastUID
        }
    }

    public func checkpoint(mailbox: String) throws -> Checkpoint? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM mailbox_checkpoint WHERE mailbox = ?", arguments: [mailbox]).map {
                Checkpoint(mailbox: $0["mailbox"], uidValidity: UInt32(truncatingIfNeeded: $0["uid_validity"] as Int64),
                           lastUID: UInt32(truncatingIfNeeded: $0["last_uid"] as Int64))
            }
        }
    }

    /// A fetched batch and the checkpoint that covers it, in one transaction: after a crash,
    /// either both are there or neither.
    public func intake(batch mails: [IncomingMail], checkpoint: Checkpoint, levels: [SLALevel] = SLALevel.builtIn,
                       calendar: BusinessCalendar = .stockholm, policy: AutomaticMailPolicy = AutomaticMailPolicy()) throws -> [IntakeOutcome] {
        try pool.write { db in
            let roster = RosterCache(store: self)
            let outcomes = try mails.map { try Self.intake(db, $0, levels: levels, calendar: calendar, roster: roster, policy: policy) }
            try db.execute(sql: """
                INSERT INTO mailbox_checkpoint (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(mailbox) DO UPDATE SET uid_validity = excluded.uid_validity,
                  last_uid = MAX(CASE WHEN mailbox_checkpoint.uid_validity = excluded.uid_validity THEN mailbox_checkpoint.last_uid ELSE 0 END, excluded.last_uid),
                  updated_at = excluded.updated_at
                """, arguments: [checkpoint.mailbox, Int64(checkpoint.uidValidity), Int64(checkpoint.lastUID), SQLDate.string(Date())])
            return outcomes
        }
    }
}
