#if canImport(Glibc)
import Glibc
#endif
import Mail

/// The text of one case as the rules see it: subject and body blocks, tokenized once, in
/// the order the rules should prefer (the writer's own words first, then forwarded and
/// quoted text, then the signature).
public struct CaseText: Sendable {
    public var tokens: [Token] = []
    public let message: Message

    /// `names`: words known to be names (the installed base's sites, towns and owners, folded),
    /// which get their capitals back in text written without them.
    public init(message: Message, names: WordSet = []) {
        self.message = message
        // About one token per five bytes of text: one allocation instead of a chain of regrowths.
        tokens.reserveCapacity((message.subject.utf8.count + message.body.reduce(0) { $0 + $1.text.utf8.count }) / 5 + 8)
        var sentence = 0
        sentence = Tokenizer.tokenize(message.subject, role: .subject, firstSentence: sentence, into: &tokens)
        var blocks: [(role: Token.Role, range: Range<Int>)] = [(.subject, 0..<tokens.count)]
        tokens.append(Token(text: "\n", folded: "\n", kind: .lineBreak, role: .subject, sentence: sentence, spaceBefore: false))
        for block in message.body {
            let role: Token.Role
            switch block.role {
            case .own: role = .own
            case .signature: role = .signature
            case .quoted: role = .quoted
            case .forwarded: role = .forwarded
            case .returned: role = .returned
            }
            let blockStart = tokens.count
            let text = role == .signature ? block.text : CaseText.labelTableRows(CaseText.unwrap(CaseText.unquote(block.text)))
            sentence = Tokenizer.tokenize(text, role: role, firstSentence: sentence, into: &tokens)
            blocks.append((role, blockStart..<tokens.count))
            tokens.append(Token(text: "\n", folded: "\n", kind: .lineBreak, role: role, sentence: sentence, spaceBefore: false))
            sentence += 1
        }
        QuotedMessageLines.mark(&tokens)
        CaseRestorer.restore(&tokens, blocks: blocks, names: names)
        SwedishSpelling.mark(&tokens)
    }

