import Foundation

/// Turns an HTML mail body into the text a reader sees: block elements become line breaks,
/// list items get a dash, table cells a tab, blockquotes a `> ` prefix (so quote detection
/// works the same as for plain text), entities decoded, script/style/head dropped.
public enum HTMLText {
    public static func convert(_ html: String) -> String {
        var converter = Converter(input: Array(html.utf8))
        converter.run()
        return converter.finish()
    }

    /// The charset named in a `<meta>` tag, for HTML parts whose Content-Type has none.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercasedASCIIFast()
        guard let range = head.range(of: "charset=") else { return nil }
        let rest = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    private static let skipContent: Set<String> = ["script", "style", "head", "title", "xml", "template", "noscript"]
    private static let paragraphTags: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre", "hr", "address"]
    private static let lineTags: Set<String> = ["br", "div", "tr", "li", "dt", "dd", "section", "article", "header", "footer", "tbody", "thead", "center", "form"]

    struct Converter {
        let input: [UInt8]
        var out: [UInt8] = []
        var i = 0
        var quoteDepth = 0
        var pendingSpace = false
        var preDepth = 0
        var cellsInRow = 0

        init(input: [UInt8]) {
            self.input = input
            out.reserveCapacity(input.count / 2)
        }

        mutating func run() {
            let n = input.count
            while i < n {
                let byte = input[i]
                if byte == UInt8(ascii: "<") { handleTag(); continue }
                if byte == UInt8(ascii: "&") { handleEntity(); continue }
                if byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 {
                    if preDepth > 0 {
                        if byte == 10 { newline() } else if byte != 13 { out.append(byte) }
                    } else { pendingSpace = true }
                    i += 1
                    continue
                }
                emitText(byte)
                i += 1
            }
        }

        mutating func emitText(_ byte: UInt8) {
            if pendingSpace, let last = out.last, last != 10, last != 32, last != 9 { out.append(32) }
            pendingSpace = false
            out.append(byte)
            atLineStart = false
            blankLine = false
        }

        var atLineStart = true
        var blankLine = true

        /// A hard line break (`<br>`, a newline in `<pre>`).
        mutating func newline() {
            while let last = out.last, last == 32 { out.removeLast() }
            blankLine = atLineStart
            out.append(10)
            if quoteDepth > 0 { for _ in 0..<quoteDepth { out.append(contentsOf: [62, 32]) } }
            pendingSpace = false
            atLineStart = true
        }

        /// Start a new line unless already at the start of one (block elements).
        mutating func ensureLineStart() { if !atLineStart { newline() } }

        /// Leave an empty line (paragraphs, headings, lists and tables).
        mutating func ensureBlankLine() {
            ensureLineStart()
            if !blankLine { newline() }
        }

