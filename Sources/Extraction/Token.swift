/// A word, number or punctuation mark of the case text, with where it stood.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable, Equatable { case word, number, punctuation, lineBreak }
    public enum Role: UInt8, Sendable, Equatable { case subject, own, signature, quoted, forwarded, returned }

    // Stored properties are laid out in declaration order: widest first keeps a token at 48
    // bytes instead of 64, and rules walk arrays of hundreds of them per mail.
    public var text: String
    /// Lower-cased, diacritics folded.
    public var folded: String
    /// The first three bytes of `folded` and its length (capped at 3), packed: the key of the
    /// phrase index, so a lookup costs an integer hash instead of a string hash.
    public var key: UInt32
    /// The rule word classes of `folded` (see `Lexicon`).
    public var classes: WordClass
    private var sentenceIndex: Int32
    public var kind: Kind
    public var role: Role
    /// The yes/no facts below, one bit each, so that a token stays at 48 bytes.
    private var flags: UInt8

    /// True when a space (not punctuation) separated this token from the previous one.
    public var spaceBefore: Bool {
        get { flags & Self.spaceBeforeBit != 0 }
        set { flags = newValue ? flags | Self.spaceBeforeBit : flags & ~Self.spaceBeforeBit }
    }
    /// The first letter is upper case; computed once because rules ask it of every token.
    public var isCapitalized: Bool {
        get { flags & Self.capitalizedBit != 0 }
        set { flags = newValue ? flags | Self.capitalizedBit : flags & ~Self.capitalizedBit }
    }
    /// The word has a "-" inside ("Garo-laddare", "P-huset"): set from the text, so rules
    /// looking for compounds skip the rest without reading their bytes.
    public var hasHyphen: Bool { flags & Self.hyphenBit != 0 }
    /// The part of the case this token stands in (one writer's text: a quoted or forwarded
    /// message, the writer's own) is written with å, ä or ö; set by `SwedishSpelling.mark`.
    /// The token stands in a line that begins a quoted or forwarded message ("Från: …", "Den …
    /// skrev X:", "-----Ursprungligt meddelande-----"); set by `QuotedMessageLines.mark`.
    public internal(set) var isInBoundaryLine: Bool {
        get { flags & Self.boundaryLineBit != 0 }
        set { flags = newValue ? flags | Self.boundaryLineBit : flags & ~Self.boundaryLineBit }
    }
    public internal(set) var isInSpelledPart: Bool {
        get { flags & Self.spelledPartBit != 0 }
        set { flags = newValue ? flags | Self.spelledPartBit : flags & ~Self.spelledPartBit }
    }

    /// Three or more spaces (or a tab) stood between this token and the previous one on its
    /// line: the gap between a plain-text table's columns, not between the words of a name.
    public internal(set) var wideSpaceBefore: Bool {
        get { flags & Self.wideSpaceBit != 0 }
        set { flags = newValue ? flags | Self.wideSpaceBit : flags & ~Self.wideSpaceBit }
    }

    private static let spaceBeforeBit: UInt8 = 1
    private static let capitalizedBit: UInt8 = 2
    private static let hyphenBit: UInt8 = 4
    private static let spelledPartBit: UInt8 = 8
    private static let boundaryLineBit: UInt8 = 16
    private static let wideSpaceBit: UInt8 = 32

    /// Index of the sentence (or line) the token belongs to, for "same sentence" rules.
    public var sentence: Int {
        get { Int(sentenceIndex) }
        set { sentenceIndex = Int32(clamping: newValue) }
    }

    public init(text: String, folded: String, kind: Kind, role: Role, sentence: Int, spaceBefore: Bool, isCapitalized: Bool = false,
                key: UInt32? = nil, classes: WordClass? = nil, hasHyphen: Bool? = nil) {
        self.text = text
        self.folded = folded
        self.kind = kind
        self.role = role
        self.sentenceIndex = Int32(clamping: sentence)
        let hyphen = hasHyphen ?? (kind != .punctuation && text.utf8.contains(UInt8(ascii: "-")))
        self.flags = (spaceBefore ? Self.spaceBeforeBit : 0) | (isCapitalized ? Self.capitalizedBit : 0) | (hyphen ? Self.hyphenBit : 0)
        self.key = key ?? Token.key(of: folded)
        if let classes {
            self.classes = classes
        } else {
            var classes = kind == .lineBreak ? [] : Lexicon.classes(of: folded)
            if kind == .word, LanguageDetector.hasSwedishLetter(text) { classes.insert(.swedishLetter); classes.remove(.english) }
            if kind == .word || kind == .number, text.utf8.contains(UInt8(ascii: "*")) { classes.insert(.starJoined) }
            self.classes = classes
        }
    }

    @inline(__always)
    public func `is`(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }

    static func key(of folded: some StringProtocol) -> UInt32 {
        var key: UInt32 = 0
        var count: UInt32 = 0
        for byte in folded.utf8.prefix(3) {
            key = key << 8 | UInt32(byte)
            count += 1
        }
        return key | count << 24
    }

    public var isWordLike: Bool { kind == .word || kind == .number }

    /// A word the registry may match sites in: not the signature (the sender's office) and not
    /// a returned message.
    var isCaseWord: Bool { isWordLike && role != .signature && role != .returned }
}
