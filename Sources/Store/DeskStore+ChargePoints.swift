import Desk
import Extraction
import Foundation
import GRDB

/// The latest status of one connector, as its charger last reported it.
public struct ConnectorStatus: Sendable, Equatable {
    public var chargePoint: String
    public var connector: Int
    public var status: String
    public var errorCode: String
    public var info: String?
    public var at: Date

    public init(chargePoint: String, connector: Int, status: String, errorCode: String, info: String? = nil, at: Date) {
        self.chargePoint = chargePoint
        self.connector = connector
        self.status = status
        self.errorCode = errorCode
        self.info = info
        self.at = at
    }
}

/// Where a remote-repair workflow stands.
public struct RepairWorkflowState: Sendable, Equatable {
    public var ticketID: Int64
    public var chargePoint: String
    public var step: String
    public var uploadToken: String
    public var finished: Bool

    public init(ticketID: Int64, chargePoint: String, step: String, uploadToken: String, finished: Bool = false) {
        self.ticketID = ticketID
        self.chargePoint = chargePoint
        self.step = step
        self.uploadToken = uploadToken
        self.finished = finished
    }
}

extension DeskStore {
    // MARK: Charge points

    public func chargePointBooted(_ id: String, vendor: String, model: String, serial: String?, firmware: String?, at: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO charge_point (id, vendor, model, serial, firmware, connected, booted_at, last_seen) VALUES (?, ?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT(id) DO UPDATE SET vendor = excluded.vendor, model = excluded.model, serial = excluded.serial,
                  firmware = excluded.firmware, connected = 1, booted_at = excluded.booted_at, last_seen = excluded.last_seen
                """, arguments: [id, vendor, model, serial, firmware, SQLDate.string(at), SQLDate.string(at)])
        }
    }

    public func chargePointConnected(_ id: String, _ connected: Bool, at: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO charge_point (id, connected, last_seen) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET connected = excluded.connected, last_seen = excluded.last_seen
                """, arguments: [id, connected, SQLDate.string(at)])
        }
    }

    public func chargePointSeen(_ id: String, at: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE charge_point SET last_seen = ? WHERE id = ?", arguments: [SQLDate.string(at), id])
        }
    }

    public func recordStatus(_ status: ConnectorStatus, vendorErrorCode: String? = nil) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO connector_status (charge_point, connector, status, error_code, info, vendor_error_code, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [status.chargePoint, status.connector, status.status, status.errorCode, status.info, vendorErrorCode, SQLDate.string(status.at)])
        }
    }

    /// The latest status of every connector of a charger (connector 0 is the charger itself).
    public func latestStatuses(chargePoint: String) throws -> [ConnectorStatus] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM connector_status WHERE id IN (SELECT MAX(id) FROM connector_status WHERE charge_point = ? GROUP BY connector)
                ORDER BY connector
                """, arguments: [chargePoint]).map(Self.connectorStatus)
        }
    }

    public func statusHistory(chargePoint: String, limit: Int = 100) throws -> [ConnectorStatus] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM connector_status WHERE charge_point = ? ORDER BY id DESC LIMIT ?",
                             arguments: [chargePoint, limit]).map(Self.connectorStatus)
        }
    }

    static func connectorStatus(_ row: Row) -> ConnectorStatus {
        ConnectorStatus(chargePoint: row["charge_point"], connector: row["connector"], status: row["status"], errorCode: row["error_code"],
                        info: row["info"], at: row["at"])
    }

    // MARK: Diagnostics uploads

    public func storeUpload(token: String, chargePoint: String, ticketID: Int64?, filename: String, content: [UInt8], at: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO diagnostics_upload (token, ticket_id, charge_point, filename, content, received_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [token, ticketID, chargePoint, filename, Data(content), SQLDate.string(at)])
        }
    }

    public func upload(token: String) throws -> (filename: String, content: [UInt8])? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT filename, content FROM diagnostics_upload WHERE token = ? ORDER BY id DESC LIMIT 1", arguments: [token]).map {
                ($0["filename"], [UInt8]($0["content"] as Data))
            }
        }
    }

    // MARK: Repair workflows

    public func workflow(ticketID: Int64) throws -> RepairWorkflowState? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM repair_workflow WHERE ticket_id = ?", arguments: [ticketID]).map(Self.workflowState)
        }
    }

    public func unfinishedWorkflows() throws -> [RepairWorkflowState] {
        try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM repair_workflow WHERE finished = 0 ORDER BY ticket_id").map(Self.workflowState) }
    }

    /// Moves a workflow to its next step and records the step on the ticket, in one transaction:
    /// after a crash the workflow resumes at the step it had reached, not earlier.
    public func advanceWorkflow(_ state: RepairWorkflowState, event: TicketEvent?, at: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO repair_workflow (ticket_id, charge_point, step, upload_token, finished, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(ticket_id) DO UPDATE SET step = excluded.step, finished = excluded.finished, updated_at = excluded.updated_at
                """, arguments: [state.ticketID, state.chargePoint, state.step, state.uploadToken, state.finished, SQLDate.string(at)])
            if let event { try Self.append(db, event) }
        }
    }

    static func workflowState(_ row: Row) -> RepairWorkflowState {
        RepairWorkflowState(ticketID: row["ticket_id"], chargePoint: row["charge_point"], step: row["step"], uploadToken: row["upload_token"],
                            finished: row["finished"])
    }

    /// Closes a ticket as resolved remotely, or marks it dispatched, with the event and the
    /// customer's mail in the same transaction.
    public func finishRepair(ticketID: Int64, resolved: Bool, detail: String, policy: AutomaticMailPolicy, at: Date = Date()) throws {
        try pool.write { db in
            guard var record = try TicketRecord.fetchOne(db, key: ticketID) else { return }
            if resolved {
                record.status = Ticket.Status.resolved.rawValue
                try Self.append(db, TicketEvent(ticketID: ticketID, at: at, kind: .resolved, actor: "system:diagnostics", detail: detail))
                let first = try Self.firstIncomingMessageID(db, ticketID: ticketID)
                try Self.queueMail(db, ticketID: ticketID, kind: .resolution, to: record.customerAddress,
                                   language: Report.Language(rawValue: record.language) ?? .sv, inReplyTo: first, references: first.map { [$0] } ?? [],
                                   refusal: nil, policy: policy, at: at)
            } else {
                record.status = Ticket.Status.open.rawValue
                try Self.append(db, TicketEvent(ticketID: ticketID, at: at, kind: .dispatched, actor: "system:diagnostics", detail: detail))
                if let assignee = record.assignee, let email = try Self.technician(db, handle: assignee)?.email {
                    try Self.queueMail(db, ticketID: ticketID, kind: .dispatch, to: email, language: .sv, inReplyTo: nil, references: [],
                                       refusal: nil, policy: policy, at: at)
                }
                for coordinator in try Self.roster(db) where coordinator.role == .coordinator && record.assignee == nil {
                    try Self.queueMail(db, ticketID: ticketID, kind: .coordinatorNotice, to: coordinator.email, language: .sv, inReplyTo: nil,
                                       references: [], refusal: nil, policy: policy, at: at)
                }
            }
            record.updatedAt = at
            try record.update(db)
            try db.execute(sql: "UPDATE repair_workflow SET finished = 1, step = ?, updated_at = ? WHERE ticket_id = ?",
                           arguments: [resolved ? "resolved" : "dispatched", SQLDate.string(at), ticketID])
        }
    }
}

