import Desk
import Extraction
import Foundation
import GRDB

extension DeskStore {
    /// Takes one received mail into the desk in a single transaction: the digest that makes it
    /// exactly-once, the ticket or reply it produces, its events and its parties. Replaying the
    /// same mail changes nothing.
    public func intake(_ mail: IncomingMail, levels: [SLALevel] = SLALevel.builtIn, calendar: BusinessCalendar = .stockholm,
                       policy: AutomaticMailPolicy = AutomaticMailPolicy()) throws -> IntakeOutcome {
        try pool.write { db in try Self.intake(db, mail, levels: levels, calendar: calendar, roster: RosterCache(store: self), policy: policy) }
    }

    /// Several mails in one transaction (a fetched batch): all or none are recorded.
    public func intake(batch mails: [IncomingMail], levels: [SLALevel] = SLALevel.builtIn, calendar: BusinessCalendar = .stockholm,
                       policy: AutomaticMailPolicy = AutomaticMailPolicy()) throws -> [IntakeOutcome] {
        try pool.write { db in
            let roster = RosterCache(store: self)
            return try mails.map { try Self.intake(db, $0, levels: levels, calendar: calendar, roster: roster, policy: policy) }
        }
    }

    static func intake(_ db: Database, _ mail: IncomingMail, levels: [SLALevel], calendar: BusinessCalendar, roster: RosterCache,
                       policy: AutomaticMailPolicy) throws -> IntakeOutcome {
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM processed_message WHERE digest = ?"), arguments: [mail.digest]) == true {
                return .duplicate
            }
            let outcome: IntakeOutcome
            var ticketID: Int64?
            if mail.report.kind != .request {
                outcome = .ignoredAutomatic(mail.report.kind.rawValue)
            } else {
                let decision = Threading.decide(inReplyTo: mail.inReplyTo, references: mail.references, subject: mail.subject,
                                                sender: mail.senderAddress, linkedCharger: mail.report.linkedCharger, lookups: Self.lookups(db))
                switch decision {
                case .reply(let id, _):
                    ticketID = id
                    outcome = try Self.reply(db, ticketID: id, mail: mail, levels: levels, calendar: calendar, roster: roster, policy: policy)
                case .followUp(let id, let rule):
                    ticketID = id
                    try Self.append(db, TicketEvent(ticketID: id, at: mail.receivedAt, kind: .linked, actor: Self.actor(mail),
                                                    detail: "another report about the same charger (\(rule)): \(mail.subject)"))
                    try Self.append(db, TicketEvent(ticketID: id, at: mail.receivedAt, kind: .commented, actor: Self.actor(mail), detail: mail.ownText))
                    try Self.addParty(db, ticketID: id, address: mail.senderAddress, role: "customer")
                    // Every report is acknowledged, this one with the case it joined.
                    try Self.acknowledge(db, ticketID: id, mail: mail, policy: policy)
                    outcome = .followUp(ticketID: id)
                case .forgedTag(let id):
                    let created = try Self.createTicket(db, from: mail, extraFlags: ["subject names \(Threading.tag(in: mail.subject) ?? "a ticket") (#\(id)) but the sender is not a party of it"],
                                                        levels: levels, calendar: calendar, roster: roster, policy: policy)
                    ticketID = created.0
                    outcome = .created(ticketID: created.0, reference: created.1)
                case .new:
                    let created = try Self.createTicket(db, from: mail, extraFlags: [], levels: levels, calendar: calendar, roster: roster, policy: policy)
                    ticketID = created.0
                    outcome = .created(ticketID: created.0, reference: created.1)
                }
                if let ticketID, let messageID = mail.messageID {
                    try db.cachedStatement(sql: "INSERT OR IGNORE INTO ticket_message (message_id, ticket_id, direction) VALUES (?, ?, 'in')")
                        .execute(arguments: [messageID, ticketID])
                }
            }
            try db.cachedStatement(sql: "INSERT INTO processed_message (digest, mailbox, uid, ticket_id, outcome, processed_at) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [mail.digest, mail.mailbox, mail.uid.map { Int64($0) }, ticketID, outcome.summary, SQLDate.string(Date())])
            return outcome
    }

