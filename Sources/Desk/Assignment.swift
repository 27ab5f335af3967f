import Foundation

/// Chooses who gets a new ticket: the on-duty technician who covers the charger's region and
/// has the skill, least loaded first; otherwise the coordinators' queue, with the reason.
public enum Assignment {
    public struct Need: Sendable, Equatable {
        public var postalCode: String
        public var city: String
        /// Lower-cased skills the job needs (the manufacturer; `dc` for high-power DC chargers).
        public var skills: Set<String>

        public init(postalCode: String, city: String, skills: Set<String>) {
            self.postalCode = postalCode
            self.city = city
            self.skills = Set(skills.map { $0.lowercased() })
        }
    }

    public enum Decision: Sendable, Equatable {
        case technician(String)
        case queue(reason: String)
    }

    /// `load` maps a handle to the number of open tickets assigned to it.
    public static func decide(need: Need?, roster: [Technician], load: [String: Int], on date: LocalDate) -> Decision {
        decide(need: need, roster: roster, load: { load[$0] ?? 0 }, on: date)
    }

    /// `load` is asked only for the qualified candidates, so the store counts a few rows, not all.
    public static func decide(need: Need?, roster: [Technician], load: (String) -> Int, on date: LocalDate) -> Decision {
        guard let need else { return .queue(reason: "charger not identified: region and skills unknown") }
        let technicians = roster.filter { $0.role == .technician }
        let inRegion = technicians.filter { $0.covers(postalCode: need.postalCode, city: need.city) }
        guard !inRegion.isEmpty else { return .queue(reason: "no technician covers \(need.postalCode) \(need.city)") }
        let skilled = inRegion.filter { need.skills.isSubset(of: $0.skills) }
        guard !skilled.isEmpty else { return .queue(reason: "no technician in the region has \(need.skills.sorted().joined(separator: ", "))") }
        let onDuty = skilled.filter { $0.isOnDuty(on: date) }
        guard !onDuty.isEmpty else { return .queue(reason: "no qualified technician on duty \(date)") }
        let loads = Dictionary(uniqueKeysWithValues: onDuty.map { ($0.handle, load($0.handle)) })
        let chosen = onDuty.min { a, b in
            let la = loads[a.handle]!, lb = loads[b.handle]!
            return la != lb ? la < lb : a.handle < b.handle
        }!
        return .technician(chosen.handle)
    }
}
