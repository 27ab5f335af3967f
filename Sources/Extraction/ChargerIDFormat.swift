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
