import Extraction
import Foundation

/// A case: one fault report (or one phoned-in call), who owns it and by when it must be answered.
public struct Ticket: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable, Codable {
        case new, open, waiting, resolved, closed
        /// Open means someone still has work to do.
        public var isOpen: Bool { self == .new || self == .open || self == .waiting }
    }

    /// Where the deadline comes from.
    public enum DeadlineSource: String, Sendable, Codable {
        /// The guaranteed response time of the contract's service level.
        case sla
        /// A time a coordinator planned and told the customer (no agreement).
        case planned
        /// Not yet known: a coordinator must plan a time.
        case none
    }

    public var id: Int64?
    /// `CD-2026-000123`: the tag customers see in subjects.
    public var reference: String
    public var status: Status
    public var receivedAt: Date
    public var customerAddress: String?
    public var customerName: String?
    public var subject: String
    public var language: Report.Language
    public var category: Report.Category
    public var location: String?
    public var owner: String?
    /// The agreement number as the customer gave it.
    public var contractGiven: String?
    /// The agreement the ticket runs under, once checked against the registry.
    public var contract: String?
    public var serviceLevel: String?
    public var chargerID: String?
    public var linkedCharger: String?
    public var deadline: Date?
    public var deadlineSource: DeadlineSource
    /// Handle of the assigned technician; nil means the coordinators' queue.
    public var assignee: String?
    /// Why the ticket is in the coordinators' queue or needs a coordinator.
    public var flags: [String]

    public init(id: Int64? = nil, reference: String = "", status: Status = .new, receivedAt: Date, customerAddress: String? = nil,
                customerName: String? = nil, subject: String, language: Report.Language = .sv, category: Report.Category = .other,
                location: String? = nil, owner: String? = nil, contractGiven: String? = nil, contract: String? = nil,
                serviceLevel: String? = nil, chargerID: String? = nil, linkedCharger: String? = nil, deadline: Date? = nil,
                deadlineSource: DeadlineSource = .none, assignee: String? = nil, flags: [String] = []) {
        self.id = id
        self.reference = reference
        self.status = status
        self.receivedAt = receivedAt
        self.customerAddress = customerAddress
        self.customerName = customerName
        self.subject = subject
        self.language = language
        self.category = category
        self.location = location
        self.owner = owner
        self.contractGiven = contractGiven
        self.contract = contract
        self.serviceLevel = serviceLevel
        self.chargerID = chargerID
        self.linkedCharger = linkedCharger
        self.deadline = deadline
        self.deadlineSource = deadlineSource
        self.assignee = assignee
        self.flags = flags
    }

    /// `CD-YYYY-NNNNNN` from the year of receipt and the ticket's number.
    public static func reference(year: Int, number: Int64) -> String {
        let digits = String(number)
        return "CD-\(year)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
