/// The parameters of a `Content-Type` or `Content-Disposition` value, by lower-cased name.
///
/// A part has one to three of them (`charset`, `boundary`, `name`), so a short array searched
/// in order beats a dictionary: no hashing and one allocation per part. The first occurrence of
/// a name wins, as in a dictionary filled first-come.
public struct MIMEParameters: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    public private(set) var pairs: [(name: String, value: String)] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    public var isEmpty: Bool { pairs.isEmpty }
    public var count: Int { pairs.count }

    /// Names are stored lower-cased; look them up lower-cased.
    public subscript(name: String) -> String? {
        get { pairs.first { $0.name == name }?.value }
        set {
            if let index = pairs.firstIndex(where: { $0.name == name }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((name, newValue))
            }
        }
    }

    /// Keeps the first value given for a name, ignoring later ones.
    mutating func addFirst(_ name: String, _ value: String) {
        if !pairs.contains(where: { $0.name == name }) { pairs.append((name, value)) }
    }

    public static func == (a: MIMEParameters, b: MIMEParameters) -> Bool {
        a.pairs.count == b.pairs.count && a.pairs.allSatisfy { b[$0.name] == $0.value }
    }
}
