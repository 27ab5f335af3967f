/// RFC 2047 encoded words (`=?charset?Q?...?=`, `=?charset?B?...?=`) in header text.
///
/// Whitespace between two adjacent encoded words is dropped (§6.2), so a subject split over
/// several words by the sender's mail program reads as one string again. Adjacent words in one
/// charset are decoded together: §5 forbids splitting a character between words, but mail
/// programs do ("…Arenan =?utf-8?B?…w=?= =?utf-8?B?pHI…?="), and each half alone is garbage.
/// Malformed words are left as they stood rather than lost.
public enum EncodedWordDecoder {
    public static func decode(_ value: String) -> String {
        var previous: UInt8 = 0
        var hasEncodedWord = false
        for byte in value.utf8 {
            if previous == UInt8(ascii: "="), byte == UInt8(ascii: "?") { hasEncodedWord = true; break }
            previous = byte
        }
        guard hasEncodedWord else { return value }
        let bytes = Array(value.utf8)
        var output = ""
        var pendingWhitespace = ""
        var lastWasEncoded = false
        var i = 0
        var literalStart = 0
        // The decoded bytes of adjacent encoded words in one charset, not yet turned into text.
        var runCharset = ""
        var runBytes: [UInt8] = []

        func flushRun() {
            guard !runBytes.isEmpty else { return }
            output += Charset(name: runCharset).decode(runBytes).text
            runBytes.removeAll(keepingCapacity: true)
        }

        func flushLiteral(upTo end: Int) {
            guard end > literalStart else { return }
            let literal = String(decoding: bytes[literalStart..<end], as: UTF8.self)
            if lastWasEncoded, literal.utf8.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 || $0 == 10 }) {
                pendingWhitespace = literal
            } else {
                flushRun()
                output += pendingWhitespace + literal
                pendingWhitespace = ""
                lastWasEncoded = false
            }
        }

        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "="), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "?"),
               let word = decodedWordBytes(bytes, at: i) {
                flushLiteral(upTo: i)
                pendingWhitespace = ""  // dropped between adjacent encoded words
                if !runBytes.isEmpty, word.charset.lowercased() != runCharset.lowercased() { flushRun() }
                if runBytes.isEmpty { runCharset = word.charset }
                runBytes.append(contentsOf: word.bytes)
                lastWasEncoded = true
                i = word.next
                literalStart = word.next
                continue
            }
            i += 1
        }
        flushRun()
        if literalStart < bytes.count {
            let literal = String(decoding: bytes[literalStart...], as: UTF8.self)
            output += pendingWhitespace + literal
        }
        return output
    }

    /// The charset and the transfer-decoded bytes of the encoded word at `start`, and the index after `?=`.
    static func decodedWordBytes(_ bytes: [UInt8], at start: Int) -> (charset: String, bytes: [UInt8], next: Int)? {
        // =?charset?enc?text?=
        var i = start + 2
        let charsetStart = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "?") {
            if bytes[i] == 32 || i - start > 80 { return nil }
            i += 1
        }
        guard i + 2 < bytes.count, bytes[i + 2] == UInt8(ascii: "?") else { return nil }
        // RFC 2231 adds a language after "*"; searching bytes saves a Character walk per word.
        let charsetEnd = bytes[charsetStart..<i].firstIndex(of: UInt8(ascii: "*")) ?? i
        let charsetName = String(decoding: bytes[charsetStart..<charsetEnd], as: UTF8.self)
        let encoding = bytes[i + 1] | 0x20
        guard encoding == UInt8(ascii: "q") || encoding == UInt8(ascii: "b") else { return nil }
        let textStart = i + 3
        var j = textStart
        while j + 1 < bytes.count, !(bytes[j] == UInt8(ascii: "?") && bytes[j + 1] == UInt8(ascii: "=")) {
            if bytes[j] == 32 && encoding == UInt8(ascii: "b") { return nil }
            j += 1
        }
        guard j + 1 < bytes.count else { return nil }
        let payload = bytes[textStart..<j]
        let decoded: [UInt8]
        if encoding == UInt8(ascii: "b") {
            decoded = TransferEncoding.decodeBase64(payload).bytes
        } else {
            var out: [UInt8] = []
            var k = payload.startIndex
            while k < payload.endIndex {
                let b = payload[k]
                if b == UInt8(ascii: "_") { out.append(32); k += 1; continue }
                if b == UInt8(ascii: "="), k + 2 < payload.endIndex,
                   let hi = TransferEncoding.hexValue(payload[k + 1]), let lo = TransferEncoding.hexValue(payload[k + 2]) {
                    out.append(hi << 4 | lo); k += 3; continue
                }
                out.append(b); k += 1
            }
            decoded = out
        }
        return (charsetName, decoded, j + 2)
    }
}
