import Foundation

/// One OCPP-J frame: `[2, id, action, payload]`, `[3, id, payload]` or
/// `[4, id, code, description, details]`. Parsing is strict about the frame's shape (what
/// answers a malformed frame is decided here) and leaves the payload to the action's own type.
public enum OCPPMessage: Sendable, Equatable {
    case call(id: String, action: String, payload: JSONValue)
    case callResult(id: String, payload: JSONValue)
    case callError(id: String, code: OCPPErrorCode, description: String, details: JSONValue)

    public var id: String {
        switch self {
        case .call(let id, _, _), .callResult(let id, _), .callError(let id, _, _, _): id
        }
    }

    /// Reads a text frame. A frame that is not an OCPP message throws an `OCPPError` carrying the
    /// message id when one could be read, so that the caller can answer with a CALLERROR.
    public static func parse(_ text: String) throws -> OCPPMessage {
        guard let data = text.data(using: .utf8), let value = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            throw OCPPError(.formationViolation, "not JSON")
        }
        guard case .array(let items) = value, let first = items.first else {
            throw OCPPError(.formationViolation, "not a JSON array with a message type")
        }
        let id: String? = items.count > 1 ? items[1].stringValue : nil
        guard case .int(let type) = first else { throw OCPPError(.formationViolation, "message type is not an integer", messageID: id) }
        guard let id, !id.isEmpty, id.utf8.count <= 36 else {
            throw OCPPError(.formationViolation, "message id missing, not a string or longer than 36 characters")
        }
        switch type {
        case 2:
            guard items.count == 4, let action = items[2].stringValue, !action.isEmpty else {
                throw OCPPError(.formationViolation, "a CALL is [2, id, action, payload]", messageID: id)
            }
            guard case .object = items[3] else { throw OCPPError(.formationViolation, "CALL payload is not an object", messageID: id) }
            return .call(id: id, action: action, payload: items[3])
        case 3:
            guard items.count == 3, case .object = items[2] else { throw OCPPError(.formationViolation, "a CALLRESULT is [3, id, {payload}]", messageID: id) }
            return .callResult(id: id, payload: items[2])
        case 4:
            guard items.count == 5, let codeText = items[2].stringValue, let description = items[3].stringValue, case .object = items[4] else {
                throw OCPPError(.formationViolation, "a CALLERROR is [4, id, code, description, {details}]", messageID: id)
            }
            return .callError(id: id, code: OCPPErrorCode(received: codeText) ?? .genericError, description: description, details: items[4])
        default:
            throw OCPPError(.notSupported, "message type \(type) is not 2, 3 or 4", messageID: id)
        }
    }

    /// The frame as text, integers as integers, optional fields left out.
    public func text() -> String {
        let array: [JSONValue]
        switch self {
        case .call(let id, let action, let payload): array = [.int(2), .string(id), .string(action), payload]
        case .callResult(let id, let payload): array = [.int(3), .string(id), payload]
        case .callError(let id, let code, let description, let details): array = [.int(4), .string(id), .string(code.rawValue), .string(description), details]
        }
        let data = (try? OCPPCoding.encoder.encode(JSONValue.array(array))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
