#if canImport(Glibc)
import Glibc
#endif

/// The header section of a message or MIME part: ordered fields, looked up case-insensitively.
public struct Headers: Sendable, Equatable {
    public private(set) var fields: [HeaderField]
    /// A hash of each field's lower-cased name, parallel to `fields`. A parse looks up a dozen
    /// names in every part; scanning plain integers costs no reference counting, and only a
    /// hash match compares the names themselves.
    private var nameKeys: [UInt64]

    public init(_ fields: [HeaderField] = []) {
        self.fields = fields
        nameKeys = fields.map { Headers.nameKey($0.name.utf8) }
    }

    /// The first field of that name, raw (not RFC 2047-decoded).
    public subscript(name: String) -> String? {
        firstIndex(of: name).map { fields[$0].rawValue }
    }

    public func all(_ name: String) -> [String] {
        let key = Headers.nameKey(name.utf8)
        return fields.indices.filter { nameKeys[$0] == key && fields[$0].hasName(name) }.map { fields[$0].rawValue }
    }

    /// True when a field of that name is present, without decoding its value.
    public func contains(_ name: String) -> Bool { firstIndex(of: name) != nil }

    func firstIndex(of name: String) -> Int? {
        var name = name
        let key = name.withUTF8 { Headers.nameKey($0) }
        return nameKeys.withUnsafeBufferPointer { keys in
            for i in keys.indices where keys[i] == key && fields[i].hasName(name) { return i }
            return nil
        }
    }

    /// FNV-1a over the ASCII-lower-cased name bytes.
    static func nameKey<C: Sequence<UInt8>>(_ name: C) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name {
            hash = (hash ^ UInt64(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// The first field of that name with encoded words decoded and whitespace trimmed.
    public func decoded(_ name: String) -> String? {
        self[name].map { EncodedWordDecoder.decode($0).trimmingASCIIWhitespace() }
    }

    public mutating func append(_ field: HeaderField) {
        fields.append(field)
        nameKeys.append(Headers.nameKey(field.name.utf8))
    }

    /// Appends a field whose name key the parser already computed from the bytes.
    mutating func append(_ field: HeaderField, nameKey: UInt64) {
        fields.append(field)
        nameKeys.append(nameKey)
    }
}

/// Splits a header block into fields (RFC 5322 §2.2): unfolds continuation lines, accepts CRLF
/// and bare LF, skips lines that are not fields, and stops at hostile sizes.
enum HeaderParser {
    struct Result {
        var headers: Headers
        var malformedLines: Int
        var truncated: Bool
    }

    static func parse(_ block: ArraySlice<UInt8>, limits: ParseLimits) -> Result {
        var headers = Headers()
        var malformed = 0
        var truncated = false
        // A field on one line is a slice of the message (no copy); only folded fields are copied.
        var line: ArraySlice<UInt8> = []
        var unfolded: [UInt8]? = nil
        var fieldCount = 0

        func flush() {
            let field = unfolded.map { $0[...] } ?? line
            defer { line = []; unfolded = nil }
            guard !field.isEmpty else { return }
            guard let colon = field.firstIndex(of: UInt8(ascii: ":")), colon > field.startIndex else { malformed += 1; return }
            // A field name is printable ASCII without spaces (RFC 5322 ftext); tolerate trailing space.
            var nameEnd = colon
            while nameEnd > field.startIndex, field[nameEnd - 1] == 32 || field[nameEnd - 1] == 9 { nameEnd -= 1 }
            let trimmedName = field[field.startIndex..<nameEnd]
            guard !trimmedName.isEmpty, trimmedName.allSatisfy({ $0 > 32 && $0 < 127 }) else { malformed += 1; return }
            var valueStart = colon + 1
            var valueEnd = field.endIndex
            while valueStart < valueEnd, field[valueStart] == 32 || field[valueStart] == 9 { valueStart += 1 }
            while valueEnd > valueStart, field[valueEnd - 1] == 32 || field[valueEnd - 1] == 9 { valueEnd -= 1 }
            let key = trimmedName.withUnsafeBufferPointer { Headers.nameKey($0) }
            headers.append(HeaderField(field: field[field.startIndex..<valueEnd], nameCount: trimmedName.count, valueOffset: valueStart - field.startIndex),
                           nameKey: key)
        }

        var index = block.startIndex
        let end = block.endIndex
        while index < end {
            let lineEnd = nextLineFeed(in: block, from: index)
            var contentEnd = lineEnd
            if contentEnd > index, block[contentEnd - 1] == 13 { contentEnd -= 1 }
            let next = block[index..<contentEnd]
            index = lineEnd < end ? lineEnd + 1 : end
            if let first = next.first, first == 32 || first == 9 {
                // Unfolding removes the CRLF only; the leading whitespace stays (RFC 5322 §2.2.3).
                if unfolded == nil { unfolded = Array(line) }
                if unfolded!.count + next.count <= limits.maxHeaderFieldBytes { unfolded!.append(contentsOf: next) } else { truncated = true }
                continue
            }
            flush()
            fieldCount += 1
            if fieldCount > limits.maxHeaderFields { truncated = true; break }
            line = next.prefix(limits.maxHeaderFieldBytes)
        }
        flush()
        return Result(headers: headers, malformedLines: malformed, truncated: truncated)
    }

    /// The index of the next LF at or after `from`, or `endIndex`: memchr, because a header
    /// block is kilobytes of Received and DKIM lines and this runs for every part.
    @inline(__always)
    static func nextLineFeed(in block: ArraySlice<UInt8>, from: Int) -> Int {
        block.withUnsafeBufferPointer { buffer in
            let offset = from - block.startIndex
            guard let base = buffer.baseAddress, offset < buffer.count,
                  let found = memchr(base + offset, 10, buffer.count - offset) else { return block.endIndex }
            return block.startIndex + base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}
