#if canImport(Glibc)
import Glibc
#endif

/// Parses RFC 5322 / MIME messages from bytes into a `Message`. It never throws: every problem
/// becomes a `ParseDefect` and the parser recovers as a mail reader would.
public struct MessageParser: Sendable {
    public var limits: ParseLimits

    public init(limits: ParseLimits = .standard) { self.limits = limits }

    public func parse(_ bytes: [UInt8]) -> Message {
        var state = State(limits: limits)
        let root = state.parsePart(bytes[...], path: "", depth: 0, defaultType: .textPlain)
        var message = Message(root: root, defects: state.defects)
        let builder = BodyTextBuilder(limits: limits, isForward: TextSegmenter.isForwardSubject(message.subject),
                                      writerWords: message.writerWords)
        message.body = builder.build(root, defects: &message.defects)
        return message
    }

    public func parse(_ text: String) -> Message { parse(Array(text.utf8)) }

    struct State {
        let limits: ParseLimits
        var defects: [ParseDefect] = []
        var partCount = 0

        mutating func parsePart(_ bytes: ArraySlice<UInt8>, path: String, depth: Int, defaultType: ContentType) -> MIMEPart {
            partCount += 1
            let (headerBlock, body) = splitHeaderAndBody(bytes, path: path)
            let parsed = HeaderParser.parse(headerBlock, limits: limits)
            if parsed.malformedLines > 0 { defects.append(ParseDefect(.malformedHeaderLine, partPath: path, detail: "\(parsed.malformedLines) line(s)")) }
            if parsed.truncated { defects.append(ParseDefect(.headerTruncated, partPath: path)) }
            let headers = parsed.headers
            var contentType = headers["content-type"].flatMap(ContentType.init(headerValue:)) ?? defaultType
            let encoding = TransferEncoding(headerValue: headers["content-transfer-encoding"])
            if case .unknown(let name) = encoding { defects.append(ParseDefect(.unknownTransferEncoding, partPath: path, detail: name)) }
            var disposition: String?
            var filename: String?
            if let raw = headers["content-disposition"] {
                let (token, parameters) = ContentType.splitParameters(raw)
                disposition = token.lowercasedASCIIFast()
                filename = parameters["filename"].map(EncodedWordDecoder.decode)
            }
            if filename == nil, let name = contentType.parameters["name"] { filename = EncodedWordDecoder.decode(name) }

            var part = MIMEPart(headers: headers, contentType: contentType, transferEncoding: encoding,
                                disposition: disposition, filename: filename, path: path, body: body, children: [])

            if contentType.isMultipart {
                guard depth < limits.maxDepth else {
                    defects.append(ParseDefect(.nestingTooDeep, partPath: path))
                    return part
                }
                guard let boundary = contentType.parameters["boundary"], !boundary.isEmpty else {
                    defects.append(ParseDefect(.missingBoundary, partPath: path))
                    contentType = .textPlain
                    part.contentType = contentType
                    return part
                }
                let childDefault: ContentType = contentType.subtype == "digest" ? .messageRFC822 : .textPlain
                guard let sections = splitMultipart(body, boundary: Array(boundary.utf8), path: path) else {
                    defects.append(ParseDefect(.boundaryNotFound, partPath: path, detail: String(boundary.prefix(70))))
                    part.contentType = .textPlain
                    return part
                }
                part.body = body[body.startIndex..<body.startIndex]
                for (index, section) in sections.enumerated() {
                    guard partCount < limits.maxParts else {
                        defects.append(ParseDefect(.tooManyParts, partPath: path))
                        break
                    }
                    let childPath = path.isEmpty ? "\(index + 1)" : "\(path).\(index + 1)"
                    part.children.append(parsePart(section, path: childPath, depth: depth + 1, defaultType: childDefault))
                }
            } else if part.isEncapsulatedMessage {
                guard depth < limits.maxDepth else {
                    defects.append(ParseDefect(.nestingTooDeep, partPath: path))
                    return part
                }
                // An encapsulated message should be 7bit/8bit, but some clients base64 it.
                let inner: ArraySlice<UInt8>
                switch encoding {
                case .base64, .quotedPrintable: inner = encoding.decode(body).bytes[...]
                default: inner = body
                }
                let childPath = path.isEmpty ? "1" : "\(path).1"
                part.children.append(parsePart(inner, path: childPath, depth: depth + 1, defaultType: .textPlain))
            }
            return part
        }

