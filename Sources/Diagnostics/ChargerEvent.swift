import Store

/// Something a charger did, for workflows that wait on it.
public enum ChargerEvent: Sendable {
    case connected(String)
    case disconnected(String)
    case booted(String)
    case status(ConnectorStatus)
    case diagnosticsStatus(chargePoint: String, status: String)
    case uploaded(token: String)
}
