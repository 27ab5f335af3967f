import Foundation

/// Which agreement a new ticket runs under and what the desk must flag. A number in the mail
/// is checked against the registry, never trusted blindly.
public enum ContractResolution {
    public struct Result: Sendable, Equatable {
        public var contract: Contract?
        public var flags: [String]
    }

    /// - Parameters:
    ///   - given: the number the customer wrote, if any.
    ///   - registered: the contract the registry records for the linked charger, if any.
    ///   - lookup: contracts by number.
    public static func resolve(given: String?, registered: String?, on date: LocalDate, lookup: (String) -> Contract?) -> Result {
        var flags: [String] = []
        var number: String?
        switch (given, registered) {
        case let (given?, registered?) where given.uppercased() != registered.uppercased():
            flags.append("contract-mismatch: mail says \(given), registry says \(registered) for the charger")
            number = registered
        case let (given?, _):
            number = given
        case let (nil, registered?):
            number = registered
        case (nil, nil):
            number = nil
        }
        guard let number else {
            flags.append("no-agreement: a coordinator must give the customer a planned time")
            return Result(contract: nil, flags: flags)
        }
        guard let contract = lookup(number.uppercased()) else {
            flags.append("unknown-contract \(number): no guaranteed time; a coordinator must plan one")
            return Result(contract: nil, flags: flags)
        }
        guard contract.isValid(on: date) else {
            flags.append("expired-contract \(number): no guaranteed time; a coordinator must plan one")
            return Result(contract: nil, flags: flags)
        }
        return Result(contract: contract, flags: flags)
    }
}
