/// Finds vocabulary phrases in a token stream in one pass.
///
/// A phrase is one or more folded words; a word ending in `*` matches any word with that
/// prefix (a stem: `avbryt*` matches "avbryts", "avbrytas"). Phrases are filed by the token
/// key of their first word (first three folded bytes and length, see `Token.key`) in flat
/// arrays: a token costs a bit test, most are dismissed there, and the rest one bucket scan
/// comparing integers. Strings are compared only once the keys agree.
///
/// A matcher built `tolerant` reads phrases the way people vary them in speech: an adverb may
/// stand between two words of a phrase ("den startar fortfarande inte", "it still won't
/// charge", "blinkar bara gult"), and Swedish "inte" matches its synonyms "ej" and "aldrig"
/// ("startar aldrig"), and "är" its texted form "e" ("skärmen e svart"). The vocabulary then
/// lists each phrase once, in its plain form.
///
/// Folding lets a writer who types without å, ä and ö ("kort pa stolpen") match the phrase
/// "kört på". A writer who does type them means the word they typed: in a block of text with
/// Swedish letters, "kort på laddaren" (a card) is not "kört på" (driven into), and "här" is
/// not "har". There a phrase word with a Swedish letter needs a token with one, and an exact
/// word without one a token without one; `SwedishSpelling` marks which parts are so written.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    /// One word of a phrase, decided once at build time rather than on every comparison.
    struct Word: Sendable {
        enum Kind: UInt8, Sendable { case colon, exact, stem, negation, copula }
        var kind: Kind
        /// The key a token must have: its own for an exact word, that of the first three bytes for a stem.
        var key: UInt32
        var text: String
        var stem: [UInt8]
        /// Bytes in `text`: compared before the text, since many words share their first three.
        var length: Int
        /// The word as written in the vocabulary has å, ä or ö (before folding).
        var swedishLetter: Bool = false
    }

    /// A phrase: `count` words from `start` in `words`.
    struct Phrase: Sendable {
        var firstKey: UInt32
        var start: Int32
        var count: Int32
        /// The key the token after the first must have (see `Word.key`; punctuation has key 0),
        /// or nil when any may do (a one-word phrase, or a negation that has synonyms): the
        /// phrases of a common first word ("det", "the") are then mostly dismissed on one
        /// integer compare instead of a walk through their words.
        var secondKey: UInt32?
    }

    private var words: [Word] = []
    /// Phrases ordered by bucket, and in the order given within a bucket (hits keep that order).
    private var phrases: [Phrase] = []
    private var values: [Value] = []
    /// Where each bucket's phrases start in `phrases`; bucket b is `bucketStarts[b]..<bucketStarts[b + 1]`.
    private var bucketStarts: [Int32]
    /// Keys of first words: most tokens start no phrase and are dismissed before any bucket.
    private var filter = KeyFilter()
    private let tolerant: Bool

    private static var bucketCount: Int { 1024 }
    @inline(__always)
    private static func bucket(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> 22) & (bucketCount - 1) }

    public init(_ entries: [(String, Value)], tolerant: Bool = false) {
        self.tolerant = tolerant
        var built: [(bucket: Int, phrase: Phrase, value: Value)] = []
        for (phrase, value) in entries {
            // "ägare:" is the word and then its colon, as the tokenizer splits them.
            let parts = TextFolding.fold(phrase).split(separator: " ").flatMap { word -> [String] in
                word.count > 1 && word.hasSuffix(":") ? [String(word.dropLast()), ":"] : [String(word)]
            }
            guard !parts.isEmpty else { continue }
            // The same split before folding, for which words have Swedish letters.
            let written = phrase.lowercased().split(separator: " ").flatMap { word -> [Bool] in
                let swedish = LanguageDetector.hasSwedishLetter(String(word))
                return word.count > 1 && word.hasSuffix(":") ? [swedish, false] : [swedish]
            }
            precondition(written.count == parts.count, "folding changed the words of \(phrase)")
            let start = Int32(words.count)
            for word in parts {
                if word == ":" {
                    words.append(Word(kind: .colon, key: 0, text: ":", stem: [], length: 1))
                } else if word.hasSuffix("*") {
                    let stem = word.dropLast()
                    // A stem shorter than three bytes would match tokens of any length: not supported.
                    precondition(stem.utf8.count >= 3, "stem too short: \(phrase)")
                    words.append(Word(kind: .stem, key: Token.key(of: stem.prefix(3)), text: String(stem), stem: Array(stem.utf8), length: stem.utf8.count))
                } else if tolerant, word == "inte", Int(start) < words.count {
                    // Not as a first word: phrases are filed by their first word's key.
                    words.append(Word(kind: .negation, key: Token.key(of: word), text: word, stem: [], length: word.utf8.count))
                } else if tolerant, word == "ar", written[words.count - Int(start)], Int(start) < words.count {
                    words.append(Word(kind: .copula, key: Token.key(of: word), text: word, stem: [], length: word.utf8.count))
                } else {
                    words.append(Word(kind: .exact, key: Token.key(of: word), text: word, stem: [], length: word.utf8.count))
                }
            }
            for (k, swedishLetter) in written.enumerated() { words[Int(start) + k].swedishLetter = swedishLetter }
            let firstKey = words[Int(start)].key
            let second = parts.count > 1 && words[Int(start) + 1].kind != .negation && words[Int(start) + 1].kind != .copula ? words[Int(start) + 1].key : nil
            built.append((Self.bucket(firstKey), Phrase(firstKey: firstKey, start: start, count: Int32(parts.count), secondKey: second), value))
            filter.insert(firstKey)
        }
        // A stable sort by bucket: phrases of one first word stay in the order given.
        let ordered = built.enumerated().sorted { ($0.element.bucket, $0.offset) < ($1.element.bucket, $1.offset) }.map(\.element)
        phrases = ordered.map(\.phrase)
        values = ordered.map(\.value)
        var starts = [Int32](repeating: 0, count: Self.bucketCount + 1)
        for entry in ordered { starts[entry.bucket + 1] += 1 }
        for b in 0..<Self.bucketCount { starts[b + 1] += starts[b] }
        bucketStarts = starts
    }

    public struct Hit: Sendable {
        public var start: Int
        public var end: Int
        public var value: Value
    }

    /// All matches whose first token's role `accept` keeps, skipping punctuation inside phrases.
    /// The filter sees the role only: handing it whole tokens would copy (and retain) each one.
    func matches(in tokens: [Token], where accept: (Token.Role) -> Bool = { _ in true }) -> [Hit] {
        var hits: [Hit] = []
        for i in tokens.indices {
            let key = tokens[i].key
            guard filter.mayContain(key), tokens[i].kind == .word || tokens[i].kind == .number, accept(tokens[i].role) else { continue }
            let bucket = Self.bucket(key)
            // The token a second phrase word must be (line breaks skipped as `match` skips
            // them), or in a tolerant matcher an adverb `match` may step over.
            var next = i + 1
            while next < tokens.count, tokens[next].kind == .lineBreak { next += 1 }
            let nextKey: UInt32? = next < tokens.count ? tokens[next].key : nil
            let nextMayBeSkipped = tolerant && next + 1 < tokens.count && tokens[next].kind == .word && PhraseVariation.isFiller(tokens, next)
            for p in Int(bucketStarts[bucket])..<Int(bucketStarts[bucket + 1]) where phrases[p].firstKey == key {
                if let second = phrases[p].secondKey, second != nextKey, !nextMayBeSkipped { continue }
                if let end = match(phrases[p], tokens, at: i) { hits.append(Hit(start: i, end: end, value: values[p])) }
            }
        }
        return hits
    }

    private func match(_ phrase: Phrase, _ tokens: [Token], at start: Int) -> Int? {
        var i = start
        for w in Int(phrase.start)..<Int(phrase.start + phrase.count) {
            if w > phrase.start {
                i += 1
                // Phrases may span a line break but not a sentence end.
                while i < tokens.count, tokens[i].kind == .lineBreak { i += 1 }
                if tolerant {
                    // At most two adverbs between two words, and only where the word itself is not.
                    var skipped = 0
                    while skipped < 2, i + 1 < tokens.count, tokens[i].kind == .word, PhraseVariation.isFiller(tokens, i),
                          !matches(w, tokens, i) {
                        i += 1
                        skipped += 1
                    }
                }
            }
            guard i < tokens.count, matches(w, tokens, i) else { return nil }
            if tokens[i].isInSpelledPart, !spellingAgrees(w, tokens, i) { return nil }
        }
        return i + 1
    }

    /// Whether token `i` is spelled with Swedish letters where word `w` is. A stem's token may
    /// have them in the ending ("laddkort*" in "laddkortsläsaren"); an exact word's may not.
    @inline(__always)
    private func spellingAgrees(_ w: Int, _ tokens: [Token], _ i: Int) -> Bool {
        let token = tokens[i].is(.swedishLetter)
        switch words[w].kind {
        case .exact: return token == words[w].swedishLetter
        case .stem: return token || !words[w].swedishLetter
        case .colon, .negation: return true
        case .copula: return token || tokens[i].folded == "e"
        }
    }

    /// Whether token `i` is word `w` of the vocabulary. Takes indices, not values: a token or
    /// word passed by value is copied, and its strings retained, for every comparison.
    @inline(__always)
    private func matches(_ w: Int, _ tokens: [Token], _ i: Int) -> Bool {
        switch words[w].kind {
        case .colon:
            return tokens[i].kind == .punctuation && tokens[i].text == ":"
        case .exact:
            return (tokens[i].kind == .word || tokens[i].kind == .number) && tokens[i].key == words[w].key
                && tokens[i].folded.utf8.count == words[w].length && tokens[i].folded == words[w].text
        case .negation:
            return tokens[i].kind == .word && PhraseVariation.isNegation(tokens, i)
        case .copula:
            // Texted Swedish writes "är" as "e": "skärmen e svart".
            return tokens[i].kind == .word && tokens[i].key == words[w].key ? tokens[i].folded == "ar" : tokens[i].key == PhraseVariation.eKey && tokens[i].folded == "e"
        case .stem:
            return (tokens[i].kind == .word || tokens[i].kind == .number) && tokens[i].key == words[w].key
                && tokens[i].folded.utf8.count >= words[w].length && tokens[i].folded.utf8.starts(with: words[w].stem)
        }
    }
}

