import Desk
import Extraction
import Foundation
import GRDB

extension DeskStore {
    /// Loads (or re-loads) the installed base and the roster. Rows are upserted: tickets keep
    /// their charger and contract links because those are stored by id, not by row.
    public func loadInstalledBase(chargers: [RegistryCharger], contracts: [Contract], roster: [Technician]) throws {
        try pool.write { db in
            if !roster.isEmpty { try db.execute(sql: "UPDATE meta SET value = value + 1 WHERE key = 'roster_version'") }
            for charger in chargers {
                try db.execute(sql: """
                    INSERT INTO charger (charger_id, site_name, address, postal_code, city, owner, contract, manufacturer, model, installed, last_service)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(charger_id) DO UPDATE SET site_name = excluded.site_name, address = excluded.address,
                      postal_code = excluded.postal_code, city = excluded.city, owner = excluded.owner, contract = excluded.contract,
                      manufacturer = excluded.manufacturer, model = excluded.model, installed = excluded.installed, last_service = excluded.last_service
                    """, arguments: [charger.chargerID, charger.siteName, charger.address, charger.postalCode, charger.city, charger.owner,
                                     charger.contract.isEmpty ? nil : charger.contract, charger.manufacturer, charger.model,
                                     charger.installed, charger.lastService])
            }
            for contract in contracts {
                try db.execute(sql: """
                    INSERT INTO contract (number, level, maintenance_included, valid_from, valid_to, owner) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(number) DO UPDATE SET level = excluded.level, maintenance_included = excluded.maintenance_included,
                      valid_from = excluded.valid_from, valid_to = excluded.valid_to, owner = excluded.owner
                    """, arguments: [contract.number.uppercased(), contract.level, contract.maintenanceIncluded,
                                     contract.validFrom?.description, contract.validTo?.description, contract.owner])
            }
            for technician in roster {
                try db.execute(sql: """
                    INSERT INTO technician (handle, name, email, role, regions, skills, duty_days, off_duty) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(handle) DO UPDATE SET name = excluded.name, email = excluded.email, role = excluded.role,
                      regions = excluded.regions, skills = excluded.skills, duty_days = excluded.duty_days, off_duty = excluded.off_duty
                    """, arguments: [technician.handle, technician.name, technician.email, technician.role.rawValue,
                                     technician.regions.joined(separator: ";"), technician.skills.sorted().joined(separator: ";"),
                                     technician.dutyDays.sorted().map(String.init).joined(separator: ";"),
                                     technician.offDuty.sorted().map(\.description).joined(separator: ";")])
            }
        }
    }

    public func roster() throws -> [Technician] {
        try pool.read { db in try Self.roster(db) }
    }

    static func roster(_ db: Database) throws -> [Technician] {
        try Row.fetchAll(db, sql: "SELECT * FROM technician ORDER BY handle").map(technician)
    }

    static func technician(_ db: Database, handle: String) throws -> Technician? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM technician WHERE handle = ?"), arguments: [handle]).map(technician)
    }

    static func technician(_ row: Row) -> Technician {
        Technician(handle: row["handle"], name: row["name"], email: row["email"],
                   role: Technician.Role(rawValue: row["role"]) ?? .technician,
                   regions: split(row["regions"]), skills: Set(split(row["skills"])),
                   dutyDays: Set(split(row["duty_days"]).compactMap { Int($0) }),
                   offDuty: Set(split(row["off_duty"]).compactMap(InstalledBaseFiles.localDate)))
    }

    static func split(_ value: String) -> [String] { value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }

    static func contract(_ db: Database, number: String) throws -> Contract? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM contract WHERE number = ?"), arguments: [number.uppercased()]).map { row in
            Contract(number: row["number"], level: row["level"], maintenanceIncluded: row["maintenance_included"],
                     validFrom: (row["valid_from"] as String?).flatMap(InstalledBaseFiles.localDate),
                     validTo: (row["valid_to"] as String?).flatMap(InstalledBaseFiles.localDate), owner: row["owner"])
        }
    }
}

/// Reads the contracts and roster CSV files in `samples/`.
public enum InstalledBaseFiles {
    public static func contracts(path: String) throws -> [Contract] {
        try rows(path: path, columns: ["number", "level", "maintenance_included", "valid_from", "valid_to", "owner"]).map { row in
            guard !row["number", default: ""].isEmpty, !row["level", default: ""].isEmpty else {
                throw StoreError(.badInput, "\(path): contract row without number or level")
            }
            return Contract(number: row["number"]!, level: row["level"]!,
                            maintenanceIncluded: ["yes", "true", "1", "ja"].contains(row["maintenance_included", default: ""].lowercased()),
                            validFrom: localDate(row["valid_from", default: ""]), validTo: localDate(row["valid_to", default: ""]),
                            owner: row["owner", default: ""])
        }
    }

    public static func roster(path: String) throws -> [Technician] {
        try rows(path: path, columns: ["handle", "name", "email", "role", "regions", "skills", "duty_days", "off_duty"]).map { row in
            let list: (String) -> [String] = { row[$0, default: ""].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            return Technician(handle: row["handle", default: ""].lowercased(), name: row["name", default: ""], email: row["email", default: ""],
                              role: Technician.Role(rawValue: row["role", default: ""]) ?? .technician, regions: list("regions"),
                              skills: Set(list("skills")), dutyDays: Set(list("duty_days").compactMap { Int($0) }),
                              offDuty: Set(list("off_duty").compactMap(localDate)))
        }
    }

    static func rows(path: String, columns: [String]) throws -> [[String: String]] {
        guard let data = FileManager.default.contents(atPath: path) else { throw StoreError(.unreadableFile, path) }
        let parsed = CSVParser.parse(String(decoding: data, as: UTF8.self))
        guard let header = parsed.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else { return [] }
        for column in columns where !header.contains(column) { throw StoreError(.badInput, "\(path): missing column \(column)") }
        return parsed.dropFirst().map { row in
            var values: [String: String] = [:]
            for (index, name) in header.enumerated() where index < row.fields.count { values[name] = row.fields[index].trimmingCharacters(in: .whitespaces) }
            return values
        }
    }

    static func localDate(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return parts.count == 3 ? LocalDate(parts[0], parts[1], parts[2]) : nil
    }
}