        /// Finds the blank line that ends the header section; accepts CRLF and bare LF.
        mutating func splitHeaderAndBody(_ bytes: ArraySlice<UInt8>, path: String) -> (ArraySlice<UInt8>, ArraySlice<UInt8>) {
            let base = bytes.startIndex
            let end = bytes.endIndex
            // Offsets into the slice, found with memchr over its contiguous storage.
            let split: (header: Int, body: Int)? = bytes.withUnsafeBufferPointer { buffer in
                let n = buffer.count
                // A part that starts with an empty line has no headers at all.
                if n > 0, buffer[0] == 10 { return (0, 1) }
                if n > 1, buffer[0] == 13, buffer[1] == 10 { return (0, 2) }
                var index = 0
                while index < n, let newline = Self.newline(in: buffer, from: index) {
                    let next = newline + 1
                    if next < n, buffer[next] == 10 { return (newline, next + 1) }
                    if next + 1 < n, buffer[next] == 13, buffer[next + 1] == 10 { return (newline, next + 2) }
                    index = newline + 1
                }
                return nil
            }
            guard let split else {
                defects.append(ParseDefect(.noHeaderBodySeparator, partPath: path))
                return (bytes, bytes[end..<end])
            }
            return (bytes[base..<(base + split.header)], bytes[(base + split.body)...])
        }

        /// The offset of the next LF at or after `from`, by memchr.
        @inline(__always)
        static func newline(in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
            guard from < buffer.count, let base = buffer.baseAddress,
                  let found = memchr(base + from, 10, buffer.count - from) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }

        /// Splits a multipart body at its delimiter lines (RFC 2046 §5.1.1). Returns nil when no
        /// delimiter occurs at all; a missing close delimiter is a defect but keeps the parts.
        mutating func splitMultipart(_ body: ArraySlice<UInt8>, boundary: [UInt8], path: String) -> [ArraySlice<UInt8>]? {
            let base = body.startIndex
            // Offsets of the parts within `body`, and whether the close delimiter was seen.
            let (ranges, closed, sawDelimiter): ([Range<Int>], Bool, Bool) = body.withUnsafeBufferPointer { buffer in
                var ranges: [Range<Int>] = []
                var partStart: Int?
                var closed = false
                var lineStart = 0
                let end = buffer.count
                let dash = UInt8(ascii: "-")
                while lineStart < end {
                    let newline = Self.newline(in: buffer, from: lineStart) ?? end
                    let lineLength = newline - lineStart
                    if lineLength >= boundary.count + 2, buffer[lineStart] == dash, buffer[lineStart + 1] == dash,
                       buffer[(lineStart + 2)..<(lineStart + 2 + boundary.count)].elementsEqual(boundary) {
                        let afterBoundary = lineStart + 2 + boundary.count
                        let isClose = afterBoundary + 2 <= newline && buffer[afterBoundary] == dash && buffer[afterBoundary + 1] == dash
                        // Only transport padding may follow the boundary; "--abcdef" is not boundary "abc".
                        let restStart = isClose ? afterBoundary + 2 : afterBoundary
                        if !buffer[restStart..<newline].allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
                            lineStart = newline + 1
                            continue
                        }
                        // The line break before a delimiter belongs to the delimiter.
                        if let start = partStart {
                            var partEnd = lineStart
                            if partEnd > start, buffer[partEnd - 1] == 10 { partEnd -= 1 }
                            if partEnd > start, buffer[partEnd - 1] == 13 { partEnd -= 1 }
                            ranges.append(start..<max(start, partEnd))
                        }
                        if isClose { closed = true; break }
                        partStart = newline < end ? newline + 1 : end
                    }
                    lineStart = newline + 1
                }
                if !closed, let start = partStart { ranges.append(min(start, end)..<end) }
                return (ranges, closed, partStart != nil || closed)
            }
            guard sawDelimiter else { return nil }
            if !closed { defects.append(ParseDefect(.missingClosingBoundary, partPath: path)) }
            return ranges.map { body[(base + $0.lowerBound)..<(base + $0.upperBound)] }
        }
    }
}
