import Foundation

/// A parsed `Content-Type` (RFC 2045 §5) or `Content-Disposition` (RFC 2183) value:
/// a lower-cased token and its parameters, with RFC 2231 continuations joined.
public struct ContentType: Sendable, Equatable {
    public var type: String
    public var subtype: String
    public var parameters: MIMEParameters

    public var mimeType: String { "\(type)/\(subtype)" }
    /// Compares without building the `type/subtype` string.
    public func `is`(_ type: String, _ subtype: String) -> Bool { self.type == type && self.subtype == subtype }
    public var isMultipart: Bool { type == "multipart" }
    public var isText: Bool { type == "text" }
    public var charset: Charset { Charset(name: parameters["charset"] ?? "us-ascii") }

    public init(type: String, subtype: String, parameters: MIMEParameters = [:]) {
        self.type = type
        self.subtype = subtype
        self.parameters = parameters
    }

    public static let textPlain = ContentType(type: "text", subtype: "plain")
    public static let messageRFC822 = ContentType(type: "message", subtype: "rfc822")

    /// Parses a header value; nil when it has no usable `type/subtype`, so the caller can apply the default.
    public init?(headerValue: String) {
        let (token, parameters) = ContentType.splitParameters(headerValue)
        guard let slash = token.utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        let type = String(token[..<slash]).trimmingASCIIWhitespace().lowercasedASCIIFast()
        let subtype = String(token[token.utf8.index(after: slash)...]).trimmingASCIIWhitespace().lowercasedASCIIFast()
        guard !type.isEmpty, !subtype.isEmpty else { return nil }
        self.init(type: type, subtype: subtype, parameters: parameters)
    }

    /// Splits `token; a=b; c="d; e"` into the token and a parameter map with lower-cased names.
    public static func splitParameters(_ value: String) -> (String, MIMEParameters) {
        // One pass over the bytes; strings are made only for the token, names and values.
        var value = value
        return value.withUTF8 { bytes in
            var token = ""
            var raw: [(String, String)] = []
            func trimmed(_ range: Range<Int>) -> Range<Int> {
                var lower = range.lowerBound, upper = range.upperBound
                while lower < upper, String.isASCIIWhitespace(bytes[lower]) { lower += 1 }
                while upper > lower, String.isASCIIWhitespace(bytes[upper - 1]) { upper -= 1 }
                return lower..<upper
            }
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            func part(_ range: Range<Int>, isFirst: Bool) {
                if isFirst { token = string(trimmed(range)); return }
                guard let eq = range.first(where: { bytes[$0] == UInt8(ascii: "=") }) else { return }
                let name = string(trimmed(range.lowerBound..<eq)).lowercasedASCIIFast()
                let valueRange = trimmed((eq + 1)..<range.upperBound)
                var val: String
                if valueRange.count >= 2, bytes[valueRange.lowerBound] == UInt8(ascii: "\""), bytes[valueRange.upperBound - 1] == UInt8(ascii: "\"") {
                    let inner = (valueRange.lowerBound + 1)..<(valueRange.upperBound - 1)
                    val = string(inner)
                    if bytes[inner].contains(UInt8(ascii: "\\")) {
                        val = val.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
                    }
                } else {
                    val = string(valueRange)
                }
                if !name.isEmpty { raw.append((name, val)) }
            }
            var start = 0
            var inQuotes = false
            var isFirst = true
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if inQuotes && b == UInt8(ascii: "\\") { i += 2; continue }
                if b == UInt8(ascii: "\"") { inQuotes.toggle() }
                if b == UInt8(ascii: ";") && !inQuotes {
                    part(start..<i, isFirst: isFirst)
                    isFirst = false
                    start = i + 1
                }
                i += 1
            }
            part(min(start, bytes.count)..<bytes.count, isFirst: isFirst)
            return (token, joinRFC2231(raw))
        }
    }

    /// Joins `name*0=`, `name*1*=` continuations and decodes `charset''percent-encoded` values.
    static func joinRFC2231(_ raw: [(String, String)]) -> MIMEParameters {
        var result = MIMEParameters()
        if !raw.contains(where: { $0.0.utf8.contains(UInt8(ascii: "*")) }) {
            // The common case: plain parameters, first one of a name wins.
            for (name, value) in raw { result.addFirst(name, value) }
            return result
        }
        var sections: [String: [(Int, String, Bool)]] = [:]
        for (name, value) in raw {
            guard let star = name.firstIndex(of: "*") else {
                result.addFirst(name, value)
                continue
            }
            let base = String(name[..<star])
            let rest = name[name.index(after: star)...]
            let encoded = rest.hasSuffix("*") || rest.isEmpty
            let number = Int(rest.filter(\.isNumber)) ?? 0
            sections[base, default: []].append((number, value, encoded))
        }
        for (base, pieces) in sections {
            var bytes: [UInt8] = []
            var charset = Charset.utf8
            for (index, piece) in pieces.sorted(by: { $0.0 < $1.0 }).enumerated() {
                var value = piece.1
                if piece.2 {
                    if index == 0 {
                        let fields = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                        if fields.count == 3 { charset = Charset(name: String(fields[0])); value = String(fields[2]) }
                    }
                    bytes.append(contentsOf: percentDecode(value))
                } else {
                    bytes.append(contentsOf: Array(value.utf8))
                }
            }
            result[base] = charset.decode(bytes).text
        }
        return result
    }

    static func percentDecode(_ value: String) -> [UInt8] {
        let input = Array(value.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < input.count {
            if input[i] == UInt8(ascii: "%"), i + 2 < input.count,
               let hi = TransferEncoding.hexValue(input[i + 1]), let lo = TransferEncoding.hexValue(input[i + 2]) {
                out.append(hi << 4 | lo); i += 3
            } else { out.append(input[i]); i += 1 }
        }
        return out
    }
}
