import ArgumentParser
import ChargeDeskService

/// `chargedesk extract [--registry CSV] FILE…`: one JSON object per file, one per line, in input order.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the fields of fault reports from mail files, one JSON object per line."
    )

    @Option(help: "Installed-base CSV (charger_id,site_name,address,…) used to link reports to chargers.")
    var registry: String?

    @Argument(help: "Mail files (RFC 5322).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one mail file.") }
    }

    func run() throws {
        let job = try ExtractJob(registryPath: registry)
        job.run(files: files) { line in print(line) }
    }
}
