/// The header section of a message or MIME part: ordered fields, looked up case-insensitively.
public struct Headers: Sendable, Equatable {
    public private(set) var fields: [HeaderField]

    public init(_ fields: [HeaderField] = []) { self.fields = fields }

    /// The first field of that name, raw (not RFC 2047-decoded).
    public subscript(name: String) -> String? {
        let key = name.lowercased()
        return fields.first { $0.key == key }?.rawValue
    }

    public func all(_ name: String) -> [String] {
        let key = name.lowercased()
        return fields.filter { $0.key == key }.map(\.rawValue)
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
        var current: [UInt8] = []
        var fieldCount = 0

        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard !current.isEmpty else { return }
            guard let colon = current.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { malformed += 1; return }
            let nameBytes = current[..<colon]
            // A field name is printable ASCII without spaces (RFC 5322 ftext); tolerate trailing space.
            var nameEnd = nameBytes.endIndex
            while nameEnd > nameBytes.startIndex, nameBytes[nameEnd - 1] == 32 || nameBytes[nameEnd - 1] == 9 { nameEnd -= 1 }
            let trimmedName = nameBytes[nameBytes.startIndex..<nameEnd]
            guard !trimmedName.isEmpty, trimmedName.allSatisfy({ $0 > 32 && $0 < 127 }) else { malformed += 1; return }
            let name = String(decoding: trimmedName, as: UTF8.self)
            var valueStart = colon + 1
            var valueEnd = current.endIndex
            while valueStart < valueEnd, current[valueStart] == 32 || current[valueStart] == 9 { valueStart += 1 }
            while valueEnd > valueStart, current[valueEnd - 1] == 32 || current[valueEnd - 1] == 9 { valueEnd -= 1 }
            headers.append(HeaderField(name: name, valueBytes: Array(current[valueStart..<valueEnd])[...]))
        }

        var index = block.startIndex
        let end = block.endIndex
        while index < end {
            var lineEnd = index
            while lineEnd < end, block[lineEnd] != 10 { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > index, block[contentEnd - 1] == 13 { contentEnd -= 1 }
            let line = block[index..<contentEnd]
            index = lineEnd < end ? lineEnd + 1 : end
            if let first = line.first, first == 32 || first == 9 {
                // Unfolding removes the CRLF only; the leading whitespace stays (RFC 5322 §2.2.3).
                if current.count + line.count <= limits.maxHeaderFieldBytes { current.append(contentsOf: line) } else { truncated = true }
                continue
            }
            flush()
            fieldCount += 1
            if fieldCount > limits.maxHeaderFields { truncated = true; break }
            current.append(contentsOf: line.prefix(limits.maxHeaderFieldBytes))
        }
        flush()
        return Result(headers: headers, malformedLines: malformed, truncated: truncated)
    }
}
