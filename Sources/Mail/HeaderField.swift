/// One header field as it stood in the message: its name and its unfolded raw value.
///
/// The value is kept as the bytes of the message and decoded (UTF-8, else Windows-1252 for
/// 8-bit headers) only when read: a mail has twenty-odd fields, long Received and DKIM lines
/// among them, and a handful are ever looked at. It is not RFC 2047-decoded, because
/// structured fields (addresses, Content-Type parameters) must be tokenised first.
public struct HeaderField: Sendable, Equatable {
    public let name: String
    /// The name lower-cased once, for case-insensitive lookups.
    public let key: String
    private let valueBytes: ArraySlice<UInt8>

    public init(name: String, rawValue: String) {
        self.init(name: name, valueBytes: Array(rawValue.utf8)[...])
    }

    init(name: String, valueBytes: ArraySlice<UInt8>) {
        self.name = name
        self.key = name.lowercasedASCIIFast()
        self.valueBytes = valueBytes
    }

    public var rawValue: String { Charset.utf8.decode(valueBytes).text }

    /// The value with encoded words decoded, for unstructured fields such as Subject.
    public var decodedValue: String { EncodedWordDecoder.decode(rawValue) }

    public static func == (a: HeaderField, b: HeaderField) -> Bool { a.key == b.key && a.valueBytes.elementsEqual(b.valueBytes) }
}
