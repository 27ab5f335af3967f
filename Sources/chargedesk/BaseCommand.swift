import ArgumentParser
import ChargeDeskService

/// `chargedesk base load`: load or re-load the installed base and roster into the store.
struct BaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "base", abstract: "The installed base and roster.", subcommands: [Load.self])

    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Load (or re-load) chargers, contracts and roster; ticket links are kept.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let configuration = try store.configuration()
            let desk = try configuration.openStore()
            try configuration.loadInstalledBase(into: desk)
            print("loaded installed base into \(configuration.databasePath)")
        }
    }
}
