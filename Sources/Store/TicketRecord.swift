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

    var event: TicketEvent {
        TicketEvent(id: id, ticketID: ticketId, at: at, kind: TicketEvent.Kind(rawValue: kind) ?? .commented, actor: actor,
                    detail: detail, isInternal: `internal`)
    }
}
