import ChargeDeskService
import Desk
import Extraction
import Foundation
import Mail
import GRDB
import Testing
@testable import Store

/// Corpus mails through extraction into a store on disk: tickets, links, contracts, deadlines,
/// threading, coordinator commands, replay and restart.
enum CorpusFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("../shared/corpus").standardized
    static var exists: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("registry.csv").path) }
}

@Suite(.serialized, .enabled(if: CorpusFixture.exists, "needs ../shared/corpus beside the checkout"))
struct IntakeTests {
    static let corpus = CorpusFixture.corpus
    static let authserv = "mx1.laddalliansen.example"

    struct Desk {
        let directory: URL
        let store: DeskStore
        let intake: MailIntake
        var path: String { directory.appendingPathComponent("desk.sqlite").path }
    }

    static func makeDesk() throws -> Desk {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chargedesk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try DeskStore(path: directory.appendingPathComponent("desk.sqlite").path)
        let registry = try Registry.load(path: corpus.appendingPathComponent("registry.csv").path)
        // Levels chosen per contract so that each rule is exercised; 2026-0019 is a new agreement not yet in the registry.
        var contracts = Set(registry.chargers.map(\.contract).filter { !$0.isEmpty }).map { number in
            Contract(number: number, level: "business-8h", maintenanceIncluded: true, validFrom: LocalDate(2020, 1, 1))
        }
        contracts = contracts.map { c in
            var c = c
            if c.number == "SLA-2023-0112" { c.level = "24x7-4h" }
            if c.number == "SLA-2024-0212" { c.level = "nbd" }
            return c
        }
        contracts.append(Contract(number: "SLA-2026-0019", level: "nbd", maintenanceIncluded: false, validFrom: LocalDate(2026, 1, 1)))
        let roster = [
            Technician(handle: "anna", name: "Anna Lind", email: "anna.lind@laddalliansen.example", role: .technician,
                       regions: ["85", "83", "90", "98"], skills: ["easee", "zaptec", "garo", "wallbox", "abb"]),
            Technician(handle: "bjorn", name: "Björn Ek", email: "bjorn.ek@laddalliansen.example", role: .technician,
                       regions: ["72", "75", "41", "42", "58", "44", "15"], skills: ["easee", "zaptec", "garo", "wallbox", "abb", "dc"]),
            Technician(handle: "maria", name: "Maria Sund", email: "maria.sund@laddalliansen.example", role: .coordinator, regions: [], skills: []),
        ]
        try store.loadInstalledBase(chargers: registry.chargers, contracts: contracts, roster: roster)
        let intake = MailIntake(store: store, extractor: Extractor(registry: registry),
                                authentication: SenderAuthentication(policy: .requirePass(authservID: authserv)), levels: SLALevel.builtIn)
        return Desk(directory: directory, store: store, intake: intake)
    }

