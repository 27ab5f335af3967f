/// Header text for outgoing mail: neutralised, RFC 2047-encoded where it is not plain ASCII, and
/// folded to RFC 5322 line lengths. Whatever a customer wrote, it stays inside its header.
public enum HeaderEncoder {
    /// Control characters (CR and LF above all), DEL, C1 controls and Unicode line separators
    /// become spaces; runs of spaces collapse. This is what stops `\r\nBcc:` injection.
    public static func neutralise(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isControl = v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x85
            if isControl || v == 0x20 {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return result.trimmingASCIIWhitespace()
    }

    /// An unstructured header field (`Subject`), as complete folded lines ending in CRLF.
    public static func field(_ name: String, _ value: String) -> String {
        let clean = neutralise(value)
        let needsEncoding = clean.unicodeScalars.contains { $0.value > 0x7E } || clean.contains("=?")
        return needsEncoding ? fold(name + ":", words: encodedWords(clean)) : fold(name + ":", words: clean.split(separator: " ").map(String.init))
    }

    /// An address header (`From`, `To`): display names encoded or quoted, addresses validated.
    public static func addressField(_ name: String, _ addresses: [MailAddress]) throws -> String {
        var items: [String] = []
        for (index, address) in addresses.enumerated() {
            guard MailAddress.looksLikeAddress(address.address) else { throw ComposeError.invalidAddress(address.address) }
            var words: [String] = []
            if let display = address.displayName.map(neutralise), !display.isEmpty {
                if display.unicodeScalars.contains(where: { $0.value > 0x7E }) {
                    words = encodedWords(display)
                } else {
                    words = ["\"" + display.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""]
                }
            }
            words.append("<\(address.address)>" + (index < addresses.count - 1 ? "," : ""))
            items += words
        }
        return fold(name + ":", words: items)
    }

    /// A header of message ids (`In-Reply-To`, `References`); ids that are not plain are dropped.
    public static func idField(_ name: String, _ ids: [String]) -> String? {
        let valid = ids.filter { id in
            !id.isEmpty && id.utf8.count < 250 && id.contains("@") && id.utf8.allSatisfy { $0 > 32 && $0 < 127 && $0 != 60 && $0 != 62 }
        }
        guard !valid.isEmpty else { return nil }
        return fold(name + ":", words: valid.map { "<\($0)>" })
    }

    /// UTF-8 B-encoded words of at most 75 characters, split on character boundaries.
    static func encodedWords(_ text: String) -> [String] {
        let prefix = "=?UTF-8?B?", suffix = "?="
        let maxBytes = 42  // 42 bytes -> 56 base64 characters; 56 + 12 = 68, so "Subject: " + a word fits 78
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > maxBytes, !chunk.isEmpty {
                words.append(prefix + Base64Encoder.encode(chunk) + suffix)
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(prefix + Base64Encoder.encode(chunk) + suffix) }
        return words
    }

    /// Joins words with spaces, breaking lines before 78 characters (CRLF + space).
    static func fold(_ head: String, words: [String]) -> String {
        var result = head
        var lineLength = head.utf8.count
        var first = true
        for word in words {
            let length = word.utf8.count
            // Never break before the first word: an empty first line reads as a leading space.
            defer { first = false }
            if lineLength + 1 + length > 78 && !first {
                result += "\r\n " + word
                lineLength = 1 + length
            } else {
                result += " " + word
                lineLength += 1 + length
            }
        }
        return result + "\r\n"
    }
}

/// Why a message could not be composed.
public enum ComposeError: Error, Equatable, CustomStringConvertible {
    case invalidAddress(String)
    case noRecipients

    public var description: String {
        switch self {
        case .invalidAddress(let address): "not a valid mail address: '\(HeaderEncoder.neutralise(address))'"
        case .noRecipients: "the message has no recipients"
        }
    }
}
