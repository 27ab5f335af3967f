/// OCPP-J 1.6 error codes (§4.2.3), spelled as the specification spells them, including its
/// "OccurenceConstraintViolation". On receipt, the 2.0 spelling "FormatViolation" is accepted too.
public enum OCPPErrorCode: String, Sendable, Equatable, CaseIterable {
    case notImplemented = "NotImplemented"
    case notSupported = "NotSupported"
    case internalError = "InternalError"
    case protocolError = "ProtocolError"
    case securityError = "SecurityError"
    case formationViolation = "FormationViolation"
    case propertyConstraintViolation = "PropertyConstraintViolation"
    case occurenceConstraintViolation = "OccurenceConstraintViolation"
    case typeConstraintViolation = "TypeConstraintViolation"
    case genericError = "GenericError"

    public init?(received: String) {
        if received == "FormatViolation" { self = .formationViolation; return }
        if received == "OccurrenceConstraintViolation" { self = .occurenceConstraintViolation; return }
        self.init(rawValue: received)
    }
}

/// A message that cannot be handled, with what to answer (when there is an id to answer to).
public struct OCPPError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: OCPPErrorCode
    public var description: String
    /// The message id, when the frame was readable far enough to have one.
    public var messageID: String?

    public init(_ code: OCPPErrorCode, _ description: String, messageID: String? = nil) {
        self.code = code
        self.description = description
        self.messageID = messageID
    }
}