/// How people vary a phrase without changing what it says, for tolerant matchers.
enum PhraseVariation {
    /// Adverbs that may stand between the words of a phrase: they qualify the statement
    /// without turning it around. Folded.
    static let fillers: WordSet = [
        "fortfarande", "tyvarr", "alltsa", "anda", "langre", "heller", "bara", "nu", "just", "riktigt", "overhuvudtaget", "alls",
        "still", "even", "really", "ever", "always", "only",
        // "stängde sedan av", "slutade sen ladda": when, which leaves what happened as it was.
        "sedan", "sen", "then",
        // "vi har ju serviceavtal", "den laddar faktiskt inte": the writer's emphasis.
        "ju", "faktiskt", "actually",
    ]
    /// The texted "är" (see `PhraseMatcher.Word.Kind.copula`).
    static let eKey = Token.key(of: "e")
    /// Words read as "inte". Folded.
    static let negations: WordSet = ["inte", "ej", "aldrig"]

    /// Keys of the words above (see `Token.key`): a phrase's continuation fails on most tokens,
    /// and an integer test then spares hashing the word.
    private static let fillerKeys = KeyFilter(keys: fillers.map { Token.key(of: $0) })
    private static let negationKeys = negations.map { Token.key(of: $0) }

    @inline(__always)
    static func isFiller(_ tokens: [Token], _ i: Int) -> Bool {
        fillerKeys.mayContain(tokens[i].key) && fillers.contains(tokens[i])
    }

    @inline(__always)
    static func isNegation(_ tokens: [Token], _ i: Int) -> Bool {
        negationKeys.contains(tokens[i].key) && negations.contains(tokens[i])
    }
}