    /// A ticket opened by a technician on the phone line.
    public func openByPhone(location: String, owner: String, contract: String?, charger: String?, category: Report.Category,
                            description: String, takenBy: String, at: Date, customerAddress: String? = nil,
                            levels: [SLALevel] = SLALevel.builtIn, calendar: BusinessCalendar = .stockholm,
                            policy: AutomaticMailPolicy = AutomaticMailPolicy()) throws -> (Int64, String) {
        let chargerID = charger?.uppercased()
        let report = Report(kind: .request, language: .sv, location: location, owner: owner, contract: contract, chargerID: chargerID,
                            category: category, linkedCharger: nil)
        return try pool.write { db in
            var linked: String?
            if let chargerID { linked = try String.fetchOne(db, sql: "SELECT charger_id FROM charger WHERE charger_id = ?", arguments: [chargerID]) }
            var withLink = report
            withLink.linkedCharger = linked
            let mail = IncomingMail(digest: "phone:\(UUID().uuidString)", messageID: nil, subject: "Telefon: \(location)",
                                    senderAddress: customerAddress, receivedAt: at, ownText: description, report: withLink)
            let created = try Self.createTicket(db, from: mail, extraFlags: [], levels: levels, calendar: calendar, roster: RosterCache(store: self),
                                                policy: policy, actor: "phone:\(takenBy)")
            try db.execute(sql: "INSERT INTO processed_message (digest, ticket_id, outcome, processed_at) VALUES (?, ?, 'phone', ?)",
                           arguments: [mail.digest, created.0, at])
            return created
        }
    }

    // MARK: New tickets

