import Desk
import Foundation
import MailTransport
import Store

/// One pass over the support mailbox: new mail is fetched in batches, taken into the desk with
/// the checkpoint in the same transaction, then moved to `Processed` (or flagged \Seen). Mail the
/// checkpoint already covers but that is still in the mailbox (a crash between commit and move)
/// is only moved. A UIDVALIDITY change restarts from UID 1; the Message-ID digests keep that
/// from duplicating.
public struct MailboxIngest: Sendable {
    /// What happens on the server to a handled message.
    public enum Disposition: Sendable, Equatable {
        /// Moved to the processed folder: the inbox shows only what is not yet handled.
        case move
        /// Flagged \Seen and left in place, for mailboxes people also read.
        case markSeen
    }

    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public var fetched = 0
        public var created = 0
        public var replies = 0
        public var automatic = 0
        public var duplicates = 0
        public var movedOnly = 0
        public var quarantined = 0

        public init() {}

        public var description: String {
            "fetched \(fetched), new reports \(created), replies \(replies), auto-replies/bounces ignored \(automatic), "
                + "duplicates skipped \(duplicates), moved after restart \(movedOnly), quarantined \(quarantined)"
        }
    }

    public var server: IMAPServerConfiguration
    public var mailbox: String
    public var processedFolder = "Processed"
    public var quarantineFolder = "Quarantine"
    public var disposition = Disposition.move
    public var batchSize = 200
    /// Upper bound on the bytes of one FETCH, so that memory stays bounded whatever the mail
    /// sizes; a single larger message is fetched alone.
    public var batchBytes = 16 << 20
    /// How many handled messages are moved in one command. Each MOVE makes the server expunge
    /// and rewrite its index, so moves are gathered over several fetch batches.
    public var dispositionBatch = 5_000
    /// How many handled messages are flagged \Seen in one command. A STORE only appends to the
    /// server's index log, so small batches cost little, and flagging each fetch batch as it
    /// is committed leaves no large STORE for the end of the pass to wait on.
    public var seenBatch = 500

    /// Handled messages gathered before one disposition command.
    var dispositionThreshold: Int { disposition == .move ? dispositionBatch : seenBatch }
    public let intake: MailIntake

    public init(server: IMAPServerConfiguration, mailbox: String, intake: MailIntake) {
        self.server = server
        self.mailbox = mailbox
        self.intake = intake
    }

    public init(settings: IngestSettings, intake: MailIntake) {
        self.init(server: settings.server, mailbox: settings.mailbox, intake: intake)
        processedFolder = settings.processedFolder
        quarantineFolder = settings.quarantineFolder
        disposition = settings.disposition
        batchSize = settings.batchSize
        batchBytes = settings.batchBytes
    }

    public func runOnce(report: (String) -> Void = { _ in }) throws -> Summary {
        var summary = Summary()
        try pass(into: &summary, report: report)
        return summary
    }

    /// One pass; `summary` keeps what was done even when the pass fails half-way, so that a
    /// retrying caller can report the whole run.
    public func pass(into summary: inout Summary, report: (String) -> Void = { _ in }, progress: (Int, Int) -> Void = { _, _ in }) throws {
        let client = try IMAPClient(server)
        defer { client.logout() }
        if disposition == .move { try client.create(processedFolder) }
        try client.create(quarantineFolder)
        let state = try client.select(mailbox)
        var covered: UInt32 = 0
        if let stored = try intake.store.checkpoint(mailbox: mailbox) {
            if stored.uidValidity == state.uidValidity {
                covered = stored.lastUID
            } else {
                report("UIDVALIDITY of \(mailbox) changed from \(stored.uidValidity) to \(state.uidValidity): rescanning; digests prevent duplicates")
            }
        }
        let pending: [UInt32]
        switch disposition {
        case .move:
            let all = try client.uids(after: 0)
            let alreadyStored = all.filter { $0 <= covered }
            if !alreadyStored.isEmpty {
                try client.move(alreadyStored, to: processedFolder)
                summary.movedOnly += alreadyStored.count
            }
            pending = all.filter { $0 > covered }
        case .markSeen:
            if covered > 0 {
                let unseen = try client.uids(matching: "UNSEEN UID 1:\(covered)")
                try client.markSeen(unseen)
                summary.movedOnly += unseen.count
            }
            pending = try client.uids(after: covered)
        }
        var done = 0
        var handled: [UInt32] = []
        // Moves go over a second connection in the background: the server's expunge work then
        // overlaps our fetching and parsing instead of stalling it.
        let mover = pending.count > dispositionThreshold ? try BackgroundDisposer(server: server, mailbox: mailbox) : nil
        progress(0, pending.count)
        let plan = try batches(pending, client: client)
        let pipeline = FetchPipeline(client: client) { [intake, mailbox] messages in
            intake.incoming(batch: messages.map { ($0.bytes, $0.uid) }, mailbox: mailbox)
        }
        defer { pipeline.stop() }  // before the logout above: no fetch may still be running then
        pipeline.start(plan)
        for uids in plan {
            let batch = try pipeline.next()
            summary.fetched += batch.messages.count
            let quarantined = try store(batch, uids: uids, validity: state.uidValidity, summary: &summary, report: report)
            if !quarantined.isEmpty {
                pipeline.pause()  // the connection is needed here
                defer { pipeline.resume() }
                try client.move(quarantined, to: quarantineFolder)
                summary.quarantined += quarantined.count
            }
            handled += uids.filter { !quarantined.contains($0) }
            if handled.count >= dispositionThreshold {
                if let mover {
                    try mover.submit(handled) { [self] client, uids in try self.dispose(uids, client: client) }
                    handled.removeAll()
                } else {
                    pipeline.pause()
                    defer { pipeline.resume() }
                    try dispose(&handled, client: client)
                }
            }
            done += uids.count
            progress(done, pending.count)
            report(summary.description)
        }
        pipeline.stop()
        try mover?.finish()
        try dispose(&handled, client: client)
    }

    static let sizeChunk = 20_000

    /// Moves (or flags) handled messages. Deferred over several fetch batches because each
    /// MOVE makes the server expunge and rewrite its index, at a cost that grows with the
    /// mailbox (Dovecot: 1.5 s per MOVE of 500 out of 10,000). Deferring is safe: the
    /// checkpoint already covers these messages, so after a crash they are only moved.
    private func dispose(_ handled: inout [UInt32], client: IMAPClient) throws {
        try dispose(handled, client: client)
        handled.removeAll()
    }

    func dispose(_ uids: [UInt32], client: IMAPClient) throws {
        guard !uids.isEmpty else { return }
        switch disposition {
        case .move: try client.move(uids, to: processedFolder)
        case .markSeen: try client.markSeen(uids)
        }
    }

    /// Batches of at most `batchSize` messages and `batchBytes` bytes, planned from RFC822.SIZE.
    /// Sizes are asked for up to `sizeChunk` messages per command: one round trip for a
    /// usual backlog instead of one per batch, all of which the first fetch would wait for.
    func batches(_ pending: [UInt32], client: IMAPClient) throws -> [[UInt32]] {
        var result: [[UInt32]] = []
        var sizes: [UInt32: Int] = [:]
        var sized = 0
        for start in stride(from: 0, to: pending.count, by: batchSize) {
            let chunk = Array(pending[start..<min(pending.count, start + batchSize)])
            if start >= sized {
                sized = min(pending.count, start + Self.sizeChunk)
                sizes = try client.sizes(Array(pending[start..<sized]))
            }
            var current: [UInt32] = [], bytes = 0
            for uid in chunk {
                let size = sizes[uid] ?? 0
                if !current.isEmpty && bytes + size > batchBytes {
                    result.append(current)
                    current = []
                    bytes = 0
                }
                current.append(uid)
                bytes += size
            }
            if !current.isEmpty { result.append(current) }
        }
        return result
    }

    /// Stores a batch with its checkpoint in one transaction. One bad message must not block
    /// the rest: when the batch fails, messages go one by one and what still fails is returned
    /// for quarantine.
    private func store(_ batch: FetchPipeline.Batch, uids: [UInt32], validity: UInt32, summary: inout Summary,
                       report: (String) -> Void) throws -> [UInt32] {
        let (messages, mails) = (batch.messages, batch.mails)
        let lastUID = uids.max() ?? 0
        do {
            let outcomes = try intake.store.intake(batch: mails, checkpoint: .init(mailbox: mailbox, uidValidity: validity, lastUID: lastUID),
                                                   levels: intake.levels, policy: intake.policy)
            for outcome in outcomes { summary.count(outcome) }
            return []
        } catch {
            var quarantined: [UInt32] = []
            for (mail, message) in zip(mails, messages) {
                do {
                    let outcome = try intake.store.intake(batch: [mail], checkpoint: .init(mailbox: mailbox, uidValidity: validity, lastUID: message.uid),
                                                          levels: intake.levels, policy: intake.policy)
                    outcome.forEach { summary.count($0) }
                } catch {
                    report("UID \(message.uid): quarantined: \(error)")
                    quarantined.append(message.uid)
                }
            }
            return quarantined
        }
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
