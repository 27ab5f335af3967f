import ArgumentParser
import Desk

/// `chargedesk sla deadline --level L --received T`: the SLA clock, ISO 8601 in and out.
struct SLACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla",
        abstract: "The SLA clock: guaranteed response deadlines.",
        subcommands: [Deadline.self, Levels.self]
    )

    struct Deadline: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the deadline for a level and a receipt time (Stockholm offset).")

        @Option(help: "Service level, e.g. 24x7-4h, business-8h, nbd.")
        var level: String

        @Option(help: "When the report was received, ISO 8601 (e.g. 2026-04-07T11:00:00+02:00; no offset means Stockholm time).")
        var received: String

        @Option(help: "Levels file (CSV) adding levels to the built-in ones.")
        var levels: String?

        func run() throws {
            let all = try levels.map(SLALevel.load(path:)) ?? SLALevel.builtIn
            guard let chosen = all.first(where: { $0.name == level }) else {
                throw ValidationError("Unknown level '\(level)'. Known: \(all.map(\.name).joined(separator: ", ")).")
            }
            guard let receivedAt = StockholmTime.parse(received) else {
                throw ValidationError("Cannot read '\(received)' as ISO 8601 (e.g. 2026-04-07T11:00:00+02:00).")
            }
            print(StockholmTime.format(chosen.deadline(receivedAt: receivedAt)))
        }
    }

    struct Levels: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the known service levels.")

        @Option(help: "Levels file (CSV) adding levels to the built-in ones.")
        var levels: String?

        func run() throws {
            for level in try levels.map(SLALevel.load(path:)) ?? SLALevel.builtIn {
                print("\(level.name)\t\(level.description)")
            }
        }
    }
}
