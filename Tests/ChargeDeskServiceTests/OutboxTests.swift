import ChargeDeskTestSupport
import Desk
import Extraction
import Foundation
import Mail
import MailTransport
import Store
import Testing
@testable import ChargeDeskService

/// Mail through intake → tickets → outbox → a real SMTP server (aiosmtpd) on loopback.
@Suite(.serialized, .enabled(if: SMTPSink.isAvailable && ConcurrentIntakeTests.corpusExists, "needs python3 with aiosmtpd and ../shared/corpus"))
struct OutboxTests {
    static let desk = MailAddress(displayName: "ChargeDesk Support", address: "support@chargedesk.example")
    static let policy = AutomaticMailPolicy(ownAddresses: [desk.address], perRecipientPerHour: 5, messageIDDomain: "chargedesk.example")

    /// A store on disk with the corpus registry, a contract (of a built-in level) for every
    /// agreement the registry names, and the sample roster.
    struct Fixture {
        let directory: URL
        let store: DeskStore
        let intake: MailIntake

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            store = try DeskStore(path: directory.appendingPathComponent("desk.sqlite").path)
            let registry = try Registry.load(path: ConcurrentIntakeTests.registry(for: try ConcurrentIntakeTests.mailFiles()))
            let numbers = Set(registry.chargers.map(\.contract).filter { !$0.isEmpty }).sorted()
            let contracts = numbers.enumerated().map { Contract(number: $1, level: SLALevel.builtIn[$0 % 3].name, maintenanceIncluded: true) }
            let roster = try InstalledBaseFiles.roster(path: ExtractCommandTests.root.appendingPathComponent("samples/roster.csv").path)
            try store.loadInstalledBase(chargers: registry.chargers, contracts: contracts, roster: roster)
            intake = MailIntake(store: store, extractor: Extractor(registry: registry), authentication: SenderAuthentication(policy: .none),
                                levels: SLALevel.builtIn, policy: OutboxTests.policy)
        }