        mutating func handleTag() {
            let n = input.count
            // Comments and declarations.
            if i + 3 < n, input[i + 1] == UInt8(ascii: "!"), input[i + 2] == UInt8(ascii: "-"), input[i + 3] == UInt8(ascii: "-") {
                i = find(Array("-->".utf8), from: i + 4).map { $0 + 3 } ?? n
                return
            }
            var j = i + 1
            var closing = false
            if j < n, input[j] == UInt8(ascii: "/") { closing = true; j += 1 }
            let nameStart = j
            while j < n, isNameByte(input[j]) { j += 1 }
            if j == nameStart && !(j < n && (input[j] == UInt8(ascii: "!") || input[j] == UInt8(ascii: "?"))) {
                // A lone "<" in text, as in "a < b".
                emitText(UInt8(ascii: "<"))
                i += 1
                return
            }
            let name = String(decoding: input[nameStart..<j], as: UTF8.self).lowercasedASCIIFast()
            // Find the end of the tag, honouring quoted attribute values.
            var quote: UInt8 = 0
            while j < n {
                let b = input[j]
                if quote != 0 { if b == quote { quote = 0 } }
                else if b == 34 || b == 39 { quote = b }
                else if b == UInt8(ascii: ">") { break }
                j += 1
            }
            i = min(j + 1, n)
            let name2 = name.hasPrefix("o:") ? String(name.dropFirst(2)) : name
            if !closing, HTMLText.skipContent.contains(name2) {
                // Skip to the matching close tag.
                let close = Array("</\(name2)".utf8)
                if let end = findIgnoringCase(close, from: i) {
                    i = input[end...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? n
                } else { i = n }
                return
            }
            switch name2 {
            case "blockquote":
                ensureLineStart()
                if closing { quoteDepth = max(0, quoteDepth - 1) } else { quoteDepth += 1 }
                newline()
            case "pre":
                preDepth = max(0, preDepth + (closing ? -1 : 1))
                ensureLineStart()
            case "br":
                newline()
            case "li" where !closing:
                ensureLineStart()
                out.append(contentsOf: [45, 32])
                atLineStart = false
            case "tr":
                cellsInRow = 0
                ensureLineStart()
            case "td", "th":
                if !closing {
                    if cellsInRow > 0 { out.append(9) }
                    cellsInRow += 1
                    pendingSpace = false
                }
            default:
                if HTMLText.paragraphTags.contains(name2) { ensureBlankLine() }
                else if HTMLText.lineTags.contains(name2) { ensureLineStart() }
            }
        }

        mutating func handleEntity() {
            let n = input.count
            var j = i + 1
            while j < n, j - i <= 10, input[j] != UInt8(ascii: ";"), isNameByte(input[j]) || input[j] == UInt8(ascii: "#") { j += 1 }
            let hasSemicolon = j < n && input[j] == UInt8(ascii: ";")
            let name = String(decoding: input[(i + 1)..<j], as: UTF8.self)
            var scalar: Unicode.Scalar?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
                // Numeric references in 128–159 mean Windows-1252 in practice (HTML5 §13.2.5.80).
                if let s = scalar, s.value >= 0x80, s.value < 0xA0 { scalar = Charset.cp1252High[Int(s.value - 0x80)] }
            } else if let named = HTMLText.entities[name] ?? HTMLText.entities[name.lowercasedASCIIFast()] {
                scalar = named
            }
            guard let value = scalar, hasSemicolon || name.hasPrefix("#") || HTMLText.entities[name] != nil else {
                emitText(UInt8(ascii: "&"))
                i += 1
                return
            }
            i = hasSemicolon ? j + 1 : j
            if value == "\u{00A0}" { pendingSpace = true; return }
            if value == "\u{00AD}" || value == "\u{200B}" || value == "\u{200C}" || value == "\u{FEFF}" { return }
            for byte in String(value).utf8 { emitText(byte) }
        }

        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == UInt8(ascii: ":") || b == UInt8(ascii: "-")
        }

        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard needle.count <= input.count else { return nil }
            var k = start
            while k + needle.count <= input.count {
                if input[k] == needle[0], input[k..<(k + needle.count)].elementsEqual(needle) { return k }
                k += 1
            }
            return nil
        }

        func findIgnoringCase(_ needle: [UInt8], from start: Int) -> Int? {
            var k = start
            while k + needle.count <= input.count {
                if input[k] == needle[0] {
                    var match = true
                    for (offset, expected) in needle.enumerated() where input[k + offset] | 0x20 != expected | 0x20 { match = false; break }
                    if match { return k }
                }
                k += 1
            }
            return nil
        }

        /// Trims each line and collapses runs of blank lines to one (on bytes).
        func finish() -> String {
            var result: [UInt8] = []
            result.reserveCapacity(out.count)
            var blank = 0
            var pendingBlank = false
            for line in out.split(separator: 10, omittingEmptySubsequences: false) {
                var start = line.startIndex, end = line.endIndex
                while start < end, line[start] == 32 || line[start] == 9 { start += 1 }
                while end > start, line[end - 1] == 32 || line[end - 1] == 9 { end -= 1 }
                let trimmed = line[start..<end]
                let isBlank = trimmed.allSatisfy { $0 == 62 || $0 == 32 }
                if isBlank {
                    blank += 1
                    if blank == 1, !result.isEmpty { pendingBlank = true }
                    continue
                }
                blank = 0
                if !result.isEmpty { result.append(10) }
                if pendingBlank { result.append(10); pendingBlank = false }
                result.append(contentsOf: trimmed)
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "\u{00AD}",
        "aring": "å", "Aring": "Å", "auml": "ä", "Auml": "Ä", "ouml": "ö", "Ouml": "Ö",
        "eacute": "é", "Eacute": "É", "egrave": "è", "uuml": "ü", "Uuml": "Ü", "oslash": "ø", "Oslash": "Ø",
        "aelig": "æ", "AElig": "Æ", "szlig": "ß", "ccedil": "ç", "ntilde": "ñ", "aacute": "á", "oacute": "ó",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "euro": "€", "pound": "£", "sect": "§",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "laquo": "«", "raquo": "»", "bull": "•", "middot": "·", "times": "×", "zwnj": "\u{200C}", "zwj": "\u{200D}",
    ]
}
