import ArgumentParser
import ChargeDeskService

/// `chargedesk bench extract`: parse + extract throughput and peak memory, for release builds.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run a benchmark and print its figures (use a release build).",
        subcommands: [Extract.self]
    )

    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Parse + extract the given mails repeated to --messages.")

        @Option(help: "Total number of messages to process.")
        var messages = 10_000

        @Option(help: "Installed-base CSV.")
        var registry: String?

        @Argument(help: "Mail files to cycle through.")
        var files: [String]

        func run() throws {
            let result = try ExtractBenchmark(registryPath: registry, files: files).run(messages: messages)
            print(result.summary)
        }
    }
}
