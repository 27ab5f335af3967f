import Desk
import Extraction
import Foundation
import GRDB

/// Row mapping for `ticket`; the rest of the code sees `Desk.Ticket`.
struct TicketRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "ticket"

    var id: Int64?
    var reference: String
    var status: String
    var receivedAt: Date
    var customerAddress: String?
    var customerName: String?
    var subject: String
    var language: String
    var category: String
    var location: String?
    var owner: String?
    var contractGiven: String?
    var contract: String?
    var serviceLevel: String?
    var chargerId: String?
    var linkedCharger: String?
    var deadline: Date?
    var deadlineSource: String
    var assignee: String?
    var flags: String
    var updatedAt: Date

    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ ticket: Ticket, updatedAt: Date) {
        id = ticket.id
        reference = ticket.reference
        status = ticket.status.rawValue
        receivedAt = ticket.receivedAt
        customerAddress = ticket.customerAddress
        customerName = ticket.customerName
        subject = ticket.subject
        language = ticket.language.rawValue
        category = ticket.category.rawValue
        location = ticket.location
        owner = ticket.owner
        contractGiven = ticket.contractGiven
        contract = ticket.contract
        serviceLevel = ticket.serviceLevel
        chargerId = ticket.chargerID
        linkedCharger = ticket.linkedCharger
        deadline = ticket.deadline
        deadlineSource = ticket.deadlineSource.rawValue
        assignee = ticket.assignee
        flags = ticket.flags.joined(separator: "\n")
        self.updatedAt = updatedAt
    }

    var ticket: Ticket {
        Ticket(id: id, reference: reference, status: Ticket.Status(rawValue: status) ?? .open, receivedAt: receivedAt,
               customerAddress: customerAddress, customerName: customerName, subject: subject,
               language: Report.Language(rawValue: language) ?? .sv, category: Report.Category(rawValue: category) ?? .other,
               location: location, owner: owner, contractGiven: contractGiven, contract: contract, serviceLevel: serviceLevel,
               chargerID: chargerId, linkedCharger: linkedCharger, deadline: deadline,
               deadlineSource: Ticket.DeadlineSource(rawValue: deadlineSource) ?? .none, assignee: assignee,
               flags: flags.isEmpty ? [] : flags.split(separator: "\n").map(String.init))
    }
}

struct TicketEventRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "ticket_event"
    var id: Int64?
    var ticketId: Int64
    var at: Date
    var kind: String
    var actor: String
    var detail: String
    var `internal`: Bool

    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ event: TicketEvent) {
        id = event.id
        ticketId = event.ticketID
        at = event.at
        kind = event.kind.rawValue
        actor = event.actor
        detail = event.detail
        `internal` = event.isInternal
    }

    var event: TicketEvent {
        TicketEvent(id: id, ticketID: ticketId, at: at, kind: TicketEvent.Kind(rawValue: kind) ?? .commented, actor: actor,
                    detail: detail, isInternal: `internal`)
    }
}
