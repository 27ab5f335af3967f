import ArgumentParser

/// The command-line entry point. It only parses arguments and hands over to ChargeDeskService.
@main
struct ChargeDesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chargedesk",
        abstract: "The fault-report desk for EV-charger service.",
        subcommands: [ExtractCommand.self, ParseCommand.self, SLACommand.self, BaseCommand.self, IntakeCommand.self, IngestCommand.self, OutboxCommand.self, ServeCommand.self, DiagnoseCommand.self, TicketsCommand.self, BenchCommand.self]
    )
}
