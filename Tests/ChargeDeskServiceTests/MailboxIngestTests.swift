import ChargeDeskService
import ChargeDeskTestSupport
import Desk
import Extraction
import Foundation
import MailTransport
import Store
import Testing

/// Corpus mails in a real Dovecot INBOX through `MailboxIngest` into a store on disk.
@Suite(.serialized, .enabled(if: DovecotServer.isInstalled && ConcurrentIntakeTests.corpusExists, "needs dovecot-imapd and ../shared/corpus"))
struct MailboxIngestTests {
    @Test func onePassHandlesAllTheNextNoneAndACrashBeforeTheMoveOnlyMoves() throws {
        let server = try DovecotServer()
        let configuration = IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password)
        let files = try ConcurrentIntakeTests.mailFiles()
        let client = try IMAPClient(configuration)
        for file in files { try client.append([UInt8](FileManager.default.contents(atPath: file)!), to: "INBOX") }
        for n in 0..<60 {
            let generated = "From: kund\(n)@example.se\r\nSubject: Laddbox \(n) död\r\nMessage-ID: <gen-\(n)@example.se>\r\n\r\nLaddboxen på Testgatan \(n) är helt död.\r\n"
            try client.append(Array(generated.utf8), to: "INBOX")
        }
        let total = files.count + 60

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try DeskStore(path: dir.appendingPathComponent("desk.sqlite").path)
        let registry = try Registry.load(path: ConcurrentIntakeTests.registry(for: files))
        let intake = MailIntake(store: store, extractor: Extractor(registry: registry), authentication: SenderAuthentication(policy: .none),
                                levels: SLALevel.builtIn)
        var ingest = MailboxIngest(server: configuration, mailbox: "INBOX", intake: intake)
        ingest.batchSize = 25
        ingest.dispositionBatch = 30  // moves then go over the second connection, several times per pass

        let first = try ingest.runOnce()
        #expect(first.fetched == total)
        #expect(first.created + first.replies + first.automatic == total)
        #expect(try client.select("INBOX").exists == 0)
        #expect(try client.select("Processed").exists == total)
        let tickets = try store.ticketCount()

        let second = try ingest.runOnce()
        #expect(second.fetched == 0 && second.movedOnly == 0)
        #expect(try store.ticketCount() == tickets)

        // A crash after the commit but before the move: the mail is stored and checkpointed but
        // still in INBOX. The next pass only moves it.
        try client.append(Array("From: ny@example.se\r\nSubject: Ny felanmälan\r\nMessage-ID: <late@example.se>\r\n\r\nLaddaren på Nygatan 1 är död.\r\n".utf8), to: "INBOX")
        let state = try client.select("INBOX")
        let uid = try #require(try client.uids(after: 0).first)
        let mail = intake.incoming(try client.fetch([uid])[0].bytes, mailbox: "INBOX", uid: uid)
        _ = try store.intake(batch: [mail], checkpoint: .init(mailbox: "INBOX", uidValidity: state.uidValidity, lastUID: uid))
        let third = try ingest.runOnce()
        #expect(third.movedOnly == 1 && third.fetched == 0)
        #expect(try store.ticketCount() == tickets + 1)
        #expect(try client.select("INBOX").exists == 0)
    }

    @Test func recreatedMailboxWithNewUIDValidityCausesNoDuplicateWork() throws {
        let server = try DovecotServer()
        let configuration = IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password)
        let client = try IMAPClient(configuration)
        let files = try ConcurrentIntakeTests.mailFiles()
        let mails = try files.prefix(20).map { [UInt8](try #require(FileManager.default.contents(atPath: $0))) }
        try client.create("Support")
        for mail in mails { try client.append(mail, to: "Support") }

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("uidvalidity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try DeskStore(path: dir.appendingPathComponent("desk.sqlite").path)
        let intake = MailIntake(store: store, extractor: Extractor(registry: try Registry.load(path: ConcurrentIntakeTests.registry(for: files))),
                                authentication: SenderAuthentication(policy: .none), levels: SLALevel.builtIn)
        let ingest = MailboxIngest(server: configuration, mailbox: "Support", intake: intake)
        let first = try ingest.runOnce()
        #expect(first.fetched == 20)
        let tickets = try store.ticketCount()
        let validity = try #require(try store.checkpoint(mailbox: "Support")).uidValidity

        // The mailbox is deleted and recreated with the same messages: new UIDVALIDITY, UIDs from 1.
        try client.command("DELETE \"Support\"")
        try client.create("Support")
        for mail in mails { try client.append(mail, to: "Support") }
        var notices: [String] = []
        let second = try ingest.runOnce { notices.append($0) }
        #expect(try #require(try store.checkpoint(mailbox: "Support")).uidValidity != validity)
        #expect(notices.contains { $0.contains("UIDVALIDITY") })
        #expect(second.fetched == 20 && second.duplicates == 20 && second.created == 0)
        #expect(try store.ticketCount() == tickets)
        #expect(try client.select("Support").exists == 0)
    }

    @Test func brokenHugeAndOddlyEncodedMailDoNotBlockTheGoodOnes() throws {
        let server = try DovecotServer()
        let configuration = IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password)
        let client = try IMAPClient(configuration)
        func good(_ n: Int) -> [UInt8] {
            Array("From: kund\(n)@example.se\r\nSubject: Bra \(n)\r\nMessage-ID: <good-\(n)@example.se>\r\n\r\nLaddaren på Bragatan \(n) är död.\r\n".utf8)
        }
        let broken = Array("From: x@example.se\r\nSubject: Trasig MIME\r\nMessage-ID: <broken@example.se>\r\nContent-Type: multipart/mixed; boundary=\"never\"\r\n\r\n--nev\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@!!\r\n".utf8)
        var huge = Array("From: y@example.se\r\nSubject: Stor bilaga\r\nMessage-ID: <huge@example.se>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLaddboxen på Storgatan 99 är trasig, bild bifogad.\r\n--b\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n\r\n".utf8)
        let line = Array((String(repeating: "QUJD", count: 19) + "\r\n").utf8)
        for _ in 0..<(20 * 1024 * 1024 / line.count) { huge.append(contentsOf: line) }
        huge.append(contentsOf: Array("--b--\r\n".utf8))
        let oddCharset = Array("From: z@example.se\r\nSubject: Konstig teckenkodning\r\nMessage-ID: <odd@example.se>\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\nLaddaren p\u{00E5} Udda v\u{00E4}gen 3 \u{00E4}r d\u{00F6}d.\r\n".utf8)
        let all = [good(1), broken, good(2), huge, good(3), oddCharset, good(4)]
        for mail in all { try client.append(mail, to: "INBOX") }

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try DeskStore(path: dir.appendingPathComponent("desk.sqlite").path)
        let intake = MailIntake(store: store, extractor: Extractor(registry: nil), authentication: SenderAuthentication(policy: .none),
                                levels: SLALevel.builtIn)
        let summary = try MailboxIngest(server: configuration, mailbox: "INBOX", intake: intake).runOnce()
        // The parser recovers from each defect, so all are handled as reports, none is lost or blocks another.
        #expect(summary.fetched == all.count)
        #expect(summary.created + summary.replies + summary.quarantined == all.count)
        #expect(try store.processedMessageCount() + summary.quarantined == all.count)
        #expect(try client.select("INBOX").exists == 0)
        let subjects = try store.tickets(limit: 50).map(\.subject)
        #expect(subjects.contains("Stor bilaga") && subjects.contains("Konstig teckenkodning") && subjects.contains("Bra 4"))
    }
}
