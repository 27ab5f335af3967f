import Foundation

/// The OCPP 1.6 payloads ChargeDesk speaks, with the spec's exact camelCase names. Optional
/// fields are optionals and are left out when nil (`JSONEncoder` omits them).
public enum OCPP16 {
    // MARK: Charger → central system

    public struct BootNotification: Codable, Sendable {
        public var chargePointVendor: String
        public var chargePointModel: String
        public var chargePointSerialNumber: String?
        public var chargeBoxSerialNumber: String?
        public var firmwareVersion: String?
        public var iccid: String?
        public var imsi: String?
        public var meterType: String?
        public var meterSerialNumber: String?
    }

    public struct BootNotificationResponse: Codable, Sendable {
        public var status: String
        public var currentTime: String
        public var interval: Int
    }

    public struct HeartbeatResponse: Codable, Sendable {
        public var currentTime: String
    }

    public struct StatusNotification: Codable, Sendable {
        public var connectorId: Int
        public var errorCode: String
        public var status: String
        public var info: String?
        public var timestamp: String?
        public var vendorId: String?
        public var vendorErrorCode: String?

        public static let statuses: Set<String> = ["Available", "Preparing", "Charging", "SuspendedEVSE", "SuspendedEV", "Finishing",
                                                   "Reserved", "Unavailable", "Faulted"]
        public static let errorCodes: Set<String> = ["ConnectorLockFailure", "EVCommunicationError", "GroundFailure", "HighTemperature",
                                                     "InternalError", "LocalListConflict", "NoError", "OtherError", "OverCurrentFailure",
                                                     "PowerMeterFailure", "PowerSwitchFailure", "ReaderFailure", "ResetFailure",
                                                     "UnderVoltage", "OverVoltage", "WeakSignal"]
    }

    public struct StatusNotificationOnly: Codable, Sendable { public var status: String }

    public struct Authorize: Codable, Sendable { public var idTag: String }

    public struct IdTagInfo: Codable, Sendable {
        public var status: String
        public var expiryDate: String?
        public var parentIdTag: String?
    }

    public struct AuthorizeResponse: Codable, Sendable { public var idTagInfo: IdTagInfo }

    public struct StartTransaction: Codable, Sendable {
        public var connectorId: Int
        public var idTag: String
        public var meterStart: Int
        public var timestamp: String
        public var reservationId: Int?
    }

    public struct StartTransactionResponse: Codable, Sendable {
        public var idTagInfo: IdTagInfo
        public var transactionId: Int
    }

    public struct StopTransaction: Codable, Sendable {
        public var meterStop: Int
        public var timestamp: String
        public var transactionId: Int
        public var reason: String?
        public var idTag: String?
    }

    public struct MeterValues: Codable, Sendable {
        public var connectorId: Int
        public var transactionId: Int?
        public var meterValue: [JSONValue]
    }

    public struct Empty: Codable, Sendable { public init() {} }

    // MARK: Central system → charger

    public struct TriggerMessage: Codable, Sendable {
        public var requestedMessage: String
        public var connectorId: Int?
    }

    public struct GetDiagnostics: Codable, Sendable {
        public var location: String
        public var retries: Int?
        public var retryInterval: Int?
        public var startTime: String?
        public var stopTime: String?
    }

    public struct GetDiagnosticsResponse: Codable, Sendable { public var fileName: String? }

    public struct ChangeAvailability: Codable, Sendable {
        public var connectorId: Int
        public var type: String
    }

    public struct Reset: Codable, Sendable { public var type: String }

    public struct StatusResponse: Codable, Sendable { public var status: String }

    public struct GetConfiguration: Codable, Sendable { public var key: [String]? }

    public struct GetConfigurationResponse: Codable, Sendable {
        public struct Key: Codable, Sendable {
            public var key: String
            public var readonly: Bool
            public var value: String?
        }
        public var configurationKey: [Key]?
        public var unknownKey: [String]?
    }

    /// ISO 8601 in UTC with milliseconds, as OCPP timestamps are written.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// Decodes a charger's payload, turning decoding failures into the CALLERROR the spec wants.
    static func decode<T: Decodable>(_ type: T.Type, _ payload: JSONValue, messageID: String) throws -> T {
        do {
            return try payload.decode(T.self)
        } catch let error as DecodingError {
            switch error {
            case .keyNotFound(let key, _): throw OCPPError(.occurenceConstraintViolation, "missing field \(key.stringValue)", messageID: messageID)
            case .valueNotFound(_, let context): throw OCPPError(.occurenceConstraintViolation, "null \(context.codingPath.map(\.stringValue).joined(separator: "."))", messageID: messageID)
            case .typeMismatch(_, let context): throw OCPPError(.typeConstraintViolation, "wrong type for \(context.codingPath.map(\.stringValue).joined(separator: "."))", messageID: messageID)
            default: throw OCPPError(.formationViolation, "payload does not match \(T.self)", messageID: messageID)
            }
        }
    }
}
