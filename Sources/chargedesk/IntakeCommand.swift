import ArgumentParser
import ChargeDeskService
import Foundation

/// `chargedesk intake FILE…`: take mail files (e.g. a saved mailbox) into the desk, exactly once.
struct IntakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "intake", abstract: "Take mail files into the desk: new tickets, replies, commands.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "Mail files (RFC 5322).")
    var files: [String]

    func run() throws {
        let configuration = try store.configuration()
        let desk = try configuration.openStore()
        try configuration.loadInstalledBase(into: desk)
        let intake = try configuration.intake(store: desk)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): cannot read file")
                continue
            }
            do {
                print("\(file): \(try intake.take([UInt8](data)))")
            } catch {
                print("\(file): failed: \(error)")
            }
        }
    }
}
