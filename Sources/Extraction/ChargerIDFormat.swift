/// The shape of a charger identifier, as data: an EVSE ID, or a manufacturer's serial number
/// written as a prefix and a shape (`#` a digit, `A` a letter).
public struct ChargerIDFormat: Sendable {
    public var manufacturer: String
    public var prefix: String
    public var shape: String

    /// The prefix as the folded token text starts with it.
    let lowercasedPrefix: String

    public init(manufacturer: String, prefix: String, shape: String) {
        self.manufacturer = manufacturer
        self.prefix = prefix.uppercased()
        self.shape = shape
        self.lowercasedPrefix = prefix.lowercased()
    }

    /// The serial formats of the manufacturers in the installed base.
    public static let serials: [ChargerIDFormat] = [
        ChargerIDFormat(manufacturer: "Easee", prefix: "EH", shape: "######"),
        ChargerIDFormat(manufacturer: "Zaptec", prefix: "ZAP", shape: "######"),
        ChargerIDFormat(manufacturer: "Garo", prefix: "GLB", shape: "#######"),
        ChargerIDFormat(manufacturer: "Wallbox", prefix: "WB", shape: "########"),
        ChargerIDFormat(manufacturer: "ABB", prefix: "TACW", shape: "#######A####"),
    ]

    /// The serial formats the installed base's ids show, besides `known`: a charger whose
    /// manufacturer the built-in list lacks ("ALF23007712") is recognised by its siblings'
    /// shape, also when its own serial is not in the registry (a replaced unit). A shape is
    /// taken only when it is id-like: a letter prefix of two to five, then at least five
    /// characters of which four or more are digits.
    public static func derived(from chargers: [RegistryCharger], besides known: [ChargerIDFormat]) -> [ChargerIDFormat] {
        var formats: [ChargerIDFormat] = []
        var seen = Set(known.map { $0.prefix + "|" + $0.shape })
        for charger in chargers {
            let id = charger.chargerID.uppercased().filter { $0 != " " && $0 != "-" }
            guard !id.contains("*"), id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { continue }
            let prefix = String(id.prefix { $0.isLetter })
            let rest = id.dropFirst(prefix.count)
            guard (2...5).contains(prefix.count), rest.count >= 5, rest.filter(\.isNumber).count >= 4 else { continue }
            let shape = String(rest.map { $0.isNumber ? "#" : "A" })
            guard seen.insert(prefix + "|" + shape).inserted else { continue }
            formats.append(ChargerIDFormat(manufacturer: charger.manufacturer, prefix: prefix, shape: shape))
        }
        return formats
    }

    /// `candidate` is upper case with separators removed.
    func matches(_ candidate: String) -> Bool {
        guard candidate.hasPrefix(prefix) else { return false }
        let rest = candidate.dropFirst(prefix.count)
        guard rest.count == shape.count else { return false }
        for (c, s) in zip(rest, shape) {
            if s == "#" { guard c.isASCII, c.isNumber else { return false } }
            else if s == "A" { guard c.isASCII, c.isLetter else { return false } }
            else if c != s { return false }
        }
        return true
    }

    /// Canonical EVSE ID (`SE*LAN*E0012345`) from its three parts, if they have the right shape:
    /// a two-letter country, a three-character operator, and `E` plus the outlet id.
    static func evseID(country: String, operatorID: String, outlet: String) -> String? {
        let country = country.uppercased(), op = operatorID.uppercased(), outlet = outlet.uppercased()
        guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isLetter }),
              op.count == 3, op.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }), op.contains(where: \.isLetter),
              outlet.first == "E", outlet.count >= 5, outlet.count <= 31,
              outlet.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              outlet.dropFirst().filter(\.isNumber).count >= 4 else { return nil }
        return "\(country)*\(op)*\(outlet)"
    }
}