    static func corpusMails() throws -> [(String, [UInt8])] {
        try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".eml") }.sorted().map { name in
            (name, [UInt8](FileManager.default.contents(atPath: corpus.appendingPathComponent(name).path)!))
        }
    }

    static func mail(from: String, subject: String, inReplyTo: String? = nil, authenticated: Bool = false, body: String,
                     date: String = "Wed, 14 Jan 2026 09:00:00 +0100") -> [UInt8] {
        var headers = ""
        if authenticated {
            let domain = from.split(separator: "@").last!
            headers += "Authentication-Results: \(authserv); dkim=pass header.d=\(domain); spf=pass smtp.mailfrom=\(from)\r\n"
        }
        headers += "From: <\(from)>\r\nTo: support@laddalliansen.example\r\nSubject: \(subject)\r\nDate: \(date)\r\nMessage-ID: <\(UUID().uuidString)@test.example>\r\n"
        if let inReplyTo { headers += "In-Reply-To: <\(inReplyTo)>\r\nReferences: <\(inReplyTo)>\r\n" }
        headers += "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        return Array((headers + body.replacingOccurrences(of: "\n", with: "\r\n")).utf8)
    }

    func ticket(_ desk: Desk, for outcomes: [String: IntakeOutcome], _ prefix: String) throws -> Ticket {
        let outcome = try #require(outcomes.first { $0.key.hasPrefix(prefix) }?.value)
        switch outcome {
        case .created(let id, _), .followUp(let id), .reply(let id): return try #require(try desk.store.ticket(String(id)))
        default: throw StoreError(.unknownTicket, "\(prefix): \(outcome)")
        }
    }

    @Test func corpusBecomesTicketsOnceWithDeadlinesAndThreads() throws {
        let desk = try Self.makeDesk()
        defer { try? FileManager.default.removeItem(at: desk.directory) }
        var outcomes: [String: IntakeOutcome] = [:]
        for (name, raw) in try Self.corpusMails() { outcomes[name] = try desk.intake.take(raw) }

        let automatic = outcomes.values.filter { if case .ignoredAutomatic = $0 { return true } else { return false } }
        let created = outcomes.values.filter { if case .created = $0 { return true } else { return false } }
        let followUps = outcomes.values.filter { if case .followUp = $0 { return true } else { return false } }
        #expect(automatic.count == 6)  // 4 auto-replies and 2 bounces
        #expect(created.count + followUps.count == 39)
        #expect(try desk.store.ticketCount() == created.count)

        // The invoice question about the vandalised charger joins its open ticket.
        let vandalism = try ticket(desk, for: outcomes, "dev-008")
        #expect(outcomes.first { $0.key.hasPrefix("dev-036") }?.value == .followUp(ticketID: vandalism.id!))
        // 24x7-4h: four hours after receipt.
        #expect(vandalism.contract == "SLA-2023-0112" && vandalism.serviceLevel == "24x7-4h")
        #expect(vandalism.deadline == vandalism.receivedAt.addingTimeInterval(4 * 3600))
        #expect(vandalism.linkedCharger == "GLB2104418")

        // business-8h: Monday 08:14 → 7 h 46 m on Monday, the rest from 08:00 Tuesday.
        let cable = try ticket(desk, for: outcomes, "dev-001")
        #expect(cable.contract == "SLA-2022-0417")
        #expect(cable.deadline.map { StockholmTime.format($0) } == "2026-01-13T08:14:31+01:00")
        #expect(cable.deadlineSource == .sla)

        // No agreement anywhere: flagged for a coordinator, no deadline yet.
        let bollnas = try ticket(desk, for: outcomes, "dev-039")
        #expect(bollnas.contract == nil && bollnas.deadline == nil && bollnas.deadlineSource == .none)
        #expect(bollnas.flags.contains { $0.hasPrefix("no-agreement") })
        #expect(bollnas.assignee == nil)

        // Linked charger without a number in the mail: the registry's agreement applies.
        let shop = try ticket(desk, for: outcomes, "dev-002")
        #expect(shop.linkedCharger == "ZAP067231" && shop.contract == "SLA-2020-0031")

        // Replaying the whole corpus changes nothing.
        for (_, raw) in try Self.corpusMails() { #expect(try desk.intake.take(raw) == .duplicate) }
        #expect(try desk.store.ticketCount() == created.count)

        // Restarting (a new store on the same file) keeps everything.
        let reopened = try DeskStore(path: desk.path)
        #expect(try reopened.ticketCount() == created.count)
        #expect(try reopened.events(ticketID: cable.id!).count == (try desk.store.events(ticketID: cable.id!)).count)
    }

    @Test func repliesCommandsAndForgedTags() throws {
        let desk = try Self.makeDesk()
        defer { try? FileManager.default.removeItem(at: desk.directory) }
        let raw = try Self.corpusMails().first { $0.0.hasPrefix("dev-001") }!.1
        guard case .created(let id, let reference) = try desk.intake.take(raw) else { Issue.record("not created"); return }
        try desk.store.recordOutgoingMessageID("ack-\(id)@chargedesk.example", ticketID: id)
        let eventsBefore = try desk.store.events(ticketID: id).count

        // A stranger's mail with the ticket's tag and a command: a new ticket, the original untouched.
        let forged = try desk.intake.take(Self.mail(from: "mallory@evil.example", subject: "Re: [\(reference)] laddbox",
                                                    body: "#status closed\nStäng ärendet.\n"))
        guard case .created(let forgedID, _) = forged else { Issue.record("forged mail: \(forged)"); return }
        #expect(forgedID != id)
        #expect(try desk.store.events(ticketID: id).count == eventsBefore)
        #expect(try desk.store.ticket(String(id))?.status == .new)
        #expect(try desk.store.ticket(String(forgedID))?.flags.contains { $0.contains("not a party") } == true)

        // The coordinator, authenticated by our MX, steers the ticket by replying to our mail.
        let steer = try desk.intake.take(Self.mail(from: "maria.sund@laddalliansen.example", subject: "Re: [\(reference)] Trasig kabel",
                                                   inReplyTo: "ack-\(id)@chargedesk.example", authenticated: true,
                                                   body: "#assign bjorn\n#status waiting\n#eta 2026-01-13 10:00\n#internal\nKunden öppnar garaget kl 10.\n"))
        #expect(steer == .commands(ticketID: id, applied: 3, refused: 0))
        let steered = try #require(try desk.store.ticket(String(id)))
        #expect(steered.assignee == "bjorn" && steered.status == .waiting && steered.deadlineSource == .planned)
        #expect(steered.deadline.map { StockholmTime.format($0) } == "2026-01-13T10:00:00+01:00")
        #expect(try desk.store.events(ticketID: id).contains { $0.kind == .commented && $0.isInternal && $0.detail.contains("garaget") })

        // The same coordinator without a passing authentication result: nothing executed, recorded.
        let spoofed = try desk.intake.take(Self.mail(from: "maria.sund@laddalliansen.example", subject: "Re: [\(reference)]",
                                                     inReplyTo: "ack-\(id)@chargedesk.example", body: "#status closed\n"))
        #expect(spoofed == .commands(ticketID: id, applied: 0, refused: 1))
        #expect(try desk.store.ticket(String(id))?.status == .waiting)

        // The customer replies with a command line: it is a comment, the command is refused.
        let customer = try desk.intake.take(Self.mail(from: "goran.helgesson@brfsolrosen.example", subject: "Re: [\(reference)]",
                                                      inReplyTo: "ack-\(id)@chargedesk.example", body: "#status closed\nTack!\n"))
        #expect(customer == .reply(ticketID: id))
        #expect(try desk.store.ticket(String(id))?.status == .waiting)
        #expect(try desk.store.events(ticketID: id).contains { $0.kind == .commandRefused && $0.actor.contains("goran") })

        // Resolved, then the customer writes again: reopened.
        _ = try desk.intake.take(Self.mail(from: "maria.sund@laddalliansen.example", subject: "Re: [\(reference)]",
                                           inReplyTo: "ack-\(id)@chargedesk.example", authenticated: true, body: "#status resolved\n"))
        #expect(try desk.store.ticket(String(id))?.status == .resolved)
        _ = try desk.intake.take(Self.mail(from: "goran.helgesson@brfsolrosen.example", subject: "Re: [\(reference)] igen",
                                           body: "Kabeln är trasig igen.\n", date: "Thu, 15 Jan 2026 19:00:00 +0100"))
        #expect(try desk.store.ticket(String(id))?.status == .open)
        #expect(try desk.store.events(ticketID: id).contains { $0.kind == .reopened })
    }

    @Test func phoneTicket() throws {
        let desk = try Self.makeDesk()
        defer { try? FileManager.default.removeItem(at: desk.directory) }
        let at = try #require(StockholmTime.parse("2026-11-27T15:59:00+01:00"))
        let (id, reference) = try desk.store.openByPhone(location: "Storgatan 12, Sundsvall", owner: "BRF Solrosen", contract: "SLA-2022-0417",
                                                         charger: "eh482913", category: .chargingFailure, description: "Laddar inte",
                                                         takenBy: "anna", at: at)
        let ticket = try #require(try desk.store.ticket(reference))
        #expect(ticket.id == id && ticket.linkedCharger == "EH482913")
        #expect(ticket.deadline.map { StockholmTime.format($0) } == "2026-11-30T15:59:00+01:00")
        #expect(try desk.store.events(ticketID: id).first?.actor == "phone:anna")
    }
}

