/// Finds vocabulary phrases in a token stream in one pass.
///
/// A phrase is one or more folded words; a word ending in `*` matches any word with that
/// prefix (a stem: `avbryt*` matches "avbryts", "avbrytas"). Phrases are indexed by the
/// first three characters of their first word, so each token costs one dictionary lookup.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var value: Value
    }

    private var index: [UInt32: [Entry]] = [:]

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
            index[Token.key(of: stem.utf8.count > 3 ? stem.prefix(3) : stem), default: []].append(Entry(words: words, value: value))
        }
    }

    public struct Hit: Sendable {
        public var start: Int
        public var end: Int
        public var value: Value
    }

    /// All matches among `tokens[range]` that `accept` keeps, skipping punctuation inside phrases.
    func matches(in tokens: [Token], where accept: (Token) -> Bool = { _ in true }) -> [Hit] {
        var hits: [Hit] = []
        for i in tokens.indices {
            guard tokens[i].kind == .word || tokens[i].kind == .number, index[tokens[i].key] != nil, accept(tokens[i]) else { continue }
            let token = tokens[i]
            guard let entries = index[token.key] else { continue }
            for entry in entries {
                if let end = match(entry.words, tokens, at: i) { hits.append(Hit(start: i, end: end, value: entry.value)) }
            }
        }
        return hits
    }

    private func match(_ words: [String], _ tokens: [Token], at start: Int) -> Int? {
        var i = start
        for (n, word) in words.enumerated() {
            if n > 0 {
                i += 1
                // Phrases may span a line break but not a sentence end.
                while i < tokens.count, tokens[i].kind == .lineBreak { i += 1 }
            }
            if word == ":" {
                guard i < tokens.count, tokens[i].kind == .punctuation, tokens[i].text == ":" else { return nil }
                continue
            }
            guard i < tokens.count, tokens[i].kind == .word || tokens[i].kind == .number else { return nil }
            if !PhraseMatcher.wordMatches(word, tokens[i].folded) { return nil }
        }
        return i + 1
    }

    @inline(__always)
    static func wordMatches(_ pattern: String, _ word: String) -> Bool {
        if pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
        return pattern == word
    }
}
