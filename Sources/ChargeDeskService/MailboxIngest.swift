import Desk
import Foundation
import MailTransport
import Store

/// One pass over the support mailbox: new mail is fetched in batches, taken into the desk with
/// the checkpoint in the same transaction, then moved to `Processed`. Mail the checkpoint already
/// covers but that is still in the mailbox (a crash between commit and move) is only moved.
/// A UIDVALIDITY change restarts from UID 1; the Message-ID digests keep that from duplicating.
public struct MailboxIngest {
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public var fetched = 0
        public var created = 0
        public var replies = 0
        public var automatic = 0
        public var duplicates = 0
        public var movedOnly = 0
        public var quarantined = 0

        public var description: String {
            "fetched \(fetched), new reports \(created), replies \(replies), auto-replies/bounces ignored \(automatic), "
                + "duplicates skipped \(duplicates), moved after restart \(movedOnly), quarantined \(quarantined)"
        }
    }

    public var server: IMAPServerConfiguration
    public var mailbox: String
    public var processedFolder = "Processed"
    public var quarantineFolder = "Quarantine"
    public var batchSize = 200
    public let intake: MailIntake

    public init(server: IMAPServerConfiguration, mailbox: String, intake: MailIntake) {
        self.server = server
        self.mailbox = mailbox
        self.intake = intake
    }

    public func runOnce(report: (String) -> Void = { _ in }) throws -> Summary {
        let client = try IMAPClient(server)
        defer { client.logout() }
        try client.create(processedFolder)
        try client.create(quarantineFolder)
        let state = try client.select(mailbox)
        let stored = try intake.store.checkpoint(mailbox: mailbox)
        var summary = Summary()
        var covered: UInt32 = 0
        if let stored {
            if stored.uidValidity == state.uidValidity {
                covered = stored.lastUID
            } else {
                report("UIDVALIDITY of \(mailbox) changed from \(stored.uidValidity) to \(state.uidValidity): rescanning; digests prevent duplicates")
            }
        }
        let all = try client.uids(after: 0)
        let alreadyStored = all.filter { $0 <= covered }
        if !alreadyStored.isEmpty {
            try client.move(alreadyStored, to: processedFolder)
            summary.movedOnly = alreadyStored.count
        }
        let pending = all.filter { $0 > covered }
        for start in stride(from: 0, to: pending.count, by: batchSize) {
            let uids = Array(pending[start..<min(pending.count, start + batchSize)])
            let messages = try client.fetch(uids)
            summary.fetched += messages.count
            let mails = messages.map { intake.incoming($0.bytes, mailbox: mailbox, uid: $0.uid) }
            let checkpoint = DeskStore.Checkpoint(mailbox: mailbox, uidValidity: state.uidValidity, lastUID: uids.max() ?? covered)
            var quarantined: [UInt32] = []
            do {
                let outcomes = try intake.store.intake(batch: mails, checkpoint: checkpoint, levels: intake.levels)
                for outcome in outcomes { summary.count(outcome) }
            } catch {
                // One bad message must not block the rest: retry one by one, quarantine what still fails.
                for (mail, message) in zip(mails, messages) {
                    do {
                        let outcome = try intake.store.intake(batch: [mail], checkpoint: DeskStore.Checkpoint(mailbox: mailbox, uidValidity: state.uidValidity, lastUID: message.uid),
                                                              levels: intake.levels)
                        outcome.forEach { summary.count($0) }
                    } catch {
                        report("UID \(message.uid): quarantined: \(error)")
                        quarantined.append(message.uid)
                    }
                }
            }
            if !quarantined.isEmpty {
                try client.move(quarantined, to: quarantineFolder)
                summary.quarantined += quarantined.count
            }
            try client.move(uids.filter { !quarantined.contains($0) }, to: processedFolder)
            report(summary.description)
        }
        return summary
    }
}

extension MailboxIngest.Summary {
    mutating func count(_ outcome: IntakeOutcome) {
        switch outcome {
        case .created: created += 1
        case .reply, .followUp, .commands: replies += 1
        case .duplicate: duplicates += 1
        case .ignoredAutomatic: automatic += 1
        }
    }
}
