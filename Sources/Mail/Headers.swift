/// The header section of a message or MIME part: ordered fields, looked up case-insensitively.
public struct Headers: Sendable, Equatable {
    public private(set) var fields: [HeaderField]

    public init(_ fields: [HeaderField] = []) { self.fields = fields }

    /// The first field of that name, raw (not RFC 2047-decoded).
    public subscript(name: String) -> String? {
        // Indices, not `for field in fields`: a copy of each field would retain its name and bytes.
        for i in fields.indices where fields[i].hasName(name) { return fields[i].rawValue }
        return nil
    }

    public func all(_ name: String) -> [String] {
        fields.filter { $0.hasName(name) }.map(\.rawValue)
    }

    /// The first field of that name with encoded words decoded and whitespace trimmed.
    public func decoded(_ name: String) -> String? {
        self[name].map { EncodedWordDecoder.decode($0).trimmingASCIIWhitespace() }
    }

    public mutating func append(_ field: HeaderField) { fields.append(field) }
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
            let name = String(decoding: trimmedName, as: UTF8.self)
            var valueStart = colon + 1
            var valueEnd = field.endIndex
            while valueStart < valueEnd, field[valueStart] == 32 || field[valueStart] == 9 { valueStart += 1 }
            while valueEnd > valueStart, field[valueEnd - 1] == 32 || field[valueEnd - 1] == 9 { valueEnd -= 1 }
            headers.append(HeaderField(name: name, valueBytes: field[valueStart..<valueEnd]))
        }

        var index = block.startIndex
        let end = block.endIndex
        while index < end {
            var lineEnd = index
            while lineEnd < end, block[lineEnd] != 10 { lineEnd += 1 }
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
}
