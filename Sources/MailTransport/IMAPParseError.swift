/// Why server bytes could not be read as an IMAP response: which rule, at which offset, with a
/// short printable excerpt (never a message body).
public struct IMAPParseError: Error, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case malformedLine, badLiteral, literalTooLarge, lineTooLong, nestingTooDeep, unexpectedEnd
    }

    public var code: Code
    public var offset: Int
    public var excerpt: String

    public var description: String { "IMAP \(code.rawValue) at byte \(offset): \(excerpt)" }

    static func excerpt(_ bytes: ArraySlice<UInt8>, at offset: Int) -> String {
        let start = max(bytes.startIndex, bytes.startIndex + offset - 20)
        let end = min(bytes.endIndex, bytes.startIndex + offset + 20)
        guard start < end else { return "" }
        return String(bytes[start..<end].map { $0 >= 32 && $0 < 127 ? Character(Unicode.Scalar($0)) : "." })
    }
}