        func sender(_ sink: SMTPSink) throws -> OutboxSender {
            let templates = try MailTemplates(directory: ExtractCommandTests.root.appendingPathComponent("Templates").path)
            return OutboxSender(store: store, renderer: MailRenderer(templates: templates, from: OutboxTests.desk), server: SMTPServerConfiguration(url: sink.url))
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    static func customerMails(_ received: [SMTPSink.Received]) -> [(SMTPSink.Received, Message)] {
        received.map { ($0, MessageParser().parse($0.bytes)) }.filter { $0.1.headers["auto-submitted"] == "auto-replied" }
    }

    @Test func everyCorpusRequestGetsOneAcknowledgementInItsLanguageWithItsDeadline() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var requests: [(message: Message, ticketID: Int64, language: Report.Language)] = []
        var refused: [(message: Message, ticketID: Int64)] = []
        var automaticIDs: Set<String> = []
        for file in try ConcurrentIntakeTests.mailFiles() {
            let raw = [UInt8](try #require(FileManager.default.contents(atPath: file)))
            let incoming = fixture.intake.incoming(raw)
            let outcome = try fixture.store.intake(incoming, policy: Self.policy)
            let message = MessageParser().parse(raw)
            switch outcome {
            case .created(let id, _), .followUp(let id):
                // A request that itself says it is automatic (a ticket system's Auto-Submitted)
                // gets its ticket but no automatic answer (RFC 3834).
                if Self.policy.refusal(sender: incoming.senderAddress, mailSignals: incoming.automaticReplyRefusal) != nil {
                    refused.append((message, id))
                } else {
                    requests.append((message, id, incoming.report.language))
                }
            case .ignoredAutomatic: if let id = message.messageID { automaticIDs.insert(id) }
            default: Issue.record("unexpected outcome \(outcome) for \(file)")
            }
        }
        #expect(requests.count >= 30)
        let sink = try SMTPSink()
        let summary = try fixture.sender(sink).flush()
        #expect(summary.failed == 0 && summary.deferred == 0)
        let received = try sink.received()
        #expect(received.count == summary.sent)
        let acknowledgements = Self.customerMails(received)
        #expect(acknowledgements.count == requests.count, "one acknowledgement per request, no more")

        for request in requests {
            let answers = acknowledgements.filter { $0.1.inReplyTo == [request.message.messageID ?? "-"] }
            #expect(answers.count == 1, "request \(request.message.subject) from \(request.message.from?.address ?? "-")")
            guard let (envelope, answer) = answers.first else { continue }
            let ticket = try #require(try fixture.store.ticket(String(request.ticketID)))
            #expect(envelope.recipients == [try #require(request.message.from?.address)])
            #expect(envelope.mailFrom == "<>")
            #expect(answer.subject.contains("[\(ticket.reference)]"))
            #expect(answer.references.last == request.message.messageID)
            let swedish = answer.subject.contains("Vi har tagit emot") || answer.subject.contains("Vi behöver")
            #expect(swedish == (request.language == .sv), "\(answer.subject)")
            if let deadline = ticket.deadline, ticket.deadlineSource == .sla {
                let text = answer.text(roles: Set(TextBlock.Role.allCases))
                #expect(text.contains(LocalizedTime.format(deadline, language: request.language)), "\(ticket.reference): \(text)")
                #expect(text.contains(ticket.contract ?? "-"))
            }
        }
        for request in refused {
            #expect(!acknowledgements.contains { $0.1.inReplyTo == [request.message.messageID ?? "-"] })
            #expect(try fixture.store.events(ticketID: request.ticketID).contains { $0.kind == .mailSuppressed })
        }
        // Auto-replies and bounces get nothing.
        #expect(!acknowledgements.contains { answer in answer.1.inReplyTo.contains { automaticIDs.contains($0) } })
        // Every mail also parses cleanly with Python's email package.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("check_sent_mail.py").path,
                           sink.directory.appendingPathComponent("mail").path]
        let out = Pipe()
        check.standardOutput = out
        try check.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "\(report)")
        // A second flush finds nothing left to send.
        #expect(try fixture.sender(sink).flush().sent == 0)
        #expect(try sink.received().count == received.count)
    }

    @Test func aPeerThatAutoAnswersWithoutSayingSoGetsAtMostTheRateLimit() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let sink = try SMTPSink()
        let sender = try fixture.sender(sink)
        let peer = "robot@loop.example"
        _ = try fixture.intake.take(Array("From: Robot <\(peer)>\r\nSubject: Laddboxen på Loopvägen 1 i Ludvika är trasig\r\nMessage-ID: <first@loop.example>\r\n\r\nLaddboxen på Loopvägen 1 i Ludvika är trasig. Ägare: BRF Loopen.\r\n".utf8))
        var answered = 0
        var rounds = 0
        for round in 1...20 {
            _ = try sender.flush()
            let toPeer = try sink.received().filter { $0.recipients == [peer] }
            if toPeer.count == answered { break }
            rounds = round
            // The peer answers each new mail as a brand-new message: new subject, no threading
            // headers, no Auto-Submitted. Only the rate limit can stop this.
            for (n, mail) in toPeer[answered...].enumerated() {
                let subject = MessageParser().parse(mail.bytes).subject.replacingOccurrences(of: "CD-", with: "ärende ")
                _ = try fixture.intake.take(Array("From: Robot <\(peer)>\r\nSubject: Laddbox \(round)-\(n): \(subject)\r\nMessage-ID: <r\(round)-\(n)@loop.example>\r\n\r\nTack! Laddboxen på Loopvägen \(round) i Ludvika är trasig. Ägare: BRF Loopen.\r\n".utf8))
            }
            answered = toPeer.count
        }
        let toPeer = try sink.received().filter { $0.recipients == [peer] }
        #expect(toPeer.count == Self.policy.perRecipientPerHour)
        #expect(rounds < 20, "the exchange stopped")
        let tickets = try fixture.store.tickets(limit: 100)
        let suppressed = try tickets.flatMap { try fixture.store.events(ticketID: $0.id!) }.filter { $0.kind == .mailSuppressed && $0.detail.contains("rate limit") }
        #expect(!suppressed.isEmpty)
    }

    @Test func mailThatMustNotBeAnsweredGetsNoAcknowledgement() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let body = "\r\n\r\nLaddboxen på Kvarngatan 3 i Borlänge fungerar inte. Ägare: BRF Kvarnen.\r\n"
        let cases = [
            "From: a@example.se\r\nAuto-Submitted: auto-generated\r\nSubject: Laddbox trasig\r\nMessage-ID: <n1@example.se>",
            "From: b@example.se\r\nPrecedence: bulk\r\nSubject: Laddbox trasig\r\nMessage-ID: <n2@example.se>",
            "From: c@example.se\r\nList-Id: <fastighet.lists.example.se>\r\nSubject: Laddbox trasig\r\nMessage-ID: <n3@example.se>",
            "From: noreply@fastighet.example\r\nSubject: Laddbox trasig\r\nMessage-ID: <n4@example.se>",
            "From: support@chargedesk.example\r\nSubject: Laddbox trasig\r\nMessage-ID: <n5@example.se>",
        ]
        for head in cases { _ = try fixture.intake.take(Array((head + body).utf8)) }
        #expect(try fixture.store.outbox().filter { $0.kind.isToCustomer }.isEmpty)
        let tickets = try fixture.store.tickets(limit: 100)
        let suppressed = try tickets.flatMap { try fixture.store.events(ticketID: $0.id!) }.filter { $0.kind == .mailSuppressed }
        #expect(suppressed.count == cases.count)
    }

    @Test func serverDownThenUpDeliversEverythingOnceAndA5xxDoesNotBlockTheRest() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        for n in 0..<12 {
            let from = n == 5 ? "unknown-user@example.se" : "kund\(n)@example.se"
            _ = try fixture.intake.take(Array("From: \(from)\r\nSubject: Laddbox \(n) död\r\nMessage-ID: <down-\(n)@example.se>\r\n\r\nLaddboxen på Nergatan \(n) i Mora är död. Ägare: BRF Nere \(n).\r\n".utf8))
        }
        let sink = try SMTPSink(reject: ["unknown-user@*"])
        let sender = try fixture.sender(sink)
        sink.stop()
        let down = try sender.flush()
        #expect(down.sent == 0 && down.deferred == 1)
        let total = try fixture.store.outbox().count  // acknowledgements and coordinator notices
        #expect(try fixture.store.outbox().filter { $0.status == .pending }.count == total)
        try sink.start()
        // The others go at once (one refused for good); the deferred one after its backoff.
        let up = try sender.flush()
        #expect(up.sent == total - 2 && up.failed == 1)
        let later = try sender.flush(now: Date().addingTimeInterval(3_600))
        #expect(later.sent == 1 && later.failed == 0)
        let received = try sink.received()
        let ids = received.compactMap { MessageParser().parse($0.bytes).messageID }
        #expect(ids.count == total - 1 && Set(ids).count == total - 1, "every mail once")
        let failed = try fixture.store.outbox(statuses: [.failed])
        #expect(failed.count == 1 && failed[0].recipient == "unknown-user@example.se")
        let events = try fixture.store.events(ticketID: try #require(failed[0].ticketID))
        #expect(events.contains { $0.kind == .mailFailed && $0.detail.contains("550") })
    }

    @Test func headerInjectionFromReceivedTextProducesNoExtraHeader() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let evil = "From: =?UTF-8?Q?Eva=0D=0ABcc:_boss@attacker.example?= <eva@example.se>\r\n"
            + "Subject: =?UTF-8?Q?Laddbox_trasig=0D=0ABcc:_evil@attacker.example=0D=0A=0D=0Abody?=\r\n"
            + "Message-ID: <evil@example.se>\r\n\r\n"
            + "Laddboxen på Storgatan 1\r\nBcc: evil@attacker.example i Falun är trasig.\r\nÄgare: BRF Falun\r\nBcc: x@attacker.example\r\n"
        _ = try fixture.intake.take(Array(evil.utf8))
        let sink = try SMTPSink()
        #expect(try fixture.sender(sink).flush().sent >= 1)
        for mail in try sink.received() {
            let head = String(decoding: mail.bytes, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0].lowercased()
            #expect(!head.contains("\nbcc:") && !head.contains("\ncc:"))
            #expect(!mail.recipients.contains { $0.contains("attacker") })
            #expect(MessageParser().parse(mail.bytes).headers["bcc"] == nil)
        }
    }
}

