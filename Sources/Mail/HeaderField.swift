/// One header field as it stood in the message: its name and its unfolded raw value.
///
/// The raw value is kept as text decoded from bytes (UTF-8, else Windows-1252 for 8-bit headers)
/// but not yet RFC 2047-decoded, because structured fields (addresses, Content-Type parameters)
/// must be tokenised before encoded words are decoded.
public struct HeaderField: Sendable, Equatable {
    public var name: String
    public var rawValue: String
    /// The name lower-cased once, for case-insensitive lookups.
    public let key: String

    public init(name: String, rawValue: String) {
        self.name = name
        self.rawValue = rawValue
        self.key = name.lowercased()
    }

    /// The value with encoded words decoded, for unstructured fields such as Subject.
    public var decodedValue: String { EncodedWordDecoder.decode(rawValue) }
}
