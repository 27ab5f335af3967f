/// One header field as it stood in the message: its name and its unfolded raw value.
///
/// The raw value is kept as text decoded from bytes (UTF-8, else Windows-1252 for 8-bit headers)
/// but not yet RFC 2047-decoded, because structured fields (addresses, Content-Type parameters)
/// must be tokenised before encoded words are decoded.
public struct HeaderField: Sendable, Equatable {
    public var name: String
    public var rawValue: String

    public init(name: String, rawValue: String) {
        self.name = name
        self.rawValue = rawValue
    }

    /// The value with encoded words decoded, for unstructured fields such as Subject.
    public var decodedValue: String { EncodedWordDecoder.decode(rawValue) }
}
