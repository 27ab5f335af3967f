import Desk
import Extraction
import Foundation
import Store

/// Where the desk's data lives: options first, then `CHARGEDESK_<SECTION>_<KEY>` environment
/// variables, then defaults beside the working directory.
public struct DeskConfiguration: Sendable {
    public var databasePath: String
    public var registryPath: String?
    public var contractsPath: String?
    public var rosterPath: String?
    public var levelsPath: String?
    public var authentication: SenderAuthentication.Policy
    /// The effective settings these were read from (file overridden by environment).
    public let settings: [String: String]

    public init(databasePath: String? = nil, registryPath: String? = nil, contractsPath: String? = nil, rosterPath: String? = nil,
                levelsPath: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        settings = environment
        self.databasePath = databasePath ?? environment["CHARGEDESK_DATABASE_PATH"] ?? "chargedesk.sqlite"
        self.registryPath = registryPath ?? environment["CHARGEDESK_REGISTRY_PATH"]
        self.contractsPath = contractsPath ?? environment["CHARGEDESK_CONTRACTS_PATH"]
        self.rosterPath = rosterPath ?? environment["CHARGEDESK_ROSTER_PATH"]
        self.levelsPath = levelsPath ?? environment["CHARGEDESK_SLA_LEVELS_PATH"]
        switch environment["CHARGEDESK_COMMANDS_AUTHENTICATION"]?.lowercased() {
        case "none": authentication = .none
        default: authentication = .requirePass(authservID: environment["CHARGEDESK_COMMANDS_AUTHSERV_ID"])
        }
    }

    public func levels() throws -> [SLALevel] { try levelsPath.map(SLALevel.load(path:)) ?? SLALevel.builtIn }

    public func openStore() throws -> DeskStore { try DeskStore(path: databasePath) }

    /// Loads registry, contracts and roster into the store when their paths are configured.
    public func loadInstalledBase(into store: DeskStore) throws {
        let chargers = try registryPath.map { try Registry.load(path: $0).chargers } ?? []
        let contracts = try contractsPath.map(InstalledBaseFiles.contracts(path:)) ?? []
        let roster = try rosterPath.map(InstalledBaseFiles.roster(path:)) ?? []
        try store.loadInstalledBase(chargers: chargers, contracts: contracts, roster: roster)
    }

    public func mail() throws -> MailSettings { try MailSettings(settings: settings) }

    public func intake(store: DeskStore) throws -> MailIntake {
        let registry = try registryPath.map(Registry.load(path:))
        return MailIntake(store: store, extractor: Extractor(registry: registry), authentication: SenderAuthentication(policy: authentication),
                          levels: try levels(), policy: try mail().policy)
    }

    /// The outbox sender, or nil when no SMTP server is configured.
    public func outboxSender(store: DeskStore) throws -> OutboxSender? {
        let mail = try mail()
        guard let smtp = mail.smtp else { return nil }
        let renderer = MailRenderer(templates: try MailTemplates(directory: mail.templatesPath), from: mail.from, staffLanguage: mail.staffLanguage)
        var sender = OutboxSender(store: store, renderer: renderer, server: smtp)
        sender.lease = mail.lease
        return sender
    }
}
