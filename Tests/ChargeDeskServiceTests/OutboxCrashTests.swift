import ChargeDeskTestSupport
import Foundation
import Mail
import Store
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `chargedesk outbox flush` killed with SIGKILL at random points, then run to completion:
/// every queued mail arrives, and duplicates (a kill between the server's OK and our commit)
/// are counted — at most one per kill.
@Suite(.serialized, .enabled(if: SMTPSink.isAvailable && ConcurrentIntakeTests.corpusExists, "needs python3 with aiosmtpd and ../shared/corpus"))
struct OutboxCrashTests {
    @Test func sigkillMidSendLosesNothingAndDuplicatesAtMostOnePerKill() throws {
        let fixture = try OutboxTests.Fixture()
        defer { fixture.remove() }
        for n in 0..<400 {
            _ = try fixture.intake.take(Array("From: kund\(n)@example.se\r\nSubject: Laddbox \(n) död\r\nMessage-ID: <kill-\(n)@example.se>\r\n\r\nLaddboxen på Killgatan \(n) i Mora är död. Ägare: BRF Kill \(n).\r\n".utf8))
        }
        let queued = try fixture.store.outbox(statuses: [.pending]).count
        let sink = try SMTPSink()
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CHARGEDESK_") }
        environment["CHARGEDESK_SMTP_URL"] = sink.url
        environment["CHARGEDESK_OUTBOX_LEASE_SECONDS"] = "1"
        environment["CHARGEDESK_MAIL_FROM"] = "ChargeDesk <support@chargedesk.example>"
        environment["CHARGEDESK_TEMPLATES_PATH"] = ExtractCommandTests.root.appendingPathComponent("Templates").path
        func launch() throws -> Process {
            try ExtractCommandTests.launch(["outbox", "flush", "--database", fixture.directory.appendingPathComponent("desk.sqlite").path], environment: environment)
        }
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        for _ in 0..<12 {
            let process = try launch()
            usleep(UInt32.random(in: 50_000...400_000, using: &generator))
            if process.isRunning { kills += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            usleep(1_100_000)  // the killed sender's lease runs out
        }
        let final = try launch()
        final.waitUntilExit()
        #expect(final.terminationStatus == 0)

        let ids = try sink.received().compactMap { MessageParser().parse($0.bytes).messageID }
        let unique = Set(ids)
        #expect(unique.count == queued, "every queued mail arrived")
        #expect(try fixture.store.outbox(statuses: [.pending]).isEmpty)
        let duplicates = ids.count - unique.count
        print("outbox crash test: \(queued) mails, \(kills) kills while running, \(duplicates) duplicates")
        #expect(duplicates <= kills)
    }
}
