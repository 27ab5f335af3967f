/// What the extractor found in one mail: the fields of the corpus labels plus, for each field,
/// how sure the rules are and which text gave it, so a ticket can show why.
public struct Report: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable { case request, autoReply = "auto_reply", bounce }
    public enum Language: String, Sendable, Codable { case sv, en }
    public enum Category: String, Sendable, Codable, CaseIterable {
        case physicalDamage = "physical_damage", chargingFailure = "charging_failure", noPower = "no_power"
        case connectivity, other
    }

    public var kind: Kind
    public var language: Language
    public var location: String?
    public var owner: String?
    public var contract: String?
    public var chargerID: String?
    public var category: Category
    public var linkedCharger: String?
    /// One entry per field that has a value (and for kind, language, category always).
    public var evidence: [Evidence]

    public init(kind: Kind, language: Language, location: String? = nil, owner: String? = nil, contract: String? = nil,
                chargerID: String? = nil, category: Category = .other, linkedCharger: String? = nil, evidence: [Evidence] = []) {
        self.kind = kind
        self.language = language
        self.location = location
        self.owner = owner
        self.contract = contract
        self.chargerID = chargerID
        self.category = category
        self.linkedCharger = linkedCharger
        self.evidence = evidence
    }

    /// The mean confidence over the fields that carry evidence; 0 when there is none.
    public var confidence: Double {
        evidence.isEmpty ? 0 : evidence.map(\.confidence).reduce(0, +) / Double(evidence.count)
    }
}

/// Why a field has its value: the rule that fired, the text it read, and how much to trust it.
public struct Evidence: Sendable, Equatable {
    public enum Field: String, Sendable, Codable {
        case kind, language, location, owner, contract, chargerID = "charger_id", category, linkedCharger = "linked_charger"
    }

    public var field: Field
    /// A short rule name such as `contract.prefixed` or `owner.signature-organisation`.
    public var rule: String
    /// The text span the value came from (at most a sentence), or a summary for scored fields.
    public var excerpt: String
    /// 0…1: how reliable the rule is, from its kind, not a calibrated probability.
    public var confidence: Double

    public init(field: Field, rule: String, excerpt: String, confidence: Double) {
        self.field = field
        self.rule = rule
        self.excerpt = excerpt.count > 200 ? String(excerpt.prefix(200)) + "…" : excerpt
        self.confidence = confidence
    }
}
