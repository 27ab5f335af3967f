import ArgumentParser
import ChargeDeskService
import Desk
import Foundation

/// `chargedesk diagnose TICKET`: asks the running central system (`chargedesk serve`) to run the
/// remote-repair workflow of a ticket now, and prints its steps as they happen.
struct DiagnoseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diagnose", abstract: "Run the remote-repair workflow of a ticket now and print its steps.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "Ticket number or reference (CD-2026-000123).")
    var ticket: String

    @Option(help: "Seconds to follow the workflow before giving up.")
    var wait = 600

    func run() throws {
        let desk = try store.configuration().openStore()
        guard let found = try desk.ticket(ticket), let id = found.id else { throw ValidationError("No ticket \(ticket).") }
        guard let charger = found.linkedCharger ?? found.chargerID else { throw ValidationError("\(found.reference) names no charger: nothing to diagnose remotely.") }
        guard let alive = try desk.centralSystemLastAlive(), Date().timeIntervalSince(alive) < 30 else {
            throw ValidationError("No central system is running on this database: start `chargedesk serve`.")
        }
        if try !desk.requestWorkflow(ticketID: id, chargePoint: charger), try desk.workflow(ticketID: id)?.finished == true {
            print("\(found.reference): the workflow has already run:")
        }
        var printed: Set<Int64> = []  // steps already taken are shown too
        let deadline = Date().addingTimeInterval(Double(wait))
        while Date() < deadline {
            for event in try desk.events(ticketID: id) where !printed.contains(event.id ?? -1) {
                printed.insert(event.id ?? -1)
                if [.diagnosed, .resolved, .dispatched].contains(event.kind) {
                    print("\(StockholmTime.format(event.at))  \(event.kind.rawValue)  \(event.detail)")
                    fflush(nil)
                }
            }
            if try desk.workflow(ticketID: id)?.finished == true {
                print("\(found.reference): \(try desk.ticket(String(id))?.status.rawValue ?? "?")")
                return
            }
            Thread.sleep(forTimeInterval: 0.3)
        }
        throw ValidationError("The workflow of \(found.reference) did not finish within \(wait) s; see `chargedesk tickets show \(found.reference)`.")
    }
}
