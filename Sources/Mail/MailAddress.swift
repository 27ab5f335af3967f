import Foundation

/// A mailbox from an address header: display name (RFC 2047-decoded) and addr-spec.
public struct MailAddress: Sendable, Equatable {
    public var displayName: String?
    public var address: String

    public init(displayName: String? = nil, address: String) {
        self.displayName = displayName
        self.address = address
    }

    public var localPart: String { String(address.split(separator: "@").first ?? "") }
    public var domain: String { address.split(separator: "@").count == 2 ? String(address.split(separator: "@")[1]) : "" }

    /// Parses the first mailbox of a header value such as `"Göran H" <g@x.example>` or `g@x.example (Göran)`.
    public init?(headerValue raw: String) {
        let value = raw.trimmingASCIIWhitespace()
        if let open = value.lastIndex(of: "<"), let close = value[open...].firstIndex(of: ">") {
            let address = String(value[value.index(after: open)..<close]).trimmingASCIIWhitespace()
            guard MailAddress.looksLikeAddress(address) else { return nil }
            var name = String(value[..<open]).trimmingASCIIWhitespace()
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            name = EncodedWordDecoder.decode(name)
            if name.utf8.contains(UInt8(ascii: "\\")) { name = name.replacingOccurrences(of: "\\\"", with: "\"") }
            name = name.trimmingASCIIWhitespace()
            self.init(displayName: name.isEmpty ? nil : name, address: address)
            return
        }
        var address = value
        var name: String?
        if let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")"), open < close {
            name = EncodedWordDecoder.decode(String(value[value.index(after: open)..<close]))
            address = String(value[..<open]).trimmingASCIIWhitespace()
        }
        if let comma = address.firstIndex(of: ",") { address = String(address[..<comma]) }
        guard MailAddress.looksLikeAddress(address) else { return nil }
        self.init(displayName: name, address: address)
    }

    /// A deliberately strict check used before we ever write an address into an outgoing header.
    public static func looksLikeAddress(_ candidate: String) -> Bool {
        let parts = candidate.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].count >= 1, candidate.utf8.count <= 254 else { return false }
        return candidate.utf8.allSatisfy { b in
            b > 32 && b != 127 && b != 60 && b != 62 && b != 40 && b != 41 && b != 91 && b != 93 && b != 44 && b != 59 && b != 58 && b != 92 && b != 34
        }
    }
}
