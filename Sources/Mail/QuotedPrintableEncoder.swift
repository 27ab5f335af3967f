/// Quoted-printable (RFC 2045 §6.7) for UTF-8 text bodies: lines end in CRLF, no encoded line is
/// longer than 76 characters, trailing spaces and a leading "From " or "." are encoded so that
/// no relay or mbox writer alters them. Works on the UTF-8 bytes in one pass.
public enum QuotedPrintableEncoder {
    private static let hex = Array("0123456789ABCDEF".utf8)
    private static let from = Array("From ".utf8)

    public static func encode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var lineStart = 0
        var index = 0
        while index <= bytes.count {
            let atEnd = index == bytes.count
            guard atEnd || bytes[index] == 13 || bytes[index] == 10 else { index += 1; continue }
            encodeLine(bytes[lineStart..<index], into: &out)
            if atEnd { break }
            out += [13, 10]
            // CRLF, lone CR and lone LF are each one line break.
            index += bytes[index] == 13 && index + 1 < bytes.count && bytes[index + 1] == 10 ? 2 : 1
            lineStart = index
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func encodeLine(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var length = 0
        let startsWithFrom = line.starts(with: from)
        for index in line.indices {
            let byte = line[index]
            let isLast = index == line.endIndex - 1
            let isFirst = index == line.startIndex
            let mustEncode = byte == 61 || byte > 126 || (byte < 32 && byte != 9) || ((byte == 32 || byte == 9) && isLast)
                || (isFirst && (byte == 46 || startsWithFrom))
            let width = mustEncode ? 3 : 1
            // Leave room for the soft break "=" at the end of a 76-character line.
            if length + width > 75 {
                out += [61, 13, 10]
                length = 0
            }
            if mustEncode { out += [61, hex[Int(byte >> 4)], hex[Int(byte & 15)]] } else { out.append(byte) }
            length += width
        }
    }
}
