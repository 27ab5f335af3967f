import Foundation

/// Decides whether an incoming mail belongs to an existing ticket, so that replies never open
/// duplicates: first by our own Message-IDs in In-Reply-To/References, then by a `[CD-…]` tag
/// in the subject only when the sender is a known party of that ticket, then by an open ticket
/// for the same charger.
public enum Threading {
    public enum Decision: Sendable, Equatable {
        case reply(ticketID: Int64, rule: String)
        case followUp(ticketID: Int64, rule: String)
        case new
        /// A ticket tag from someone who is not a party of that ticket: recorded, never trusted.
        case forgedTag(ticketID: Int64)
    }

    /// What the store knows, asked through closures so this stays pure.
    public struct Lookups {
        public var ticketForMessageID: (String) -> Int64?
        public var ticketForReference: (String) -> Int64?
        public var partiesOfTicket: (Int64) -> Set<String>
        public var openTicketForCharger: (String) -> Int64?

        public init(ticketForMessageID: @escaping (String) -> Int64?, ticketForReference: @escaping (String) -> Int64?,
                    partiesOfTicket: @escaping (Int64) -> Set<String>, openTicketForCharger: @escaping (String) -> Int64?) {
            self.ticketForMessageID = ticketForMessageID
            self.ticketForReference = ticketForReference
            self.partiesOfTicket = partiesOfTicket
            self.openTicketForCharger = openTicketForCharger
        }
    }

    public static func decide(inReplyTo: [String], references: [String], subject: String, sender: String?,
                              linkedCharger: String?, lookups: Lookups) -> Decision {
        for id in inReplyTo + references.reversed() {
            if let ticket = lookups.ticketForMessageID(id) { return .reply(ticketID: ticket, rule: "message-id") }
        }
        if let reference = tag(in: subject), let ticket = lookups.ticketForReference(reference) {
            if let sender, lookups.partiesOfTicket(ticket).contains(sender.lowercased()) {
                return .reply(ticketID: ticket, rule: "subject-tag")
            }
            return .forgedTag(ticketID: ticket)
        }
        if let linkedCharger, let ticket = lookups.openTicketForCharger(linkedCharger) {
            return .followUp(ticketID: ticket, rule: "open-ticket-same-charger")
        }
        return .new
    }

    /// The `CD-YYYY-NNNNNN` tag in a subject, if any.
    public static func tag(in subject: String) -> String? {
        // "CD-" then 4 digits, "-", 6 digits; scanned on bytes (every mail's subject passes here).
        let bytes = Array(subject.utf8)
        let pattern: [UInt8?] = Array("CD-".utf8).map { $0 } + Array(repeating: nil, count: 4) + [UInt8(ascii: "-")] + Array(repeating: nil, count: 6)
        guard bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) {
            var matched = true
            for (offset, expected) in pattern.enumerated() {
                let b = bytes[start + offset]
                if let expected { if b != expected { matched = false; break } }
                else if b < 48 || b > 57 { matched = false; break }
            }
            let followedByDigit = start + pattern.count < bytes.count && bytes[start + pattern.count] >= 48 && bytes[start + pattern.count] <= 57
            if matched && !followedByDigit { return String(decoding: bytes[start..<(start + pattern.count)], as: UTF8.self) }
        }
        return nil
    }
}
