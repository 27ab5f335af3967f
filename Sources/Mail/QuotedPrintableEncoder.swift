/// Quoted-printable (RFC 2045 §6.7) for UTF-8 text bodies: lines end in CRLF, no encoded line is
/// longer than 76 characters, trailing spaces and a leading "From " or "." are encoded so that
/// no relay or mbox writer alters them.
public enum QuotedPrintableEncoder {
    private static let hex = Array("0123456789ABCDEF".utf8)

    public static func encode(_ text: String) -> String {
        var out: [UInt8] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (lineIndex, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            var length = 0
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let mustEncode = byte == 61 || byte > 126 || (byte < 32 && byte != 9) || ((byte == 32 || byte == 9) && isLast)
                    || (index == 0 && byte == 46) || (index == 0 && bytes.starts(with: Array("From ".utf8)) && byte == 70)
                let piece: [UInt8] = mustEncode ? [61, hex[Int(byte >> 4)], hex[Int(byte & 15)]] : [byte]
                // Leave room for the soft break "=" at the end of a 76-character line.
                if length + piece.count > 75 {
                    out += [61, 13, 10]
                    length = 0
                }
                out += piece
                length += piece.count
            }
            if lineIndex < lines.count - 1 { out += [13, 10] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