extension OutboxTests {
    @Test func coordinatorsHearOfQueueTicketsAndTheirCommandsReachTheCustomer() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // No agreement and a site nobody covers: the coordinator is told.
        let request = "From: Kim Kund <kim@example.se>\r\nSubject: Laddbox död\r\nMessage-ID: <kim-1@example.se>\r\nDate: Tue, 01 Dec 2026 20:00:00 +0100\r\n\r\n"
            + "Laddboxen på Okändvägen 9 i Kiruna är helt död. Ägare: Kim Kund.\r\n"
        guard case .created(let ticketID, let reference) = try fixture.intake.take(Array(request.utf8)) else { Issue.record("no ticket"); return }
        let queued = try fixture.store.outbox()
        #expect(queued.contains { $0.kind == .coordinatorNotice && $0.recipient == "maria.sund@laddalliansen.example" })
        #expect(queued.contains { $0.kind == .acknowledgementNoAgreement && $0.recipient == "kim@example.se" })

        func coordinatorReply(_ n: Int, _ body: String) throws {
            let mail = "From: Maria Sund <maria.sund@laddalliansen.example>\r\nSubject: Re: [\(reference)] Behöver koordinator\r\n"
                + "Message-ID: <maria-\(n)@laddalliansen.example>\r\nIn-Reply-To: <kim-1@example.se>\r\n\r\n\(body)\r\n"
            _ = try fixture.intake.take(Array(mail.utf8))
        }
        try coordinatorReply(1, "#internal\r\n#eta 2026-12-04 10:00\r\nKollar med kunden först.")
        #expect(!(try fixture.store.outbox()).contains { $0.kind == .plannedTime }, "#internal tells the customer nothing")
        try coordinatorReply(2, "#eta 2026-12-03 10:00")
        try coordinatorReply(3, "#status resolved")

        let sink = try SMTPSink()
        _ = try fixture.sender(sink).flush()
        let toKim = try sink.received().filter { $0.recipients == ["kim@example.se"] }.map { MessageParser().parse($0.bytes) }
        #expect(toKim.count == 3)
        let planned = try #require(toKim.first { $0.subject.contains("Planerad tid") })
        let eta = try #require(try fixture.store.ticket(String(ticketID))?.deadline)
        #expect(planned.text(roles: Set(TextBlock.Role.allCases)).contains(LocalizedTime.format(eta, language: .sv)))
        #expect(planned.headers["auto-submitted"] == "auto-generated")
        #expect(planned.inReplyTo == ["kim-1@example.se"])
        #expect(toKim.contains { $0.subject.contains("Felet är åtgärdat") })
    }
}
