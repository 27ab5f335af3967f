import ArgumentParser
import ChargeDeskService

/// `chargedesk bench extract`: parse + extract throughput and peak memory, for release builds.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run a benchmark and print its figures (use a release build).",
        subcommands: [Extract.self, Tickets.self, Outbox.self]
    )

    struct Outbox: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mails rendered and sent per second to the SMTP server of CHARGEDESK_SMTP_URL.")

        @Option(help: "Tickets to create; each queues an acknowledgement and a technician notice.")
        var reports = 2_000

        func run() throws {
            let settings = try ConfigurationFile.settings(path: nil)
            let mail = try MailSettings(settings: settings)
            guard let smtp = mail.smtp else { throw ValidationError("Set CHARGEDESK_SMTP_URL to the server to send to (Benchmarks/outbox.sh starts one).") }
            print(try OutboxBenchmark(reports: reports, server: smtp, templatesPath: mail.templatesPath).run())
        }
    }

    struct Tickets: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ticket creation rate and tickets list latency on a large store.")

        @Option(help: "Reports to turn into tickets.")
        var reports = 20_000

        @Option(help: "Total tickets in the store for the list timing.")
        var history = 1_000_000

        func run() throws {
            print(try TicketsBenchmark(reports: reports, history: history).run())
        }
    }

    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Parse + extract the given mails repeated to --messages.")

        @Option(help: "Total number of messages to process.")
        var messages = 10_000

        @Option(help: "Installed-base CSV.")
        var registry: String?

        @Option(help: "Made-up chargers added to the installed base, each at its own site, to time linking against a large one.")
        var extraSites = 0

        @Flag(help: "Only parse, for profiling the MIME parser on its own.")
        var parseOnly = false

        @Argument(help: "Mail files to cycle through.")
        var files: [String]

        func run() throws {
            let benchmark = try ExtractBenchmark(registryPath: registry, extraSites: extraSites, files: files)
            if parseOnly {
                print(benchmark.parseOnly(messages: messages))
                return
            }
            print(try benchmark.run(messages: messages).summary)
        }
    }
}
