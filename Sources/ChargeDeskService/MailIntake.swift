import Desk
import Extraction
import Foundation
import Mail
import Store

/// Turns a received mail into an `IncomingMail` and hands it to the store: parse, extract,
/// check the sender, digest for exactly-once. Pure but for the store call.
public struct MailIntake: Sendable {
    public let store: DeskStore
    public let extractor: Extractor
    public let authentication: SenderAuthentication
    public let levels: [SLALevel]
    /// Who may get automatic mail; applied when intake queues acknowledgements.
    public var policy: AutomaticMailPolicy
    let parser = MessageParser()

    public init(store: DeskStore, extractor: Extractor, authentication: SenderAuthentication, levels: [SLALevel],
                policy: AutomaticMailPolicy = AutomaticMailPolicy()) {
        self.store = store
        self.extractor = extractor
        self.authentication = authentication
        self.levels = levels
        self.policy = policy
    }

    /// What in the mail's own headers forbids an automatic answer (RFC 3834 §2), if anything.
    static func automaticReplyRefusal(_ signals: AutoReplySignals) -> String? {
        if let value = signals.autoSubmitted, value != "no" { return "Auto-Submitted: \(value)" }
        if signals.hasAutoreplyHeader { return "marked as an automatic reply" }
        if let precedence = signals.precedence, ["bulk", "list", "junk", "auto_reply"].contains(precedence) { return "Precedence: \(precedence)" }
        if signals.hasListID { return "mailing-list mail (List-Id)" }
        if signals.isDeliveryStatusReport { return "a delivery status report" }
        if signals.isReadReceipt { return "a read receipt" }
        if signals.fromMailerDaemon || signals.fromNoReply { return "the sender does not take replies" }
        return nil
    }

    /// The digest of a mail: its Message-ID when it has one, else its bytes.
    public static func digest(messageID: String?, raw: [UInt8]) -> String {
        if let messageID, !messageID.isEmpty { return "mid:" + SHA256.hex(Array(messageID.utf8)) }
        return "raw:" + SHA256.hex(raw)
    }

    public func incoming(_ raw: [UInt8], mailbox: String? = nil, uid: UInt32? = nil, receivedAt fallback: Date = Date()) -> IncomingMail {
        let message = parser.parse(raw)
        let report = extractor.extract(message)
        let receivedAt = message.headers["date"].flatMap(MailDate.parse) ?? fallback
        return IncomingMail(digest: Self.digest(messageID: message.messageID, raw: raw), mailbox: mailbox, uid: uid,
                            messageID: message.messageID, inReplyTo: message.inReplyTo, references: message.references,
                            subject: message.subject, senderAddress: message.from?.address, senderName: message.from?.displayName,
                            senderAuthenticated: authentication.passes(message), receivedAt: receivedAt, ownText: message.ownText,
                            report: report, automaticReplyRefusal: Self.automaticReplyRefusal(message.autoReplySignals))
    }

    public func take(_ raw: [UInt8], mailbox: String? = nil, uid: UInt32? = nil) throws -> IntakeOutcome {
        try store.intake(incoming(raw, mailbox: mailbox, uid: uid), levels: levels, policy: policy)
    }
}

extension MailIntake {
    /// Parses and extracts a batch on all cores: the work is pure and per message, and it is
    /// most of what ingest spends its CPU on. Results are in input order.
    public func incoming(batch: [(bytes: [UInt8], uid: UInt32)], mailbox: String?) -> [IncomingMail] {
        guard batch.count > 1 else { return batch.map { incoming($0.bytes, mailbox: mailbox, uid: $0.uid) } }
        var results = [IncomingMail?](repeating: nil, count: batch.count)
        let workers = min(batch.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer  // each worker writes only its own indices
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: batch.count, by: workers) {
                    slots[index] = incoming(batch[index].bytes, mailbox: mailbox, uid: batch[index].uid)
                }
            }
        }
        return results.map { $0! }
    }
}
