/// Bounds that keep the parser's time and memory finite on hostile or broken mail.
public struct ParseLimits: Sendable {
    /// Deeper multipart or message/rfc822 nesting is kept as an opaque leaf.
    public var maxDepth = 32
    /// Parts beyond this count are not parsed (a defect is recorded).
    public var maxParts = 2_000
    public var maxHeaderFields = 1_000
    public var maxHeaderFieldBytes = 64 * 1024
    /// Text parts are decoded up to this many encoded bytes; the rest is not read.
    public var maxTextPartBytes = 2 * 1024 * 1024
    /// Total decoded text kept for the message body, in UTF-8 bytes.
    public var maxBodyTextBytes = 512 * 1024

    public init() {}
    public static let standard = ParseLimits()
}
