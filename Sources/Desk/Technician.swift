import Foundation

/// A member of the roster: a field technician or a coordinator.
public struct Technician: Sendable, Equatable {
    public enum Role: String, Sendable, Codable { case technician, coordinator }

    /// Short handle used in commands (`#assign anna`).
    public var handle: String
    public var name: String
    public var email: String
    public var role: Role
    /// Postal-code prefixes or ranges (`85`, `850-859`) and/or city names the technician covers.
    public let regions: [String]
    /// Manufacturers (`Easee`, `Zaptec`, …) and capabilities (`dc` for high-power DC).
    public var skills: Set<String>
    /// ISO weekdays (1 = Monday) on duty; empty means every day.
    public var dutyDays: Set<Int>
    /// Local dates off duty (leave, courses).
    public var offDuty: Set<LocalDate>
    /// Town names among `regions`, folded once for comparison.
    private var foldedTowns: Set<String> {
        get { _foldedTowns ?? Set(regions.filter { !($0.unicodeScalars.first.map { $0.value >= 48 && $0.value <= 57 } ?? true) }.map(Technician.fold)) }
    }
    private var _foldedTowns: Set<String>?

    public init(handle: String, name: String, email: String, role: Role, regions: [String], skills: Set<String>,
                dutyDays: Set<Int> = [], offDuty: Set<LocalDate> = []) {
        self.handle = handle
        self.name = name
        self.email = email
        self.role = role
        self.regions = regions
        self.skills = Set(skills.map { $0.lowercased() })
        self.dutyDays = dutyDays
        self.offDuty = offDuty
        self._foldedTowns = nil
        self._foldedTowns = foldedTowns
    }

    public func isOnDuty(on date: LocalDate) -> Bool {
        (dutyDays.isEmpty || dutyDays.contains(date.weekday)) && !offDuty.contains(date)
    }

    /// Whether the technician covers a charger at this postal code and city. Regions are
    /// postal-code prefixes (`85`), prefix ranges (`850-859`) or town names.
    public func covers(postalCode: String, city: String) -> Bool {
        let digits = String(postalCode.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 })
        for region in regions {
            if let dash = region.firstIndex(of: "-") {
                let low = region[..<dash], high = region[region.index(after: dash)...]
                guard digits.count >= low.count, let value = Int(digits.prefix(low.count)), let lo = Int(low), let hi = Int(high) else { continue }
                if lo <= value && value <= hi { return true }
            } else if let first = region.unicodeScalars.first, first.value >= 48 && first.value <= 57 {
                if digits.hasPrefix(region) { return true }
            }
        }
        return !foldedTowns.isEmpty && foldedTowns.contains(Technician.fold(city))
    }

    /// Case and diacritics folded for comparing town names ("Umea" = "Umeå").
    static func fold(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "å", "ä", "á", "à": out.append("a")
            case "ö", "ø", "ó", "ò": out.append("o")
            case "é", "è", "ë": out.append("e")
            case "ü", "ú": out.append("u")
            case " ", "\t": continue
            default: out.append(character)
            }
        }
        return out
    }
}