    static func createTicket(_ db: Database, from mail: IncomingMail, extraFlags: [String], levels: [SLALevel],
                             calendar: BusinessCalendar, roster: RosterCache, policy: AutomaticMailPolicy, actor: String? = nil) throws -> (Int64, String) {
        let report = mail.report
        let actor = actor ?? Self.actor(mail)
        let day = calendar.localDate(of: mail.receivedAt)
        let chargerRow = try report.linkedCharger.flatMap { try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM charger WHERE charger_id = ?"), arguments: [$0]) }
        let registered: String? = chargerRow?["contract"]
        let resolution = ContractResolution.resolve(given: report.contract, registered: registered, on: day) { try? Self.contract(db, number: $0) }
        var flags = extraFlags + resolution.flags
        var deadline: Date?
        var source = Ticket.DeadlineSource.none
        var levelName: String?
        if let contract = resolution.contract {
            if let level = levels.first(where: { $0.name == contract.level }) {
                deadline = level.deadline(receivedAt: mail.receivedAt, calendar: calendar)
                source = .sla
                levelName = level.name
            } else {
                flags.append("unknown service level \(contract.level) on \(contract.number): a coordinator must plan a time")
            }
        }
        let need: Assignment.Need? = chargerRow.map { row in
            let model: String = row["model"]
            var skills: Set<String> = [(row["manufacturer"] as String).lowercased()]
            if model.uppercased().contains("DC") { skills.insert("dc") }
            return Assignment.Need(postalCode: row["postal_code"], city: row["city"], skills: skills)
        }
        let decision = Assignment.decide(need: need, roster: try roster.get(db), load: { handle in
            (try? Int.fetchOne(db.cachedStatement(sql: "SELECT open_tickets FROM technician_load WHERE handle = ?"), arguments: [handle])) ?? 0
        }, on: day)
        var assignee: String?
        switch decision {
        case .technician(let handle): assignee = handle
        case .queue(let reason): flags.append("coordinators' queue: \(reason)")
        }
        let ticket = Ticket(status: .new, receivedAt: mail.receivedAt, customerAddress: mail.senderAddress, customerName: mail.senderName,
                            subject: mail.subject, language: report.language, category: report.category, location: report.location,
                            owner: report.owner, contractGiven: report.contract, contract: resolution.contract?.number, serviceLevel: levelName,
                            chargerID: report.chargerID, linkedCharger: report.linkedCharger, deadline: deadline, deadlineSource: source,
                            assignee: assignee, flags: flags)
        // AUTOINCREMENT numbers come from sqlite_sequence; inside this write transaction no other
        // writer can take the next one, so the reference is known before the row is written.
        let next = (try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM sqlite_sequence WHERE name = 'ticket'")) ?? 0) + 1
        let reference = Ticket.reference(year: day.year, number: next)
        let id = try insert(db, ticket, provisionalReference: reference)
        guard id == next else { throw StoreError(.badInput, "ticket number \(id) is not the expected \(next)") }

        var events: [TicketEvent] = []
        events.append(TicketEvent(ticketID: id, at: mail.receivedAt, kind: .received, actor: actor, detail: mail.subject))
        let summary = [report.location.map { "location: \($0)" }, report.owner.map { "owner: \($0)" }, report.contract.map { "contract: \($0)" },
                       report.chargerID.map { "charger: \($0)" }, "category: \(report.category.rawValue)",
                       "confidence: \(Self.twoDecimals(report.confidence))"].compactMap { $0 }.joined(separator: "; ")
        events.append(TicketEvent(ticketID: id, at: mail.receivedAt, kind: .extracted, actor: "system", detail: summary))
        if let linked = report.linkedCharger {
            events.append(TicketEvent(ticketID: id, at: mail.receivedAt, kind: .linked, actor: "system", detail: "charger \(linked)"))
        }
        if let deadline, let levelName {
            events.append(TicketEvent(ticketID: id, at: mail.receivedAt, kind: .deadlineSet, actor: "system",
                                       detail: "\(levelName) under \(resolution.contract!.number): \(StockholmTime.format(deadline, calendar: calendar))"))
        }
        if let assignee { events.append(TicketEvent(ticketID: id, at: mail.receivedAt, kind: .assigned, actor: "system", detail: assignee)) }
        for flag in flags { events.append(TicketEvent(ticketID: id, at: mail.receivedAt, kind: .flagged, actor: "system", detail: flag, isInternal: true)) }
        if !mail.ownText.isEmpty {
            events.append(TicketEvent(ticketID: id, at: mail.receivedAt, kind: .commented, actor: actor, detail: mail.ownText))
        }
        try append(db, events)
        try addParty(db, ticketID: id, address: mail.senderAddress, role: "customer")
        try acknowledge(db, ticketID: id, mail: mail, policy: policy,
                        known: AcknowledgementFacts(hasLocation: ticket.location != nil, hasOwner: ticket.owner != nil, underAgreement: source == .sla))
        if let assignee, let email = try roster.get(db).first(where: { $0.handle == assignee })?.email {
            try queueMail(db, ticketID: id, kind: .assignment, to: email, language: .sv, inReplyTo: nil, references: [], refusal: nil, policy: policy,
                          at: mail.receivedAt)
        }
        // Coordinators hear of what needs them: no technician, or no agreement to plan by.
        if assignee == nil || source != .sla {
            for coordinator in try roster.get(db) where coordinator.role == .coordinator {
                try queueMail(db, ticketID: id, kind: .coordinatorNotice, to: coordinator.email, language: .sv, inReplyTo: nil, references: [],
                              refusal: nil, policy: policy, at: mail.receivedAt)
            }
        }
        return (id, reference)
    }

    // MARK: Replies

    static func reply(_ db: Database, ticketID: Int64, mail: IncomingMail, levels: [SLALevel], calendar: BusinessCalendar,
                      roster: RosterCache, policy: AutomaticMailPolicy) throws -> IntakeOutcome {
        guard var record = try TicketRecord.fetchOne(db, key: ticketID) else { throw StoreError(.unknownTicket, "\(ticketID)") }
        let member = try mail.senderAddress.flatMap { address in try roster.get(db).first { $0.email.lowercased() == address.lowercased() } }
        let parsed = CoordinatorCommand.parse(mail.ownText)
        let at = mail.receivedAt
        guard let member else {
            // A customer (or anyone not on the roster): the text is a comment; commands are not obeyed.
            if !parsed.commands.isEmpty || !parsed.errors.isEmpty {
                try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .commandRefused, actor: actor(mail),
                                           detail: "commands from \(mail.senderAddress ?? "unknown sender") ignored: not on the roster", isInternal: true))
            }
            try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .commented, actor: actor(mail), detail: mail.ownText))
            if record.status == Ticket.Status.resolved.rawValue || record.status == Ticket.Status.closed.rawValue {
                record.status = Ticket.Status.open.rawValue
                record.updatedAt = Date()
                try record.update(db)
                try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .reopened, actor: actor(mail), detail: "customer replied"))
            }
            try addParty(db, ticketID: ticketID, address: mail.senderAddress, role: "customer")
            return .reply(ticketID: ticketID)
        }
        let who = "\(member.role.rawValue):\(member.handle)"
        guard mail.senderAuthenticated else {
            try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .commandRefused, actor: who,
                                       detail: "mail from \(member.email) failed the authentication check; \(parsed.commands.count) command(s) not executed",
                                       isInternal: true))
            return .commands(ticketID: ticketID, applied: 0, refused: parsed.commands.count)
        }
        var applied = 0
        var refused = parsed.errors.count
        var staffMail: [(OutboxMail.Kind, String)] = []
        var customerMail: [OutboxMail.Kind] = []
        for error in parsed.errors {
            try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .commandRefused, actor: who, detail: error, isInternal: true))
        }
        let isInternal = parsed.commands.contains(.internal)
        for command in parsed.commands {
            switch command {
            case .assign(let handle):
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM technician WHERE handle = ?", arguments: [handle]) == true else {
                    refused += 1
                    try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .commandRefused, actor: who, detail: "#assign \(handle): no such technician", isInternal: true))
                    continue
                }
                record.assignee = handle
                try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .assigned, actor: who, detail: handle))
                staffMail.append((.assignment, handle))
            case .status(let status):
                record.status = status.rawValue
                try append(db, TicketEvent(ticketID: ticketID, at: at, kind: status == .resolved ? .resolved : .statusChanged, actor: who, detail: status.rawValue))
                if status == .resolved { customerMail.append(.resolution) }
            case .eta(let date):
                record.deadline = date
                record.deadlineSource = Ticket.DeadlineSource.planned.rawValue
                record.flags = record.flags.split(separator: "\n").filter { !$0.hasPrefix("no-agreement") }.joined(separator: "\n")
                try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .deadlineSet, actor: who, detail: "planned: \(StockholmTime.format(date, calendar: calendar))"))
                customerMail.append(.plannedTime)
            case .contract(let number):
                guard let contract = try Self.contract(db, number: number), contract.isValid(on: calendar.localDate(of: record.receivedAt)),
                      let level = levels.first(where: { $0.name == contract.level }) else {
                    refused += 1
                    try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .commandRefused, actor: who, detail: "#contract \(number): unknown or not valid", isInternal: true))
                    continue
                }
                record.contract = contract.number
                record.serviceLevel = level.name
                record.deadline = level.deadline(receivedAt: record.receivedAt, calendar: calendar)
                record.deadlineSource = Ticket.DeadlineSource.sla.rawValue
                try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .contractSet, actor: who,
                                           detail: "\(contract.number) (\(level.name)): deadline \(StockholmTime.format(record.deadline!, calendar: calendar))"))
            case .internal:
                continue
            case .dispatch:
                try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .dispatched, actor: who, detail: "dispatch requested by \(member.handle)"))
                if let assignee = record.assignee { staffMail.append((.dispatch, assignee)) }
            }
            applied += 1
        }
        if !parsed.note.isEmpty {
            try append(db, TicketEvent(ticketID: ticketID, at: at, kind: .commented, actor: who, detail: parsed.note, isInternal: isInternal))
        }
        record.updatedAt = Date()
        try record.update(db)
        try addParty(db, ticketID: ticketID, address: mail.senderAddress, role: member.role.rawValue)
        for (kind, handle) in staffMail {
            let email = try roster.get(db).first { $0.handle == handle }?.email
            try queueMail(db, ticketID: ticketID, kind: kind, to: email, language: .sv, inReplyTo: nil, references: [], refusal: nil, policy: policy, at: at)
        }
        // Internal notes stay internal: a reply marked #internal tells the customer nothing.
        if !isInternal {
            for kind in customerMail {
                let first = try firstIncomingMessageID(db, ticketID: ticketID)
                try queueMail(db, ticketID: ticketID, kind: kind, to: record.customerAddress, language: Report.Language(rawValue: record.language) ?? .sv,
                              inReplyTo: first, references: first.map { [$0] } ?? [], refusal: nil, policy: policy, at: at)
            }
        }
        return .commands(ticketID: ticketID, applied: applied, refused: refused)
    }

    // MARK: Helpers

    static func lookups(_ db: Database) -> Threading.Lookups {
        Threading.Lookups(
            ticketForMessageID: { id in
                try? Int64.fetchOne(db.cachedStatement(sql: "SELECT ticket_id FROM ticket_message WHERE message_id = ?"), arguments: [id])
            },
            ticketForReference: { reference in try? Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM ticket WHERE reference = ?"), arguments: [reference]) },
            partiesOfTicket: { id in
                Set(((try? String.fetchAll(db, sql: "SELECT address FROM ticket_party WHERE ticket_id = ?", arguments: [id])) ?? []).map { $0.lowercased() })
            },
            openTicketForCharger: { charger in
                try? Int64.fetchOne(db.cachedStatement(sql: """
                    SELECT id FROM ticket WHERE linked_charger = ? AND status IN ('new', 'open', 'waiting') ORDER BY id DESC LIMIT 1
                    """), arguments: [charger])
            })
    }

    /// A plain INSERT: the Codable record path re-derived column names on every ticket.
    static func insert(_ db: Database, _ t: Ticket, provisionalReference: String) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO ticket (reference, status, received_at, customer_address, customer_name, subject, language, category, location, owner,
              contract_given, contract, service_level, charger_id, linked_charger, deadline, deadline_source, assignee, flags, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [provisionalReference, t.status.rawValue, SQLDate.string(t.receivedAt), t.customerAddress, t.customerName, t.subject,
                                     t.language.rawValue, t.category.rawValue, t.location, t.owner, t.contractGiven, t.contract, t.serviceLevel,
                                     t.chargerID, t.linkedCharger, t.deadline.map(SQLDate.string), t.deadlineSource.rawValue, t.assignee,
                                     t.flags.joined(separator: "\n"), SQLDate.string(Date())])
        return db.lastInsertedRowID
    }

    /// Several events in one INSERT statement.
    static func append(_ db: Database, _ events: [TicketEvent]) throws {
        guard !events.isEmpty else { return }
        let rows = Array(repeating: "(?, ?, ?, ?, ?, ?)", count: events.count).joined(separator: ", ")
        var arguments = StatementArguments()
        for event in events {
            arguments += [event.ticketID, SQLDate.string(event.at), event.kind.rawValue, event.actor, event.detail, event.isInternal]
        }
        try db.cachedStatement(sql: "INSERT INTO ticket_event (ticket_id, at, kind, actor, detail, internal) VALUES \(rows)").execute(arguments: arguments)
    }

    static func append(_ db: Database, _ event: TicketEvent) throws {
        try db.cachedStatement(sql: "INSERT INTO ticket_event (ticket_id, at, kind, actor, detail, internal) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [event.ticketID, SQLDate.string(event.at), event.kind.rawValue, event.actor, event.detail, event.isInternal])
    }

    static func addParty(_ db: Database, ticketID: Int64, address: String?, role: String) throws {
        guard let address, !address.isEmpty else { return }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO ticket_party (ticket_id, address, role) VALUES (?, ?, ?)").execute(arguments: [ticketID, address, role])
    }

    /// The customer's acknowledgement: with the SLA deadline, without an agreement, or asking
    /// for exactly the location or owner that is missing. Threaded to the customer's mail.
    static func acknowledge(_ db: Database, ticketID: Int64, mail: IncomingMail, policy: AutomaticMailPolicy, known: AcknowledgementFacts? = nil) throws {
        // A new ticket passes what it knows; a follow-up reads three columns, not the whole record.
        let facts = try known ?? Row.fetchOne(db.cachedStatement(sql: "SELECT location, owner, deadline_source FROM ticket WHERE id = ?"),
                                               arguments: [ticketID]).map {
            AcknowledgementFacts(hasLocation: ($0["location"] as String?) != nil, hasOwner: ($0["owner"] as String?) != nil,
                                 underAgreement: ($0["deadline_source"] as String?) == Ticket.DeadlineSource.sla.rawValue)
        } ?? AcknowledgementFacts(hasLocation: false, hasOwner: false, underAgreement: false)
        let missing = [mail.report.location == nil && !facts.hasLocation ? "location" : nil,
                       mail.report.owner == nil && !facts.hasOwner ? "owner" : nil].compactMap { $0 }
        let kind: OutboxMail.Kind = !missing.isEmpty ? .needInfo : (facts.underAgreement ? .acknowledgement : .acknowledgementNoAgreement)
        let references = mail.references + (mail.messageID.map { [$0] } ?? [])
        try queueMail(db, ticketID: ticketID, kind: kind, to: mail.senderAddress, language: mail.report.language, inReplyTo: mail.messageID,
                      references: Array(references.suffix(10)), detail: missing.joined(separator: ","), refusal: mail.automaticReplyRefusal,
                      policy: policy, at: mail.receivedAt)
    }

    /// What decides the kind of acknowledgement.
    struct AcknowledgementFacts {
        var hasLocation: Bool
        var hasOwner: Bool
        var underAgreement: Bool
    }

    static func actor(_ mail: IncomingMail) -> String { "customer:\(mail.senderAddress ?? "unknown")" }
}

/// The roster for one write transaction. Decoding it for every ticket dominated intake time,
/// so the store keeps the last one read and re-reads only when `roster_version` (bumped by
/// every load, from any process) has moved.
final class RosterCache {
    private let store: DeskStore
    private var technicians: [Technician]?

    init(store: DeskStore) { self.store = store }

    func get(_ db: Database) throws -> [Technician] {
        if let technicians { return technicians }
        let version = try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'roster_version'")) ?? 0
        if let cached = store.rosterCache.withLock({ $0 }), cached.version == version {
            technicians = cached.technicians
            return cached.technicians
        }
        let fetched = try DeskStore.roster(db)
        store.rosterCache.withLock { $0 = (version, fetched) }
        technicians = fetched
        return fetched
    }
}

extension DeskStore {
    /// `%.2f` without Foundation's format machinery, which was a visible share of intake.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded(.toNearestOrEven))
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
