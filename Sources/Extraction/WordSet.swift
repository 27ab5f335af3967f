/// A fixed set of folded words that rules ask about on every token ("is this a preposition,
/// a closing word, a place noun?").
///
/// Nearly every question is answered "no". `Set<String>` answers it by hashing the whole
/// word with SipHash; this set first tests the word's key (first three bytes and length, see
/// `Token.key`) against a bit filter, which rules out most words with one integer test, and
/// hashes only the rest, with the byte hash of `WordTable`.
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable<Bool>
    private let filter: KeyFilter
    /// The words, in the order first given.
    public let words: [String]

    public init(_ words: some Sequence<String>) {
        var seen = Set<String>()
        let unique = words.filter { seen.insert($0).inserted }
        self.words = unique
        table = WordTable(unique.map { ($0, true) })
        filter = KeyFilter(keys: unique.map { Token.key(of: $0) })
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    public var count: Int { words.count }
    public var isEmpty: Bool { words.isEmpty }

    public func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains(bytes: $0) }
    }

    /// Whether the token's folded word is in the set. The token's key was computed once, when
    /// it was made, so most words are dismissed by the filter without reading their text.
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        // Punctuation carries key 0 rather than its bytes' key.
        guard token.key != 0 else { return contains(token.folded) }
        return filter.mayContain(token.key) && contains(token.folded)
    }

    func contains(_ word: Substring) -> Bool {
        var word = word
        return word.withUTF8 { contains(bytes: $0) }
    }

    @inline(__always)
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var key: UInt32 = 0
        let count = Swift.min(3, bytes.count)
        for k in 0..<count { key = key << 8 | UInt32(bytes[k]) }
        key |= UInt32(count) << 24
        return filter.mayContain(key) && table[bytes] != nil
    }

    /// Both sets' words.
    func union(_ other: some Sequence<String>) -> WordSet { WordSet(words + Array(other)) }

    public func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
