/// A tiny ordered JSON object writer for line-oriented output: the keys come out in the
/// order written (so the eight label fields lead), strings are escaped per RFC 8259.
public struct JSONLine {
    private var parts: [String] = []

    public init() {}

    public mutating func add(_ key: String, _ value: String?) {
        parts.append("\(Self.quote(key)):\(value.map(Self.quote) ?? "null")")
    }

    public mutating func add(_ key: String, number value: Double) {
        let rounded = (value * 1000).rounded() / 1000
        parts.append("\(Self.quote(key)):\(rounded)")
    }

    public mutating func add(_ key: String, raw json: String) {
        parts.append("\(Self.quote(key)):\(json)")
    }

    public var text: String { "{" + parts.joined(separator: ",") + "}" }

    public static func quote(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
