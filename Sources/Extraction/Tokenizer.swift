/// Splits text into tokens, working on UTF-8 bytes. Word characters are letters and digits
/// plus the joiners that ids and numbers use inside a word (`-`, `*`, `/`, `:`, `_`, `&`, and
/// `.` between digits), so `SE*LAN*E0012345`, `SLA-2022-0417` and `17.40` stay whole, and an
/// apostrophe between letters, so `won't` and `doesn’t` are one word as in the vocabulary.
enum Tokenizer {
    static func tokenize(_ text: String, role: Token.Role, firstSentence: Int, into tokens: inout [Token]) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var state = State(bytes: bytes, role: role, sentence: firstSentence)
            state.run(into: &tokens)
            return state.sentence + 1
        }
    }

    struct State {
        let bytes: UnsafeBufferPointer<UInt8>
        let role: Token.Role
        var sentence: Int
        var pendingSpace = true
        /// Spaces since the last token on this line (a tab counts as three), or nil at a line's
        /// start, where indentation is no gap between columns.
        var spaceRun: Int? = nil
        /// Read once per text rather than through the global's lazy initializer on every word.
        let lexiconFilter = Lexicon.filter
        let byteFacts = Tokenizer.byteFacts

        init(bytes: UnsafeBufferPointer<UInt8>, role: Token.Role, sentence: Int) {
            self.bytes = bytes
            self.role = role
            self.sentence = sentence
        }

        mutating func run(into tokens: inout [Token]) {
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                // ASCII letters and digits start most tokens: no scalar decoding for them.
                if b < 0x80, Tokenizer.isASCIIWordByte(b) {
                    let end = wordEnd(from: i)
                    tokens.append(word(i..<end))
                    markWideSpace(&tokens)
                    pendingSpace = false
                    i = end
                    continue
                }
                let (scalar, length) = decode(at: i)
                if b >= 0x80, isWordScalar(scalar) {
                    let end = wordEnd(from: i)
                    tokens.append(word(i..<end))
                    markWideSpace(&tokens)
                    pendingSpace = false
                    i = end
                    continue
                }
                if b == 10 {
                    tokens.append(Token(text: "\n", folded: "\n", kind: .lineBreak, role: role, sentence: sentence, spaceBefore: false))
                    sentence += 1
                    pendingSpace = true
                    spaceRun = nil
                } else if b == 32 || b == 9 || b == 13 || b == 12 || (b >= 0x80 && scalar.properties.isWhitespace) {
                    pendingSpace = true
                    if let run = spaceRun { spaceRun = run + (b == 9 ? 3 : 1) }
                } else {
                    if b < 0x80 {
                        let (text, classes) = Tokenizer.asciiPunctuation[Int(b)]
                        tokens.append(Token(text: text, folded: text, kind: .punctuation, role: role, sentence: sentence,
                                            spaceBefore: pendingSpace, key: 0, classes: classes, hasHyphen: false))
                    } else {
                        let text = String(scalar)
                        tokens.append(Token(text: text, folded: TextFolding.fold(text), kind: .punctuation, role: role,
                                            sentence: sentence, spaceBefore: pendingSpace))
                    }
                    markWideSpace(&tokens)
                    if b == 46 || b == 33 || b == 63 { sentence += 1 }  // . ! ?
                    pendingSpace = false
                }
                i += length
            }
        }

        /// Marks the token just appended when a table's gap stood before it, and starts counting anew.
        @inline(__always)
        mutating func markWideSpace(_ tokens: inout [Token]) {
            if let run = spaceRun, run >= 3 { tokens[tokens.count - 1].wideSpaceBefore = true }
            spaceRun = 0
        }

        /// The end of the word starting at `start`: word characters, and joiners between them.
        func wordEnd(from start: Int) -> Int {
            var i = start
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if Tokenizer.isASCIIWordByte(b) { i += 1; continue }
                } else {
                    let (scalar, length) = decode(at: i)
                    if isWordScalar(scalar) { i += length; continue }
                    // "doesn’t": a typographic apostrophe between letters, as mail programs type it.
                    if scalar == "\u{2019}", i > start, isLetter(before: i), i + length < n, isLetter(at: i + length) { i += length; continue }
                    // "SLA–2023–0112": a word processor's dash inside an id joins as "-" does.
                    if Tokenizer.isDashScalar(scalar), i > start, i + length < n, isWordScalar(decode(at: i + length).0) { i += length; continue }
                }
                // "won't", "can't", "McDonald's": an apostrophe between letters keeps the word whole,
                // as the vocabulary writes it.
                if b == 39, i > start, isLetter(before: i), i + 1 < n, isLetter(at: i + 1) { i += 1; continue }
                guard Tokenizer.isJoinerByte(b), i + 1 < n else { break }
                let (next, _) = decode(at: i + 1)
                guard isWordScalar(next) else { break }
                if b == 46 {  // "." joins digits only: 4.2, 17.40
                    let previous = bytes[i - 1]
                    guard previous >= 48, previous <= 57, next.value >= 48, next.value <= 57 else { break }
                }
                i += 1
            }
            return i
        }

        func word(_ range: Range<Int>) -> Token {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            let text = String(decoding: slice, as: UTF8.self)
            // The facts of every byte ORed together from a table: no test per byte that the
            // processor would have to predict from the text.
            var facts: UInt8 = 0
            for b in slice { facts |= byteFacts[Int(b)] }
            let ascii = facts & ByteFact.nonASCII == 0
            let hasUpper = facts & ByteFact.upper != 0
            let isNumber = facts & ByteFact.notNumeric == 0
            let hasStar = facts & ByteFact.star != 0
            let hasHyphen = facts & ByteFact.hyphen != 0
            var key: UInt32 = 0
            if ascii {
                // Same packing as Token.key(of:), straight from the bytes.
                let count = min(3, slice.count)
                for k in 0..<count { let b = slice[k]; key = key << 8 | UInt32(b >= 65 && b <= 90 ? b + 32 : b) }
                key |= UInt32(count) << 24
            }
            let folded: String
            var classes: WordClass = []
            if ascii && hasUpper {
                let known = lexiconFilter.mayContain(key)
                folded = String(unsafeUninitializedCapacity: slice.count) { buffer in
                    for k in 0..<slice.count { let b = slice[k]; buffer[k] = b >= 65 && b <= 90 ? b + 32 : b }
                    if known { classes = Lexicon.classes(of: UnsafeBufferPointer(rebasing: buffer[0..<slice.count])) }
                    return slice.count
                }
            } else if ascii {
                folded = text
                if lexiconFilter.mayContain(key) { classes = Lexicon.classes(of: slice) }
            } else if let latin = Self.foldLatin1(slice) {
                // Nordic words: every non-ASCII letter is in U+00C0…U+00FF, folded by table from the bytes.
                (folded, key, classes) = latin
                // "Åre" folds to "are" and "för" to "for": a word written with å, ä or ö is no English word.
                if !isNumber, Self.hasSwedishLetter(slice) { classes.insert(.swedishLetter); classes.remove(.english) }
            } else {
                folded = TextFolding.fold(text)
                key = Token.key(of: folded)
                if Lexicon.filter.mayContain(key) { classes = Lexicon.classes(of: folded) }
                if !isNumber, LanguageDetector.hasSwedishLetter(text) { classes.insert(.swedishLetter); classes.remove(.english) }
            }
            if hasStar { classes.insert(.starJoined) }
            let first = slice[0]
            let capitalized: Bool
            if first < 0x80 {
                capitalized = first >= 65 && first <= 90
            } else if first == 0xC3, slice.count > 1 {
                capitalized = slice[1] >= 0x80 && slice[1] <= 0x9E && slice[1] != 0x97  // À…Þ except ×
            } else {
                capitalized = text.first?.isUppercase ?? false
            }
            return Token(text: text, folded: folded, kind: isNumber ? .number : .word, role: role, sentence: sentence,
                         spaceBefore: pendingSpace, isCapitalized: capitalized, key: key, classes: classes, hasHyphen: hasHyphen)
        }

        /// `TextFolding.fold` for a word whose non-ASCII letters are all in U+00C0…U+00FF
        /// (lead byte C3), with its key and word classes; nil for any other word.
        static func foldLatin1(_ slice: UnsafeBufferPointer<UInt8>) -> (String, UInt32, WordClass)? {
            for k in slice.indices where slice[k] >= 0x80 {
                // Lead bytes must be C3; continuation bytes follow one.
                if slice[k] == 0xC3 { continue }
                if slice[k] < 0xC0, k > 0, slice[k - 1] == 0xC3 { continue }
                return nil
            }
            var key: UInt32 = 0
            var classes: WordClass = []
            // Each two-byte letter folds to one or two bytes: the result is never longer.
            let folded = String(unsafeUninitializedCapacity: slice.count) { out in
                var o = 0
                var k = 0
                while k < slice.count {
                    let b = slice[k]
                    if b < 0x80 {
                        out[o] = b >= 65 && b <= 90 ? b + 32 : b
                        o += 1
                        k += 1
                        continue
                    }
                    guard k + 1 < slice.count else { break }
                    for f in TextFolding.latin1[Int(slice[k + 1] &- 0x80) & 0x3F] { out[o] = f; o += 1 }
                    k += 2
                }
                let count = min(3, o)
                for k in 0..<count { key = key << 8 | UInt32(out[k]) }
                key |= UInt32(count) << 24
                if Lexicon.filter.mayContain(key) { classes = Lexicon.classes(ofDiacriticWord: UnsafeBufferPointer(rebasing: out[0..<o])) }
                return o
            }
            return (folded, key, classes)
        }

        static func hasSwedishLetter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if previous == 0xC3, LanguageDetector.isNordicLetterByte(byte) { return true }
                previous = byte
            }
            return false
        }

        /// A letter (not a digit) starts at byte `i`.
        func isLetter(at i: Int) -> Bool {
            let (scalar, _) = decode(at: i)
            return isWordScalar(scalar) && !(scalar.value >= 48 && scalar.value <= 57)
        }

        /// The byte before `i` ends a letter: ASCII, or the last byte of a multi-byte letter.
        func isLetter(before i: Int) -> Bool {
            var k = i - 1
            while k > 0, bytes[k] & 0xC0 == 0x80 { k -= 1 }
            return isLetter(at: k)
        }

        /// The scalar at byte `i` and its length; invalid bytes read as U+FFFD of length 1.
        @inline(__always)
        func decode(at i: Int) -> (Unicode.Scalar, Int) {
            let b0 = bytes[i]
            if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
            let n = bytes.count
            var length = 0
            var value: UInt32 = 0
            if b0 & 0xE0 == 0xC0 { length = 2; value = UInt32(b0 & 0x1F) }
            else if b0 & 0xF0 == 0xE0 { length = 3; value = UInt32(b0 & 0x0F) }
            else if b0 & 0xF8 == 0xF0 { length = 4; value = UInt32(b0 & 0x07) }
            guard length > 0, i + length <= n else { return ("\u{FFFD}", 1) }
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
    }

    /// Letters and digits; ASCII and the Latin letters of Nordic text are decided without the
    /// Unicode property tables.
    @inline(__always)
    static func isASCIIWordByte(_ b: UInt8) -> Bool {
        let lower = b | 0x20
        return (lower >= 97 && lower <= 122) || (b >= 48 && b <= 57)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return isASCIIWordByte(UInt8(v)) }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        return scalar.properties.isAlphabetic
    }

    /// What `State.word` needs to know of each byte of a word, as bits (see `byteFacts`).
    enum ByteFact {
        static let nonASCII: UInt8 = 1
        static let upper: UInt8 = 2
        /// Neither a digit nor a joiner: the word is no number.
        static let notNumeric: UInt8 = 4
        static let star: UInt8 = 8
        static let hyphen: UInt8 = 16
    }

    /// `ByteFact` bits of every byte value, built once.
    static let byteFacts: [UInt8] = (0..<256).map { value in
        let b = UInt8(value)
        if b >= 0x80 { return ByteFact.nonASCII | ByteFact.notNumeric }
        var facts: UInt8 = 0
        if b >= 65 && b <= 90 { facts |= ByteFact.upper }
        if !((b >= 48 && b <= 57) || isJoinerByte(b)) { facts |= ByteFact.notNumeric }
        if b == 42 { facts |= ByteFact.star }
        if b == 45 { facts |= ByteFact.hyphen }
        return facts
    }

    /// Text and word classes of each ASCII punctuation token, built once.
    static let asciiPunctuation: [(String, WordClass)] = (0..<128).map { byte in
        let text = String(Unicode.Scalar(UInt8(byte)))
        return (text, Lexicon.classes(of: text))
    }

    /// Hyphens and dashes that word processors put for "-": U+2010, U+2011, U+2012, U+2013, U+2212.
    static func isDashScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x2010 && v <= 0x2013) || v == 0x2212
    }

    @inline(__always)
    static func isJoinerByte(_ b: UInt8) -> Bool {
        b == 45 || b == 42 || b == 47 || b == 46 || b == 58 || b == 95 || b == 38  // - * / . : _ &
    }
}
