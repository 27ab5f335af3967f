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
    let parser = MessageParser()

    public init(store: DeskStore, extractor: Extractor, authentication: SenderAuthentication, levels: [SLALevel]) {
        self.store = store
        self.extractor = extractor
        self.authentication = authentication
        self.levels = levels
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
                            report: report)
    }

    public func take(_ raw: [UInt8], mailbox: String? = nil, uid: UInt32? = nil) throws -> IntakeOutcome {
        try store.intake(incoming(raw, mailbox: mailbox, uid: uid), levels: levels)
    }
}

/// RFC 5322 `Date:` values (`Mon, 12 Jan 2026 08:14:31 +0100`), leniently.
public enum MailDate {
    public static func parse(_ value: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        var text = value
        if let paren = text.firstIndex(of: "(") { text = String(text[..<paren]) }
        text = text.trimmingCharacters(in: .whitespaces)
        for format in ["EEE, d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm Z", "EEE, d MMM yy HH:mm:ss Z"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
