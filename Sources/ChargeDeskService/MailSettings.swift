import Desk
import Extraction
import Foundation
import Mail
import MailTransport

/// Outgoing mail settings from the effective settings (configuration file overridden by the
/// environment): `CHARGEDESK_MAIL_FROM`, `_OWN_ADDRESSES`, `_RATE_LIMIT`, `_STAFF_LANGUAGE`, and
/// the SMTP server `CHARGEDESK_SMTP_URL`, `_USER`, `_PASSWORD` or `_PASSWORD_FILE`, `_CA_FILE`, `_STARTTLS`.
public struct MailSettings: Sendable {
    public var from: MailAddress
    public var policy: AutomaticMailPolicy
    public var staffLanguage: Report.Language
    public var templatesPath: String
    /// Nil when no SMTP server is configured: mail is queued but not sent.
    public var smtp: SMTPServerConfiguration?
    /// Seconds a sender holds the rows it claimed (`CHARGEDESK_OUTBOX_LEASE_SECONDS`).
    public var lease: TimeInterval = 120

    public init(settings: [String: String]) throws {
        func value(_ name: String) -> String? { settings["CHARGEDESK_" + name].flatMap { $0.isEmpty ? nil : $0 } }
        let fromText = value("MAIL_FROM") ?? "ChargeDesk <support@chargedesk.example>"
        guard let from = MailAddress(headerValue: fromText), MailAddress.looksLikeAddress(from.address) else {
            throw IngestSettings.SettingsError.invalid(name: "CHARGEDESK_MAIL_FROM", value: fromText, expected: "Name <address@domain>")
        }
        self.from = from
        var own = Set([from.address.lowercased()])
        for address in (value("MAIL_OWN_ADDRESSES") ?? "").split(separator: ",") { own.insert(address.trimmingCharacters(in: .whitespaces).lowercased()) }
        if let user = value("IMAP_USER"), user.contains("@") { own.insert(user.lowercased()) }
        var limit = 5
        if let text = value("MAIL_RATE_LIMIT") {
            guard let number = Int(text), number >= 0 else {
                throw IngestSettings.SettingsError.invalid(name: "CHARGEDESK_MAIL_RATE_LIMIT", value: text, expected: "automatic mails per recipient per hour")
            }
            limit = number
        }
        policy = AutomaticMailPolicy(ownAddresses: own, perRecipientPerHour: limit, messageIDDomain: from.domain)
        staffLanguage = value("MAIL_STAFF_LANGUAGE") == "en" ? .en : .sv
        templatesPath = MailTemplates.locate(settings: settings)
        if let text = value("OUTBOX_LEASE_SECONDS") {
            guard let seconds = Double(text), seconds > 0 else {
                throw IngestSettings.SettingsError.invalid(name: "CHARGEDESK_OUTBOX_LEASE_SECONDS", value: text, expected: "seconds")
            }
            lease = seconds
        }
        if let url = value("SMTP_URL") {
            guard url.hasPrefix("smtp://") || url.hasPrefix("smtps://") else {
                throw IngestSettings.SettingsError.invalid(name: "CHARGEDESK_SMTP_URL", value: url, expected: "smtp://host:port or smtps://host:port")
            }
            var password = value("SMTP_PASSWORD")
            if password == nil, let file = value("SMTP_PASSWORD_FILE") {
                guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                    throw IngestSettings.SettingsError.unreadablePasswordFile(file)
                }
                password = text.trimmingCharacters(in: .newlines)
            }
            smtp = SMTPServerConfiguration(url: url, username: value("SMTP_USER"), password: password, caFile: value("SMTP_CA_FILE"),
                                           requireTLS: ConfigurationFile.isTrue(value("SMTP_STARTTLS")))
        }
    }
}