    /// A web form's two-column table ("Site⇥Greenfleet depot, Terminalvägen 3", as `HTMLText`
    /// writes a row) reads as the labelled line it is ("Site: Greenfleet depot, …"), so that the
    /// label is no part of the value and the rules for labelled lines apply. A table whose first
    /// row names its columns ("Site⇥Charger⇥Problem" over "Campus P-hus⇥SE*…⇥Offline") reads as
    /// one labelled line per cell, so that a value is read under its column's name.
    static func labelTableRows(_ text: String) -> String {
        var text = text
        // Bytes, not Characters: a form mail has dozens of rows, and most texts have no tab at all.
        let rebuilt: [UInt8]? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, memchr(base, 9, bytes.count) != nil else { return nil }
            var lines: [UnsafeBufferPointer<UInt8>] = []
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
                lines.append(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                lineStart = lineEnd + 1
            }
            var out: [UInt8] = []
            var changed = false
            out.reserveCapacity(bytes.count + 16)
            var index = 0
            var header: [UnsafeBufferPointer<UInt8>.SubSequence] = []
            while index < lines.count {
                let line = lines[index]
                let cells = line.split(separator: 9, omittingEmptySubsequences: false)
                if header.isEmpty, cells.count >= 3, index + 1 < lines.count, cells.allSatisfy(isColumnName),
                   lines[index + 1].split(separator: 9, omittingEmptySubsequences: false).count == cells.count {
                    header = cells
                    changed = true
                    index += 1
                    continue
                }
                if !header.isEmpty, cells.count == header.count {
                    for (name, value) in zip(header, cells) where value.contains(where: { $0 != 32 }) {
                        out.append(contentsOf: name)
                        out.append(contentsOf: [UInt8(ascii: ":"), 32])
                        out.append(contentsOf: value.drop { $0 == 32 })
                        out.append(10)
                    }
                    index += 1
                    continue
                }
                header = []
                if let (labelEnd, valueStart) = tableRow(line) {
                    out.append(contentsOf: line[..<labelEnd])
                    out.append(contentsOf: [UInt8(ascii: ":"), 32])
                    out.append(contentsOf: line[valueStart...])
                    changed = true
                } else {
                    out.append(contentsOf: line)
                }
                if index + 1 < lines.count { out.append(10) }
                index += 1
            }
            return changed ? out : nil
        }
        return rebuilt.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// A table's column name: one to three words, at most 25 bytes, starting with a letter,
    /// without digits or a colon ("Site", "Charger ID", "Problem").
    private static func isColumnName(_ cell: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        let trimmed = cell.drop { $0 == 32 }
        guard let first = trimmed.first, !trimmed.isEmpty, trimmed.count <= 25, first >= 0x80 || first | 0x20 >= 97 && first | 0x20 <= 122,
              !trimmed.contains(where: { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ":") }) else { return false }
        return trimmed.split(separator: 32).count <= 3
    }

    /// Where a row's label ends and its value starts, when the line is "label⇥value": a label
    /// of one to three words, at most 30 characters, starting with a letter and without a colon.
    private static func tableRow(_ line: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard let tab = line.firstIndex(of: 9), tab > 0 else { return nil }
        var characters = 0, words = 0
        var inWord = false
        for b in line[..<tab] {
            if b == UInt8(ascii: ":") { return nil }
            if b & 0xC0 != 0x80 { characters += 1 }
            if b == 32 { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        guard characters <= 30, (1...3).contains(words) else { return nil }
        let first = line[0]
        if first < 0x80 {
            guard first | 0x20 >= 97, first | 0x20 <= 122 else { return nil }
        } else {
            guard let scalar = String(decoding: line[..<tab], as: UTF8.self).unicodeScalars.first, scalar.properties.isAlphabetic else { return nil }
        }
        var value = tab
        while value < line.count, line[value] == 9 || line[value] == 32 { value += 1 }
        return value < line.count ? (tab, value) : nil
    }

    /// Drops the `> ` quote prefixes so that a sentence wrapped over quoted lines reads as one.
    /// Where the depth changes between quoted lines ("> Hej Linda, vilken …?" over ">> Hej, en av våra laddare …")
    /// one message ends and another begins: a blank line keeps them apart, so that no rule reads
    /// them as one paragraph and `unwrap` does not join them.
    static func unquote(_ text: String) -> String {
        var probe = text
        let quoted = probe.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: ">")), bytes.count) != nil } ?? false }
        guard quoted else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var atLineStart = true
        var depth = 0
        var previousDepth = -1
        var previousBlank = true
        for byte in text.utf8 {
            if atLineStart {
                if byte == UInt8(ascii: ">") { depth += 1; continue }
                if byte == UInt8(ascii: " ") { continue }
                let blank = byte == 10
                // Between two quoted depths only: a line of depth 0 after a quoted one is the
                // quoted line's text wrapped by a program that did not quote the rest.
                if !blank, !previousBlank, previousDepth > 0, depth > 0, depth != previousDepth { out.append(10) }
                if !blank { previousDepth = depth }
                previousBlank = blank
                depth = 0
            }
            atLineStart = byte == 10
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lines a mail program wrapped (Outlook at 76 characters, others at 72 or 78, without
    /// RFC 3676 marks) joined again, so that a name wrapped over two lines ("Ljusdals\nsimhall")
    /// reads as one. A line break is taken as a wrap when the next line's first word would not
    /// have fitted on the line at a width of 70, the line is no longer than such a program
    /// writes, and the next line goes on with a word rather than a list item or a "Label:" line.
    static func unwrap(_ text: String) -> String {
        var text = text
        // Found in place; most texts have no wrap and are returned as they are, uncopied.
        let wraps: [Int] = text.withUTF8 { bytes in
            var wraps: [Int] = []
            var lineStart = 0
            guard let base = bytes.baseAddress else { return wraps }
            while lineStart < bytes.count, let found = memchr(base + lineStart, 10, bytes.count - lineStart) {
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if isWrapped(bytes, line: lineStart..<end) { wraps.append(end) }
                lineStart = end + 1
            }
            return wraps
        }
        guard !wraps.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for wrap in wraps { bytes[wrap] = 32 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The narrowest and widest wrapping of the common mail programs.
    static let wrapWidths = 70...80

    private static func isWrapped(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> Bool {
        guard line.count >= wrapWidths.lowerBound / 2 else { return false }
        // Characters, not bytes: count every byte that does not continue a UTF-8 sequence.
        func characters(_ range: Range<Int>) -> Int { bytes[range].lazy.filter { $0 & 0xC0 != 0x80 }.count }
        let length = characters(line)
        guard length <= wrapWidths.upperBound, let last = bytes[line].last(where: { $0 != 32 }), last != UInt8(ascii: ":") else { return false }
        let next = line.upperBound + 1
        guard next < bytes.count else { return false }
        var wordEnd = next
        while wordEnd < bytes.count, bytes[wordEnd] != 32, bytes[wordEnd] != 10 { wordEnd += 1 }
        guard length + 1 + characters(next..<wordEnd) > wrapWidths.lowerBound else { return false }
        let first = bytes[next]
        // A word goes on: a letter (ASCII or not) or a digit, not "-", "*", "•", ">" or a blank line.
        guard first >= 0x80 || (first | 0x20 >= 97 && first | 0x20 <= 122) || (first >= 48 && first <= 57) else { return false }
        // "1. Första punkten", "2) …": a numbered list item, unless a parenthesis is open ("(Industrivägen\n14)").
        // Lists run to two digits; "nummer EH 903\n311." is a number wrapped at its end.
        var k = next
        while k < bytes.count, bytes[k] >= 48, bytes[k] <= 57 { k += 1 }
        let open = bytes[line].lazy.filter { $0 == UInt8(ascii: "(") }.count > bytes[line].lazy.filter { $0 == UInt8(ascii: ")") }.count
        if !open, k > next, k - next <= 2, k < bytes.count, bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: ")") { return false }
        // "Till: …", "Subject: …": a header or form line starts with a word and a colon.
        k = next
        while k < bytes.count, bytes[k] != 32, bytes[k] != 10 { k += 1 }
        return !(k > next && bytes[k - 1] == UInt8(ascii: ":"))
    }

    func text(_ range: Range<Int>) -> String { tokens.text(range) }
    func sentence(around index: Int) -> String { tokens.sentence(around: index) }
}
