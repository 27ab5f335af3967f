import ChargeDeskTestSupport
import Foundation
import MailTransport
import Store
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `chargedesk ingest --once` as a user runs it, against a real Dovecot: a large mailbox in one
/// run, a server that goes away in the middle, and a wrong password.
@Suite(.serialized, .enabled(if: DovecotServer.isInstalled && ConcurrentIntakeTests.corpusExists, "needs dovecot-imapd and ../shared/corpus"))
struct IngestRecoveryTests {
    /// A work directory, a configuration file naming the server (password in its own file),
    /// and a way to run the binary with it.
    struct Setup {
        let directory: URL
        let database: String
        let configFile: String
        let registry: String

        init(server: DovecotServer, extra: [String: String] = [:]) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            database = directory.appendingPathComponent("desk.sqlite").path
            registry = ConcurrentIntakeTests.registry(for: try ConcurrentIntakeTests.mailFiles())
            let passwordFile = directory.appendingPathComponent("imap-password").path
            try (server.password + "\n").write(toFile: passwordFile, atomically: true, encoding: .utf8)
            var lines = ["# written by IngestRecoveryTests", "CHARGEDESK_IMAP_URL = \(server.plainURL)", "CHARGEDESK_IMAP_USER = \"\(server.user)\"",
                         "CHARGEDESK_IMAP_PASSWORD_FILE = \(passwordFile)"]
            lines += extra.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }
            configFile = directory.appendingPathComponent("chargedesk.conf").path
            try lines.joined(separator: "\n").write(toFile: configFile, atomically: true, encoding: .utf8)
        }

        func launch(once: Bool = true) throws -> (Process, Pipe) {
            let process = Process()
            process.executableURL = try ExtractCommandTests.binary()
            process.arguments = ["ingest"] + (once ? ["--once"] : []) + ["--config", configFile, "--database", database, "--registry", registry]
            // Only the configuration file speaks: no IMAP settings inherited from the caller.
            process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CHARGEDESK_") }
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            try process.run()
            return (process, out)
        }

        func run() throws -> (status: Int32, output: String) {
            let (process, out) = try launch()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
    }

    /// Corpus mails, each copy with its own Message-ID (the original renamed), then generated
    /// reports up to `total`.
    @discardableResult
    static func fill(_ client: IMAPClient, total: Int) throws -> Int {
        let files = try ConcurrentIntakeTests.mailFiles()
        var n = 0
        copies: for copy in 0..<max(1, total / (files.count * 2)) {
            for file in files {
                guard n < total else { break copies }
                let raw = [UInt8](try #require(FileManager.default.contents(atPath: file)))
                let renamed = Self.renamingMessageID(raw)
                try client.append(Array("Message-ID: <copy-\(copy)-\(n)@ingest.test>\r\n".utf8) + renamed, to: "INBOX")
                n += 1
            }
        }
        let generated = total - n
        while n < total {
            let mail = "From: Kund \(n) <kund\(n)@example.se>\r\nTo: support@example.se\r\nSubject: Provanmälan \(n): laddstolpen fungerar inte\r\n"
                + "Message-ID: <generated-\(n)@ingest.test>\r\nDate: Tue, 01 Dec 2026 21:\(String(format: "%02d", n % 60)):00 +0100\r\n\r\n"
                + "Hej,\r\nladdstolpen vid Industrivägen \(n) i Västerås laddar inte. Ägare: Fastighets AB Nummer \(n).\r\n"
            try client.append(Array(mail.utf8), to: "INBOX")
            n += 1
        }
        return generated
    }

    /// The header `Message-ID:` renamed to `X-Original-Message-ID:` (bytes otherwise unchanged).
    static func renamingMessageID(_ raw: [UInt8]) -> [UInt8] {
        let name = Array("message-id:".utf8)
        var start = 0
        while start < raw.count {
            if raw[start] == 13 || raw[start] == 10 { break }  // end of the header section
            if raw.count - start > name.count, zip(raw[start..<start + name.count], name).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) || $0 == $1 }) {
                return Array(raw[..<start]) + Array("X-Original-".utf8) + Array(raw[start...])
            }
            while start < raw.count && raw[start] != 10 { start += 1 }
            start += 1
        }
        return raw
    }

    @Test func twoThousandMailsInOneRunAndNoneInTheNext() throws {
        let server = try DovecotServer()
        defer { server.stop() }
        let client = try IMAPClient(IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password))
        let generated = try Self.fill(client, total: 2_000)
        let setup = try Setup(server: server)
        defer { try? FileManager.default.removeItem(at: setup.directory) }

        let first = try setup.run()
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("total: fetched 2000,"), "\(first.output.suffix(500))")
        let store = try DeskStore(path: setup.database)
        #expect(try store.processedMessageCount() == 2_000)
        #expect(try client.select("INBOX").exists == 0)
        #expect(try client.select("Processed").exists == 2_000)
        #expect(try store.ticketCount(subjectPrefix: "Provanmälan ") == generated)

        let second = try setup.run()
        #expect(second.status == 0)
        #expect(second.output.contains("total: fetched 0,"), "\(second.output)")
        #expect(try store.processedMessageCount() == 2_000)
    }

    @Test func dovecotStoppedMidRunAndStartedAgainIsRecoveredFrom() throws {
        let server = try DovecotServer()
        defer { server.stop() }
        let client = try IMAPClient(IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password))
        try Self.fill(client, total: 600)
        client.logout()
        let setup = try Setup(server: server, extra: ["CHARGEDESK_IMAP_BATCH_SIZE": "10"])
        defer { try? FileManager.default.removeItem(at: setup.directory) }

        let (process, out) = try setup.launch()
        // Wait for the first batch to be reported, then take the server away for a while.
        var output = ""
        while !output.contains("fetched ") {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            output += String(decoding: data, as: UTF8.self)
        }
        // Freeze ingest mid-run so that the outage surely falls inside it, stop the server, let
        // ingest run into the outage for a while, then bring the server back.
        kill(process.processIdentifier, SIGSTOP)
        server.stop()
        kill(process.processIdentifier, SIGCONT)
        sleep(3)
        try server.start()
        output += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0, "\(output.suffix(800))")
        #expect(output.contains("retrying in"), "no reconnect was logged:\n\(output.suffix(800))")
        let store = try DeskStore(path: setup.database)
        #expect(try store.processedMessageCount() == 600)
        let after = try IMAPClient(IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password))
        #expect(try after.select("INBOX").exists == 0)
        #expect(try after.select("Processed").exists == 600)
    }

    /// The daemon: mail delivered while it waits in IDLE becomes a ticket within 2 s, and its
    /// acknowledgement reaches the SMTP server right after.
    @Test(.enabled(if: SMTPSink.isAvailable, "needs aiosmtpd"))
    func theDaemonTurnsMailDeliveredDuringIdleIntoATicketAndAnAcknowledgement() throws {
        let server = try DovecotServer()
        defer { server.stop() }
        let sink = try SMTPSink()
        let setup = try Setup(server: server, extra: ["CHARGEDESK_SMTP_URL": sink.url, "CHARGEDESK_COMMANDS_AUTHENTICATION": "none",
                                                      "CHARGEDESK_TEMPLATES_PATH": ExtractCommandTests.root.appendingPathComponent("Templates").path])
        defer { try? FileManager.default.removeItem(at: setup.directory) }
        let (process, _) = try setup.launch(once: false)
        defer { process.terminate(); process.waitUntilExit() }
        let store = try DeskStore(path: setup.database)
        // Let the first (empty) pass finish and IDLE begin.
        let client = try IMAPClient(IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password))
        #expect(DovecotServer.waitUntil(seconds: 15) { (try? client.select("Processed")) != nil })
        Thread.sleep(forTimeInterval: 1.5)
        let delivered = Date()
        try client.append(Array("From: Lisa Lind <lisa@example.se>\r\nSubject: Laddboxen död\r\nMessage-ID: <idle-1@example.se>\r\n\r\nLaddboxen på Idlevägen 2 i Luleå är död. Ägare: BRF Idlen.\r\n".utf8), to: "INBOX")
        #expect(DovecotServer.waitUntil(seconds: 10) { ((try? store.ticketCount()) ?? 0) == 1 })
        let latency = Date().timeIntervalSince(delivered)
        print("IDLE: mail to ticket in \(String(format: "%.2f", latency)) s")
        #expect(latency < 2)
        #expect(DovecotServer.waitUntil(seconds: 10) { ((try? sink.received()) ?? []).contains { $0.recipients == ["lisa@example.se"] } })
    }

    @Test func aWrongPasswordIsReportedOnceAndNotRetried() throws {
        let server = try DovecotServer()
        defer { server.stop() }
        let setup = try Setup(server: server)
        defer { try? FileManager.default.removeItem(at: setup.directory) }
        try "not-the-password\n".write(toFile: setup.directory.appendingPathComponent("imap-password").path, atomically: true, encoding: .utf8)
        let started = Date()
        let result = try setup.run()
        #expect(result.status != 0)
        #expect(result.output.lowercased().contains("authentication"), "\(result.output)")
        #expect(!result.output.contains("retrying"))
        #expect(!result.output.contains("not-the-password"))
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
