import ChargeDeskService
import Foundation
import Testing

@Suite struct IngestSettingsTests {
    @Test func configurationFileLinesCommentsAndQuotes() throws {
        let settings = try ConfigurationFile.parse("""
            # the support mailbox
            CHARGEDESK_IMAP_URL = imaps://mail.example.se:993

            CHARGEDESK_IMAP_USER="support@example.se"
            CHARGEDESK_IMAP_MAILBOX = 'Felanmälan'
            """)
        #expect(settings == ["CHARGEDESK_IMAP_URL": "imaps://mail.example.se:993", "CHARGEDESK_IMAP_USER": "support@example.se",
                             "CHARGEDESK_IMAP_MAILBOX": "Felanmälan"])
    }

    @Test func configurationFileErrorsNameTheLine() {
        #expect(throws: ConfigurationFile.Error(path: "f", line: 2, reason: "expected NAME = value")) {
            try ConfigurationFile.parse("CHARGEDESK_A = 1\nno equals sign", path: "f")
        }
        #expect(throws: ConfigurationFile.Error.self) { try ConfigurationFile.parse("imap_url = x") }
    }

    @Test func theEnvironmentOverridesTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("conf-\(UUID().uuidString)").path
        try "CHARGEDESK_IMAP_MAILBOX = FromFile\nCHARGEDESK_IMAP_USER = fileuser\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let settings = try ConfigurationFile.settings(path: path, environment: ["CHARGEDESK_IMAP_MAILBOX": "FromEnvironment"])
        #expect(settings["CHARGEDESK_IMAP_MAILBOX"] == "FromEnvironment")
        #expect(settings["CHARGEDESK_IMAP_USER"] == "fileuser")
    }

    @Test func settingsNeedURLUserAndPasswordAndCheckValues() throws {
        #expect(throws: IngestSettings.SettingsError.missing("CHARGEDESK_IMAP_URL")) { try IngestSettings(settings: [:]) }
        let base = ["CHARGEDESK_IMAP_URL": "imap://127.0.0.1:1143", "CHARGEDESK_IMAP_USER": "support"]
        #expect(throws: IngestSettings.SettingsError.self) { try IngestSettings(settings: base) }
        #expect(throws: IngestSettings.SettingsError.unreadablePasswordFile("/nonexistent/pw")) {
            try IngestSettings(settings: base.merging(["CHARGEDESK_IMAP_PASSWORD_FILE": "/nonexistent/pw"]) { $1 })
        }
        #expect(throws: IngestSettings.SettingsError.self) {
            try IngestSettings(settings: base.merging(["CHARGEDESK_IMAP_PASSWORD": "x", "CHARGEDESK_IMAP_BATCH_SIZE": "-3"]) { $1 })
        }
        #expect(throws: IngestSettings.SettingsError.self) {
            try IngestSettings(settings: ["CHARGEDESK_IMAP_URL": "http://x", "CHARGEDESK_IMAP_USER": "u", "CHARGEDESK_IMAP_PASSWORD": "p"])
        }
        let settings = try IngestSettings(settings: base.merging(["CHARGEDESK_IMAP_PASSWORD": "s3cret", "CHARGEDESK_IMAP_DISPOSITION": "seen"]) { $1 })
        #expect(settings.disposition == .markSeen)
        #expect(settings.batchSize == 200 && settings.mailbox == "INBOX")
        #expect(!settings.server.description.contains("s3cret"))
    }

    @Test func backoffDoublesWithJitterUpToTheMaximum() {
        var backoff = Backoff(initial: 1, maximum: 60)
        var waits: [Double] = []
        for _ in 0..<10 { waits.append(backoff.next()) }
        let nominal: [Double] = [1, 2, 4, 8, 16, 32, 60, 60, 60, 60]
        for (wait, expected) in zip(waits, nominal) { #expect(wait >= expected * 0.5 && wait <= expected * 1.5) }
        #expect(backoff.attempt == 10)
        backoff.reset()
        #expect(backoff.nominal == 1)
    }
}

extension IngestSettingsTests {
    @Test func yamlSectionsBecomeSettingNames() throws {
        let path = ExtractCommandTests.root.appendingPathComponent("samples/chargedesk.yaml").path
        let settings = try ConfigurationFile.settings(path: path, environment: ["CHARGEDESK_IMAP_MAILBOX": "Felanmälan"])
        #expect(settings["CHARGEDESK_IMAP_URL"] == "imaps://mail.example.se:993")
        #expect(settings["CHARGEDESK_IMAP_PASSWORD_FILE"] == "/run/secrets/imap-password")
        #expect(settings["CHARGEDESK_IMAP_MAILBOX"] == "Felanmälan")  // the environment wins
        #expect(settings["CHARGEDESK_OCPP_PORT"] == "8887")
        #expect(settings["CHARGEDESK_OCPP_AUTO_CATEGORIES"] == "charging_failure,no_power,connectivity,physical_damage")
        #expect(ConfigurationFile.isTrue(settings["CHARGEDESK_SMTP_STARTTLS"]))
        #expect(settings["CHARGEDESK_DATABASE_PATH"] == "chargedesk.sqlite")
        var withoutSecretFiles = settings
        withoutSecretFiles["CHARGEDESK_SMTP_PASSWORD_FILE"] = nil
        let mail = try MailSettings(settings: withoutSecretFiles)
        #expect(mail.from.address == "support@laddalliansen.example" && mail.smtp?.requireTLS == true && mail.policy.perRecipientPerHour == 5)
        #expect(try DiagnosticsSettings(settings: settings).autoCategories.count == 4)
    }

    @Test func badYAMLIsAClearError() {
        #expect(throws: ConfigurationFile.Error.self) { try ConfigurationFile.parseYAML("imap: [unclosed", path: "x.yaml") }
        #expect(throws: ConfigurationFile.Error.self) { try ConfigurationFile.parseYAML("- just\n- a list", path: "x.yaml") }
    }
}
