/// A word, number or punctuation mark of the case text, with where it stood.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, number, punctuation, lineBreak }
    public enum Role: Sendable, Equatable { case subject, own, signature, quoted, forwarded, returned }

    public var text: String
    /// Lower-cased, diacritics folded.
    public var folded: String
    public var kind: Kind
    public var role: Role
    /// Index of the sentence (or line) the token belongs to, for "same sentence" rules.
    public var sentence: Int
    /// True when a space (not punctuation) separated this token from the previous one.
    public var spaceBefore: Bool

    public var isCapitalized: Bool { text.first.map { $0.isUppercase } ?? false }
    public var isWordLike: Bool { kind == .word || kind == .number }
}
