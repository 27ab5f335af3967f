import ArgumentParser
import ChargeDeskService
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `chargedesk ingest [--once]`: the configured mailbox into the desk. Server and credentials
/// come from the environment or the configuration file (CHARGEDESK_IMAP_URL, _USER, _PASSWORD
/// or _PASSWORD_FILE, _MAILBOX, _CA_FILE, …), never from arguments.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "Fetch new mail from the support mailbox into the desk.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "One complete pass, then exit (otherwise wait for new mail with IDLE).")
    var once = false

    func run() throws {
        let settings = try store.settings()
        let imap: IngestSettings
        do { imap = try IngestSettings(settings: settings) } catch { throw ValidationError("\(error)") }
        let configuration = try store.configuration()
        let desk = try configuration.openStore()
        try configuration.loadInstalledBase(into: desk)
        var loop = IngestLoop(ingest: MailboxIngest(settings: imap, intake: try configuration.intake(store: desk)))
        loop.pollInterval = imap.pollInterval
        loop.outbox = try configuration.outboxSender(store: desk)
        let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        let log: (String) -> Void = { line in
            bar.clear()
            print(line)
            fflush(nil)
        }
        if once {
            let summary = try loop.runOnce(giveUpAfter: imap.onceRetrySeconds, log: log, progress: bar.show)
            bar.clear()
            print("total: \(summary)")
        } else {
            try loop.runForever(log: log, progress: bar.show)
        }
    }
}
