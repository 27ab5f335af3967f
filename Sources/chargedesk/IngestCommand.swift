import ArgumentParser
import ChargeDeskService
import Foundation
import MailTransport

/// `chargedesk ingest [--once]`: the configured mailbox into the desk. Server and credentials
/// come from the environment (CHARGEDESK_IMAP_URL, _USER, _PASSWORD or _PASSWORD_FILE,
/// _MAILBOX, _CA_FILE), never from arguments.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "Fetch new mail from the support mailbox into the desk.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "One pass, then exit (otherwise wait for new mail with IDLE).")
    var once = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let url = environment["CHARGEDESK_IMAP_URL"], let user = environment["CHARGEDESK_IMAP_USER"] else {
            throw ValidationError("Set CHARGEDESK_IMAP_URL and CHARGEDESK_IMAP_USER (and CHARGEDESK_IMAP_PASSWORD or CHARGEDESK_IMAP_PASSWORD_FILE).")
        }
        var password = environment["CHARGEDESK_IMAP_PASSWORD"]
        if password == nil, let file = environment["CHARGEDESK_IMAP_PASSWORD_FILE"] {
            password = try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .newlines)
        }
        guard let password else { throw ValidationError("No IMAP password: set CHARGEDESK_IMAP_PASSWORD or CHARGEDESK_IMAP_PASSWORD_FILE.") }
        let server = IMAPServerConfiguration(url: url, username: user, password: password, caFile: environment["CHARGEDESK_IMAP_CA_FILE"],
                                             requireTLS: environment["CHARGEDESK_IMAP_STARTTLS"] == "1")
        let configuration = store.configuration
        let desk = try configuration.openStore()
        try configuration.loadInstalledBase(into: desk)
        let ingest = MailboxIngest(server: server, mailbox: environment["CHARGEDESK_IMAP_MAILBOX"] ?? "INBOX", intake: try configuration.intake(store: desk))
        var delay = 1.0
        while true {
            do {
                let summary = try ingest.runOnce { print($0) }
                print(summary)
                delay = 1
                if once { return }
                let client = try IMAPClient(server)
                _ = try client.select(ingest.mailbox)
                _ = try client.idle(seconds: 25 * 60)  // re-issued before the server's 29-minute timeout
                client.logout()
            } catch let error as IMAPError where error.isTransient && !once {
                // Exponential backoff with jitter; a wrong password is not transient and ends the run.
                let wait = delay * Double.random(in: 0.5...1.5)
                print("ingest: \(error); retrying in \(Int(wait)) s")
                Thread.sleep(forTimeInterval: wait)
                delay = min(delay * 2, 300)
            }
        }
    }
}
