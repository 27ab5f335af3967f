/// Cuts a byte stream into whole responses. A response is a line ending in CRLF, except that a
/// line ending in a literal announcement `{n}` continues after n bytes: a message body that
/// contains "A001 OK" is inside a literal and can never end the response early.
///
/// Feed it bytes as they arrive, in any pieces; it never scans a byte twice.
public struct IMAPResponseFramer: Sendable {
    public var maxLiteral = 128 * 1024 * 1024
    public var maxLine = 1024 * 1024

    private var buffer: [UInt8] = []
    private var scanned = 0
    private var pendingLiteral = 0
    private var lineStart = 0

    public init() {}

    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 { buffer.append(contentsOf: bytes) }

    /// The next complete response's bytes, or nil if more bytes are needed.
    public mutating func next() throws -> [UInt8]? {
        while scanned < buffer.count {
            if pendingLiteral > 0 {
                let take = min(pendingLiteral, buffer.count - scanned)
                scanned += take
                pendingLiteral -= take
                if pendingLiteral > 0 { return nil }
                lineStart = scanned
                continue
            }
            if buffer[scanned] == 10 {
                let lineEnd = scanned
                scanned += 1
                if let literal = try literalLength(endingAt: lineEnd) {
                    pendingLiteral = literal
                    lineStart = scanned
                    continue
                }
                let response = Array(buffer[0..<scanned])
                buffer.removeFirst(scanned)
                scanned = 0
                lineStart = 0
                return response
            }
            scanned += 1
            if scanned - lineStart > maxLine {
                throw IMAPParseError(code: .lineTooLong, offset: scanned, excerpt: IMAPParseError.excerpt(buffer[...], at: lineStart))
            }
        }
        return nil
    }

    /// `{123}` or `{123+}` (LITERAL+) just before the CRLF at `newline`.
    private func literalLength(endingAt newline: Int) throws -> Int? {
        var end = newline
        if end > lineStart, buffer[end - 1] == 13 { end -= 1 }
        guard end > lineStart, buffer[end - 1] == UInt8(ascii: "}") else { return nil }
        var i = end - 2
        if i >= lineStart, buffer[i] == UInt8(ascii: "+") { i -= 1 }
        var digits = 0
        var value = 0
        while i >= lineStart, buffer[i] >= 48, buffer[i] <= 57 {
            value += Int(buffer[i] - 48) * Self.power(digits)
            digits += 1
            i -= 1
            if digits > 12 { throw IMAPParseError(code: .badLiteral, offset: i, excerpt: "literal length too long") }
        }
        guard digits > 0, i >= lineStart, buffer[i] == UInt8(ascii: "{") else { return nil }
        guard value <= maxLiteral else {
            throw IMAPParseError(code: .literalTooLarge, offset: i, excerpt: "literal of \(value) bytes")
        }
        return value
    }

    private static func power(_ n: Int) -> Int { (0..<n).reduce(1) { acc, _ in acc * 10 } }
}
