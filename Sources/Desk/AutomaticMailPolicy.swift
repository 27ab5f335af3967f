import Foundation

/// When the desk may send automatic mail to someone. We never start or feed a mail loop: no
/// automatic answer to automatic mail, to lists, to ourselves or to robots, and at most
/// `perRecipientPerHour` automatic mails to one address in any hour, so that even a peer that
/// auto-answers without saying so (no `Auto-Submitted`) gets a bounded number and the exchange stops.
public struct AutomaticMailPolicy: Sendable, Equatable {
    /// Our own addresses (the support mailbox, the sender address): never answered.
    public var ownAddresses: Set<String>
    public var perRecipientPerHour: Int
    /// The domain of our Message-IDs.
    public var messageIDDomain: String

    public init(ownAddresses: Set<String> = [], perRecipientPerHour: Int = 5, messageIDDomain: String = "chargedesk.invalid") {
        self.ownAddresses = Set(ownAddresses.map { $0.lowercased() })
        self.perRecipientPerHour = perRecipientPerHour
        self.messageIDDomain = messageIDDomain
    }

    /// Why an automatic reply to this sender must not be sent, or nil when it may (rate limit aside).
    /// `mailSignals` is the received mail's own reason, from its headers (see `IncomingMail`).
    public func refusal(sender: String?, mailSignals: String?) -> String? {
        guard let sender, !sender.isEmpty else { return "no sender address" }
        let address = sender.lowercased()
        if ownAddresses.contains(address) { return "the sender is our own address" }
        let local = address.split(separator: "@").first.map(String.init) ?? address
        let robots = ["mailer-daemon", "postmaster", "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "bounce", "bounces"]
        if robots.contains(where: { local == $0 || local.hasPrefix($0 + "+") || local.hasPrefix($0 + "-") || local.hasPrefix($0 + ".") })
            || local.hasPrefix("noreply") || local.hasPrefix("no-reply") {
            return "the sender \(sender) does not take replies"
        }
        return mailSignals
    }

    /// Whether one more automatic mail fits the recipient's hourly allowance.
    public func allows(recentAutomaticMails: Int) -> Bool { recentAutomaticMails < perRecipientPerHour }
}
