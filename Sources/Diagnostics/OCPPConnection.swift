import Foundation
import HummingbirdWebSocket

/// One charger's WebSocket, from the central system's side. Our CALLs go one at a time (OCPP-J
/// allows one outstanding CALL per direction) and time out; the charger's own CALLs are answered
/// by the inbound loop meanwhile, because that loop never waits for our calls.
public actor OCPPConnection {
    public nonisolated let chargePointID: String
    private let outbound: WebSocketOutboundWriter
    private var pending: (id: String, continuation: CheckedContinuation<JSONValue, any Error>)?
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var closed = false

    init(chargePointID: String, outbound: WebSocketOutboundWriter) {
        self.chargePointID = chargePointID
        self.outbound = outbound
    }

    func send(_ message: OCPPMessage) async throws {
        try await outbound.write(.text(message.text()))
    }

    /// Sends a CALL and waits for its CALLRESULT payload; a CALLERROR or the timeout throws.
    public func call(_ action: String, _ payload: JSONValue, timeout: Duration = .seconds(30)) async throws -> JSONValue {
        await acquire()
        defer { release() }
        guard !closed else { throw OCPPCallError.disconnected(chargePointID) }
        let id = UUID().uuidString
        let chargePoint = chargePointID
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            await self?.fail(id, OCPPCallError.timeout(action: action, chargePoint: chargePoint))
        }
        defer { timer.cancel() }
        return try await withCheckedThrowingContinuation { continuation in
            pending = (id, continuation)
            Task {
                do { try await self.send(.call(id: id, action: action, payload: payload)) } catch { await self.fail(id, error) }
            }
        }
    }

    /// A CALLRESULT or CALLERROR from the charger: completes our pending CALL if the id matches.
    func complete(_ message: OCPPMessage) -> Bool {
        guard let pending, pending.id == message.id else { return false }
        self.pending = nil
        switch message {
        case .callResult(_, let payload): pending.continuation.resume(returning: payload)
        case .callError(_, let code, let description, _): pending.continuation.resume(throwing: OCPPCallError.callError(code, description))
        case .call: return false
        }
        return true
    }

    private func fail(_ id: String, _ error: any Error) {
        guard let pending, pending.id == id else { return }
        self.pending = nil
        pending.continuation.resume(throwing: error)
    }

    func close() {
        closed = true
        if let pending { fail(pending.id, OCPPCallError.disconnected(chargePointID)) }
    }

    private func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}

/// Why one of our CALLs did not get a result.
public enum OCPPCallError: Error, Equatable, CustomStringConvertible {
    case timeout(action: String, chargePoint: String)
    case callError(OCPPErrorCode, String)
    case disconnected(String)
    case notConnected(String)

    public var description: String {
        switch self {
        case .timeout(let action, let id): "\(id) did not answer \(action) in time"
        case .callError(let code, let text): "CALLERROR \(code.rawValue): \(text)"
        case .disconnected(let id): "\(id) disconnected"
        case .notConnected(let id): "\(id) is not connected"
        }
    }
}
