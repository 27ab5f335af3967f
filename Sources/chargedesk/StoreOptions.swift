import ArgumentParser
import ChargeDeskService

/// Options shared by the commands that use the ticket store. Paths only; secrets never go here.
struct StoreOptions: ParsableArguments {
    @Option(help: "Settings file: YAML sections (default: $CHARGEDESK_CONFIG, else chargedesk.yaml when present) or CHARGEDESK_… = value lines; the environment overrides it.")
    var config: String?

    @Option(help: "SQLite database (default: $CHARGEDESK_DATABASE_PATH or chargedesk.sqlite).")
    var database: String?

    @Option(help: "Installed-base CSV (default: $CHARGEDESK_REGISTRY_PATH).")
    var registry: String?

    @Option(help: "Contracts CSV: number,level,maintenance_included,valid_from,valid_to,owner.")
    var contracts: String?

    @Option(help: "Roster CSV: handle,name,email,role,regions,skills,duty_days,off_duty.")
    var roster: String?

    @Option(help: "SLA levels CSV adding levels to the built-in ones.")
    var levels: String?

    /// The effective settings: the configuration file overridden by the environment.
    func settings() throws -> [String: String] {
        do { return try ConfigurationFile.settings(path: config) } catch { throw ValidationError("\(error)") }
    }

    func configuration() throws -> DeskConfiguration {
        DeskConfiguration(databasePath: database, registryPath: registry, contractsPath: contracts, rosterPath: roster, levelsPath: levels,
                          environment: try settings())
    }
}
