/// A text charset named by a MIME `charset` parameter, with a decoder that never fails.
///
/// Mail in the wild is mislabelled: "UTF-8" parts carry Latin-1 bytes, "us-ascii" parts carry
/// 8-bit text, and some name charsets nobody knows. Decoding therefore falls back byte by byte
/// to Windows-1252 (a superset of ISO-8859-1 for printable text) instead of failing, and tells
/// the caller that it did so, so the defect can be counted.
public enum Charset: Sendable, Equatable {
    case utf8
    case usASCII
    case iso8859_1
    case iso8859_15
    case windows1252
    case unknown(String)

    /// Recognises the IANA names and the aliases mail programs actually write.
    public init(name: String) {
        var key = name.lowercasedASCIIFast()
        if key.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == 32 }) { key = key.filter { $0 != "\"" && $0 != " " } }
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us", "": self = .usASCII
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "iso_8859-1:1987", "cp819", "ibm819", "8859-1":
            self = .iso8859_1
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin-9", "latin9", "l9", "8859-15": self = .iso8859_15
        case "windows-1252", "cp1252", "x-cp1252", "win-1252", "ms-ansi", "windows1252": self = .windows1252
        default: self = .unknown(name)
        }
    }

    /// The result of decoding: the text and whether bytes had to be reinterpreted.
    public struct Decoded: Sendable {
        public var text: String
        /// True when the bytes did not fit the declared charset (or it was unknown) and a fallback was used.
        public var usedFallback: Bool
    }

    public func decode(_ bytes: [UInt8]) -> Decoded { decode(bytes[...]) }

    public func decode(_ bytes: ArraySlice<UInt8>) -> Decoded {
        switch self {
        case .utf8, .usASCII, .unknown:
            // ASCII and UTF-8 share the fast path; 8-bit "ASCII" and unknown charsets are most
            // often UTF-8 or Windows-1252 in practice, which the mixed decoder sorts out.
            if let text = Charset.validUTF8(bytes) {
                let isUnknown = { if case .unknown = self { return true } else { return false } }()
                return Decoded(text: text, usedFallback: isUnknown)
            }
            return Decoded(text: Charset.decodeMixedUTF8(bytes), usedFallback: true)
        case .iso8859_1, .iso8859_15, .windows1252:
            // UTF-8 labelled as Latin-1 (scripts, web forms, old gateways): "Ã¶" for "ö". Text
            // that is valid UTF-8 with a multi-byte character is UTF-8; real Latin-1 would need
            // "Ã" or "Â" followed by a symbol byte, which Swedish and English text never has.
            let asUTF8: Decoded? = bytes.withUnsafeBufferPointer { buffer in
                // ASCII (most text under any label) is the same in every one of these charsets.
                if buffer.allSatisfy({ $0 < 0x80 }) { return Decoded(text: String(decoding: buffer, as: UTF8.self), usedFallback: false) }
                return String(validating: buffer, as: UTF8.self).map { Decoded(text: $0, usedFallback: true) }
            }
            if let asUTF8 { return asUTF8 }
            let table = self == .iso8859_1 ? Charset.latin1High : self == .iso8859_15 ? Charset.latin9High : Charset.cp1252High
            return Decoded(text: Charset.decodeSingleByte(bytes, table: table), usedFallback: false)
        }
    }

    static func validUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            // ASCII needs no validation pass beyond the check itself.
            if buffer.allSatisfy({ $0 < 0x80 }) { return String(decoding: buffer, as: UTF8.self) }
            return String(validating: buffer, as: UTF8.self)
        }
    }

    /// Decodes valid UTF-8 sequences as UTF-8 and every byte that is not part of one as Windows-1252.
    static func decodeMixedUTF8(_ bytes: ArraySlice<UInt8>) -> String {
        let input = Array(bytes)
        var scalars = String.UnicodeScalarView()
        var i = 0
        let n = input.count
        while i < n {
            let b0 = input[i]
            if b0 < 0x80 { scalars.append(Unicode.Scalar(b0)); i += 1; continue }
            var length = 0
            var value: UInt32 = 0
            if b0 & 0xE0 == 0xC0, b0 >= 0xC2 { length = 2; value = UInt32(b0 & 0x1F) }
            else if b0 & 0xF0 == 0xE0 { length = 3; value = UInt32(b0 & 0x0F) }
            else if b0 & 0xF8 == 0xF0, b0 <= 0xF4 { length = 4; value = UInt32(b0 & 0x07) }
            var ok = length > 0 && i + length <= n
            if ok {
                for k in 1..<length {
                    let b = input[i + k]
                    if b & 0xC0 != 0x80 { ok = false; break }
                    value = value << 6 | UInt32(b & 0x3F)
                }
            }
            if ok, let scalar = Unicode.Scalar(value),
               !(length == 3 && value < 0x800), !(length == 4 && value < 0x10000) {
                scalars.append(scalar)
                i += length
            } else {
                scalars.append(cp1252High[Int(b0 - 0x80)])
                i += 1
            }
        }
        return String(scalars)
    }

    static func decodeSingleByte(_ bytes: ArraySlice<UInt8>, table: [Unicode.Scalar]) -> String {
        // Build UTF-8 directly: appending scalars one by one to a String is several times slower.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let v = table[Int(b - 0x80)].value
            if v < 0x800 {
                out.append(UInt8(0xC0 | (v >> 6)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (v >> 12)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let latin1High: [Unicode.Scalar] = (0x80...0xFF).map { Unicode.Scalar(UInt8($0)) }

    static let latin9High: [Unicode.Scalar] = {
        var table = latin1High
        let changes: [(Int, UInt32)] = [(0xA4, 0x20AC), (0xA6, 0x160), (0xA8, 0x161), (0xB4, 0x17D),
                                        (0xB8, 0x17E), (0xBC, 0x152), (0xBD, 0x153), (0xBE, 0x178)]
        for (byte, scalar) in changes { table[byte - 0x80] = Unicode.Scalar(scalar)! }
        return table
    }()

    static let cp1252High: [Unicode.Scalar] = {
        // 0x80–0x9F differ from Latin-1; the five undefined positions keep their C1 values.
        let block: [UInt32] = [0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021,
                               0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
                               0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                               0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178]
        var table = latin1High
        for (offset, scalar) in block.enumerated() { table[offset] = Unicode.Scalar(scalar)! }
        return table
    }()
}
