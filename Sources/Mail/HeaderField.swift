/// One header field as it stood in the message: its name and its unfolded raw value.
///
/// The value is kept as the bytes of the message and decoded (UTF-8, else Windows-1252 for
/// 8-bit headers) only when read: a mail has twenty-odd fields, long Received and DKIM lines
/// among them, and a handful are ever looked at. It is not RFC 2047-decoded, because
/// structured fields (addresses, Content-Type parameters) must be tokenised first.
public struct HeaderField: Sendable, Equatable {
    public let name: String
    private let valueBytes: ArraySlice<UInt8>

    public init(name: String, rawValue: String) {
        self.init(name: name, valueBytes: Array(rawValue.utf8)[...])
    }

    init(name: String, valueBytes: ArraySlice<UInt8>) {
        self.name = name
        self.valueBytes = valueBytes
    }

    public var rawValue: String { Charset.utf8.decode(valueBytes).text }

    /// The value with encoded words decoded, for unstructured fields such as Subject.
    public var decodedValue: String { EncodedWordDecoder.decode(rawValue) }

    /// Field names are ASCII and compared without case (RFC 5322 §1.2.2). Comparing bytes in
    /// place saves building a lower-cased copy of every name of every part.
    public func hasName(_ other: String) -> Bool {
        guard name.utf8.count == other.utf8.count else { return false }
        // Native strings lend their bytes without a copy; others fall back to the views.
        let fast = name.utf8.withContiguousStorageIfAvailable { x in
            other.utf8.withContiguousStorageIfAvailable { y in Self.equalIgnoringASCIICase(x, y) }
        }
        if let result = fast ?? nil { return result }
        return Self.equalIgnoringASCIICase(Array(name.utf8), Array(other.utf8))
    }

    @inline(__always)
    private static func equalIgnoringASCIICase<C: RandomAccessCollection<UInt8>>(_ x: C, _ y: C) -> Bool where C.Index == Int {
        for i in 0..<x.count where x[x.startIndex + i] != y[y.startIndex + i] {
            let lower = x[x.startIndex + i] | 0x20
            guard lower == y[y.startIndex + i] | 0x20, lower >= 97, lower <= 122 else { return false }
        }
        return true
    }

    public static func == (a: HeaderField, b: HeaderField) -> Bool { a.hasName(b.name) && a.valueBytes.elementsEqual(b.valueBytes) }
}
