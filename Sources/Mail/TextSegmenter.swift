#if canImport(Glibc)
import Glibc
#endif

/// Splits a plain-text body into own text, quoted replies, forwarded originals and signature.
///
/// Markers are those that the common mail programs write (Outlook, Apple Mail, Gmail,
/// Thunderbird, phones), in Swedish and English. Every line is kept; only its role changes.
/// Lines are compared as lower-cased bytes: this runs on every line of every mail.
public enum TextSegmenter {
    /// `isForward`: the subject marks the mail as a forward, so a reply-style header block
    /// ("Från: … Skickat: …", as Outlook writes for forwards too) starts forwarded text.
    ///
    /// `writerWords`: the sender's name words, lower-cased (see `nameWords(of:)`). A closing
    /// or a last line written without capitals ("mvh anna lind") signs the mail only when it
    /// names the sender: in lower case, a name looks like any other words.
    public static func segment(_ text: String, isForward: Bool = false, writerWords: Set<String> = []) -> [TextBlock] {
        var text = text
        return text.withUTF8 { bytes in
            var lowered = [UInt8](bytes)
            lowercase(&lowered)
            return lowered.withUnsafeBufferPointer { segment(bytes, lowered: $0, isForward: isForward, writerWords: writerWords) }
        }
    }

    /// Whether the subject's first prefix is a forward's ("VB:", "Fwd:", "FW:", "WG:", "TR:",
    /// "VL:"), not a reply's ("SV:", "Re:", "AW:"). "SV: VB: …" is a reply to a forward.
    public static func isForwardSubject(_ subject: String) -> Bool {
        // Runs for every mail: only the first bytes are lowered.
        let lowered = subject.utf8.prefix(64).map { $0 | ($0 >= 65 && $0 <= 90 ? 0x20 : 0) }
        var utf8 = Array(SubjectTags.strip(lowered[...]).drop { $0 == UInt8(ascii: "[") }.prefix(6))
        if let space = utf8.firstIndex(of: 32), space + 1 < utf8.count, utf8[space + 1] == UInt8(ascii: ":") { utf8.remove(at: space) }
        return forwardPrefixes.contains { utf8.starts(with: $0) }
    }

    static let forwardPrefixes = ["fwd:", "fw:", "vb:", "wg:", "tr:", "vl:"].map { Array($0.utf8) }

