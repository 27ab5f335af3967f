import Foundation

/// A support agreement: the service level that fixes the guaranteed response time, whether the
/// manufacturer's annual maintenance is included, and when it is valid.
public struct Contract: Sendable, Equatable {
    public var number: String
    public var level: String
    public var maintenanceIncluded: Bool
    public var validFrom: LocalDate?
    public var validTo: LocalDate?
    public var owner: String

    public init(number: String, level: String, maintenanceIncluded: Bool, validFrom: LocalDate? = nil, validTo: LocalDate? = nil, owner: String = "") {
        self.number = number
        self.level = level
        self.maintenanceIncluded = maintenanceIncluded
        self.validFrom = validFrom
        self.validTo = validTo
        self.owner = owner
    }

    public func isValid(on date: LocalDate) -> Bool {
        if let validFrom, date < validFrom { return false }
        if let validTo, validTo < date { return false }
        return true
    }
}
