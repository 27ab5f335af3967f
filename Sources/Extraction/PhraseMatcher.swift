/// Finds vocabulary phrases in a token stream in one pass.
///
/// A phrase is one or more folded words; a word ending in `*` matches any word with that
/// prefix (a stem: `avbryt*` matches "avbryts", "avbrytas"). Phrases are indexed by the
/// first three characters of their first word, so each token costs one dictionary lookup.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    /// One word of a phrase, decided once at build time rather than on every comparison.
    enum Pattern: Sendable {
        case colon
        case exact(String)
        case stem([UInt8])
    }

    struct Entry: Sendable {
        var words: [Pattern]
        var value: Value
    }

    private var index: [UInt32: [Entry]] = [:]
    /// Keys of first words: most tokens start no phrase and are dismissed before the dictionary.
    private var filter = KeyFilter()

    public init(_ phrases: [(String, Value)]) {
        for (phrase, value) in phrases {
            // "ägare:" is the word and then its colon, as the tokenizer splits them.
            let words = TextFolding.fold(phrase).split(separator: " ").flatMap { word -> [String] in
                word.count > 1 && word.hasSuffix(":") ? [String(word.dropLast()), ":"] : [String(word)]
            }
            guard let first = words.first else { continue }
            let stem = first.hasSuffix("*") ? first.dropLast() : Substring(first)
            // A stem shorter than three bytes would match tokens of any length: not supported.
            precondition(!first.hasSuffix("*") || stem.utf8.count >= 3, "stem too short: \(phrase)")
            let key = Token.key(of: stem.utf8.count > 3 ? stem.prefix(3) : stem)
            let patterns = words.map { word -> Pattern in
                if word == ":" { return .colon }
                return word.hasSuffix("*") ? .stem(Array(word.dropLast().utf8)) : .exact(word)
            }
            index[key, default: []].append(Entry(words: patterns, value: value))
            filter.insert(key)
        }
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
            guard filter.mayContain(key), tokens[i].kind == .word || tokens[i].kind == .number,
                  let entries = index[key], accept(tokens[i].role) else { continue }
            for entry in entries {
                if let end = match(entry.words, tokens, at: i) { hits.append(Hit(start: i, end: end, value: entry.value)) }
            }
        }
        return hits
    }

    private func match(_ words: [Pattern], _ tokens: [Token], at start: Int) -> Int? {
        var i = start
        for (n, word) in words.enumerated() {
            if n > 0 {
                i += 1
                // Phrases may span a line break but not a sentence end.
                while i < tokens.count, tokens[i].kind == .lineBreak { i += 1 }
            }
            guard i < tokens.count else { return nil }
            switch word {
            case .colon:
                guard tokens[i].kind == .punctuation, tokens[i].text == ":" else { return nil }
            case .exact(let expected):
                guard tokens[i].kind == .word || tokens[i].kind == .number, tokens[i].folded == expected else { return nil }
            case .stem(let prefix):
                guard tokens[i].kind == .word || tokens[i].kind == .number, tokens[i].folded.utf8.starts(with: prefix) else { return nil }
            }
        }
        return i + 1
    }
}
