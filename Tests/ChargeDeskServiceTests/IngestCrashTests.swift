import ChargeDeskTestSupport
import Foundation
import MailTransport
import Store
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `chargedesk ingest --once` killed with SIGKILL at random points, 20 times, then run to
/// completion: every mail handled exactly once, none lost.
@Suite(.serialized, .enabled(if: DovecotServer.isInstalled && ConcurrentIntakeTests.corpusExists, "needs dovecot-imapd and ../shared/corpus"))
struct IngestCrashTests {
    @Test func sigkillAtRandomPointsLosesAndDuplicatesNothing() throws {
        let server = try DovecotServer()
        let configuration = IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password)
        let files = try ConcurrentIntakeTests.mailFiles()
        let client = try IMAPClient(configuration)
        for file in files { try client.append([UInt8](FileManager.default.contents(atPath: file)!), to: "INBOX") }
        for n in 0..<300 {
            try client.append(Array("From: kund\(n)@example.se\r\nSubject: Provärende \(n)\r\nMessage-ID: <crash-\(n)@example.se>\r\n\r\nLaddboxen på Provgatan \(n) är död.\r\n".utf8), to: "INBOX")
        }
        let total = files.count + 300
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let database = dir.appendingPathComponent("desk.sqlite").path
        let arguments = ["ingest", "--once", "--database", database, "--registry", ConcurrentIntakeTests.registry(for: files)]
        var environment = ProcessInfo.processInfo.environment
        environment["CHARGEDESK_IMAP_URL"] = server.plainURL
        environment["CHARGEDESK_IMAP_USER"] = server.user
        environment["CHARGEDESK_IMAP_PASSWORD"] = server.password

        func launch() throws -> Process { try ExtractCommandTests.launch(arguments, environment: environment) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let process = try launch()
            usleep(UInt32.random(in: 20_000...600_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let final = try launch()
        final.waitUntilExit()
        #expect(final.terminationStatus == 0)

        let store = try DeskStore(path: database)
        // Every mail is recorded exactly once (the digest is the primary key), none is left behind.
        #expect(try store.processedMessageCount() == total)
        #expect(try client.select("INBOX").exists == 0)
        #expect(try client.select("Processed").exists == total)
        // The generated reports are all about different addresses: one ticket each, no duplicates.
        #expect(try store.ticketCount(subjectPrefix: "Provärende ") == 300)
    }
}