extension DeskStore {
    /// The manufacturer of a charger of the installed base, for manufacturer-specific log rules.
    public func chargerManufacturer(_ chargerID: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT manufacturer FROM charger WHERE charger_id = ?", arguments: [chargerID]) }
    }
}

extension DeskStore {
    /// Asks for the repair workflow of a ticket (`chargedesk diagnose`); the central system
    /// process picks it up. An existing workflow is left as it is.
    @discardableResult
    public func requestWorkflow(ticketID: Int64, chargePoint: String) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: """
                INSERT OR IGNORE INTO repair_workflow (ticket_id, charge_point, step, upload_token, finished, updated_at) VALUES (?, ?, 'start', ?, 0, ?)
                """, arguments: [ticketID, chargePoint, UUID().uuidString, SQLDate.string(Date())])
            return db.changesCount > 0
        }
    }

    /// New tickets about a charger the central system knows, in the given categories, that have
    /// no workflow yet: the ones to diagnose by themselves after intake.
    public func ticketsAwaitingDiagnosis(categories: [Report.Category], limit: Int = 50) throws -> [(ticketID: Int64, chargePoint: String)] {
        guard !categories.isEmpty else { return [] }
        return try pool.read { db in
            let marks = Array(repeating: "?", count: categories.count).joined(separator: ", ")
            return try Row.fetchAll(db, sql: """
                SELECT t.id, t.linked_charger FROM ticket t
                WHERE t.status = 'new' AND t.linked_charger IS NOT NULL AND t.category IN (\(marks))
                  AND EXISTS (SELECT 1 FROM charge_point c WHERE c.id = t.linked_charger)
                  AND NOT EXISTS (SELECT 1 FROM repair_workflow w WHERE w.ticket_id = t.id)
                ORDER BY t.id LIMIT ?
                """, arguments: StatementArguments(categories.map(\.rawValue) + [String(limit)])).map { ($0["id"], $0["linked_charger"]) }
        }
    }

    /// The central system process says it is alive (checked by `diagnose`).
    public func centralSystemAlive(at: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('central_system_alive', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [Int64(at.timeIntervalSince1970)])
        }
    }

    public func centralSystemLastAlive() throws -> Date? {
        try pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'central_system_alive'").map { Date(timeIntervalSince1970: Double($0)) }
        }
    }
}
