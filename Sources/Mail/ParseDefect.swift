/// Something wrong with a message that the parser worked around. Defects are counted and
/// logged by callers; none of them stops the parse.
public struct ParseDefect: Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case malformedHeaderLine
        case headerTruncated
        case missingBoundary
        case missingClosingBoundary
        case boundaryNotFound
        case nestingTooDeep
        case tooManyParts
        case damagedBase64
        case damagedQuotedPrintable
        case unknownCharset
        case charsetMismatch
        case unknownTransferEncoding
        case textTruncated
        case noHeaderBodySeparator
    }

    public var code: Code
    /// Where: a MIME part path such as `1.2`, plus a short detail (a charset name, a boundary).
    public var partPath: String
    public var detail: String

    public init(_ code: Code, partPath: String, detail: String = "") {
        self.code = code
        self.partPath = partPath
        self.detail = detail
    }

    public var description: String {
        "\(code.rawValue) at part \(partPath.isEmpty ? "root" : partPath)" + (detail.isEmpty ? "" : ": \(detail)")
    }
}
