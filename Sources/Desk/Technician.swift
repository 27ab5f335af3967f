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
    public var regions: [String]
    /// Manufacturers (`Easee`, `Zaptec`, …) and capabilities (`dc` for high-power DC).
    public var skills: Set<String>
    /// ISO weekdays (1 = Monday) on duty; empty means every day.
    public var dutyDays: Set<Int>
    /// Local dates off duty (leave, courses).
    public var offDuty: Set<LocalDate>

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
    }

    public func isOnDuty(on date: LocalDate) -> Bool {
        (dutyDays.isEmpty || dutyDays.contains(date.weekday)) && !offDuty.contains(date)
    }

    /// Whether the technician covers a charger at this postal code and city.
    public func covers(postalCode: String, city: String) -> Bool {
        let digits = postalCode.filter(\.isNumber)
        for region in regions {
            let r = region.trimmingCharacters(in: .whitespaces)
            if r.contains("-"), let dash = r.firstIndex(of: "-") {
                let low = String(r[..<dash]), high = String(r[r.index(after: dash)...])
                let width = low.count
                guard digits.count >= width, let value = Int(digits.prefix(width)), let lo = Int(low), let hi = Int(high) else { continue }
                if (lo...hi).contains(value) { return true }
            } else if r.allSatisfy(\.isNumber) {
                if !r.isEmpty, digits.hasPrefix(r) { return true }
            } else if r.compare(city, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame {
                return true
            }
        }
        return false
    }
}
