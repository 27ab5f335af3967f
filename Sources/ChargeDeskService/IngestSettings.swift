import Foundation
import MailTransport

/// What `ingest` needs to know, read from the effective settings (configuration file overridden
/// by the environment). The password comes from `CHARGEDESK_IMAP_PASSWORD` or a file named by
/// `CHARGEDESK_IMAP_PASSWORD_FILE`, never from an argument.
public struct IngestSettings: Sendable {
    public enum SettingsError: Error, CustomStringConvertible, Equatable {
        case missing(String)
        case invalid(name: String, value: String, expected: String)
        case unreadablePasswordFile(String)

        public var description: String {
            switch self {
            case .missing(let name): "\(name) is not set (environment or configuration file)"
            case .invalid(let name, let value, let expected): "\(name) = '\(value)': expected \(expected)"
            case .unreadablePasswordFile(let path): "cannot read the password file \(path)"
            }
        }
    }

    public var server: IMAPServerConfiguration
    public var mailbox: String
    public var processedFolder: String
    public var quarantineFolder: String
    public var disposition: MailboxIngest.Disposition
    public var batchSize: Int
    public var batchBytes: Int
    /// Seconds between polls when the server has no IDLE.
    public var pollInterval: Int
    /// How long `--once` keeps retrying a lost server before it gives up.
    public var onceRetrySeconds: Double

    public init(settings: [String: String]) throws {
        func value(_ name: String) -> String? { settings["CHARGEDESK_IMAP_" + name].flatMap { $0.isEmpty ? nil : $0 } }
        func integer(_ name: String, _ fallback: Int) throws -> Int {
            guard let text = value(name) else { return fallback }
            guard let number = Int(text), number > 0 else { throw SettingsError.invalid(name: "CHARGEDESK_IMAP_" + name, value: text, expected: "a positive integer") }
            return number
        }
        guard let url = value("URL") else { throw SettingsError.missing("CHARGEDESK_IMAP_URL") }
        guard url.hasPrefix("imap://") || url.hasPrefix("imaps://") else {
            throw SettingsError.invalid(name: "CHARGEDESK_IMAP_URL", value: url, expected: "imap://host:port or imaps://host:port")
        }
        guard let user = value("USER") else { throw SettingsError.missing("CHARGEDESK_IMAP_USER") }
        var password = value("PASSWORD")
        if password == nil, let file = value("PASSWORD_FILE") {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw SettingsError.unreadablePasswordFile(file)
            }
            password = text.trimmingCharacters(in: .newlines)
        }
        guard let password else { throw SettingsError.missing("CHARGEDESK_IMAP_PASSWORD or CHARGEDESK_IMAP_PASSWORD_FILE") }
        server = IMAPServerConfiguration(url: url, username: user, password: password, caFile: value("CA_FILE"),
                                         requireTLS: ConfigurationFile.isTrue(value("STARTTLS")),
                                         connectTimeout: try integer("CONNECT_TIMEOUT", 10), responseTimeout: try integer("RESPONSE_TIMEOUT", 60))
        mailbox = value("MAILBOX") ?? "INBOX"
        processedFolder = value("PROCESSED_FOLDER") ?? "Processed"
        quarantineFolder = value("QUARANTINE_FOLDER") ?? "Quarantine"
        switch value("DISPOSITION")?.lowercased() {
        case nil, "move": disposition = .move
        case "seen": disposition = .markSeen
        case let other?: throw SettingsError.invalid(name: "CHARGEDESK_IMAP_DISPOSITION", value: other, expected: "move or seen")
        }
        batchSize = try integer("BATCH_SIZE", 200)
        batchBytes = try integer("BATCH_BYTES", 16 << 20)
        pollInterval = try integer("POLL_SECONDS", 60)
        onceRetrySeconds = Double(try integer("ONCE_RETRY_SECONDS", 600))
    }
}
