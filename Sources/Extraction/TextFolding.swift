/// Lower-casing and diacritic folding for matching: customers write "Ekbacksvagen" for
/// "Ekbacksvägen" and "sakring" for "säkring", so rules compare folded forms.
public enum TextFolding {
    public static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 65 && $0 <= 90) }) { return String(text) }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
            } else if v >= 0xC0 && v <= 0xFF {
                out.append(contentsOf: latin1[Int(v - 0xC0)])
            } else {
                out.append(contentsOf: foldScalar(scalar).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded bytes of U+00C0…U+00FF, where nearly all non-ASCII letters of Nordic text
    /// fall: computed once from `foldScalar`, so the table cannot disagree with it.
    static let latin1: [[UInt8]] = (0xC0...0xFF).map { Array(foldScalar(Unicode.Scalar(UInt8($0))).utf8) }

    static func foldScalar(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "å", "ä", "à", "á", "â", "ã", "Å", "Ä", "À", "Á", "Â", "Ã": return "a"
        case "ö", "ø", "ò", "ó", "ô", "õ", "Ö", "Ø", "Ò", "Ó", "Ô", "Õ": return "o"
        case "é", "è", "ê", "ë", "É", "È", "Ê", "Ë": return "e"
        case "ü", "ù", "ú", "û", "Ü", "Ù", "Ú", "Û": return "u"
        case "í", "ì", "î", "ï", "Í", "Ì", "Î", "Ï": return "i"
        case "ç", "Ç": return "c"
        case "ñ", "Ñ": return "n"
        case "æ", "Æ": return "ae"
        case "ß": return "ss"
        case "\u{00A0}": return " "
        case "’", "‘", "´", "`": return "'"
        case "”", "“", "„", "«", "»": return "\""
        case "–", "—", "‐", "‑", "‒", "−": return "-"
        default: return String(scalar).lowercased()
        }
    }
}

extension String {
    /// Suffix test on UTF-8 bytes. Folded words are compared byte for byte; `hasSuffix` would
    /// walk grapheme clusters, and rules ask it of many tokens.
    @inline(__always)
    func hasUTF8Suffix(_ suffix: String) -> Bool {
        let a = utf8, b = suffix.utf8
        guard a.count >= b.count else { return false }
        return a[a.index(a.endIndex, offsetBy: -b.count)...].elementsEqual(b)
    }
}
