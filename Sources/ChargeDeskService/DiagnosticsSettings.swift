import Extraction
import Foundation

/// The OCPP central system's settings: `CHARGEDESK_OCPP_HOST` (127.0.0.1), `_PORT` (8887),
/// `_PUBLIC_URL` (the base chargers upload diagnostics to), `_PASSWORDS_FILE` (lines
/// `chargePointId:password`; chargers listed there must authenticate), `_HEARTBEAT_SECONDS`,
/// `_AUTO_CATEGORIES` (fault categories diagnosed by themselves after intake).
public struct DiagnosticsSettings: Sendable {
    public var host: String
    public var port: Int
    public var publicURL: String
    public var passwords: [String: String]
    public var heartbeatSeconds: Int
    public var autoCategories: [Report.Category]

    public init(settings: [String: String]) throws {
        func value(_ name: String) -> String? { settings["CHARGEDESK_OCPP_" + name].flatMap { $0.isEmpty ? nil : $0 } }
        host = value("HOST") ?? "127.0.0.1"
        guard let port = Int(value("PORT") ?? "8887"), (0...65_535).contains(port) else {
            throw IngestSettings.SettingsError.invalid(name: "CHARGEDESK_OCPP_PORT", value: value("PORT") ?? "", expected: "a TCP port")
        }
        self.port = port
        publicURL = value("PUBLIC_URL") ?? "http://\(host):\(port)"
        heartbeatSeconds = Int(value("HEARTBEAT_SECONDS") ?? "300") ?? 300
        var passwords: [String: String] = [:]
        if let file = value("PASSWORDS_FILE") {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw IngestSettings.SettingsError.unreadablePasswordFile(file)
            }
            for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                passwords[String(line[..<colon]).trimmingCharacters(in: .whitespaces)] = String(line[line.index(after: colon)...])
            }
        }
        self.passwords = passwords
        let categories = (value("AUTO_CATEGORIES") ?? "charging_failure,no_power,connectivity,physical_damage").split(separator: ",")
        autoCategories = try categories.map { name in
            guard let category = Report.Category(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw IngestSettings.SettingsError.invalid(name: "CHARGEDESK_OCPP_AUTO_CATEGORIES", value: String(name), expected: "fault categories")
            }
            return category
        }
    }
}
