import Foundation
import HummingbirdWebSocket
import Store

/// The OCPP 1.6J central system: who is connected, what each charger says (stored with
/// history), our CALLs to chargers, and waits on charger events for the repair workflow.
/// "We are a service desk, not a billing system": transaction messages get minimal, valid answers.
public actor CentralSystem {
    public nonisolated let store: DeskStore
    /// Charge point id (lower-cased) → password, for HTTP Basic auth (OCPP security profile 1).
    /// A charger with no entry connects without a password.
    let passwords: [String: String]
    public var heartbeatInterval = 300
    private var connections: [String: OCPPConnection] = [:]
    private var expectations: [UUID: Expectation] = [:]
    private var nextTransactionID = 1
    /// Upload tokens handed out with GetDiagnostics that are not (yet) in a stored workflow.
    var uploadTokens: [String: (chargePoint: String, ticketID: Int64)] = [:]

    public func setHeartbeatInterval(_ seconds: Int) { heartbeatInterval = seconds }

    public func allowUpload(token: String, chargePoint: String, ticketID: Int64) { uploadTokens[token] = (chargePoint, ticketID) }

    private struct Expectation {
        var matches: @Sendable (ChargerEvent) -> Bool
        var fired = false
        var continuation: CheckedContinuation<Bool, Never>?
    }

    public init(store: DeskStore, passwords: [String: String] = [:]) {
        self.store = store
        self.passwords = Dictionary(passwords.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $1 })
    }

    // MARK: Connections

    /// Whether a connection may open: the password when one is set for this charger.
    public func admits(_ chargePointID: String, authorization: String?) -> Bool {
        guard let expected = passwords[chargePointID.lowercased()] else { return true }
        guard let authorization, authorization.hasPrefix("Basic "),
              let decoded = Data(base64Encoded: String(authorization.dropFirst(6))).flatMap({ String(data: $0, encoding: .utf8) }),
              let colon = decoded.firstIndex(of: ":") else { return false }
        return decoded[..<colon] == chargePointID && constantTimeEqual(String(decoded[decoded.index(after: colon)...]), expected)
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    func connected(_ id: String, outbound: WebSocketOutboundWriter) async -> OCPPConnection {
        let connection = OCPPConnection(chargePointID: id, outbound: outbound)
        if let old = connections[id.lowercased()] { await old.close() }
        connections[id.lowercased()] = connection
        try? store.chargePointConnected(id, true)
        emit(.connected(id))
        return connection
    }

    func disconnected(_ connection: OCPPConnection) async {
        await connection.close()
        let key = connection.chargePointID.lowercased()
        guard connections[key] === connection else { return }  // a newer connection replaced it
        connections[key] = nil
        try? store.chargePointConnected(connection.chargePointID, false)
        emit(.disconnected(connection.chargePointID))
    }

    public func isConnected(_ id: String) -> Bool { connections[id.lowercased()] != nil }

    /// Our CALL to a charger.
    public func call(_ id: String, _ action: String, _ payload: JSONValue, timeout: Duration = .seconds(30)) async throws -> JSONValue {
        guard let connection = connections[id.lowercased()] else { throw OCPPCallError.notConnected(id) }
        return try await connection.call(action, payload, timeout: timeout)
    }

    // MARK: Waiting for chargers

    /// Registers interest in an event before causing it (a reset, say), so that a fast charger
    /// cannot answer before we listen.
    public func expect(_ matches: @escaping @Sendable (ChargerEvent) -> Bool) -> UUID {
        let id = UUID()
        expectations[id] = Expectation(matches: matches)
        return id
    }

    /// Waits until the expected event has happened or the timeout passes; true if it happened.
    public func wait(_ id: UUID, timeout: Duration) async -> Bool {
        guard let expectation = expectations[id] else { return false }
        if expectation.fired { expectations[id] = nil; return true }
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            await self?.settle(id, false)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in expectations[id]?.continuation = continuation }
    }

    private func settle(_ id: UUID, _ result: Bool) {
        guard let expectation = expectations[id] else { return }
        if let continuation = expectation.continuation {
            expectations[id] = nil
            continuation.resume(returning: result)
        } else if result {
            expectations[id]?.fired = true
        }
    }

    func emit(_ event: ChargerEvent) {
        for (id, expectation) in expectations where !expectation.fired && expectation.matches(event) { settle(id, true) }
    }

    func uploaded(token: String) { emit(.uploaded(token: token)) }

    // MARK: The charger's CALLs

    /// Answers one text frame from a charger; nil when nothing is to be sent back.
    func handle(_ text: String, from connection: OCPPConnection) async -> String? {
        let id = connection.chargePointID
        let message: OCPPMessage
        do {
            message = try OCPPMessage.parse(text)
        } catch let error as OCPPError {
            // Without a readable id there is nothing to answer to; "-1" tells the peer anyway.
            return OCPPMessage.callError(id: error.messageID ?? "-1", code: error.code, description: error.description, details: .object([:])).text()
        } catch {
            return nil
        }
        switch message {
        case .callResult, .callError:
            _ = await connection.complete(message)
            return nil
        case .call(let messageID, let action, let payload):
            try? store.chargePointSeen(id)
            do {
                let result = try answer(action, payload, chargePoint: id, messageID: messageID)
                return OCPPMessage.callResult(id: messageID, payload: result).text()
            } catch let error as OCPPError {
                return OCPPMessage.callError(id: messageID, code: error.code, description: error.description, details: .object([:])).text()
            } catch {
                return OCPPMessage.callError(id: messageID, code: .internalError, description: "\(error)", details: .object([:])).text()
            }
        }
    }

    private func answer(_ action: String, _ payload: JSONValue, chargePoint id: String, messageID: String) throws -> JSONValue {
        let now = Date()
        switch action {
        case "BootNotification":
            let boot = try OCPP16.decode(OCPP16.BootNotification.self, payload, messageID: messageID)
            try store.chargePointBooted(id, vendor: boot.chargePointVendor, model: boot.chargePointModel,
                                        serial: boot.chargePointSerialNumber ?? boot.chargeBoxSerialNumber, firmware: boot.firmwareVersion)
            emit(.booted(id))
            return try .from(OCPP16.BootNotificationResponse(status: "Accepted", currentTime: OCPP16.timestamp(now), interval: heartbeatInterval))
        case "Heartbeat":
            return try .from(OCPP16.HeartbeatResponse(currentTime: OCPP16.timestamp(now)))
        case "StatusNotification":
            let status = try OCPP16.decode(OCPP16.StatusNotification.self, payload, messageID: messageID)
            guard OCPP16.StatusNotification.statuses.contains(status.status) else {
                throw OCPPError(.propertyConstraintViolation, "status \(status.status) is not an OCPP 1.6 status", messageID: messageID)
            }
            guard OCPP16.StatusNotification.errorCodes.contains(status.errorCode) else {
                throw OCPPError(.propertyConstraintViolation, "errorCode \(status.errorCode) is not an OCPP 1.6 error code", messageID: messageID)
            }
            guard status.connectorId >= 0 else { throw OCPPError(.propertyConstraintViolation, "connectorId below 0", messageID: messageID) }
            let record = ConnectorStatus(chargePoint: id, connector: status.connectorId, status: status.status, errorCode: status.errorCode,
                                         info: status.info, at: now)
            try store.recordStatus(record, vendorErrorCode: status.vendorErrorCode)
            emit(.status(record))
            return .object([:])
        case "DiagnosticsStatusNotification", "FirmwareStatusNotification":
            let status = try OCPP16.decode(OCPP16.StatusNotificationOnly.self, payload, messageID: messageID)
            if action == "DiagnosticsStatusNotification" { emit(.diagnosticsStatus(chargePoint: id, status: status.status)) }
            return .object([:])
        case "MeterValues":
            _ = try OCPP16.decode(OCPP16.MeterValues.self, payload, messageID: messageID)
            return .object([:])
        case "Authorize":
            _ = try OCPP16.decode(OCPP16.Authorize.self, payload, messageID: messageID)
            return try .from(OCPP16.AuthorizeResponse(idTagInfo: .init(status: "Accepted")))
        case "StartTransaction":
            _ = try OCPP16.decode(OCPP16.StartTransaction.self, payload, messageID: messageID)
            defer { nextTransactionID += 1 }
            return try .from(OCPP16.StartTransactionResponse(idTagInfo: .init(status: "Accepted"), transactionId: nextTransactionID))
        case "StopTransaction":
            _ = try OCPP16.decode(OCPP16.StopTransaction.self, payload, messageID: messageID)
            return .object([:])
        case "DataTransfer":
            return .object(["status": .string("UnknownVendorId")])
        default:
            throw OCPPError(.notImplemented, "\(action) is not supported", messageID: messageID)
        }
    }
}

extension CentralSystem {
    /// Which workflow an upload token belongs to; unknown tokens are refused.
    func uploadOwner(token: String) throws -> (chargePoint: String, ticketID: Int64)? {
        if let pending = uploadTokens[token] { return pending }
        return try store.unfinishedWorkflows().first { $0.uploadToken == token }.map { ($0.chargePoint, $0.ticketID) }
    }
}