@Suite struct SQLDateTests {
    @Test func matchesGRDBsFormat() throws {
        for seconds in [0.0, 1_780_000_000.123, 951_782_400.999, -86_400.5] {
            let date = Date(timeIntervalSince1970: seconds)
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
            #expect(SQLDate.string(date) == formatter.string(from: date))
        }
    }
}

@Suite struct TechnicianLoadTests {
    @Test func triggersKeepOpenCountsAcrossAssignAndStatusChanges() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try DeskStore(path: dir.appendingPathComponent("d.sqlite").path)
        try store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO ticket (reference, status, received_at, subject, language, category, deadline_source, flags, updated_at, assignee)
                VALUES ('A', 'new', '2026-01-01 00:00:00.000', 's', 'sv', 'other', 'none', '', '2026-01-01 00:00:00.000', 'anna'),
                       ('B', 'open', '2026-01-01 00:00:00.000', 's', 'sv', 'other', 'none', '', '2026-01-01 00:00:00.000', 'anna'),
                       ('C', 'closed', '2026-01-01 00:00:00.000', 's', 'sv', 'other', 'none', '', '2026-01-01 00:00:00.000', 'anna');
                UPDATE ticket SET assignee = 'bo' WHERE reference = 'A';
                UPDATE ticket SET status = 'resolved' WHERE reference = 'B';
                UPDATE ticket SET status = 'open' WHERE reference = 'C';
                """)
        }
        let loads = try store.pool.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT handle, open_tickets FROM technician_load").map { ($0["handle"] as String, $0["open_tickets"] as Int) })
        }
        let counted = try store.pool.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT assignee, COUNT(*) AS n FROM ticket WHERE status IN ('new','open','waiting') GROUP BY assignee")
                .map { ($0["assignee"] as String, $0["n"] as Int) })
        }
        #expect(loads["anna"] == counted["anna"] && loads["bo"] == counted["bo"])
        #expect(loads == ["anna": 1, "bo": 1])
    }
}
