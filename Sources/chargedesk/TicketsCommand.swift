import ArgumentParser
import ChargeDeskService
import Desk
import Extraction
import Foundation

/// `chargedesk tickets list|show|open`.
struct TicketsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tickets", abstract: "Work with tickets.",
                                                    subcommands: [List.self, Show.self, Open.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open tickets (or those with --status), soonest deadline first.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Status to list: new, open, waiting, resolved, closed (repeatable).") var status: [String] = []
        @Option(help: "At most this many tickets.") var limit = 50
        @Flag(help: "One JSON object per ticket.") var json = false

        func run() throws {
            let statuses = try status.map { value -> Ticket.Status in
                guard let s = Ticket.Status(rawValue: value.lowercased()) else { throw ValidationError("Unknown status '\(value)'.") }
                return s
            }
            let desk = try store.configuration().openStore()
            let now = Date()
            for ticket in try desk.tickets(status: statuses.isEmpty ? [.new, .open, .waiting] : statuses, limit: limit) {
                print(json ? TicketFormatting.json(ticket, now: now) : TicketFormatting.line(ticket, now: now))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A ticket's fields, deadline and time left, and history.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Ticket number or reference (CD-2026-000123).") var id: String
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let desk = try store.configuration().openStore()
            guard let ticket = try desk.ticket(id) else { throw ValidationError("No ticket \(id).") }
            let events = try desk.events(ticketID: ticket.id!)
            print(json ? TicketFormatting.json(ticket, now: Date(), events: events) : TicketFormatting.details(ticket, events: events, now: Date()))
        }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open a ticket by hand, for a report taken on the phone line.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Where the charger stands.") var location: String
        @Option(help: "Who owns it.") var owner: String
        @Option(help: "Agreement number (SLA-YYYY-NNNN).") var contract: String?
        @Option(help: "Charger id.") var charger: String?
        @Option(help: "physical_damage, charging_failure, no_power, connectivity or other.") var category = "other"
        @Option(help: "What the caller said.") var description = ""
        @Option(help: "Handle of who took the call.") var takenBy = "phone"
        @Option(help: "Caller's mail address, for acknowledgements.") var email: String?

        func run() throws {
            guard let category = Report.Category(rawValue: category) else { throw ValidationError("Unknown category '\(category)'.") }
            let configuration = try store.configuration()
            let desk = try configuration.openStore()
            try configuration.loadInstalledBase(into: desk)
            let (id, reference) = try desk.openByPhone(location: location, owner: owner, contract: contract, charger: charger, category: category,
                                                       description: description, takenBy: takenBy, at: Date(), customerAddress: email,
                                                       levels: try configuration.levels())
            print("\(reference) (#\(id))")
        }
    }
}
