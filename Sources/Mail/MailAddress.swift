import Foundation

/// A mailbox from an address header: display name (RFC 2047-decoded) and addr-spec.
public struct MailAddress: Sendable, Equatable {
    public var displayName: String?
    public var address: String

    public init(displayName: String? = nil, address: String) {
        self.displayName = displayName
        self.address = address
    }

    /// The display name as a person's name, for reading who wrote: comments dropped ("Anna Berg
    /// (via Google Forms)") and a list's or group's rewriting undone ("'Anna Berg' via Support").
    /// `displayName` stays as sent.
    public var personalName: String? {
        guard var name = displayName else { return nil }
        // Nearly every name has none of it: answered from the bytes, without Foundation.
        let bytes = name.utf8
        if !bytes.contains(UInt8(ascii: "(")), !bytes.contains(UInt8(ascii: "'")), !bytes.contains(UInt8(ascii: "\"")),
           !ByteSearch.contains(Array(name.lowercased().utf8), Array(" via ".utf8)) { return name }
        // Comments: "(…)", which RFC 5322 allows anywhere and gateways append.
        while let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") {
            name.removeSubrange(open...close)
        }
        if let via = name.range(of: " via ", options: .caseInsensitive) { name = String(name[..<via.lowerBound]) }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " \t'\""))
        name = name.split(separator: " ").joined(separator: " ")
        return name.isEmpty ? nil : name
    }

    public var localPart: String {
        guard let at = address.utf8.firstIndex(of: UInt8(ascii: "@")), at != address.startIndex else {
            return String(address.split(separator: "@").first ?? "")
        }
        return String(address[..<at])
    }
    public var domain: String {
        let parts = address.split(separator: "@", omittingEmptySubsequences: true)
        return parts.count == 2 ? String(parts[1]) : ""
    }

    /// Parses the first mailbox of a header value such as `"Göran H" <g@x.example>` or `g@x.example (Göran)`.
    public init?(headerValue raw: String) {
        // Delimiters are ASCII, so UTF-8 view indices are valid string indices: no Character walking.
        let value = raw.trimmingASCIIWhitespace()
        let utf8 = value.utf8
        if let open = utf8.lastIndex(of: UInt8(ascii: "<")), let close = utf8[open...].firstIndex(of: UInt8(ascii: ">")) {
            let address = String(value[utf8.index(after: open)..<close]).trimmingASCIIWhitespace()
            guard MailAddress.looksLikeAddress(address) else { return nil }
            var name = String(value[..<open]).trimmingASCIIWhitespace()
            if name.utf8.count >= 2, name.utf8.first == UInt8(ascii: "\""), name.utf8.last == UInt8(ascii: "\"") {
                name = String(name.dropFirst().dropLast())
            }
            name = EncodedWordDecoder.decode(name)
            if name.utf8.contains(UInt8(ascii: "\\")) { name = name.replacingOccurrences(of: "\\\"", with: "\"") }
            name = name.trimmingASCIIWhitespace()
            self.init(displayName: name.isEmpty ? nil : name, address: address)
            return
        }
        var address = value
        var name: String?
        if let open = utf8.firstIndex(of: UInt8(ascii: "(")), let close = utf8.lastIndex(of: UInt8(ascii: ")")), open < close {
            name = EncodedWordDecoder.decode(String(value[utf8.index(after: open)..<close]))
            address = String(value[..<open]).trimmingASCIIWhitespace()
        }
        if let comma = address.utf8.firstIndex(of: UInt8(ascii: ",")) { address = String(address[..<comma]) }
        guard MailAddress.looksLikeAddress(address) else { return nil }
        self.init(displayName: name, address: address)
    }

    /// A deliberately strict check used before we ever write an address into an outgoing header.
    public static func looksLikeAddress(_ candidate: String) -> Bool {
        let utf8 = candidate.utf8
        guard utf8.count <= 254, let at = utf8.firstIndex(of: UInt8(ascii: "@")), at != utf8.startIndex,
              utf8.index(after: at) != utf8.endIndex, !utf8[utf8.index(after: at)...].contains(UInt8(ascii: "@")) else { return false }
        return utf8.allSatisfy { b in
            b > 32 && b != 127 && b != 60 && b != 62 && b != 40 && b != 41 && b != 91 && b != 93 && b != 44 && b != 59 && b != 58 && b != 92 && b != 34
        }
    }
}
