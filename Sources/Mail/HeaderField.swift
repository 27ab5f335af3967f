/// One header field as it stood in the message: its name and its unfolded raw value.
///
/// The value is kept as the bytes of the message and decoded (UTF-8, else Windows-1252 for
/// 8-bit headers) only when read: a mail has twenty-odd fields, long Received and DKIM lines
/// among them, and a handful are ever looked at. It is not RFC 2047-decoded, because
/// structured fields (addresses, Content-Type parameters) must be tokenised first.
public struct HeaderField: Sendable, Equatable {
    /// The field's bytes from its name to the end of its value, usually a slice of the message
    /// itself: a parse makes no string for a field nobody reads, not even its name.
    private let bytes: ArraySlice<UInt8>
    private let nameCount: Int32
    private let valueOffset: Int32

    public init(name: String, rawValue: String) {
        let name = Array(name.utf8)
        self.init(field: (name + Array(": ".utf8) + Array(rawValue.utf8))[...], nameCount: name.count, valueOffset: name.count + 2)
    }

    /// `field[..<nameCount]` is the name; the value starts `valueOffset` bytes into the field.
    init(field: ArraySlice<UInt8>, nameCount: Int, valueOffset: Int) {
        bytes = field
        self.nameCount = Int32(nameCount)
        self.valueOffset = Int32(valueOffset)
    }

    private var nameBytes: ArraySlice<UInt8> { bytes[bytes.startIndex..<(bytes.startIndex + Int(nameCount))] }
    private var valueBytes: ArraySlice<UInt8> { bytes[(bytes.startIndex + Int(valueOffset))...] }

    public var name: String { String(decoding: nameBytes, as: UTF8.self) }

    public var rawValue: String { Charset.utf8.decode(valueBytes).text }

    /// The value with encoded words decoded, for unstructured fields such as Subject.
    public var decodedValue: String { EncodedWordDecoder.decode(rawValue) }

    /// Field names are ASCII and compared without case (RFC 5322 §1.2.2). Comparing bytes in
    /// place saves building a lower-cased copy of every name of every part.
    public func hasName(_ other: String) -> Bool {
        guard Int(nameCount) == other.utf8.count else { return false }
        // Native strings lend their bytes without a copy; others fall back to the view.
        let fast = nameBytes.withUnsafeBufferPointer { x in
            other.utf8.withContiguousStorageIfAvailable { y in Self.equalIgnoringASCIICase(x, y) }
        }
        if let result = fast { return result }
        return Self.equalIgnoringASCIICase(Array(nameBytes), Array(other.utf8))
    }

    @inline(__always)
    private static func equalIgnoringASCIICase<C: RandomAccessCollection<UInt8>>(_ x: C, _ y: C) -> Bool where C.Index == Int {
        for i in 0..<x.count where x[x.startIndex + i] != y[y.startIndex + i] {
            let lower = x[x.startIndex + i] | 0x20
            guard lower == y[y.startIndex + i] | 0x20, lower >= 97, lower <= 122 else { return false }
        }
        return true
    }

    public static func == (a: HeaderField, b: HeaderField) -> Bool {
        a.nameCount == b.nameCount && a.nameBytes.withUnsafeBufferPointer { x in b.nameBytes.withUnsafeBufferPointer { y in equalIgnoringASCIICase(x, y) } }
            && a.valueBytes.elementsEqual(b.valueBytes)
    }
}