    /// Lines are byte ranges of the text; a block is the span from its first line to its last,
    /// so building it costs one string, not one per line.
    private static func segment(_ bytes: UnsafeBufferPointer<UInt8>, lowered: UnsafeBufferPointer<UInt8>, isForward: Bool,
                                writerWords: Set<String>) -> [TextBlock] {
        var lines: [Range<Int>] = []
        var start = 0
        // memchr finds line ends many bytes at a time; a byte loop was a quarter of this function.
        if let base = bytes.baseAddress {
            while start < bytes.count, let found = memchr(base + start, 10, bytes.count - start) {
                let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                lines.append(start..<(i > start && bytes[i - 1] == 13 ? i - 1 : i))
                start = i + 1
            }
        }
        lines.append(start..<(start < bytes.count && bytes[bytes.count - 1] == 13 ? bytes.count - 1 : bytes.count))
        lines = splitInlineClosings(lines, bytes: bytes, lowered: lowered, writerWords: writerWords)
        let hasCR = bytes.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false

        var blocks: [TextBlock] = []
        var role = TextBlock.Role.own
        var currentRole = TextBlock.Role.own
        var current: Range<Int>? = nil  // indices into `lines`

        func flush() {
            guard let range = current else { return }
            let first = lines[range.lowerBound], last = lines[range.upperBound - 1]
            let hasText = bytes[first.lowerBound..<last.upperBound].contains { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 }
            if hasText {
                let text: String
                if hasCR {
                    var joined: [UInt8] = []
                    for (n, line) in lines[range].enumerated() {
                        if n > 0 { joined.append(10) }
                        joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line]))
                    }
                    text = String(decoding: joined, as: UTF8.self)
                } else {
                    text = String(decoding: UnsafeBufferPointer(rebasing: bytes[first.lowerBound..<last.upperBound]), as: UTF8.self)
                }
                blocks.append(TextBlock(role: currentRole, text: text))
            }
            current = nil
        }
        func emit(_ index: Int, as lineRole: TextBlock.Role) {
            if lineRole != currentRole { flush() }
            currentRole = lineRole
            current = (current?.lowerBound ?? index)..<(index + 1)
        }

        let lowerLines = lines.map { Line(lowered, $0) }
        // "…\n\nTina Holm" at the very end: a bare name after a blank line signs the mail.
        let lastLine = lines.lastIndex { line in bytes[line].contains { $0 != 32 && $0 != 9 } }
        var inBanner = false
        /// Under a signature, the last quoted line seen ended a sentence (true) or broke off (false).
        var questionQuotedUnderSignature: Bool?
        var inDisclaimer = false
        /// The last line of the writer's text: the mail's, or the one before a blank line and a
        /// legal footer the mail system added.
        func endsWritersText(_ index: Int) -> Bool {
            guard let lastLine, index <= lastLine else { return false }
            if index == lastLine { return true }
            guard lines[index + 1].isEmpty else { return false }
            guard let next = ((index + 1)...lastLine).first(where: { !lines[$0].isEmpty }) else { return true }
            return lowerLines[next].isDisclaimer
        }
        /// The writer's last line: the mail's, or the last one above a legal footer that the mail
        /// system added after a blank line.
        /// "…i portalen igen.\n\nJenny Ahl\nFriskis & Svettis Ulricehamn\n\n> Hej Eva, …": above a
        /// quote that ends the mail (and the "skrev:" line that opens it), the last line of the
        /// writer's own text.
        let writersLastLine: Int? = lastLine.map { last in
            if lowerLines[last].whole.first == UInt8(ascii: ">") {
                var top = last
                while top > 0, lines[top - 1].isEmpty || lowerLines[top - 1].whole.first == UInt8(ascii: ">") { top -= 1 }
                if top > 0, lowerLines[top - 1].isReplyHeader(following: lowerLines[top..<min(lowerLines.count, top + 3)]) { top -= 1 }
                while top > 0, lines[top - 1].isEmpty { top -= 1 }
                return top > 0 ? top - 1 : last
            }
            var start = last
            while start > 0, !lines[start - 1].isEmpty { start -= 1 }
            guard start > 0, lowerLines[start].isDisclaimer else { return last }
            var end = start - 1
            while end > 0, lines[end].isEmpty { end -= 1 }
            return lines[end].isEmpty ? last : end
        }
        for index in lines.indices {
            let lower = lowerLines[index]
            // A mail gateway's "external sender" warning, in whatever language the company's
            // IT chose: no words of the writer (it would decide the language), kept as signature
            // for this paragraph only.
            if role == .own, inBanner || lower.isExternalBanner {
                inBanner = !lower.whole.isEmpty  // the paragraph ends at a blank line, which goes with it
                emit(index, as: .signature)
                continue
            }
            // A legal footer under a quoted or forwarded message ("If you have received this
            // message in error …") is the mail system's, not the quoted writer's: its words
            // must not tell the fault. The quoted text goes on after its paragraph.
            if role == .quoted || role == .forwarded, inDisclaimer || (lower.whole.first != UInt8(ascii: ">") && lower.isDisclaimer) {
                inDisclaimer = !lower.whole.isEmpty
                emit(index, as: .signature)
                continue
            }
            // A bounce's copy of the message it returns ("--- Below this line is a copy of the
            // message.", "Original message headers:"), sent as text rather than as a part of its
            // own: the words below are ours, not the mail system's, and tell nothing of its language.
            if role == .returned || lower.isReturnedCopyMarker {
                role = .returned
                emit(index, as: .returned)
                continue
            }
            if lower.isForwardMarker {
                role = .forwarded
                emit(index, as: .forwarded)
                continue
            }
            if role != .forwarded, lower.isReplyHeader(following: lowerLines[(index + 1)..<min(lowerLines.count, index + 4)]) {
                role = isForward ? .forwarded : .quoted
                emit(index, as: role)
                continue
            }
            // "> laddaren TACW… är helt svart, … vi i föreningen äger laddarna.": a quoted paragraph
            // may be one line of any length, as phones send it.
            if lower.whole.first == UInt8(ascii: ">") {
                if role == .signature { questionQuotedUnderSignature = endsSentence(UnsafeBufferPointer(rebasing: bytes[lines[index]])) }
                emit(index, as: role == .forwarded ? .forwarded : .quoted)
                continue
            }
            // "/Kjell\n\n> Lyser det någon lampa?\nNej, helt svart.": answers written between
            // the lines of the question, under a sign-off put at the top. A quoted sentence ends
            // the signature and the text below it is the writer's again; a quoted line cut off
            // mid-sentence goes on in the next one, still the quote.
            if role == .signature, let ended = questionQuotedUnderSignature, !lines[index].isEmpty {
                if ended { role = .own }
                questionQuotedUnderSignature = nil
            }
            switch role {
            case .own:
                let raw = UnsafeBufferPointer(rebasing: bytes[lines[index]])
                if raw.elementsEqual("-- ".utf8) || raw.elementsEqual("--".utf8) || lower.isClosing || lower.isDeviceFooter || lower.isDisclaimer
                    || (lower.startsLikeClosing && closingName(String(decoding: raw, as: UTF8.self), writerWords: writerWords) != nil) { role = .signature }
                else if index == lastLine, index >= 2, lines[index - 1].isEmpty, isBareName(raw, writerWords: writerWords) { role = .signature }
                // "…Det är min egen laddare.\nBritt Johansson" from "Britt <britt@…>": the writer's
                // first name and a surname as the last line, under a finished sentence.
                else if index == writersLastLine, index >= 1, endsSentence(UnsafeBufferPointer(rebasing: bytes[lines[index - 1]])),
                        signsWithFirstName(raw, writerWords: writerWords) || isWritersFirstName(raw, writerWords: writerWords) { role = .signature }
                // "…offline i appen.\nKarin Sjöberg\nBjörkhagsvägen 3, Lerum": the sender's own full
                // name on a line, then only a few short lines that are no sentences, signs the mail.
                // "…Brådskande!\n\nJohan\nMotorcentrum": the first name alone, under a finished sentence or a blank line.
                else if let lastLine = writersLastLine, index < lastLine, lastLine - index <= 3, index >= 1,
                        signsWithOwnName(raw, writerWords: writerWords)
                            || ((lines[index - 1].isEmpty || endsSentence(UnsafeBufferPointer(rebasing: bytes[lines[index - 1]])))
                                && isWritersFirstName(raw, writerWords: writerWords)),
                        lines[(index + 1)...lastLine].allSatisfy({ isSignatureDetail(UnsafeBufferPointer(rebasing: bytes[$0])) }) { role = .signature }
                // "…load balanced with the new ones?\nMalin Öberg, Tandvårdshuset": the name and
                // what the writer signs for on one line, as the last line.
                // "Ove Sund, Gävle Bilverkstad AB\nMekanikervägen 12, Gävle": such a line may have
                // the same few detail lines under it as a bare name.
                else if index >= 1, endsWritersText(index) || lastLine.map({ index < $0 && $0 - index <= 3
                            && lines[(index + 1)...$0].allSatisfy { isSignatureDetail(UnsafeBufferPointer(rebasing: bytes[$0])) } }) == true,
                        signsWithOwnNameAndDetail(raw, writerWords: writerWords) { role = .signature }
            case .signature:
                if lower.hasPrefix("ps ") || lower.hasPrefix("ps.") || lower.hasPrefix("p.s") || lower.hasPrefix("ps:") { role = .own }
            default:
                break
            }
            emit(index, as: role)
        }
        flush()
        return blocks
    }

    /// The sender's display name, two or three words, as its own line.
    static func signsWithOwnName(_ line: UnsafeBufferPointer<UInt8>, writerWords: Set<String>) -> Bool {
        guard writerWords.count >= 2, line.count <= 40, isBareName(line, writerWords: writerWords) else { return false }
        let words = String(decoding: line, as: UTF8.self).lowercased().split(separator: " ")
        // "Maria Sjöberg" signs for <maria.sjoberg@…>: a mailbox name is written without diacritics.
        return words.count >= 2 && words.allSatisfy { writerWords.contains(String($0)) || writerWords.contains(asciiFolded($0)) }
    }

    /// A lower-case name word without its diacritics ("sjöberg" → "sjoberg"), as a mailbox
    /// name writes it.
    static func asciiFolded(_ word: some StringProtocol) -> String {
        guard word.utf8.contains(where: { $0 >= 0x80 }) else { return String(word) }
        var out = ""
        for scalar in word.unicodeScalars {
            switch scalar {
            case "å", "ä", "à", "á", "â", "ã": out.append("a")
            case "ö", "ø", "ò", "ó", "ô", "õ": out.append("o")
            case "é", "è", "ê", "ë": out.append("e")
            case "ü", "ù", "ú", "û": out.append("u")
            case "í", "ì", "î", "ï": out.append("i")
            case "æ": out.append("ae")
            case "ç": out.append("c")
            case "ñ": out.append("n")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// "…remotely?\nMaria" from "Maria <maria.sjoberg@…>": the sender's first name alone, in
    /// capitals, as the writer's last line.
    static func isWritersFirstName(_ line: UnsafeBufferPointer<UInt8>, writerWords: Set<String>) -> Bool {
        // Lower case too: a writer who types without capitals signs "marie" (the address must agree).
        guard !writerWords.isEmpty, (2...20).contains(line.count), let first = line.first, first >= 65 && first <= 90 || first >= 97 && first <= 122 || first == 0xC3,
              !line.contains(32) else { return false }
        let word = String(decoding: line, as: UTF8.self)
        guard word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
        let folded = word.lowercased()
        return writerWords.contains(folded) || writerWords.contains(asciiFolded(folded))
    }

    /// Two or three words of a name, the first of them the sender's first name (the From name
    /// may be that name alone).
    static func signsWithFirstName(_ line: UnsafeBufferPointer<UInt8>, writerWords: Set<String>) -> Bool {
        // In text typed without capitals ("britt johansson") the first name alone tells the name.
        guard !writerWords.isEmpty, line.count <= 40 else { return false }
        let text = String(decoding: line, as: UTF8.self)
        let words = text.split(separator: " ")
        guard (2...3).contains(words.count), isBareName(text, writerWords: writerWords), let firstWord = words.first else { return false }
        let folded = firstWord.lowercased()
        return writerWords.contains(folded) || writerWords.contains(asciiFolded(folded))
    }

    /// `signsWithFirstName` for a line of text, for quoted text that the segmenter keeps whole.
    public static func signsWithFirstName(_ line: String, writerWords: Set<String>) -> Bool {
        var line = line
        return line.withUTF8 { signsWithFirstName($0, writerWords: writerWords) }
    }

    /// The line ends a sentence: its last character is ".", "!" or "?".
    static func endsSentence(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = line.last(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }

    /// The sender's display name, then a separator and a short detail: "Malin Öberg, Tandvårdshuset",
    /// "Per Ek | Driftchef".
    static func signsWithOwnNameAndDetail(_ line: UnsafeBufferPointer<UInt8>, writerWords: Set<String>) -> Bool {
        // Asked of many lines: bytes only until a separator is found within a name's length.
        guard writerWords.count >= 2, line.count <= 80 else { return false }
        let separators: [[UInt8]] = [[44, 32], [32, 124, 32], [32, 47, 32], [32, 45, 32], [32, 0xE2, 0x80, 0x93, 32]]
        var split: (head: Int, tail: Int)?
        var i = 0
        while i < min(line.count, 41), split == nil {
            for separator in separators where line[i] == separator[0] && i + separator.count <= line.count
                && zip(line[i..<(i + separator.count)], separator).allSatisfy({ $0 == $1 }) {
                split = (i, i + separator.count)
                break
            }
            i += 1
        }
        guard let (head, tailStart) = split, head > 0 else { return false }
        let tail = UnsafeBufferPointer(rebasing: line[tailStart...])
        // "Malin Öberg, Tandhuset"; "Lars Nyberg, Fäbodvägen 7, Orsa" (an address has its number).
        guard !tail.isEmpty, tail.count <= 50, !tail.contains(UInt8(ascii: ",")) || tail.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        // "Johan, Motorcentrum": the first name alone signs as well as the full one.
        let name = UnsafeBufferPointer(rebasing: line[..<head])
        return isSignatureDetail(tail) && (signsWithOwnName(name, writerWords: writerWords) || isWritersFirstName(name, writerWords: writerWords))
    }

    /// A line under a signature's name: an address, a phone number, a title or a company; short,
    /// and no sentence (it does not end in ".", "!" or "?").
    static func isSignatureDetail(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 60 else { return false }
        guard let last = line.last(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { return true }
        return last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: "?")
    }

    /// One to three capitalised words and nothing else ("Tina Holm", "Per-Olof"): a name.
    static func isBareName(_ line: UnsafeBufferPointer<UInt8>, writerWords: Set<String>) -> Bool {
        guard line.count <= 40, let first = line.first, first >= 65 && first <= 90 || first == 0xC3 || !writerWords.isEmpty else { return false }
        return isBareName(String(decoding: line, as: UTF8.self), writerWords: writerWords)
    }

    public static func isBareName(_ line: String, writerWords: Set<String> = []) -> Bool {
        let words = line.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ word in word.allSatisfy { $0.isLetter || $0 == "-" } }) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true } || namesWriter(words, writerWords) && words.count >= 2
    }

    /// Lower-case words that name the sender: they start with a word of the sender's name
    /// ("anna lind"), unlike a sentence that happens to hold it ("ring mig anna").
    static func namesWriter(_ words: [Substring], _ writerWords: Set<String>) -> Bool {
        guard !writerWords.isEmpty, words.count <= 4, let first = words.first else { return false }
        return writerWords.contains(first.lowercased())
    }

    /// The words of the sender's display name and mailbox name, lower-cased: "Anna Lind
    /// <anna.lind@…>" gives "anna" and "lind".
    public static func nameWords(of address: MailAddress?) -> Set<String> {
        guard let address else { return [] }
        // Bytes, not Characters: this runs for every mail. ASCII and Latin-1 capitals are
        // lowered; any other non-ASCII byte counts as a letter.
        var words: Set<String> = []
        var word: [UInt8] = []
        func flush() {
            if word.count >= 2 {
                let text = String(decoding: word, as: UTF8.self)
                words.insert(text)
                // "Sjöberg" in the display name is "sjoberg" in a signature typed without diacritics.
                if word.contains(where: { $0 >= 0x80 }) { words.insert(asciiFolded(text)) }
            }
            word.removeAll(keepingCapacity: true)
        }
        for text in [address.displayName ?? "", address.address] {
            var previous: UInt8 = 0
            for byte in text.utf8 {
                if byte == UInt8(ascii: "@") { break }  // the domain is no name
                if byte >= 65 && byte <= 90 { word.append(byte + 32) }
                else if byte >= 97 && byte <= 122 { word.append(byte) }
                else if byte >= 0x80 { word.append(previous == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 ? byte + 0x20 : byte) }
                else { flush() }
                previous = byte
            }
            flush()
        }
        return words
    }

    /// "… varje gång. Mvh Anna Lind", "… är hel. / Nils": a phone writer's closing at the end
    /// of the last sentence, on the same line. The closing and name become a line of their own,
    /// so they start the signature as they would on a line below.
    static func splitInlineClosings(_ lines: [Range<Int>], bytes: UnsafeBufferPointer<UInt8>, lowered: UnsafeBufferPointer<UInt8>,
                                    writerWords: Set<String> = []) -> [Range<Int>] {
        // Built only when a line splits: most mails have no inline closing and keep their lines.
        var result: [Range<Int>]? = nil
        for (index, line) in lines.enumerated() {
            // Only a paragraph's last line can end in a closing: most lines are passed over here.
            if index + 1 == lines.count || lines[index + 1].isEmpty, line.count > 4, let split = inlineClosing(in: line, bytes: bytes, lowered: lowered, writerWords: writerWords) {
                if result == nil { result = Array(lines[..<index]) }
                result!.append(line.lowerBound..<(split - 1))
                result!.append(split..<line.upperBound)
            } else {
                result?.append(line)
            }
        }
        return result ?? lines
    }

    /// Where a closing with a name starts after a sentence end, within the line's last 60 bytes.
    static func inlineClosing(in line: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, lowered: UnsafeBufferPointer<UInt8>,
                              writerWords: Set<String> = []) -> Int? {
        var p = max(line.lowerBound + 2, line.upperBound - 60)
        while p < line.upperBound - 1 {
            if bytes[p - 1] == 32, bytes[p - 2] == UInt8(ascii: ".") || bytes[p - 2] == UInt8(ascii: "!") || bytes[p - 2] == UInt8(ascii: "?")
                || endsInEmoji(bytes, before: p - 1, from: line.lowerBound),
               closingLeads[Int(lowered[p])], lowered[p] == UInt8(ascii: "/") || Line(lowered, p..<line.upperBound).startsLikeClosing,
               closingName(String(decoding: UnsafeBufferPointer(rebasing: bytes[p..<line.upperBound]), as: UTF8.self), writerWords: writerWords) != nil {
                return p
            }
            p += 1
        }
        return nil
    }

    /// "fixa det nu. 😡 /Anders": an emoji (a four-byte character) ends a sentence as a full stop does.
    static func endsInEmoji(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, from start: Int) -> Bool {
        var q = end - 1
        while q > start, bytes[q] & 0xC0 == 0x80 { q -= 1 }
        return q >= start && bytes[q] >= 0xF0 && end - q == 4
    }

    /// ASCII and the Swedish capitals Å Ä Ö (C3 85/84/96 → C3 A5/A4/B6) lower-cased in place.
    static func lowercase(_ utf8: inout [UInt8]) {
        utf8.withUnsafeMutableBufferPointer { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b &- 65 < 26 { bytes[i] = b + 32 }
                else if b == 0xC3, i + 1 < n, bytes[i + 1] == 0x85 || bytes[i + 1] == 0x84 || bytes[i + 1] == 0x96 { bytes[i + 1] += 0x20; i += 1 }
                i += 1
            }
        }
    }

    /// A lowered line trimmed of spaces (and no-break spaces). Lines longer than any marker
    /// keep no bytes, so the checks cost nothing for paragraphs. Points into the lowered text,
    /// which outlives every `Line`.
    struct Line {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The whole trimmed line, however long: for the few checks that read paragraphs.
        let whole: UnsafeBufferPointer<UInt8>

        init(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            var start = range.lowerBound, end = range.upperBound
            while start < end {
                let b = text[start]
                if b == 32 || b == 9 { start += 1; continue }
                if b == 0xC2, start + 1 < end, text[start + 1] == 0xA0 { start += 2; continue }
                break
            }
            while start < end, text[end - 1] == 32 || text[end - 1] == 9 { end -= 1 }
            whole = UnsafeBufferPointer(rebasing: text[start..<end])
            bytes = end - start <= 200 ? whole : UnsafeBufferPointer(start: nil, count: 0)
        }

        /// A legal footer ("This e-mail and any attachments may contain confidential information…",
        /// "Detta e-postmeddelande kan innehålla konfidentiell information…"): it starts like one and
        /// says what one says, so a person's "This email is about the charger" stays theirs.
        var isDisclaimer: Bool { TextSegmenter.disclaimer.matches(whole) }

        /// "CAUTION: This email originated from outside of the organization…", "VARNING: Detta
        /// mejl kommer från en extern avsändare…", Outlook's "Du får inte ofta e-post från …".
        var isExternalBanner: Bool { TextSegmenter.banner.matches(whole) }

        func hasPrefix(_ prefix: String) -> Bool { bytes.starts(with: prefix.utf8) }
        @inline(__always)
        func hasPrefix(_ prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && bytes[0] == prefix[0] && bytes.starts(with: prefix) }
        func hasSuffix(_ suffix: String) -> Bool {
            let tail = suffix.utf8
            guard bytes.count >= tail.count else { return false }
            var k = bytes.count - tail.count
            for byte in tail {
                if bytes[k] != byte { return false }
                k += 1
            }
            return true
        }
        func contains(_ needle: String) -> Bool { ByteSearch.contains(bytes, Array(needle.utf8)) }

    /// The line a mail system puts above the message it returns: qmail's and Exim's copy
        /// markers, Exchange's "Original message headers:" (Swedish "Ursprungliga meddelandehuvuden:").
        var isReturnedCopyMarker: Bool {
            guard bytes.count >= 20, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "o") || bytes[0] == UInt8(ascii: "u") else { return false }
            return (bytes[0] == UInt8(ascii: "-") && (contains("copy of the message") || isBetweenDashes(TextSegmenter.returnedCopyNames)))
                || hasPrefix("original message headers:") || hasPrefix("ursprungliga meddelandehuvuden:")
        }

        /// The line is one of `names` between runs of dashes (and spaces): "----- Original
        /// message follows -----", "----- Unsent message follows -----".
        func isBetweenDashes(_ names: [[UInt8]]) -> Bool {
            var start = 0, end = bytes.count
            while start < end, bytes[start] == UInt8(ascii: "-") || bytes[start] == 32 { start += 1 }
            while end > start, bytes[end - 1] == UInt8(ascii: "-") || bytes[end - 1] == 32 { end -= 1 }
            guard start > 0 else { return false }
            let middle = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return names.contains { middle.elementsEqual($0) }
        }

        var isForwardMarker: Bool {
            guard !bytes.isEmpty else { return false }
            if TextSegmenter.forwardMarkerBytes.contains(where: hasPrefix) { return true }
            return bytes[0] == UInt8(ascii: "-") && (contains("forwarded message") || contains("vidarebefordra"))
        }

        func isReplyHeader(following next: ArraySlice<Line>) -> Bool {
            guard !bytes.isEmpty else { return false }
            if TextSegmenter.replySeparatorBytes.contains(where: hasPrefix) { return true }
            // "----- Original Message -----": Outlook Express's, Yahoo's and many webmails' spacing.
            if bytes[0] == UInt8(ascii: "-"), isBetweenDashes(TextSegmenter.replySeparatorNames) { return true }
            // "On Tue, 3 Feb 2026 at 10:12, Anna <a@x> wrote:" / "Den 3 feb. 2026 kl. 10:12 skrev Anna <a@x>:"
            // Every rule below needs a final ":" or a leading "f": most lines are neither.
            guard bytes[bytes.count - 1] == UInt8(ascii: ":") || bytes[0] == UInt8(ascii: "f") else { return false }
            if hasSuffix("wrote:") && (hasPrefix("on ") || contains("@")) { return true }
            if hasSuffix(":") && contains(" skrev") && (hasPrefix("den ") || hasPrefix("på ") || contains("@")) { return true }
            if hasSuffix("skrev:") && (contains("@") || contains(" kl")) { return true }
            // Outlook's header block without a separator: "Från: …" then "Skickat: …" (or From/Sent).
            // "Fran:" when a mail program or gateway has lost the å.
            if hasPrefix("från:") || hasPrefix("from:") || hasPrefix("fran:") {
                if next.contains(where: { $0.hasPrefix("skickat:") || $0.hasPrefix("sent:") || $0.hasPrefix("datum:") || $0.hasPrefix("date:") }) { return true }
                // A phone's or webmail's shorter block, "Från: Jake <jake@…>" then "Ämne: Laddaren":
                // a sender with an address and a subject line right under it.
                return contains("@") && next.first.map { $0.hasPrefix("ämne:") || $0.hasPrefix("subject:") || $0.hasPrefix("amne:") } == true
            }
            return false
        }

        var isClosing: Bool {
            guard !bytes.isEmpty, bytes.count <= 60, TextSegmenter.closingLeads[Int(bytes[0])] else { return false }
            if TextSegmenter.exactClosingBytes.contains(where: { bytes.elementsEqual($0) }) { return true }
            let text = String(decoding: bytes, as: UTF8.self)
            // "/Sara", "//Eva Nord"; "/Lars, Ramundbergets Fjällstugor AB": a longer one only with
            // a capitalised name before what the writer adds.
            if bytes[0] == UInt8(ascii: "/"), bytes.count > 1 {
                if bytes.count < 30 { return text.drop { $0 == "/" || $0 == " " }.first?.isLetter == true }
                // The line is lower-cased here: the name is told by its shape, one to three words of letters.
                guard let comma = text.firstIndex(of: ",") else { return false }
                let words = text[..<comma].drop { $0 == "/" || $0 == " " }.split(separator: " ")
                return (1...3).contains(words.count) && words.allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "-" } }
            }
            return TextSegmenter.closingBytes.indices.contains { index in
                guard hasPrefix(TextSegmenter.closingBytes[index]) else { return false }
                let rest = text.dropFirst(TextSegmenter.closings[index].count)
                return rest.allSatisfy { !$0.isLetter } || rest.hasPrefix(" från") || rest.hasPrefix(" from") || rest.hasPrefix(" /")
            }
        }

        /// Starts like a closing, whatever follows: "mvh eva nord" (lowered).
        var startsLikeClosing: Bool {
            guard !bytes.isEmpty, bytes.count <= 60, TextSegmenter.closingLeads[Int(bytes[0])] else { return false }
            return TextSegmenter.closingBytes.contains(where: hasPrefix)
        }

        var isDeviceFooter: Bool { !bytes.isEmpty && TextSegmenter.deviceFooterBytes.contains(where: hasPrefix) }
    }

    /// The writer's name on a closing line, as written: "Mvh Eva Nord", "Best regards, John
    /// Smith", "//Eva Nord". Every word of the name is capitalised, so "Many thanks for the
    /// help" is no closing with a name.
    public static func closingName(_ line: String, writerWords: Set<String> = []) -> String? {
        let line = line.trimmingASCIIWhitespace()
        guard line.utf8.count <= 60 else { return nil }
        var rest: Substring
        if line.hasPrefix("/") {
            rest = line.drop { $0 == "/" || $0 == " " }
        } else {
            let lowered = line.lowercased()
            guard let closing = closings.first(where: { lowered.hasPrefix($0) }) else { return nil }
            rest = line.dropFirst(closing.count)
            guard let first = rest.first, first == " " || first == "," else { return nil }
        }
        rest = rest.drop { $0 == " " || $0 == "," || $0 == "!" }
        // "Hälsningar Ulla Bengtsson, Ängsbacken 14", "Mvh Stefan Karlsson, kassör": the name,
        // then what the writer adds about themselves.
        if let comma = rest.firstIndex(of: ",") { rest = rest[..<comma] }
        let words = rest.split(separator: " ")
        // "Fredrik och Lena Ström": two people sign together.
        func isJoiner(_ index: Int) -> Bool { index > 0 && index < words.count - 1 && ["och", "and", "&"].contains(words[index]) }
        guard (1...5).contains(words.count),
              words.indices.allSatisfy({ index in isJoiner(index) || words[index].allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } })
        else { return nil }
        let names = words.indices.filter { !isJoiner($0) }.map { words[$0] }
        guard names.allSatisfy({ $0.first?.isUppercase == true }) || namesWriter(names, writerWords) else { return nil }
        return words.joined(separator: " ")
    }

    static let forwardMarkers = [
        "---------- forwarded message", "-------- forwarded message", "begin forwarded message",
        "---------- vidarebefordrat meddelande", "-------- vidarebefordrat meddelande", "vidarebefordrat meddelande:",
        "vidarebefordrat brev", "början på vidarebefordrat brev", "början på vidarebefordrat meddelande", "start of forwarded message", "-----forwarded message-----", "forwarded message:",
        "-------- original message --------", "-------- ursprungligt meddelande --------",
    ]

    static let replySeparators = ["-----original message-----", "-----ursprungligt meddelande-----", "-----originalmeddelande-----",
                                  "________________________________"]

    static let closings = [
        "med vänlig hälsning", "med vänliga hälsningar", "vänliga hälsningar", "vänlig hälsning", "bästa hälsningar",
        "med vanlig halsning", "med vanliga halsningar", "vanliga halsningar", "vanlig halsning", "basta halsningar",
        "hälsningar", "halsningar", "mvh", "m.v.h", "tack på förhand", "tack pa forhand", "tack och hälsningar",
        "best regards", "kind regards", "warm regards", "regards", "best wishes", "many thanks", "thanks in advance",
        "sincerely", "yours sincerely", "yours faithfully", "all the best", "cheers",
    ]
    static let exactClosings: Set<String> = ["tack!", "tack", "tack,", "thanks!", "thanks", "thanks,", "thank you,", "thank you!", "best,", "br,", "br", "/"]

    static let closingBytes = closings.map { Array($0.utf8) }
    static let exactClosingBytes = exactClosings.sorted().map { Array($0.utf8) }
    static let forwardMarkerBytes = forwardMarkers.map { Array($0.utf8) }
    static let replySeparatorBytes = replySeparators.map { Array($0.utf8) }
    /// What stands between dashes in a reply's separator, however the dashes are spaced.
    static let replySeparatorNames = ["original message", "ursprungligt meddelande", "originalmeddelande"].map { Array($0.utf8) }
    /// What stands between dashes above the copy a text-only bounce returns (sendmail's forms).
    /// A reply's plain "----- Original Message -----" is not one: that is quoted text of the case.
    static let returnedCopyNames = ["original message follows", "unsent message follows", "returned message follows"].map { Array($0.utf8) }
    static let deviceFooterBytes = deviceFooters.map { Array($0.utf8) }
    /// First bytes of every closing, so most lines are dismissed by one set lookup.
    static let closingLeads: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for lead in (closings + Array(exactClosings)).compactMap({ $0.utf8.first }) + [UInt8(ascii: "/")] { table[Int(lead)] = true }
        return table
    }()

    /// How legal footers start, lowered, and words one of which they always use.
    static let disclaimerStarts = [
        "detta e-postmeddelande", "detta e-post", "detta mejl", "detta meddelande", "denna e-post", "det här e-postmeddelandet",
        "det här meddelandet", "informationen i detta", "om du har fått detta", "om du fått detta", "om du inte är rätt mottagare",
        "tänk på miljön", "vi behandlar", "när du skickar e-post", "läs mer om hur vi behandlar", "sekretess", "konfidentiell",
        "this e-mail", "this email", "this message", "this communication", "the information contained in", "the information in this",
        "if you have received this", "if you are not the intended", "please consider the environment", "confidentiality notice",
        "disclaimer", "privacy notice", "we process personal data", "think before you print",
    ]
    static let disclaimerWords = ["confidential", "konfidentiell", "intended", "avsedd", "avsett", "mottagare", "recipient",
                                  "addressee", "adressaten", "personuppgifter", "personal data", "environment", "miljön", "sekretess",
                                  "privileged", "in error", "av misstag", "radera", "delete"]
    static let disclaimer = BoilerplateRule(starts: disclaimerStarts, phrases: disclaimerWords, minimumLength: 40)

    /// How gateways' external-sender warnings start, lowered, and words one of which they use.
    static let bannerStarts = [
        "caution", "warning", "varning", "observera", "extern", "external", "[extern", "[external", "*external", "this email originated",
        "this message originated", "this message came from", "this e-mail originated", "detta e-postmeddelande kommer från",
        "detta e-postmeddelande har skickats från", "detta mejl kommer från", "detta meddelande kommer från", "det här meddelandet kommer från",
        "du får inte ofta e-post från", "you don't often get email from", "some people who received this message don't often",
        "vissa personer som har fått det här meddelandet får inte ofta",
    ]
    /// Phrases, not words: a customer's "Varning: kabeln ligger utanför boxen" is theirs.
    static let bannerWords = ["outside of the organization", "outside the organization", "outside of the organisation",
                              "outside the organisation", "outside your organization", "outside of your organization", "external sender",
                              "extern avsändare", "externa avsändare", "extern e-post", "externt e-post", "external email", "external e-mail",
                              "utanför organisationen", "utanför er organisation", "utanför vår organisation", "don't often get email",
                              "inte ofta e-post", "originated outside", "came from outside", "från en extern", "from an external"]
    static let banner = BoilerplateRule(starts: bannerStarts, phrases: bannerWords, minimumLength: 20)

    static let deviceFooters = ["skickat från min", "sent from my", "skickat från outlook", "hämta outlook", "get outlook for",
                                "skickades från min", "sent from outlook", "skickat från samsung", "sent from samsung", "sent from yahoo"]
}
