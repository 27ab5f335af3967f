import ArgumentParser
import ChargeDeskService
import Desk
import Foundation
import Mail

/// `chargedesk outbox flush|list`: send what is due, or show what waits and what failed.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outbox", abstract: "Outgoing mail: send what is due, list pending and failed.",
                                                    subcommands: [Flush.self, List.self])

    struct Flush: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Send the mail that is due over SMTP (CHARGEDESK_SMTP_URL…).")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let configuration = try store.configuration()
            let desk = try configuration.openStore()
            guard let sender = try configuration.outboxSender(store: desk) else {
                throw ValidationError("No SMTP server: set CHARGEDESK_SMTP_URL (and _USER, _PASSWORD or _PASSWORD_FILE when it needs AUTH).")
            }
            let summary = try sender.flush { print($0) }
            print("outbox: \(summary)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Pending and failed mail, oldest first.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Sent mail too.") var all = false

        func run() throws {
            let desk = try store.configuration().openStore()
            let statuses: [OutboxMail.Status] = all ? [.pending, .failed, .sent] : [.pending, .failed]
            for mail in try desk.outbox(statuses: statuses) {
                let due = mail.status == .pending ? "due \(MailDate.format(mail.nextAttemptAt))" : (mail.sentAt.map { "sent \(MailDate.format($0))" } ?? "")
                print([String(mail.id ?? 0), mail.status.rawValue, mail.kind.rawValue, mail.recipient, "ticket \(mail.ticketID.map(String.init) ?? "-")",
                       "attempts \(mail.attempts)", due, mail.lastError ?? ""].joined(separator: "\t"))
            }
            let counts = try desk.outboxCounts()
            print("pending \(counts[.pending] ?? 0), sent \(counts[.sent] ?? 0), failed \(counts[.failed] ?? 0)")
        }
    }
}
